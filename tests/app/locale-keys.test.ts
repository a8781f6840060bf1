/** Keys built from rules ids cannot be typed; this checks English has every one of them. */
import { describe, expect, it } from 'vitest';
import { DIRECTORY, FLAG_IDS, NATIONS, QUESTIONS, ROUTES } from '../../rules/index.ts';
import common from '../../locales/en/common.json';
import directory from '../../locales/en/directory.json';
import questions from '../../locales/en/questions.json';
import routes from '../../locales/en/routes.json';
import { GROUP_ORDER } from '../../app/outcome/group-routes.ts';

const lookup = (resource: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), resource);

const present = (resource: unknown, key: string) => {
  const value = lookup(resource, key);
  return typeof value === 'string' && value.trim().length > 0;
};

describe('English has a text for every id the app shows', () => {
  it.each(QUESTIONS.map((q) => [q.id, q] as const))('question %s: text, label, why, each option (and none, private)', (_id, q) => {
    const keys = [`${q.id}.text`, `${q.id}.label`, `${q.id}.why`, ...q.options.map((o) => `${q.id}.options.${o}`)];
    if (q.kind === 'multi') keys.push(`${q.id}.options.none`);
    if (q.sensitive) keys.push(`${q.id}.private`);
    expect(keys.filter((k) => !present(questions, k))).toEqual([]);
  });

  it('every nation has a name', () => {
    expect(NATIONS.filter((n) => !present(questions, `q_nation.options.${n}`))).toEqual([]);
  });

  it('every route has a title, meaning and who acts', () => {
    const missing = ROUTES.flatMap((r) => ['title', 'meaning', 'whoActs'].map((p) => `${r.id}.${p}`)).filter((k) => !present(routes, k));
    expect(missing).toEqual([]);
  });

  it('every organisation says what it does', () => {
    expect(DIRECTORY.map((o) => `${o.id}.what`).filter((k) => !present(directory, k))).toEqual([]);
  });

  it('every flag and route group has worker text', () => {
    const keys = [...FLAG_IDS.map((f) => `flags.${f}`), ...GROUP_ORDER.map((g) => `outcome.groups.${g}`)];
    expect(keys.filter((k) => !present(common, k))).toEqual([]);
  });
});
