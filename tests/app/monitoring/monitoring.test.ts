/** Anonymous monitoring counts, small-number suppression, the CSV export and question feedback. */
import { describe, expect, it } from 'vitest';
import { loadFeedback, recordFeedback, clearFeedback } from '../../../app/monitoring/feedback.ts';
import { csvField, monitoringCsv } from '../../../app/monitoring/monitoring-csv.ts';
import { ALL_MONTHS, feedbackTotals, monthsOf, totalsFor } from '../../../app/monitoring/monitoring-summary.ts';
import { addJourney, clearCounts, loadCounts, monthOf, recordJourney, suppressed, type FinishedJourney, type MonthCounts } from '../../../app/monitoring/monitoring.ts';
import { useFakeIndexedDb } from '../support/fake-idb.ts';

useFakeIndexedDb();

const JOURNEY: FinishedJourney = { nation: 'wales', routes: ['gp-registration', 'oisc-adviser'], flags: ['psic'], workerLanguage: 'en', clientLanguage: 'ar' };
const MARCH = new Date(2026, 2, 14, 15, 30);
const APRIL = new Date(2026, 3, 1, 9, 0);

describe('counts', () => {
  it('adds one to the month, the nation, each route and flag (once each), and each language', () => {
    const empty: MonthCounts = { month: '2026-03', journeys: 0, counts: { nation: {}, route: {}, flag: {}, workerLanguage: {}, clientLanguage: {} } };
    const once = addJourney(empty, { ...JOURNEY, routes: [...JOURNEY.routes, 'gp-registration'] });
    expect(once).toEqual({
      month: '2026-03',
      journeys: 1,
      counts: { nation: { wales: 1 }, route: { 'gp-registration': 1, 'oisc-adviser': 1 }, flag: { psic: 1 }, workerLanguage: { en: 1 }, clientLanguage: { ar: 1 } },
    });
    expect(empty.journeys).toBe(0);
    const twice = addJourney(once, { nation: 'wales', routes: [], flags: [], workerLanguage: 'cy' });
    expect(twice.counts.clientLanguage).toEqual({ ar: 1 });
    expect(twice.counts.workerLanguage).toEqual({ en: 1, cy: 1 });
  });

  it('keeps the month in local time and nothing finer', () => {
    expect(monthOf(MARCH)).toBe('2026-03');
    expect(monthOf(new Date(2026, 11, 31, 23, 59))).toBe('2026-12');
  });

  it('stores counts by month in IndexedDB: three journeys count three', async () => {
    await recordJourney(JOURNEY, MARCH);
    await recordJourney(JOURNEY, MARCH);
    await recordJourney({ ...JOURNEY, nation: 'england', clientLanguage: undefined }, APRIL);
    const months = await loadCounts();
    expect(months.map((m) => [m.month, m.journeys])).toEqual([['2026-03', 2], ['2026-04', 1]]);
    const all = totalsFor(months, ALL_MONTHS);
    expect(all.journeys).toBe(3);
    expect(all.counts.nation).toEqual([['wales', 2], ['england', 1]]);
    expect(all.counts.route).toEqual([['gp-registration', 3], ['oisc-adviser', 3]]);
    expect(totalsFor(months, '2026-04').counts.clientLanguage).toEqual([]);
    // What is stored is counts only: no date finer than the month, no answers.
    expect(JSON.stringify(months)).not.toMatch(/T\d\d:|q_|asylum/);
  });

  it('does not lose counts when journeys finish at the same moment', async () => {
    await Promise.all(Array.from({ length: 6 }, () => recordJourney(JOURNEY, MARCH)));
    expect((await loadCounts())[0]!.journeys).toBe(6);
  });

  it('clears', async () => {
    await recordJourney(JOURNEY, MARCH);
    await clearCounts();
    expect(await loadCounts()).toEqual([]);
  });
});

describe('small numbers', () => {
  it.each([
    [0, 'fewer than 5'],
    [1, 'fewer than 5'],
    [4, 'fewer than 5'],
    [5, '5'],
    [123, '123'],
  ])('%i leaves the device as %s', (count, shown) => {
    expect(suppressed(count)).toBe(shown);
  });
});

describe('CSV export', () => {
  it('has a row per count, every count below 5 suppressed, feedback grouped and suppressed too', async () => {
    for (let i = 0; i < 5; i++) await recordJourney({ ...JOURNEY, flags: i === 0 ? ['trafficking'] : [] }, MARCH);
    await recordFeedback({ questionId: 'q_status', language: 'en', clientLanguage: 'ti', reason: 'translation' }, MARCH);
    const csv = monitoringCsv(await loadCounts(), await loadFeedback());
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('section,month,dimension,value,language,count');
    expect(rows).toContain('journeys,2026-03,all,all,,5');
    expect(rows).toContain('journeys,2026-03,nation,wales,,5');
    expect(rows).toContain('journeys,2026-03,flag,trafficking,,fewer than 5');
    expect(rows).toContain('question-feedback,2026-03,q_status,translation,en+ti,fewer than 5');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).not.toMatch(/,[1-4]\r\n/);
  });

  it('quotes fields that need it and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('2026-03')).toBe('2026-03');
  });
});

describe('question feedback', () => {
  it('records the question, the languages, the reason and the month, and nothing else', async () => {
    await recordFeedback({ questionId: 'q_flags', language: 'en', reason: 'upsetting' }, MARCH);
    await recordFeedback({ questionId: 'q_flags', language: 'en', reason: 'upsetting' }, APRIL);
    await recordFeedback({ questionId: 'q_age', language: 'fa', clientLanguage: 'ps', reason: 'unclear' }, APRIL);
    const stored = await loadFeedback();
    expect(stored).toHaveLength(3);
    for (const entry of stored) expect(Object.keys(entry).sort()).toEqual(expect.arrayContaining(['language', 'month', 'questionId', 'reason']));
    expect(stored.every((e) => Object.keys(e).length <= 5)).toBe(true);
    expect(feedbackTotals(stored, ALL_MONTHS)).toEqual([
      { questionId: 'q_flags', language: 'en', reason: 'upsetting', count: 2 },
      { questionId: 'q_age', language: 'fa+ps', reason: 'unclear', count: 1 },
    ]);
    expect(feedbackTotals(stored, '2026-03')).toHaveLength(1);
    expect(monthsOf([], stored)).toEqual(['2026-04', '2026-03']);
    await clearFeedback();
    expect(await loadFeedback()).toEqual([]);
  });
});
