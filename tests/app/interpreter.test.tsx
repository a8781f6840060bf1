import '@testing-library/jest-dom/vitest';
import './support/hooks.ts';
import { describe, expect, it } from 'vitest';
import { getQuestion } from '../../rules/index.ts';
import { FALLBACK_MARK } from '../../app/i18n/fallback-marker.ts';
import { optionKey, questionKey, routeKey } from '../../app/i18n/keys.ts';
import { continueButton, currentQuestion, currentScreen, walkToOutcome } from './support/render-app.tsx';
import { blocks, renderLanguages, resourcesOf } from './support/languages.tsx';
import { ADULT_REFUSED } from '../support/answer-sets.ts';

describe('interpreter view (worker en, client ar)', { timeout: 20_000 }, () => {
  it('the h1 stays in the worker language and the client version sits beside it, with its own lang and dir', async () => {
    const { user, i18n } = await renderLanguages({ worker: 'en', client: 'ar' });
    await user.click(continueButton());
    expect(currentQuestion()).toBe('q_danger');
    const key = questionKey('q_danger', 'text');
    const h1 = document.querySelector('h1')!;
    expect(h1.textContent).toBe(i18n.t(key, { ns: 'questions' }));
    const client = blocks(document.querySelector('legend')!, 'client');
    expect(client).toHaveLength(1);
    expect(client[0]).toHaveAttribute('lang', 'ar');
    expect(client[0]).toHaveAttribute('dir', 'rtl');
    expect(client[0]!.textContent).toBe(i18n.t(key, { ns: 'questions', lng: 'ar' }));
    expect(client[0]!.textContent).not.toContain(FALLBACK_MARK);
    // The page itself follows the worker.
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });

  it('each option label shows both languages; the input keeps its name and value (CONTRACT hooks)', async () => {
    const { user, i18n } = await renderLanguages({ worker: 'en', client: 'ar' });
    await user.click(continueButton());
    const question = getQuestion('q_danger');
    for (const option of question.options) {
      const input = document.querySelector<HTMLInputElement>(`input[name=q_danger][value=${option}]`)!;
      const label = document.querySelector(`label[for="${input.id}"]`)!;
      const [worker] = blocks(label, 'worker');
      const [client] = blocks(label, 'client');
      expect(worker).toHaveAttribute('lang', 'en');
      expect(worker).toHaveAttribute('dir', 'ltr');
      expect(worker!.textContent).toBe(i18n.t(optionKey('q_danger', option), { ns: 'questions' }));
      expect(client).toHaveAttribute('lang', 'ar');
      expect(client).toHaveAttribute('dir', 'rtl');
      expect(client!.textContent).toBe(i18n.t(optionKey('q_danger', option), { ns: 'questions', lng: 'ar' }));
    }
  });

  it('"why we ask" and "ask privately" show in both languages', async () => {
    const { user, i18n } = await renderLanguages({ worker: 'en', client: 'ar' });
    await walkToOutcome(user, ADULT_REFUSED, { question: 'q_flags' });
    const arabic = (key: string) => i18n.t(key as never, { ns: 'questions', lng: 'ar' }) as string;
    const why = document.querySelector('details .details-text')!;
    expect(blocks(why, 'client').map((b) => b.textContent)).toEqual([arabic(questionKey('q_flags', 'why'))]);
    expect(blocks(why, 'worker').map((b) => b.textContent)).toEqual([i18n.t(questionKey('q_flags', 'why'), { ns: 'questions' })]);
    const privately = document.getElementById('q_flags-private')!;
    expect(blocks(privately, 'client').map((b) => b.textContent)).toContain(arabic(questionKey('q_flags', 'private')));
  });

  it('on the outcome each route title and plain meaning show in both languages', async () => {
    const { user, i18n } = await renderLanguages({ worker: 'en', client: 'ar' });
    await walkToOutcome(user, ADULT_REFUSED);
    const routes = document.querySelectorAll<HTMLElement>('[data-route-id]');
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      const id = route.dataset.routeId!;
      const client = blocks(route, 'client').map((b) => b.textContent);
      expect(client).toContain(i18n.t(routeKey(id, 'title'), { ns: 'routes', lng: 'ar' }));
      expect(client.length).toBeGreaterThanOrEqual(2);
      for (const block of blocks(route, 'client')) expect(block).toHaveAttribute('dir', 'rtl');
    }
  });

  it('a key missing in the client language shows English with the marker, marked as English, never empty or a raw key', async () => {
    // Arabic with its screen text (common.json) left out: "why we ask" falls back.
    const arabic = resourcesOf('ar').ar as Record<string, unknown>;
    const { user, i18n } = await renderLanguages({ worker: 'en', client: 'ar', extra: { ar: { ...arabic, common: {} } } });
    await user.click(continueButton());
    const summary = document.querySelector('details summary')!;
    const [client] = blocks(summary, 'client');
    expect(client!.textContent).toBe(`${i18n.t('question.whyTitle')} ${FALLBACK_MARK}`);
    expect(client).toHaveAttribute('lang', 'en');
    expect(client).toHaveAttribute('dir', 'ltr');
    expect(client).toHaveAttribute('data-fallback');
  });

  it('an Arabic worker with an English client: the page is rtl, the client blocks ltr', async () => {
    const { user } = await renderLanguages({ worker: 'ar', client: 'en' });
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    await user.click(continueButton());
    const client = blocks(document.querySelector('form')!, 'client');
    expect(client.length).toBeGreaterThan(3);
    for (const block of client) expect(block).toHaveAttribute('dir', 'ltr');
    for (const block of blocks(document.querySelector('fieldset')!, 'worker').filter((b) => !b.hasAttribute('data-fallback'))) {
      expect(block).toHaveAttribute('dir', 'rtl');
    }
  });

  it('without a client language (or the same as the worker) the page shows one language only', async () => {
    for (const client of [null, 'en']) {
      const { user, unmount } = await renderLanguages({ worker: 'en', client });
      await user.click(continueButton());
      expect(currentScreen()).toBe('question');
      expect(document.querySelectorAll('[data-lang-block], [data-bilingual]')).toHaveLength(0);
      unmount();
    }
  });
});
