/** Counts summed for the monitoring page: one month or all of them, largest first. */
import type { FeedbackReason, QuestionFeedback } from './feedback.ts';
import { DIMENSIONS, type Dimension, type MonthCounts } from './monitoring.ts';

export const ALL_MONTHS = 'all';

export interface Totals {
  journeys: number;
  counts: Record<Dimension, [value: string, count: number][]>;
}

const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);

export function totalsFor(months: readonly MonthCounts[], month: string): Totals {
  const chosen = month === ALL_MONTHS ? months : months.filter((m) => m.month === month);
  const sums = Object.fromEntries(DIMENSIONS.map((d) => [d, new Map<string, number>()])) as Record<Dimension, Map<string, number>>;
  let journeys = 0;
  for (const m of chosen) {
    journeys += m.journeys;
    for (const d of DIMENSIONS) for (const [value, count] of Object.entries(m.counts[d] ?? {})) sums[d].set(value, (sums[d].get(value) ?? 0) + count);
  }
  const counts = Object.fromEntries(DIMENSIONS.map((d) => [d, [...sums[d]].sort(byCount)])) as Totals['counts'];
  return { journeys, counts };
}

export interface FeedbackTotal {
  questionId: string;
  language: string;
  reason: FeedbackReason;
  count: number;
}

export function feedbackTotals(feedback: readonly QuestionFeedback[], month: string): FeedbackTotal[] {
  const sums = new Map<string, FeedbackTotal>();
  for (const f of feedback) {
    if (month !== ALL_MONTHS && f.month !== month) continue;
    const language = f.clientLanguage ? `${f.language}+${f.clientLanguage}` : f.language;
    const key = JSON.stringify([f.questionId, language, f.reason]);
    const total = sums.get(key) ?? { questionId: f.questionId, language, reason: f.reason, count: 0 };
    total.count += 1;
    sums.set(key, total);
  }
  return [...sums.values()].sort((a, b) => b.count - a.count || a.questionId.localeCompare(b.questionId));
}

/** Every month with counts or feedback, newest first, for the month chooser. */
export function monthsOf(months: readonly MonthCounts[], feedback: readonly QuestionFeedback[]): string[] {
  return [...new Set([...months.map((m) => m.month), ...feedback.map((f) => f.month)])].sort().reverse();
}
