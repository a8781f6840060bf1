/**
 * Installable from the browser: with a real profile, Chromium's own check
 * (DevTools `Page.getInstallabilityErrors`) finds nothing missing, and the first install says
 * "Ready to work offline" as a dismissible status.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPersistentChromium } from '../../scripts/chromium.ts';
import { startPreview, type PreviewServer } from '../../scripts/preview-server.ts';
import { recordRequests, waitForServiceWorker, watchForProblems, type Problems } from './support/pwa.ts';

let server: PreviewServer;
let context: BrowserContext;
let profile: string;
let problems: Problems;
const requests: string[] = [];

beforeAll(async () => {
  server = await startPreview();
  profile = mkdtempSync(join(tmpdir(), 'waymark-profile-'));
  context = await launchPersistentChromium(profile);
  recordRequests(context, requests);
  problems = await watchForProblems(context);
});

afterAll(async () => {
  await context?.close();
  await server?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('installing Waymark', () => {
  it('on the first visit, says "Ready to work offline" once the worker is in charge, until dismissed', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.origin);
    const notice = page.locator('[data-notice=offline-ready]');
    await notice.waitFor();
    expect(await notice.locator('[role=status]').innerText()).not.toBe('');
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.click('[data-action=dismiss-offline-ready]');
    expect(await notice.count()).toBe(0);
    // Already installed: a reload does not say it again.
    await page.reload();
    await page.waitForSelector('main[data-screen=start]');
    await page.waitForTimeout(500);
    expect(await notice.count()).toBe(0);
  });

  it('Chromium finds no installability error, and reads the manifest without errors', async () => {
    const page = context.pages()[0]!;
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toBe(`${server.origin}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    await cdp.detach();
  });

  it('broke no Content-Security-Policy rule, logged no error, and asked no other origin', () => {
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
  });
});
