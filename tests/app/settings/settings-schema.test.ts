/** The settings file schema: a good file passes; a bad one lists every problem with its field path. */
import { describe, expect, it } from 'vitest';
import { DIRECTORY, ROUTE_IDS } from '../../../rules/index.ts';
import { checkContact, checkSettings, parseSettingsFile } from '../../../app/settings/settings-schema.ts';
import { fromSettingsFile, toSettingsFile } from '../../../app/settings/settings-file.ts';
import { availableLanguages } from '../../../app/i18n/locale-files.ts';
import { DEFAULT_SITE_SETTINGS, MAX_LOCAL_CONTACTS } from '../../../app/settings/site-settings.ts';
import { PROBLEM_CODES } from '../../../app/settings/settings-problems.ts';
import { COUNCIL_ADULTS, FOOD_BANK, GOOD_FILE } from '../support/site-settings.tsx';

const LANGUAGES = availableLanguages();


const paths = (text: string) => {
  const result = parseSettingsFile(text, LANGUAGES);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => `${p.path} ${p.code}`);
};

describe('settings file', () => {
  it('accepts a good file, and what export writes reads back the same', () => {
    const result = parseSettingsFile(JSON.stringify(GOOD_FILE), LANGUAGES);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const settings = fromSettingsFile(result.value);
    expect(settings.localContacts).toEqual([COUNCIL_ADULTS, FOOD_BANK]);
    expect(toSettingsFile(settings)).toEqual(GOOD_FILE);
  });

  it('exports the defaults of a site that never chose as a valid file', () => {
    expect(checkSettings(toSettingsFile(DEFAULT_SITE_SETTINGS), LANGUAGES).ok).toBe(true);
  });

  it('lists every bad field with its path', () => {
    const bad = {
      ...GOOD_FILE,
      nation: 'france',
      workerLanguage: 'xx',
      idleMinutes: 1.5,
      safeguardingLead: { name: '  ' },
      localContacts: [
        { id: 'Not Kebab', name: 'a'.repeat(121), phone: 'call me', web: 'http://plain.example.org', slot: 'samaritans', routes: [] },
        { id: 'nhs-111', name: 'Clash', routes: ['not-a-route'] },
        FOOD_BANK,
        FOOD_BANK,
      ],
      monitoringEnabled: 'yes',
      colour: 'blue',
    };
    expect(paths(JSON.stringify(bad)).sort()).toEqual(
      [
        'nation nation',
        'workerLanguage language',
        'idleMinutes idle-minutes',
        'safeguardingLead.name empty',
        'safeguardingLead.phone required',
        'localContacts[0].id contact-id',
        'localContacts[0].name too-long',
        'localContacts[0].phone phone',
        'localContacts[0].web https',
        'localContacts[0].slot slot',
        'localContacts[0].routes routes-empty',
        'localContacts[1].id id-taken',
        'localContacts[1].routes[0] route',
        'localContacts[3].id id-duplicate',
        'monitoringEnabled boolean',
        'colour unknown-field',
      ].sort(),
    );
  });

  it.each([
    ['not JSON', '{"format":', [' not-json']],
    ['not an object', '[]', [' object']],
    ['another kind of file', JSON.stringify({ ...GOOD_FILE, format: 'something-else' }), ['format wrong-format']],
    ['a newer version', JSON.stringify({ ...GOOD_FILE, version: 2 }), ['version wrong-version']],
    ['missing fields', JSON.stringify({ format: 'waymark-site-settings', version: 1 }), ['nation required', 'workerLanguage required', 'idleMinutes required', 'localContacts required', 'monitoringEnabled required']],
    ['too many contacts', JSON.stringify({ ...GOOD_FILE, localContacts: Array.from({ length: MAX_LOCAL_CONTACTS + 1 }, (_, i) => ({ ...FOOD_BANK, id: `c-${i}` })) }), ['localContacts too-many']],
  ])('reports %s', (_, text, expected) => {
    expect(paths(text)).toEqual(expected);
  });

  it('gives idle-minute limits and text lengths as numbers for the message', () => {
    const result = parseSettingsFile(JSON.stringify({ ...GOOD_FILE, idleMinutes: 61 }), LANGUAGES);
    expect(result.ok ? [] : result.problems).toEqual([{ path: 'idleMinutes', code: 'idle-minutes', min: 2, max: 60 }]);
  });

  it('only ever reports codes the screens have words for', () => {
    const result = parseSettingsFile(JSON.stringify({ ...GOOD_FILE, localContacts: 'none', safeguardingLead: 3, nation: 4 }), LANGUAGES);
    expect(result.ok).toBe(false);
    if (!result.ok) for (const p of result.problems) expect(PROBLEM_CODES).toContain(p.code);
  });
});

describe('one local contact', () => {
  it('accepts a contact for any route and per-site slot', () => {
    const slots = DIRECTORY.filter((o) => o.perSite).map((o) => o.id);
    for (const slot of slots) expect(checkContact({ ...COUNCIL_ADULTS, slot, routes: [...ROUTE_IDS] }, []).ok).toBe(true);
  });

  it('refuses an id another contact has, and a slot that is a national organisation', () => {
    expect(checkContact(FOOD_BANK, [FOOD_BANK.id])).toEqual({ ok: false, problems: [{ path: 'id', code: 'id-duplicate' }] });
    const national = checkContact({ ...FOOD_BANK, slot: 'nhs-111' }, []);
    expect(national.ok ? [] : national.problems.map((p) => p.path)).toEqual(['slot']);
  });
});
