/**
 * `npm run screenshots:languages`: for every language in locales/ (by its _meta.json), a
 * question, the outcome and the person's view in the interpreter view (worker English,
 * client that language), from the built app (run `vite build` first). Written to
 * screenshots/languages/ for a person to check that each script renders: no empty boxes
 * ("tofu") where a font is missing, right-to-left text running the right way.
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { startPreview } from './preview-server.ts';
import { open, proceed, walk } from '../tests/e2e/support/journey.ts';
import { ADULT_REFUSED_TRAFFICKED_SUPPORT_STOPPED } from '../tests/support/answer-sets.ts';

const OUT = fileURLToPath(new URL('../screenshots/languages/', import.meta.url));
const LOCALES = fileURLToPath(new URL('../locales/', import.meta.url));
const [WIDTH, HEIGHT] = [1024, 768];

function languages(): string[] {
  const only = process.argv.slice(2);
  const all = readdirSync(LOCALES).filter((lng) => readdirSync(`${LOCALES}${lng}`).includes('_meta.json'));
  return only.length > 0 ? all.filter((lng) => only.includes(lng)) : all.sort();
}

async function shoot(page: Page, file: string, maxHeight = 2400): Promise<void> {
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  const height = Math.min(maxHeight, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.screenshot({ path: `${OUT}${file}`, fullPage: true, clip: { x: 0, y: 0, width: WIDTH, height } });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    for (const lng of languages()) {
      const meta = JSON.parse(readFileSync(`${LOCALES}${lng}/_meta.json`, 'utf8')) as { englishName: string };
      const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
      const page = await context.newPage();
      await open(page, server.origin, `?lng=en&clientLng=${lng}`);
      await proceed(page);
      await walk(page, ADULT_REFUSED_TRAFFICKED_SUPPORT_STOPPED, 'q_flags');
      await page.locator('details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await shoot(page, `${lng}-question.png`);
      await walk(page, ADULT_REFUSED_TRAFFICKED_SUPPORT_STOPPED);
      await shoot(page, `${lng}-outcome.png`);
      await page.click('[data-action=person-view]');
      await page.waitForSelector('main[data-screen=outcome-person]');
      await shoot(page, `${lng}-person.png`);
      await context.close();
      console.log(`${lng} (${meta.englishName})`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`written to ${OUT}`);
}

await main();
