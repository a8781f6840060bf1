/**
 * An update never costs a journey. Build A is served and two tablets use it: one mid-journey,
 * one on an outcome. Build B then replaces A on the same origin and the worker finds it. Neither
 * page reloads; each notes the update quietly. The first goes back to the start, accepts, and
 * runs B with its answers restored; the second finishes, accepts, and runs B with nothing kept.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { ROOT } from '../../scripts/build-stats.ts';
import { freePort, startPreview, type PreviewServer } from '../../scripts/preview-server.ts';
import { open, proceed, walk, where } from './support/journey.ts';
import { recordRequests, waitForServiceWorker, watchForProblems, type Problems } from './support/pwa.ts';
import { PENDING_S95 } from '../support/answer-sets.ts';

let folder: string;
let port: number;
let server: PreviewServer | undefined;
let browser: Browser;
const requests: string[] = [];
const problems: Problems[] = [];

function build(id: string): string {
  const outDir = join(folder, id);
  const result = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    // vitest sets NODE_ENV=test, which would make a development build (no service worker).
    env: { ...process.env, NODE_ENV: 'production', WAYMARK_BUILD: id },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build ${id} failed:\n${result.stderr}`);
  return outDir;
}

async function tablet(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  recordRequests(context, requests);
  problems.push(await watchForProblems(context));
  const page = await context.newPage();
  await open(page, `http://127.0.0.1:${port}`);
  await waitForServiceWorker(page);
  return page;
}

const buildOf = (page: Page) => page.evaluate(() => document.documentElement.dataset.build);
const savedAnswers = (page: Page) =>
  page.evaluate(() => (JSON.parse(sessionStorage.getItem('waymark.session') ?? 'null') as { answers: object } | null)?.answers ?? null);
const checkForUpdate = (page: Page) =>
  page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())!.update();
  });

/** Counts main-frame navigations (a reload is one), so a test can show none happened. */
function countNavigations(page: Page): () => number {
  let count = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) count++;
  });
  return () => count;
}

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);

async function acceptUpdate(page: Page): Promise<void> {
  await page.waitForSelector('[data-notice=update-ready] [role=status]');
  expect(await axeViolations(page)).toEqual([]);
  await page.click('[data-action=apply-update]');
  await page.waitForSelector('html[data-build=b]');
  await page.waitForSelector('main[data-screen]:not([data-screen=loading])');
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'waymark-builds-'));
  build('a');
  build('b');
  port = await freePort();
  server = await startPreview({ outDir: join(folder, 'a'), port });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('an update while tablets are in use', () => {
  it('interrupts nothing, waits for the start, and loses or leaks no answer', async () => {
    const midJourney = await tablet();
    const onOutcome = await tablet();
    expect(await buildOf(midJourney)).toBe('a');
    await walk(midJourney, PENDING_S95, 'q_status');
    await midJourney.check('input[name=q_status][value=asylum_pending]');
    await walk(onOutcome, PENDING_S95);
    expect(await where(onOutcome)).toBe('outcome|');

    // Build B replaces A on the same origin; both workers look for it.
    await server!.stop();
    server = await startPreview({ outDir: join(folder, 'b'), port });
    const navigations = [countNavigations(midJourney), countNavigations(onOutcome)];
    await Promise.all([checkForUpdate(midJourney), checkForUpdate(onOutcome)]);

    // Mid-journey: the same question, the same half-made choice, a quiet note, no reload.
    await midJourney.waitForSelector('[data-notice=update-pending]');
    await onOutcome.waitForSelector('[data-notice=update-pending]');
    expect(await where(midJourney)).toBe('question|q_status');
    expect(await midJourney.isChecked('input[name=q_status][value=asylum_pending]')).toBe(true);
    expect(await midJourney.locator('[data-action=apply-update]').count()).toBe(0);
    expect(await axeViolations(midJourney)).toEqual([]);
    expect(await where(onOutcome)).toBe('outcome|');
    expect(navigations.map((count) => count())).toEqual([0, 0]);
    expect([await buildOf(midJourney), await buildOf(onOutcome)]).toEqual(['a', 'a']);

    // Back at the start mid-journey: accepting restores the journey under B.
    for (let i = 0; i < 6 && (await where(midJourney)) !== 'start|q_nation'; i++) {
      const before = await where(midJourney);
      await midJourney.click('.back-link');
      await midJourney.waitForFunction((previous) => {
        const screen = document.querySelector<HTMLElement>('main[data-screen]')?.dataset.screen;
        const question = document.querySelector<HTMLElement>('form[data-question-id]')?.dataset.questionId ?? '';
        return screen !== 'loading' && `${screen}|${question}` !== previous;
      }, before);
    }
    expect(await where(midJourney)).toBe('start|q_nation');
    await acceptUpdate(midJourney);
    expect(await where(midJourney)).toBe('question|q_status');
    expect(await savedAnswers(midJourney)).toEqual({ q_nation: 'england', q_danger: 'no', q_age: '25plus' });
    await midJourney.click('.back-link');
    await midJourney.waitForSelector('form[data-question-id=q_age]');
    expect(await midJourney.isChecked('input[name=q_age][value="25plus"]')).toBe(true);

    // On the outcome: Finish, then accept; B starts with nothing of the last person.
    await onOutcome.click('.button-warning');
    await onOutcome.waitForSelector('main[data-screen=start]');
    await acceptUpdate(onOutcome);
    expect(await where(onOutcome)).toBe('start|q_nation');
    expect(await savedAnswers(onOutcome)).toBeNull();
    expect(await onOutcome.locator('[data-notice]').count()).toBe(0);
    await proceed(onOutcome);
    expect(await where(onOutcome)).toBe('question|q_danger');
    expect(await onOutcome.locator('input:checked').count()).toBe(0);
    // B is in charge now: no further update is offered.
    expect(await onOutcome.locator('[data-notice=update-pending]').count()).toBe(0);
  });

  it('broke no Content-Security-Policy rule, logged no error, and asked no other origin', () => {
    expect(problems.flatMap((p) => p.csp)).toEqual([]);
    expect(problems.flatMap((p) => p.errors)).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(`http://127.0.0.1:${port}/`))).toEqual([]);
  });
});
