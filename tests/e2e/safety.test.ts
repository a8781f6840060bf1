/** Quick exit leaves nothing behind; the print view carries routes, sources and the notice only. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { open, screenOf, walk } from './support/journey.ts';

const e2e = useBrowser();

const ANSWERS = {
  q_nation: 'wales',
  q_danger: 'no',
  q_age: '25plus',
  q_status: 'no_leave',
  q_destitute: 'yes',
  q_children: 'yes',
  q_pregnant: 'yes',
  q_care_need: [],
  q_mha: 'no',
  q_council_refused: 'no',
  q_flags: ['domestic_abuse'],
  q_last_visa_partner: 'yes',
};

const storage = (page: Page) =>
  page.evaluate(() => {
    const dump = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i)!, s.getItem(s.key(i)!)]));
    return { session: dump(sessionStorage), local: dump(localStorage) };
  });

describe('quick exit', () => {
  it('the button leaves no answers in session or local storage and shows the neutral page', async () => {
    const page = await e2e.newPage();
    await open(page, e2e.origin, '?nation=wales');
    await walk(page, ANSWERS, 'q_flags');
    expect(JSON.stringify(await storage(page))).toContain('no_leave');
    await page.click('[data-action=quick-exit]');
    await page.waitForSelector('main[data-screen=exit]');
    const after = JSON.stringify(await storage(page));
    for (const value of ['no_leave', 'q_status', 'q_age', 'waymark.session']) expect(after).not.toContain(value);
    // A reload after the exit does not bring the journey back.
    await page.reload();
    await page.waitForSelector('main[data-screen=start]');
  });

  it('Escape three times does the same', async () => {
    const page = await e2e.newPage();
    await open(page, e2e.origin);
    await walk(page, ANSWERS, 'q_pregnant');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForSelector('main[data-screen=exit]');
    expect(JSON.stringify(await storage(page))).not.toContain('q_');
  });

  it('a reload mid-journey comes back to the same question', async () => {
    const page = await e2e.newPage();
    await open(page, e2e.origin);
    await walk(page, ANSWERS, 'q_children');
    await page.reload();
    await page.waitForSelector('form[data-question-id=q_children]');
    await page.click('.back-link');
    await page.waitForSelector('form[data-question-id=q_destitute]');
    expect(await page.isChecked('input[name=q_destitute][value=yes]')).toBe(true);
  });
});

describe('print', () => {
  it('shows the notice, routes, sources and signposts, and hides controls, answers and flags', async () => {
    const page = await e2e.newPage();
    await open(page, e2e.origin);
    await walk(page, ANSWERS);
    expect(await screenOf(page)).toBe('outcome');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('[data-notice=no-immigration-advice]')).toBe(true);
    const routes = page.locator('[data-route-id]');
    expect(await routes.count()).toBeGreaterThan(0);
    for (const route of await routes.all()) expect(await route.isVisible()).toBe(true);
    expect(await page.locator('.legal-basis-print [data-source-id]').first().isVisible()).toBe(true);
    expect(await page.locator('[data-org-id]').first().isVisible()).toBe(true);
    for (const hidden of ['[data-action=quick-exit]', '.back-link', 'button', '.flags']) {
      for (const el of await page.locator(hidden).all()) expect(await el.isVisible(), hidden).toBe(false);
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    expect(await page.locator('[data-action=continue]').count()).toBe(0);
  });
});

describe('network', () => {
  it('every request went to the app itself', () => {
    expect(e2e.requests.length).toBeGreaterThan(0);
    expect(e2e.requests.filter((url) => !url.startsWith(`${e2e.origin}/`))).toEqual([]);
  });
});

describe('keyboard only', () => {
  it('answers a question with Tab, arrows and Enter; focus starts on each new h1', async () => {
    const page = await e2e.newPage();
    await open(page, e2e.origin);
    await page.focus('[data-action=continue]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('form[data-question-id=q_danger]');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('yes');
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('input[name=q_danger][value=no]')).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('form[data-question-id=q_age]');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });
});

describe('idle wipe in the browser', () => {
  it('warns after 10 minutes, then wipes and returns to the start', async () => {
    const page = await e2e.newPage();
    await page.clock.install();
    await open(page, e2e.origin);
    await walk(page, ANSWERS, 'q_status');
    await page.clock.fastForward('10:01');
    await page.waitForSelector('[role=alertdialog]');
    expect(JSON.stringify(await storage(page))).toContain('q_age');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.clock.fastForward('01:01');
    await page.waitForSelector('main[data-screen=start]');
    expect(await page.locator('[role=alertdialog]').count()).toBe(0);
    expect(JSON.stringify(await storage(page))).not.toContain('q_age');
  });
});
