/** "How Waymark decides" offline in the app: reachable from the outcome's legal basis, accessible, and Back returns. */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useBrowser } from './support/browser.ts';
import { open, routeIds, screenOf, walk } from './support/journey.ts';

const e2e = useBrowser();

const ANSWERS = {
  q_nation: 'scotland', q_danger: 'no', q_age: '25plus', q_status: 'unknown', q_ho_support: 'unsure',
  q_destitute: 'yes', q_children: 'none', q_pregnant: 'no', q_care_need: ['mental_health'], q_mha: 'no',
  q_council_refused: 'no', q_flags: [],
};

describe('How Waymark decides', () => {
  it('opens from a legal basis, shows the diagram, passes axe, and Back returns to the same outcome', async () => {
    const page = await e2e.newPage();
    await open(page, e2e.origin, '?nation=scotland');
    await walk(page, ANSWERS);
    const routes = await routeIds(page);
    await page.locator('[data-route-id] details.legal-basis summary').first().click();
    await page.locator('[data-action="rules-book"]:visible').first().click();
    await page.waitForSelector('main[data-screen="rules-book"]');
    const diagram = page.locator('img.book-diagram');
    await expect.poll(() => diagram.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await page.locator('[data-rule-id]').count()).toBeGreaterThan(20);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('main .back-link');
    await page.waitForSelector('main[data-screen="outcome"]');
    expect(await routeIds(page)).toEqual(routes);
    expect(await screenOf(page)).toBe('outcome');
  });
});
