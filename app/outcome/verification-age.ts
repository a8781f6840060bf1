/**
 * How fresh a directory entry's contact details are. Legal-map section 4 ("Data rules for
 * the offline app"): show a "check this number" warning when `last_verified` is older than
 * 6 months. This is a display policy for the directory, not a legal test, so it lives here.
 */
export const RECHECK_AFTER_MONTHS = 6;

/** The last day the entry counts as fresh: `lastVerified` plus RECHECK_AFTER_MONTHS (clamped to month end). */
export function recheckDue(lastVerified: string): string {
  const [year, month, day] = lastVerified.split('-').map(Number) as [number, number, number];
  const firstOfMonth = new Date(Date.UTC(year, month - 1 + RECHECK_AFTER_MONTHS, 1));
  const daysInMonth = new Date(Date.UTC(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfMonth.setUTCDate(Math.min(day, daysInMonth));
  return firstOfMonth.toISOString().slice(0, 10);
}

/** True when the entry was last verified more than RECHECK_AFTER_MONTHS before `today` (UTC dates). */
export function needsRecheck(lastVerified: string, today: Date): boolean {
  return today.toISOString().slice(0, 10) > recheckDue(lastVerified);
}
