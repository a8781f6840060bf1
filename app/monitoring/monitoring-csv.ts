/** The monitoring export: one CSV a funder can open, with small numbers suppressed. */
import { DIMENSIONS, suppressed, type MonthCounts } from './monitoring.ts';
import type { QuestionFeedback } from './feedback.ts';

const csvField = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function monitoringCsv(months: readonly MonthCounts[], feedback: readonly QuestionFeedback[]): string {
  const rows: string[][] = [['section', 'month', 'dimension', 'value', 'count']];
  for (const m of months) {
    rows.push(['journeys', m.month, 'all', 'all', suppressed(m.journeys)]);
    for (const dimension of DIMENSIONS) {
      for (const [value, count] of Object.entries(m.counts[dimension]).sort()) rows.push(['journeys', m.month, dimension, value, suppressed(count)]);
    }
  }
  const grouped = new Map<string, number>();
  for (const f of feedback) {
    const key = [f.month, f.questionId, f.language, f.reason].join('\u0000');
    grouped.set(key, (grouped.get(key) ?? 0) + 1);
  }
  for (const [key, count] of [...grouped].sort()) {
    const [month, questionId, language, reason] = key.split('\u0000') as [string, string, string, string];
    rows.push(['question-feedback', month, `${questionId} (${language})`, reason, String(count)]);
  }
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
