/**
 * Anonymous monitoring, off until the site turns it on. A finished journey adds one to counts
 * by month, nation, route, flag and language. Nothing else is kept: no answers, no time finer
 * than the month, no free text. Counts below 5 are shown as "fewer than 5" in exports so no
 * person can be singled out.
 */
import { idbClear, idbGetAll, idbUpdate } from '../settings/idb.ts';

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

/** The month in the device's own time zone, so a journey late on the 31st counts in the drop-in's month. */
export const monthOf = (date: Date): string => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;

const empty = (month: string): MonthCounts => ({
  month,
  journeys: 0,
  counts: { nation: {}, route: {}, flag: {}, workerLanguage: {}, clientLanguage: {} },
});

/** Pure: the counts after one more finished journey. */
export function addJourney(counts: MonthCounts, journey: FinishedJourney): MonthCounts {
  const next: MonthCounts = structuredClone(counts);
  const bump = (dimension: Dimension, key: string) => {
    // A month stored by an older version may lack a dimension added since.
    const counts = (next.counts[dimension] ??= {});
    counts[key] = (counts[key] ?? 0) + 1;
  };
  next.journeys += 1;
  bump('nation', journey.nation);
  for (const route of new Set(journey.routes)) bump('route', route);
  for (const flag of new Set(journey.flags)) bump('flag', flag);
  bump('workerLanguage', journey.workerLanguage);
  if (journey.clientLanguage) bump('clientLanguage', journey.clientLanguage);
  return next;
}

export function recordJourney(journey: FinishedJourney, now = new Date()): Promise<void> {
  const month = monthOf(now);
  return idbUpdate<MonthCounts>('monitoring', month, (current) => addJourney(current ?? empty(month), journey));
}

export async function loadCounts(): Promise<MonthCounts[]> {
  const all = await idbGetAll<MonthCounts>('monitoring');
  return all.sort((a, b) => a.month.localeCompare(b.month));
}

export const clearCounts = () => idbClear('monitoring');

/** A count as it may leave the device: below the small-number threshold it is not given. */
export const suppressed = (count: number): string => (count < SMALL_NUMBER ? 'fewer than 5' : String(count));
