/**
 * `npm run screenshots`: PNGs of every screen type at the three target sizes, from the built
 * app (run `vite build` first). Written to screenshots/ (gitignored) for a human to look at.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { startPreview } from './preview-server.ts';
import { choose, open, proceed, walk } from '../tests/e2e/support/journey.ts';
import { shootStaffArea } from './staff-screenshots.ts';
import { ADULT_REFUSED_EVERYTHING } from '../tests/support/answer-sets.ts';

const OUT = fileURLToPath(new URL('../screenshots/', import.meta.url));
const SIZES = [
  [1024, 768],
  [768, 1024],
  [390, 844],
] as const;

async function shoot(page: Page, name: string, size: string): Promise<void> {
  // Full-page captures of a scrolled page draw the sticky header mid-page: start from the top.
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  await page.screenshot({ path: `${OUT}${name}-${size}.png`, fullPage: name !== 'idle' });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    for (const [width, height] of SIZES) {
      const size = `${width}x${height}`;
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await open(page, server.origin);
      await shoot(page, 'start', size);
      await proceed(page);
      await shoot(page, 'question', size);
      await page.click('[data-action=continue]');
      await page.waitForSelector('[role=alert]');
      await shoot(page, 'question-error', size);
      await choose(page, 'q_danger', 'yes');
      await proceed(page);
      await shoot(page, 'danger', size);
      await walk(page, ADULT_REFUSED_EVERYTHING, 'q_status');
      await page.click('details summary');
      await shoot(page, 'question-why', size);
      await walk(page, ADULT_REFUSED_EVERYTHING, 'q_care_need');
      await choose(page, 'q_care_need', ADULT_REFUSED_EVERYTHING.q_care_need);
      await shoot(page, 'question-multi', size);
      await walk(page, ADULT_REFUSED_EVERYTHING, 'q_flags');
      await shoot(page, 'question-private', size);
      await walk(page, ADULT_REFUSED_EVERYTHING, 'review');
      await shoot(page, 'review', size);
      await walk(page, ADULT_REFUSED_EVERYTHING);
      await page.locator('details.legal-basis').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await shoot(page, 'outcome', size);
      await page.emulateMedia({ media: 'print' });
      await shoot(page, 'outcome-print', size);
      await page.emulateMedia({ media: 'screen' });
      await shootStaffArea(page, (name) => shoot(page, name, size));
      await page.click('[data-action=quick-exit]');
      await page.waitForSelector('main[data-screen=exit]');
      await shoot(page, 'exit', size);
      await context.close();
      console.log(`screenshots at ${size}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`written to ${OUT}`);
}

await main();
