/** axe (WCAG 2.0 to 2.2, A and AA) on the page as it is now. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  // A run that checked nothing would pass too: make sure the rules really ran on this screen.
  if (results.passes.length < 5) throw new Error(`axe checked only ${results.passes.length} rules`);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
