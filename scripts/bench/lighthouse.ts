/**
 * Lighthouse (mobile, its default: simulated slow 4G and a 4x slower CPU) against the served
 * build, run as STACK.md says: Debian's Chromium, the flags that keep it off the network, a fresh
 * profile each run. Several runs, reported by the median performance score.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { ROOT } from '../build-stats.ts';

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Largest Contentful Paint and Total Blocking Time, milliseconds. */
  lcp: number;
  tbt: number;
  fcp: number;
  /** Audits that lost points in the median run, for fixing. */
  failing: string[];
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string; title: string }>;
}

function runOnce(url: string): LighthouseResult {
  const scratch = mkdtempSync(join(tmpdir(), 'waymark-lighthouse-'));
  try {
    const output = join(scratch, 'report.json');
    const chromeFlags = ['--headless', ...CHROMIUM_ARGS, `--user-data-dir=${join(scratch, 'profile')}`].join(' ');
    const result = spawnSync(
      join(ROOT, 'node_modules/.bin/lighthouse'),
      [url, '--quiet', `--chrome-flags=${chromeFlags}`, '--only-categories=performance,accessibility,best-practices', '--output=json', `--output-path=${output}`],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`lighthouse failed:\n${result.stderr}`);
    const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
    const score = (id: string) => report.categories[id]?.score ?? 0;
    const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      fcp: value('first-contentful-paint'),
      failing: Object.entries(report.audits)
        .filter(([, a]) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
        .map(([id, a]) => `${id} (${a.score})`),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function lighthouse(url: string, runs: number): { median: LighthouseResult; all: LighthouseResult[] } {
  const all = Array.from({ length: runs }, () => runOnce(url));
  const sorted = [...all].sort((a, b) => a.performance - b.performance);
  return { median: sorted[Math.floor((sorted.length - 1) / 2)]!, all };
}
