/**
 * After the first visit Waymark works with the network off, in any language: the service worker
 * takes control, the network goes, the page reloads, and a whole journey reaches its outcome,
 * in English and in Arabic (right to left, never loaded before going offline). Nothing breaks
 * the Content-Security-Policy and nothing is requested from any other origin.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../rules/index.ts';
import { useBrowser } from './support/browser.ts';
import { open, routeIds, screenOf, walk } from './support/journey.ts';
import { waitForServiceWorker, watchForProblems } from './support/pwa.ts';
import { CARE_LEAVER_REFUSED, WALES_PENDING_IN_DANGER } from '../support/answer-sets.ts';

const e2e = useBrowser();

const documentDirection = (page: import('playwright-core').Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe('offline, after the first visit', () => {
  it.each([
    ['English', '', CARE_LEAVER_REFUSED, { lang: 'en', dir: 'ltr' }],
    ['Arabic', '?lng=ar', WALES_PENDING_IN_DANGER, { lang: 'ar', dir: 'rtl' }],
  ] as const)('a whole journey in %s reaches the outcome with the network off', async (_name, query, answers, expected) => {
    const page = await e2e.newPage();
    const problems = await watchForProblems(page.context());
    // The first visit is in English: the language chosen offline was never fetched before.
    await open(page, e2e.origin);
    await waitForServiceWorker(page);
    await page.context().setOffline(true);
    await page.goto(`${e2e.origin}/${query}`);
    await page.waitForSelector('main[data-screen=start]');
    expect(await documentDirection(page)).toEqual(expected);
    await walk(page, answers);
    expect(await screenOf(page)).toBe('outcome');
    expect(await routeIds(page)).toEqual(decide(answers).routes);
    expect(await documentDirection(page)).toEqual(expected);
    // A reload offline on the outcome comes back to it.
    await page.reload();
    await page.waitForSelector('main[data-screen=outcome]');
    expect(await routeIds(page)).toEqual(decide(answers).routes);
    // Finish offline: back to the start, which also looks for an update, quietly failing.
    await page.click('.button-warning');
    await page.waitForSelector('main[data-screen=start]');
    await page.waitForTimeout(300);
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it('made no request to any other origin', () => {
    expect(e2e.requests.length).toBeGreaterThan(0);
    expect(e2e.requests.filter((url) => !url.startsWith(`${e2e.origin}/`))).toEqual([]);
  });
});
