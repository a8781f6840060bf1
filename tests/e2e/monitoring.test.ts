/**
 * Anonymous monitoring in real Chromium: off until the site turns it on; three journeys give
 * counts of three; the CSV export suppresses small numbers; clear empties the counts.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useBrowser } from './support/browser.ts';
import { open, walk } from './support/journey.ts';
import { watchForProblems } from './support/pwa.ts';
import { leaveSettings, openSettings, streamText } from './support/settings.ts';
import { ADULT_REFUSED } from '../support/answer-sets.ts';

const e2e = useBrowser();

describe('anonymous monitoring', () => {
  it('is off until turned on; then three journeys give counts of three, and clear empties them', async () => {
    const page = await e2e.newPage();
    const problems = await watchForProblems(page.context());
    await open(page, e2e.origin);
    await walk(page, ADULT_REFUSED);
    await page.click('.button-warning');
    await page.waitForSelector('main[data-screen=start]');
    await openSettings(page);
    await page.check('#settings-monitoring-on');
    await page.click('[data-action=continue]');
    await page.waitForSelector('[data-flash=saved]');
    await leaveSettings(page);
    for (let i = 0; i < 3; i++) {
      await walk(page, ADULT_REFUSED);
      await page.click('.button-warning');
      await page.waitForSelector('main[data-screen=start]');
    }
    await openSettings(page);
    await page.click('[data-action=open-monitoring]');
    await page.waitForSelector('main[data-screen=monitoring] [data-journeys]');
    expect(await page.getAttribute('[data-journeys]', 'data-journeys')).toBe('3');
    const count = (dimension: string, value: string) => page.textContent(`[data-count-dimension=${dimension}][data-count-value="${value}"] [data-count]`);
    expect(await count('nation', 'england')).toBe('3');
    expect(await count('route', 'la-adult-care-assessment')).toBe('3');
    expect(await count('workerLanguage', 'en')).toBe('3');
    expect(await page.locator('[data-action=continue]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export-monitoring]')]);
    const csv = await streamText(await download.createReadStream());
    expect(csv).toContain('journeys,');
    expect(csv).toContain(',fewer than 5\r\n');
    expect(csv).not.toMatch(/,3\r\n/);
    await page.click('[data-action=clear-monitoring]');
    await page.click('[data-action=confirm-clear]');
    await page.waitForSelector('[data-journeys="0"]');
    // The bars are drawn with CSS through the DOM, which the Content-Security-Policy allows.
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
