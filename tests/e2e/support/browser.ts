/**
 * One preview server and one Chromium per test file. Every request any page makes is
 * recorded, so a test can assert that nothing left the app's own origin.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.ts';
import { startPreview, type PreviewServer } from '../../../scripts/preview-server.ts';

export interface E2E {
  origin: string;
  requests: string[];
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
}

export function useBrowser(): E2E {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const e2e: E2E = {
    origin: '',
    requests: [],
    async newPage({ width = 1024, height = 768 } = {}) {
      const context = await browser!.newContext({ viewport: { width, height } });
      contexts.push(context);
      context.on('request', (request) => e2e.requests.push(request.url()));
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw error;
      });
      return page;
    },
  };
  beforeAll(async () => {
    server = await startPreview();
    e2e.origin = server.origin;
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });
  return e2e;
}
