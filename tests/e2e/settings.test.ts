/**
 * Site settings in real Chromium, on the production build: a settings file imported through the
 * file input puts its local contact on the outcome; a corrupt file changes nothing; export
 * round-trips; the defaults apply at boot; the settings survive a reload, and an offline reload
 * under the service worker. Pages are driven by hooks (data-screen, data-action, ids), not text.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useBrowser } from './support/browser.ts';
import { open, routeIds, walk } from './support/journey.ts';
import { waitForServiceWorker, watchForProblems } from './support/pwa.ts';
import { LOCAL_ADULTS, SETTINGS_FILE, importFile, leaveSettings, openSettings, problemPaths, streamText } from './support/settings.ts';
import { ADULT_REFUSED } from '../support/answer-sets.ts';

const e2e = useBrowser();

describe('site settings', () => {
  it('an imported settings file puts its local contact on the outcome, marked local, in place of the placeholder', async () => {
    const page = await e2e.newPage();
    const problems = await watchForProblems(page.context());
    await open(page, e2e.origin);
    await openSettings(page);
    expect(await page.locator('[data-action=continue]').count()).toBe(1);
    await importFile(page, SETTINGS_FILE);
    expect(await page.isVisible('[data-flash=imported]')).toBe(true);
    expect(await page.inputValue('#settings-organisation')).toBe(SETTINGS_FILE.organisationName);
    await leaveSettings(page);
    await walk(page, ADULT_REFUSED);
    expect(await routeIds(page)).toContain('la-adult-care-assessment');
    const card = page.locator(`[data-route-id=la-adult-care-assessment] [data-org-id=${LOCAL_ADULTS}]`);
    expect(await card.getAttribute('data-local')).toBe('true');
    expect(await card.isVisible()).toBe(true);
    expect(await card.locator('a[href="tel:01484414933"]').count()).toBe(1);
    expect(await page.locator('[data-route-id=la-adult-care-assessment] [data-org-id=council-adult-social-care]').count()).toBe(0);
    expect(await page.locator('[data-route-id=gp-registration] [data-org-id=local-food-bank][data-local=true]').count()).toBe(1);
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
  });

  it('a corrupt file lists its problems by field path and leaves the old settings in place', async () => {
    const page = await e2e.newPage();
    await open(page, e2e.origin);
    await openSettings(page);
    await importFile(page, SETTINGS_FILE);
    const corrupt = { ...SETTINGS_FILE, organisationName: 'Should not apply', idleMinutes: 'soon', localContacts: [{ id: 'x', name: '', routes: ['no-such-route'] }] };
    await importFile(page, corrupt);
    expect(await problemPaths(page)).toEqual(['idleMinutes', 'localContacts[0].name', 'localContacts[0].routes[0]']);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    await importFile(page, '{"format": "waymark-site-settings", "nation": ');
    expect(await problemPaths(page)).toEqual(['']);
    expect(await page.inputValue('#settings-organisation')).toBe(SETTINGS_FILE.organisationName);
    // What is stored is unchanged too: after a reload the old settings are there.
    await page.reload();
    await page.waitForSelector('main[data-screen=start]');
    await openSettings(page);
    expect(await page.inputValue('#settings-organisation')).toBe(SETTINGS_FILE.organisationName);
    expect(await page.inputValue('#settings-idle')).toBe('15');
    expect(await page.locator(`[data-contact-id=${LOCAL_ADULTS}]`).count()).toBe(1);
  });

  it('exports the stored settings as a file that imports again', async () => {
    const page = await e2e.newPage();
    await open(page, e2e.origin);
    await openSettings(page);
    await importFile(page, SETTINGS_FILE);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export-settings]')]);
    expect(download.suggestedFilename()).toMatch(/^waymark-settings-huddersfield-welcome-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await streamText(await download.createReadStream()));
    expect(exported).toEqual(SETTINGS_FILE);
  });

  it('the default nation and worker language apply when Waymark opens; ?nation= and ?lng= win', async () => {
    const page = await e2e.newPage();
    await open(page, e2e.origin);
    await openSettings(page);
    await importFile(page, { ...SETTINGS_FILE, nation: 'wales', workerLanguage: 'cy' });
    await page.reload();
    await page.waitForSelector('main[data-screen=start]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await page.isChecked('input[name=q_nation][value=wales]')).toBe(true);
    await open(page, e2e.origin, '?lng=en&nation=ni');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.isChecked('input[name=q_nation][value=ni]')).toBe(true);
  });

  it('the settings survive a reload, and an offline reload under the service worker', async () => {
    const page = await e2e.newPage();
    await open(page, e2e.origin);
    await waitForServiceWorker(page);
    await openSettings(page);
    await importFile(page, { ...SETTINGS_FILE, nation: 'scotland', idleMinutes: 7 });
    await page.reload();
    await page.waitForSelector('main[data-screen=start]');
    expect(await page.isChecked('input[name=q_nation][value=scotland]')).toBe(true);
    await page.context().setOffline(true);
    await page.reload();
    await page.waitForSelector('main[data-screen=start]');
    expect(await page.isChecked('input[name=q_nation][value=scotland]')).toBe(true);
    // The staff area and the schema are lazy chunks: they must be precached too.
    await openSettings(page);
    expect(await page.inputValue('#settings-idle')).toBe('7');
    await page.fill('#settings-idle', '8');
    await page.click('[data-action=continue]');
    await page.waitForSelector('[data-flash=saved]');
    await page.reload();
    await page.waitForSelector('main[data-screen=start]');
    await openSettings(page);
    expect(await page.inputValue('#settings-idle')).toBe('8');
    await page.context().setOffline(false);
  });
});

describe('privacy', () => {
  it('made no request to any other origin (downloads are same-origin Blob URLs)', () => {
    expect(e2e.requests.length).toBeGreaterThan(0);
    expect(e2e.requests.filter((url) => !url.startsWith(`${e2e.origin}/`) && !url.startsWith(`blob:${e2e.origin}/`))).toEqual([]);
  });
});

describe('accessibility of the staff pages', () => {
  it('settings (with errors), the contact editor (with errors) and question feedback pass axe', async () => {
    const page = await e2e.newPage({ width: 390, height: 844 });
    await open(page, e2e.origin);
    await openSettings(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#settings-idle', '0');
    await page.click('[data-action=continue]');
    await page.waitForSelector('[data-error-summary]');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('[data-action=add-contact]');
    await page.waitForSelector('main[data-screen=settings-contact]');
    await page.click('[data-action=continue]');
    await page.waitForSelector('[data-error-summary]');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('[data-action=cancel-contact]');
    await leaveSettings(page);
    await walk(page, ADULT_REFUSED, 'q_danger');
    await page.click('[data-feedback] summary');
    await page.click('[data-action=send-feedback]');
    expect(await axeViolations(page)).toEqual([]);
  });
});
