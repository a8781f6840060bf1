/** axe (WCAG 2.0 to 2.2, A and AA) reports no violation on any screen type. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { choose, open, proceed, screenOf, walk } from './support/journey.ts';

const e2e = useBrowser();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  // A run that checked nothing would pass too: make sure the rules really ran on this screen.
  if (results.passes.length < 5) throw new Error(`axe checked only ${results.passes.length} rules`);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const JOURNEY = {
  q_nation: 'england',
  q_danger: 'yes',
  q_age: 'under18',
  q_age_doubt: 'yes',
  q_with: 'alone',
  q_status: 'asylum_pending',
  q_ho_support: 's98',
  q_destitute: 'yes',
  q_children: 'none',
  q_pregnant: 'no',
  q_care_need: ['mental_health'],
  q_mha: 'no',
  q_council_refused: 'yes',
  q_flags: ['trafficking', 'torture'],
};

describe.each([
  [1024, 768],
  [390, 844],
])('axe at %i x %i', (width, height) => {
  it('start, question, error summary, danger, sensitive question, review, outcome and exit have no violations', async () => {
    const page = await e2e.newPage({ width, height });
    const seen: Record<string, string[]> = {};
    await open(page, e2e.origin);
    seen.start = await violations(page);
    await proceed(page);
    seen.question = await violations(page);
    await page.click('[data-action=continue]');
    await page.waitForSelector('[role=alert]');
    seen.errorSummary = await violations(page);
    await choose(page, 'q_danger', 'yes');
    await proceed(page);
    expect(await screenOf(page)).toBe('danger');
    seen.danger = await violations(page);
    await walk(page, JOURNEY, 'q_flags');
    seen.sensitiveQuestion = await violations(page);
    await walk(page, JOURNEY, 'review');
    seen.review = await violations(page);
    await walk(page, JOURNEY);
    await page.locator('details.legal-basis').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    seen.outcome = await violations(page);
    await page.click('[data-action=quick-exit]');
    await page.waitForSelector('main[data-screen=exit]');
    seen.exit = await violations(page);
    expect(seen).toEqual({
      start: [],
      question: [],
      errorSummary: [],
      danger: [],
      sensitiveQuestion: [],
      review: [],
      outcome: [],
      exit: [],
    });
  });
});
