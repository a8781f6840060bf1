/**
 * `npm run bench:rules`: how fast the legal brain is, measured not asserted.
 * Prints journeys per second through the machine, decide() calls per second, and the wall
 * time of the whole rules test suite (including the 10,000-journey properties).
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { replayToOutcome } from '../rules/journey.ts';
import { decide } from '../rules/outcome.ts';
import { generateMany } from '../tests/rules/generate.ts';

function rate(label: string, count: number, run: () => void): string {
  run(); // warm up the JIT once
  const start = performance.now();
  for (let i = 0; i < count; i++) run();
  const seconds = (performance.now() - start) / 1000;
  return `${label.padEnd(34)} ${Math.round(count / seconds).toLocaleString('en-GB').padStart(10)} /s`;
}

const answerSets = generateMany(2_000, 1);
let i = 0;
const next = () => answerSets[i++ % answerSets.length]!;

console.log(rate('journeys through the machine', 5_000, () => replayToOutcome(next())));
console.log(rate('decide() calls', 50_000, () => decide(next())));

const start = performance.now();
const suite = spawnSync('node_modules/.bin/vitest', ['run', 'tests/rules'], { encoding: 'utf8' });
const seconds = (performance.now() - start) / 1000;
const summary = suite.stdout.split('\n').filter((line) => /Tests|Test Files/.test(line)).join('; ').replace(/\x1b\[[0-9;]*m/g, '');
console.log(`${'rules test suite (wall time)'.padEnd(34)} ${seconds.toFixed(1).padStart(10)} s   ${summary.trim()}`);
process.exitCode = suite.status ?? 1;
