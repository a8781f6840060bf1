/**
 * The interpreter view in real Chromium (Noto fonts installed): a journey with the worker's
 * and the client's languages reaches the outcome through the page hooks; `<html>` follows
 * the worker; the client's blocks carry their own lang and dir; axe is clean both ways.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useBrowser } from './support/browser.ts';
import { open, proceed, routeIds, screenOf, walk } from './support/journey.ts';
import { ADULT_REFUSED_TRAFFICKED_SUPPORT_STOPPED } from '../support/answer-sets.ts';

const e2e = useBrowser();

const page$ = (page: Page) => ({
  html: () => page.evaluate(() => `${document.documentElement.lang}/${document.documentElement.dir}`),
  /** lang/dir of every client block that is in the client's language (not an English fallback). */
  clientBlocks: () =>
    page.$$eval('[data-lang-block=client]:not([data-fallback])', (els) => [...new Set(els.map((el) => `${el.getAttribute('lang')}/${el.getAttribute('dir')}`))]),
  fallbackBlocks: () => page.$$eval('[data-lang-block=client][data-fallback]', (els) => [...new Set(els.map((el) => `${el.getAttribute('lang')}/${el.getAttribute('dir')}`))]),
  clientTextOf: (selector: string) => page.$eval(selector, (el) => el.querySelector('[data-lang-block=client]')?.textContent ?? ''),
});

describe.each([
  ['en', 'ar', 'ltr', 'rtl', 1024],
  ['cy', 'ti', 'ltr', 'ltr', 1024],
  ['ar', 'en', 'rtl', 'ltr', 768],
  ['en', 'ar', 'ltr', 'rtl', 390],
])('worker %s with client %s', (worker, client, workerDir, clientDir, width) => {
  it(`reaches the outcome in the interpreter view, lang/dir right and axe clean (${width}px)`, async () => {
    const page = await e2e.newPage({ width, height: 900 });
    const $ = page$(page);
    const seen: Record<string, string[]> = {};
    await open(page, e2e.origin, `?lng=${worker}&clientLng=${client}`);
    expect(await $.html()).toBe(`${worker}/${workerDir}`);
    seen.start = await axeViolations(page);

    await proceed(page);
    await walk(page, ADULT_REFUSED_TRAFFICKED_SUPPORT_STOPPED, 'q_status');
    expect(await screenOf(page)).toBe('question');
    expect(await $.html()).toBe(`${worker}/${workerDir}`);
    expect(await $.clientBlocks()).toEqual([`${client}/${clientDir}`]);
    // The question's client heading is real text in the client language, next to the h1.
    expect((await $.clientTextOf('legend')).length).toBeGreaterThan(3);
    // English fallbacks (untranslated common.json for now) are marked as English.
    for (const fallback of await $.fallbackBlocks()) expect(fallback).toBe('en/ltr');
    await page.locator('details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    seen.question = await axeViolations(page);

    await walk(page, ADULT_REFUSED_TRAFFICKED_SUPPORT_STOPPED, 'q_flags');
    seen.sensitiveQuestion = await axeViolations(page);
    await page.click('[data-action=glossary]');
    await page.waitForSelector('[data-dialog=glossary] [data-term-id]');
    seen.glossary = await axeViolations(page);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-dialog=glossary]', { state: 'detached' });

    await walk(page, ADULT_REFUSED_TRAFFICKED_SUPPORT_STOPPED);
    expect(await screenOf(page)).toBe('outcome');
    expect((await routeIds(page)).length).toBeGreaterThan(0);
    expect(await $.html()).toBe(`${worker}/${workerDir}`);
    expect(await $.clientBlocks()).toEqual([`${client}/${clientDir}`]);
    await page.locator('details.legal-basis').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    seen.outcome = await axeViolations(page);

    await page.click('[data-action=person-view]');
    await page.waitForSelector('main[data-screen=outcome-person]');
    expect(await page.$eval('main', (m) => `${m.lang}/${m.dir}`)).toBe(`${client}/${clientDir}`);
    expect(await page.$$('[data-flag-id]')).toHaveLength(0);
    expect((await page.$$('main [data-route-id]')).length).toBeGreaterThan(0);
    expect(await $.html()).toBe(`${worker}/${workerDir}`);
    seen.person = await axeViolations(page);

    expect(seen).toEqual({ start: [], question: [], sensitiveQuestion: [], glossary: [], outcome: [], person: [] });
  });
});

describe('worker language alone', () => {
  it('?lng=ar turns the page right to left with the back chevron mirrored, and axe is clean', async () => {
    const page = await e2e.newPage();
    await open(page, e2e.origin, '?lng=ar');
    expect(await page$(page).html()).toBe('ar/rtl');
    await proceed(page);
    // The chevron's corner points to the inline start: right in a right-to-left page.
    const chevron = await page.$eval('.back-link', (el) => getComputedStyle(el, '::before').transform);
    expect(await page.$$('[data-bilingual], [data-lang-block=client]')).toHaveLength(0);
    expect(await axeViolations(page)).toEqual([]);
    const english = await e2e.newPage();
    await open(english, e2e.origin, '?lng=en');
    await proceed(english);
    const ltrChevron = await english.$eval('.back-link', (el) => getComputedStyle(el, '::before').transform);
    expect(chevron).not.toBe(ltrChevron);
  });
});
