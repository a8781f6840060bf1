/**
 * A choice being made on a question screen, before Continue. Multi-choice answers are arrays
 * of option ids; `[]` is "None of these" (the exclusive `value="none"` checkbox), and
 * `undefined` is nothing chosen yet.
 */
import type { AnswerValue } from '../../rules/index.ts';

export const NONE_VALUE = 'none';

export type Selection = AnswerValue | undefined;

/** Ticking or unticking one checkbox; "none" excludes every other option and the reverse. */
export function toggleMulti(current: Selection, option: string, checked: boolean): Selection {
  const chosen = Array.isArray(current) ? (current as readonly string[]) : [];
  if (option === NONE_VALUE) return checked ? [] : undefined;
  const next = checked ? [...chosen.filter((o) => o !== option), option] : chosen.filter((o) => o !== option);
  return next.length > 0 ? next : undefined;
}

export const isNoneChosen = (selection: Selection): boolean => Array.isArray(selection) && selection.length === 0;

export const isChosen = (selection: Selection, option: string): boolean =>
  typeof selection === 'string' ? selection === option : Array.isArray(selection) && selection.includes(option);

/** The id of the input for an option; the error summary links to the first one. */
export const inputId = (question: string, option: string): string => `${question}-${option}`;
