/**
 * The monitoring export: one CSV a funder can open. Every count below the small-number
 * threshold, question feedback included, leaves the device as "fewer than 5".
 */
import type { QuestionFeedback } from './feedback.ts';
import { DIMENSIONS, suppressed, type MonthCounts } from './monitoring.ts';

const HEADER = ['section', 'month', 'dimension', 'value', 'language', 'count'];

/** Quotes a field that holds a comma, quote or line break; defuses spreadsheet formulas. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function feedbackRows(feedback: readonly QuestionFeedback[]): string[][] {
  const grouped = new Map<string, number>();
  for (const f of feedback) {
    const language = f.clientLanguage ? `${f.language}+${f.clientLanguage}` : f.language;
    const key = JSON.stringify([f.month, f.questionId, f.reason, language]);
    grouped.set(key, (grouped.get(key) ?? 0) + 1);
  }
  return [...grouped]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => {
      const [month, questionId, reason, language] = JSON.parse(key) as [string, string, string, string];
      return ['question-feedback', month, questionId, reason, language, suppressed(count)];
    });
}

export function monitoringCsv(months: readonly MonthCounts[], feedback: readonly QuestionFeedback[]): string {
  const rows: string[][] = [HEADER];
  for (const m of months) {
    rows.push(['journeys', m.month, 'all', 'all', '', suppressed(m.journeys)]);
    for (const dimension of DIMENSIONS) {
      const counts = Object.entries(m.counts[dimension] ?? {}).sort(([a], [b]) => a.localeCompare(b));
      for (const [value, count] of counts) rows.push(['journeys', m.month, dimension, value, '', suppressed(count)]);
    }
  }
  rows.push(...feedbackRows(feedback));
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export const monitoringFileName = (today: Date): string => `waymark-monitoring-${today.toISOString().slice(0, 10)}.csv`;
