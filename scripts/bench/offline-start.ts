/**
 * How fast Waymark starts with the network off, as on a tablet in a basement: after a first
 * visit the service worker controls the page, the network goes, and the page is opened again.
 * Measured in the page (performance.now() from navigation start): until the start screen is
 * shown, and until the first question is shown after one press of the start screen's Continue.
 * No CPU throttling: this machine's own speed, median of several runs.
 */
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../chromium.ts';
import { waitForServiceWorker } from '../../tests/e2e/support/pwa.ts';

export interface OfflineStart {
  /** Navigation start to the start screen on screen, ms. */
  toStart: number;
  /** Navigation start to the first question on screen (including the automated Continue), ms. */
  toFirstQuestion: number;
}

declare global {
  interface Window {
    __screenShownAt?: Record<string, number>;
  }
}

/** Notes the first moment each screen is in the DOM, from the document's first byte. */
function markScreens(): void {
  window.__screenShownAt = {};
  new MutationObserver(() => {
    const screen = document.querySelector<HTMLElement>('main[data-screen]')?.dataset.screen;
    if (screen && !(screen in window.__screenShownAt!)) window.__screenShownAt![screen] = performance.now();
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-screen'] });
}

async function once(context: BrowserContext, origin: string): Promise<OfflineStart> {
  // A new tab each time: session storage (a journey in progress) belongs to the tab.
  const page = await context.newPage();
  await page.goto(origin);
  await page.waitForSelector('main[data-screen=start]');
  await page.click('[data-action=continue]');
  await page.waitForSelector('main[data-screen=question]');
  const shown = await page.evaluate(() => window.__screenShownAt!);
  await page.close();
  return { toStart: shown.start!, toFirstQuestion: shown.question! };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

export async function offlineStart(origin: string, runs: number): Promise<OfflineStart> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 800, height: 1280 } });
    await context.addInitScript(markScreens);
    const page = await context.newPage();
    await page.goto(origin);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    const results: OfflineStart[] = [];
    for (let run = 0; run < runs; run++) results.push(await once(context, origin));
    return { toStart: median(results.map((r) => r.toStart)), toFirstQuestion: median(results.map((r) => r.toFirstQuestion)) };
  } finally {
    await browser.close();
  }
}
