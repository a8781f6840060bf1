/**
 * "Something wrong with this question?": the question id, the language and a reason from a
 * short list, with the month. No free text, so nothing about a person can be written down.
 */
import { idbClear, idbGetAll, idbPut } from '../settings/idb.ts';
import { monthOf } from './monitoring.ts';

export const FEEDBACK_REASONS = ['unclear', 'translation', 'missing-option', 'upsetting', 'not-relevant'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

export interface QuestionFeedback {
  month: string;
  questionId: string;
  /** The worker's language (the page's). */
  language: string;
  /** The client's language when the interpreter view was on: where a translation problem is most likely. */
  clientLanguage?: string;
  reason: FeedbackReason;
}

export async function recordFeedback(entry: Omit<QuestionFeedback, 'month'>, now = new Date()): Promise<void> {
  const record: QuestionFeedback = { ...entry, month: monthOf(now) };
  await idbPut('feedback', `${record.month}:${crypto.randomUUID()}`, record);
}

export const loadFeedback = () => idbGetAll<QuestionFeedback>('feedback');
export const clearFeedback = () => idbClear('feedback');
