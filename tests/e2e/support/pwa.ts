/**
 * Helpers for the offline, install and update tests: wait for the service worker to control a
 * page, and watch a page for Content-Security-Policy violations and console errors.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Resolves once the page is controlled by the service worker (reloading once if it must). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
  if (!controlled) await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  await page.waitForSelector('main[data-screen]:not([data-screen=loading])');
}

export interface Problems {
  /** `directive blocked-uri` for every securitypolicyviolation event, on any page, across reloads. */
  csp: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

declare global {
  interface Window {
    __reportCspViolation?: (report: string) => void;
  }
}

/** Call before the first navigation: every page of the context is watched from its first byte. */
export async function watchForProblems(context: BrowserContext): Promise<Problems> {
  const problems: Problems = { csp: [], errors: [] };
  await context.exposeBinding('__reportCspViolation', (_source, report: string) => problems.csp.push(report));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCspViolation?.(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.errors.push(message.text());
    });
    page.on('pageerror', (error) => problems.errors.push(error.message));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return problems;
}

/** Records every request a context makes, the service worker's included. */
export function recordRequests(context: BrowserContext, into: string[]): void {
  context.on('request', (request) => into.push(request.url()));
}
