/** Site settings in IndexedDB: read at boot without ever hanging, kept across reloads and updates. */
import { describe, expect, it } from 'vitest';
import { idbGet, idbPut, resetIdbForTests } from '../../../app/settings/idb.ts';
import { loadSiteSettings, saveSiteSettings } from '../../../app/settings/settings-store.ts';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from '../../../app/settings/site-settings.ts';
import { SETTINGS_KEY } from '../../../app/settings/stored-settings.ts';
import { pruneToRules } from '../../../app/settings/prune-settings.ts';
import { useFakeIndexedDb } from '../support/fake-idb.ts';
import { COUNCIL_ADULTS, FOOD_BANK } from '../support/site-settings.tsx';

useFakeIndexedDb();

const SETTINGS: SiteSettings = {
  organisationName: 'Leeds Welcome',
  nation: 'scotland',
  workerLanguage: 'ar',
  idleMinutes: 5,
  safeguardingLead: { name: 'Sam', phone: '0113 496 0000' },
  localContacts: [COUNCIL_ADULTS, FOOD_BANK],
  monitoringEnabled: true,
};

describe('settings store', () => {
  it('runs on the defaults when nothing was saved', async () => {
    expect(await loadSiteSettings()).toEqual({ settings: DEFAULT_SITE_SETTINGS, status: 'none' });
  });

  it('reads back what was saved, after the connection is gone (a reload)', async () => {
    await saveSiteSettings(SETTINGS);
    resetIdbForTests();
    expect(await loadSiteSettings()).toEqual({ settings: SETTINGS, status: 'saved' });
  });

  it('keeps what it still can from a record an update made partly unknown', async () => {
    const routes = [...COUNCIL_ADULTS.routes, 'route-removed-by-an-update'];
    await idbPut('settings', SETTINGS_KEY, {
      v: 1,
      settings: { ...SETTINGS, nation: 'atlantis', workerLanguage: 'xx', idleMinutes: 999, localContacts: [{ ...COUNCIL_ADULTS, routes }, { id: 'no-routes', name: 'x', routes: [] }, 'junk'], newSetting: true },
    });
    const { settings, status } = await loadSiteSettings();
    expect(status).toBe('saved');
    // Route ids are not checked at boot (the route data stay out of the start-up bundle): an unknown one matches nothing.
    expect(settings).toEqual({ ...SETTINGS, nation: undefined, workerLanguage: undefined, idleMinutes: DEFAULT_SITE_SETTINGS.idleMinutes, localContacts: [{ ...COUNCIL_ADULTS, routes }] });
    // The staff area prunes what this version's rules do not have, so what it saves and exports is valid.
    const pruned = pruneToRules({ ...settings, localContacts: [...settings.localContacts, { id: 'nhs-111', name: 'x', routes: ['gp-registration'] }, { ...FOOD_BANK, slot: 'samaritans' }] });
    expect(pruned.localContacts).toEqual([COUNCIL_ADULTS, { ...FOOD_BANK }]);
    expect(pruneToRules(SETTINGS)).toBe(SETTINGS);
  });

  it('treats a record it cannot read at all as defaults', async () => {
    await idbPut('settings', SETTINGS_KEY, 'garbage');
    expect((await loadSiteSettings()).settings).toEqual(DEFAULT_SITE_SETTINGS);
  });

  it('gives up on an IndexedDB that never answers, and says the defaults are in use', async () => {
    resetIdbForTests();
    // An open request that never succeeds nor fails (a blocked upgrade behaves like this).
    globalThis.indexedDB = { open: () => ({}) } as unknown as IDBFactory;
    const started = Date.now();
    expect(await loadSiteSettings(50)).toEqual({ settings: DEFAULT_SITE_SETTINGS, status: 'unavailable' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('says the defaults are in use when there is no IndexedDB at all', async () => {
    resetIdbForTests();
    globalThis.indexedDB = undefined as unknown as IDBFactory;
    expect((await loadSiteSettings()).status).toBe('unavailable');
  });

  it('stores nothing but the site settings record', async () => {
    await saveSiteSettings(SETTINGS);
    expect(await idbGet('settings', SETTINGS_KEY)).toEqual({ v: 1, settings: SETTINGS });
  });
});
