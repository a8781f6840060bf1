/** Parsing and checking triage input, then replaying each case through the journey machine. */
import type { Answers } from './answers.ts';
import { locateJsonError } from './json-position.ts';
import { ReplayError, replayToOutcome } from './journey.ts';
import type { Outcome } from './outcome.ts';
import { isQuestionId } from './questions.ts';

export class TriageInputError extends Error {}

type Case = { id: string | undefined; answers: Answers };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const { position, line, column } = locateJsonError(text);
    throw new TriageInputError(`malformed JSON at line ${line}, column ${column} (position ${position})`);
  }
}

function casesOf(input: unknown): Case[] {
  if (isPlainObject(input)) return [{ id: undefined, answers: input as Answers }];
  if (!Array.isArray(input)) throw new TriageInputError('expected an answers object or an array of { "id", "answers" }');
  return input.map((item, index) => {
    const label = isPlainObject(item) && typeof item.id === 'string' ? item.id : `#${index + 1}`;
    if (!isPlainObject(item) || typeof item.id !== 'string' || !isPlainObject(item.answers)) {
      throw new TriageInputError(`case ${label}: expected { "id": string, "answers": object }`);
    }
    return { id: item.id, answers: item.answers as Answers };
  });
}

function outcomeOf({ id, answers }: Case): Outcome {
  const where = id === undefined ? '' : `case ${id}: `;
  const unknown = Object.keys(answers).find((key) => !isQuestionId(key));
  if (unknown) throw new TriageInputError(`${where}unknown question id ${JSON.stringify(unknown)}`);
  try {
    return replayToOutcome(answers);
  } catch (error) {
    if (error instanceof ReplayError) throw new TriageInputError(`${where}${error.message}`);
    throw error;
  }
}

/** One outcome for an answers object; an array of `{ id, ...outcome }` for an array of cases. */
export function runTriage(text: string): Outcome | Array<{ id: string } & Outcome> {
  const input = parse(text);
  const cases = casesOf(input);
  if (!Array.isArray(input)) return outcomeOf(cases[0]!);
  return cases.map((c) => ({ id: c.id!, ...outcomeOf(c) }));
}
