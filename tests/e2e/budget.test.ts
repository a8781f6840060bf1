/**
 * The deterministic half of the performance budget, on the production build in dist/: what a
 * first visit must download and run before the first screen. Timings (Lighthouse, offline start)
 * are measured by `npm run bench`, not asserted here.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET, kb, localeFingerprints, readBuild } from '../../scripts/build-stats.ts';

describe('the start-up bundle (entry script and its static imports)', () => {
  const stats = readBuild();
  const table = stats.initial.map((c) => `${c.file} ${kb(c.gzip)}`).join(', ');

  it(`is at most ${kb(BUDGET.initialJs)} of JavaScript, gzip`, () => {
    expect(stats.initial.length).toBeGreaterThan(0);
    expect(stats.initialGzip, `start-up chunks: ${table}`).toBeLessThanOrEqual(BUDGET.initialJs);
  });

  it('holds no locale text: every language loads lazily, English too', () => {
    expect(stats.localesAtStartUp).toEqual([]);
  });

  it('holds no Zod', () => {
    expect(stats.zodAtStartUp).toEqual([]);
  });

  it('leaves every locale file in a lazy chunk that the service worker precaches', () => {
    const lazy = new Set(stats.locales.map((l) => l.source));
    expect([...localeFingerprints().keys()].filter((source) => !lazy.has(source))).toEqual([]);
    expect(stats.locales.length).toBeGreaterThanOrEqual(20 * 3);
    expect(stats.precache.entries).toBeGreaterThan(stats.locales.length);
  });
});

describe('the budget check itself', () => {
  it('catches locale text and Zod in a start-up chunk, and follows static imports', () => {
    const dist = mkdtempSync(join(tmpdir(), 'waymark-budget-'));
    try {
      mkdirSync(join(dist, 'assets'));
      const [source, [localeText]] = [...localeFingerprints()][0]! as [string, string[]];
      writeFileSync(join(dist, 'index.html'), '<script type="module" crossorigin src="/assets/entry.js"></script>');
      writeFileSync(join(dist, 'assets/entry.js'), 'import{a as b}from"./shared.js";const later=()=>import("./lazy.js");b(later);');
      writeFileSync(join(dist, 'assets/shared.js'), `export const a=()=>[\`${localeText}\`,"$ZodType"];`);
      writeFileSync(join(dist, 'assets/lazy.js'), 'export default 1;');
      writeFileSync(join(dist, 'sw.js'), 'e.precacheAndRoute([{url:"index.html",revision:"1"},{url:"assets/entry.js",revision:null}])');
      const stats = readBuild(dist);
      expect(stats.initial.map((c) => c.file)).toEqual(['assets/entry.js', 'assets/shared.js']);
      expect(stats.localesAtStartUp).toContain(source);
      expect(stats.zodAtStartUp).toEqual(['assets/shared.js']);
      expect(stats.precache.entries).toBe(2);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
