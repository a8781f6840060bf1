/**
 * `npm run bench`: builds, then prints the performance budget of issue 4 as a table. Sizes come
 * from dist/ (scripts/build-stats.ts, also checked in CI by tests/e2e/budget.test.ts); scores
 * and timings from Lighthouse and Chromium against `vite preview`, which CI does not assert.
 *
 *   npm run bench                      # 3 Lighthouse runs, 5 offline starts
 *   npm run bench -- --runs 1 --no-build   # measure dist/ as it is
 *
 * It builds into a folder of its own, so a build running elsewhere (tests) cannot change what
 * is being measured halfway through.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUDGET, ROOT, kb, readBuild } from './build-stats.ts';
import { lighthouse } from './bench/lighthouse.ts';
import { offlineStart } from './bench/offline-start.ts';
import { startPreview } from './preview-server.ts';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;

const ownBuild = !args.includes('--no-build');
const dist = ownBuild ? join(tmpdir(), `waymark-bench-${process.pid}`) : join(ROOT, 'dist');
if (ownBuild) {
  const built = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

type Row = [measure: string, value: string, target: string, verdict: string];
const rows: Row[] = [];
const check = (ok: boolean) => (ok ? 'ok' : 'MISSED');
const ms = (value: number) => `${Math.round(value)} ms`;

const stats = readBuild(dist);
for (const [i, chunk] of stats.initial.entries()) {
  rows.push([`initial JS ${i === 0 ? '(entry) ' : ''}${chunk.file.replace('assets/', '')}`, kb(chunk.gzip), '', '']);
}
rows.push(['initial JS total, gzip', kb(stats.initialGzip), `<= ${kb(BUDGET.initialJs)}`, check(stats.initialGzip <= BUDGET.initialJs)]);
rows.push(['locale text in start-up chunks', stats.localesAtStartUp.join(', ') || 'none', 'none', check(stats.localesAtStartUp.length === 0)]);
rows.push(['Zod in start-up chunks', stats.zodAtStartUp.join(', ') || 'none', 'none', check(stats.zodAtStartUp.length === 0)]);
rows.push([`precache (sw.js), ${stats.precache.entries} files`, `${kb(stats.precache.bytes)} (${kb(stats.precache.gzip)} gzip)`, '', '']);
const largest = stats.locales[0];
if (largest) rows.push([`largest locale chunk (${largest.source})`, `${kb(largest.gzip)} gzip`, '', '']);

const server = await startPreview({ outDir: dist });
try {
  const lh = lighthouse(`${server.origin}/`, runs);
  const m = lh.median;
  const perfs = lh.all.map((r) => r.performance.toFixed(2)).join(' ');
  rows.push([`Lighthouse mobile performance (median of ${runs}: ${perfs})`, m.performance.toFixed(2), `>= ${BUDGET.performance}`, check(m.performance >= BUDGET.performance)]);
  rows.push(['Lighthouse accessibility', m.accessibility.toFixed(2), `>= ${BUDGET.accessibility}`, check(m.accessibility >= BUDGET.accessibility)]);
  rows.push(['Lighthouse best practices', m.bestPractices.toFixed(2), `>= ${BUDGET.bestPractices}`, check(m.bestPractices >= BUDGET.bestPractices)]);
  rows.push(['  First Contentful Paint (simulated mobile)', ms(m.fcp), '', '']);
  rows.push(['  Largest Contentful Paint (simulated mobile)', ms(m.lcp), '', '']);
  rows.push(['  Total Blocking Time (simulated mobile)', ms(m.tbt), '', '']);
  const offline = await offlineStart(server.origin, 5);
  rows.push(['offline: navigation -> start screen (median of 5)', ms(offline.toStart), '', '']);
  rows.push(['offline: navigation -> first question (start + Continue)', ms(offline.toFirstQuestion), '', '']);
  if (m.failing.length > 0) console.log(`\nLighthouse audits below full marks (median run): ${m.failing.join(', ')}`);
} finally {
  await server.stop();
  if (ownBuild) rmSync(dist, { recursive: true, force: true });
}

const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length), ['measure', 'value', 'target', ''][c]!.length));
const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
console.log(`\n${line(['measure', 'value', 'target', ''])}`);
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
console.log('\nKB = 1024 bytes; gzip at zlib\'s default level. Lighthouse: mobile, simulated throttling. Offline times: this machine, no throttling.');
