// @vitest-environment node
/**
 * rules:check: directory entries not verified in the last 6 months, sources whose period in
 * force has ended, routes on M or L points. A case on each side of every date boundary, then
 * the command's exit codes.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRules, findingsCount, isIsoDate, monthsBefore, renderFindingsTable, type RulesCheckData } from '../../rules/book/rules-check.ts';
import type { NationLaw, Organisation, Route, Source } from '../../rules/types.ts';

const organisation = (id: string, lastVerified: string): Organisation => ({
  id, name: `Org ${id}`, nations: ['england'], who: ['person'], lastVerified, confidence: 'H', source: 'test',
});
const source = (id: string, to?: string): Source => ({
  id, title: `Act ${id}`, href: 'https://www.legislation.gov.uk/', nations: ['england'], inForce: { from: '2000-01-01', ...(to ? { to } : {}) },
});
const law = (confidence: 'H' | 'M' | 'L'): NationLaw => ({ sources: ['a'], signposts: ['o'], confidence });
const route = (id: string, scotland: 'H' | 'M' | 'L'): Route => ({
  id, group: 'council', urgency: 'standard', confidence: scotland, law: { england: law('H'), wales: law('H'), scotland: law(scotland), ni: law('H') },
});

describe('dates', () => {
  it.each([
    ['2026-03-15', 6, '2025-09-15'],
    ['2026-08-31', 6, '2026-02-28'],
    ['2024-08-31', 6, '2024-02-29'],
    ['2026-01-01', 1, '2025-12-01'],
  ])('%s less %i months is %s', (date, months, expected) => expect(monthsBefore(date, months)).toBe(expected));

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', ''])('%j is not a date', (text) => expect(isIsoDate(text)).toBe(false));
});

describe('checkRules', () => {
  const data: RulesCheckData = {
    directory: [organisation('exactly-six-months', '2025-09-15'), organisation('a-day-more', '2025-09-14')],
    sources: [source('ends-today', '2026-03-15'), source('ended-yesterday', '2026-03-14'), source('open-ended')],
    routes: [route('all-h', 'H'), route('scotland-m', 'M'), route('scotland-l', 'L')],
  };
  const findings = checkRules('2026-03-15', data);

  it('lists a directory entry verified more than 6 months ago, not one verified exactly 6 months ago', () => {
    expect(findings.verifiedSince).toBe('2025-09-15');
    expect(findings.staleOrganisations.map((o) => o.id)).toEqual(['a-day-more']);
  });

  it('lists a source whose last day in force has passed, not one ending today or open-ended', () => {
    expect(findings.endedSources).toEqual([{ id: 'ended-yesterday', title: 'Act ended-yesterday', to: '2026-03-14' }]);
  });

  it('lists routes resting on an M or L point, with the nations concerned', () => {
    expect(findings.weakRoutes).toEqual([
      { id: 'scotland-m', confidence: 'M', nations: [{ nation: 'scotland', confidence: 'M' }] },
      { id: 'scotland-l', confidence: 'L', nations: [{ nation: 'scotland', confidence: 'L' }] },
    ]);
    expect(findingsCount(findings)).toBe(4);
  });

  it('prints one table per kind of finding', () => {
    const table = renderFindingsTable(findings);
    expect(table).toMatch(/not verified since 2025-09-15 \(1\):\norganisation +name +last verified\n-+ +-+ +-+\na-day-more +Org a-day-more +2025-09-14/);
    expect(table).toContain('scotland-l  L        scotland L');
    expect(renderFindingsTable(checkRules('2026-03-15', { directory: [], sources: [], routes: [] }))).toContain('0 finding(s)');
  });
});

describe('the rules:check command', () => {
  /** Runs the command as `npm run rules:check -- ARGS` would, via tsx directly for speed. */
  const run = (...args: string[]) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
      execFile(tsx, ['scripts/rules-check.ts', ...args], { cwd: process.cwd() }, (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });

  it('is a report: exit 0; with --strict, exit 1 when anything is listed; exit 2 on a bad date', async () => {
    // In parallel: each run starts tsx afresh, which is most of its time.
    const [report, strict, bad] = await Promise.all([
      run('--today', '2026-03-01'),
      run('--today', '2026-03-01', '--strict'),
      run('--today', '2026-02-30'),
    ]);
    expect(report.status, report.stderr).toBe(0);
    expect(report.stdout).toContain('Routes resting on M or L points');
    expect(strict.status).toBe(1);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('YYYY-MM-DD');
  });
});
