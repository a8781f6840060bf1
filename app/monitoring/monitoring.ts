/**
 * Anonymous monitoring, off until the site turns it on. A finished journey adds one to counts
 * by month, nation, route, flag and language. Nothing else is kept: no answers, no time finer
 * than the month, no free text. Counts below 5 are shown as "fewer than 5" in exports so no
 * person can be singled out.
 */
import { idbClear, idbGet, idbGetAll, idbPut } from '../settings/idb.ts';

export type Dimension = 'nation' | 'route' | 'flag' | 'workerLanguage' | 'clientLanguage';
export const DIMENSIONS: readonly Dimension[] = ['nation', 'route', 'flag', 'workerLanguage', 'clientLanguage'];

export interface MonthCounts {
  month: string;
  journeys: number;
  counts: Record<Dimension, Record<string, number>>;
}

export interface FinishedJourney {
  nation: string;
  routes: readonly string[];
  flags: readonly string[];
  workerLanguage: string;
  clientLanguage?: string;
}

export const SMALL_NUMBER = 5;

export const monthOf = (date: Date): string => date.toISOString().slice(0, 7);

const empty = (month: string): MonthCounts => ({
  month,
  journeys: 0,
  counts: { nation: {}, route: {}, flag: {}, workerLanguage: {}, clientLanguage: {} },
});

/** Pure: the counts after one more finished journey. */
export function addJourney(counts: MonthCounts, journey: FinishedJourney): MonthCounts {
  const next: MonthCounts = structuredClone(counts);
  const bump = (dimension: Dimension, key: string) => {
    next.counts[dimension][key] = (next.counts[dimension][key] ?? 0) + 1;
  };
  next.journeys += 1;
  bump('nation', journey.nation);
  for (const route of new Set(journey.routes)) bump('route', route);
  for (const flag of new Set(journey.flags)) bump('flag', flag);
  bump('workerLanguage', journey.workerLanguage);
  if (journey.clientLanguage) bump('clientLanguage', journey.clientLanguage);
  return next;
}

export async function recordJourney(journey: FinishedJourney, now = new Date()): Promise<void> {
  const month = monthOf(now);
  const current = (await idbGet<MonthCounts>('monitoring', month)) ?? empty(month);
  await idbPut('monitoring', month, addJourney(current, journey));
}

export async function loadCounts(): Promise<MonthCounts[]> {
  const all = await idbGetAll<MonthCounts>('monitoring');
  return all.sort((a, b) => a.month.localeCompare(b.month));
}

export const clearCounts = () => idbClear('monitoring');

/** A count as it may leave the device: below the small-number threshold it is not given. */
export const suppressed = (count: number): string => (count < SMALL_NUMBER ? 'fewer than 5' : String(count));
