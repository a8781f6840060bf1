/**
 * Rules metadata, shown on every outcome. Bump `RULES_VERSION` (and add a CHANGELOG
 * entry) whenever an outcome changes; saved sessions carry the version they were made under.
 *
 * `REVIEWED_ON` is the date of the legal map this version implements (law and policy
 * verifiable to early 2026). The map asks for a re-check every 6 months, hence `REVIEW_BY`.
 */
export const RULES_VERSION = '2026.1';
export const REVIEWED_ON = '2026-01-15';
export const REVIEW_BY = '2026-07-15';

/** True when the rules are past their review date: the outcome warns they may be out of date. */
export function isPastReviewDate(today: Date, reviewBy: string = REVIEW_BY): boolean {
  return today.toISOString().slice(0, 10) > reviewBy;
}
