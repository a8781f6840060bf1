/**
 * The saved journey in sessionStorage: `{ v: 1, rulesVersion, answers, screen }`, written on
 * every change so an accidental reload or a browser crash loses nothing within the session.
 * Nothing is ever written to localStorage: a shared tablet keeps no answers between sessions.
 */
import {
  RULES_VERSION,
  getQuestion,
  isQuestionId,
  isValidAnswer,
  type AnswerValue,
  type Answers,
  type Screen,
} from '../../rules/index.ts';

export const SESSION_KEY = 'waymark.session';

export interface SavedSession {
  v: 1;
  rulesVersion: string;
  answers: Answers;
  screen: Screen;
}

export type LoadedSession =
  | { kind: 'none' }
  | { kind: 'corrupt' }
  | { kind: 'ok'; answers: Answers; screen: Screen; rulesChanged: boolean };

const SCREENS: readonly string[] = ['start', 'question', 'danger', 'review', 'outcome'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Answers this version's questions accept; `strict` rejects the whole set on any unknown or invalid answer. */
function answersOf(raw: Record<string, unknown>, strict: boolean): Answers | undefined {
  const kept: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(raw)) {
    const valid = isQuestionId(id) && isValidAnswer(getQuestion(id), value);
    if (valid) kept[id] = value as AnswerValue;
    else if (strict) return undefined;
  }
  return kept as Answers;
}

/** Reads and checks the saved session. Never throws: unreadable storage counts as none. */
export function readSession(storage: Storage | undefined): LoadedSession {
  let text: string | null;
  try {
    text = storage?.getItem(SESSION_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'corrupt' };
  }
  if (
    !isRecord(data) ||
    data.v !== 1 ||
    typeof data.rulesVersion !== 'string' ||
    !isRecord(data.answers) ||
    typeof data.screen !== 'string' ||
    !SCREENS.includes(data.screen)
  ) {
    return { kind: 'corrupt' };
  }
  const rulesChanged = data.rulesVersion !== RULES_VERSION;
  // Under the same rules every answer must still be valid; under other rules, replay by question id.
  const answers = answersOf(data.answers, !rulesChanged);
  if (!answers) return { kind: 'corrupt' };
  return { kind: 'ok', answers, screen: data.screen as Screen, rulesChanged };
}

export function writeSession(storage: Storage | undefined, answers: Answers, screen: Screen): void {
  const session: SavedSession = { v: 1, rulesVersion: RULES_VERSION, answers, screen };
  try {
    storage?.setItem(SESSION_KEY, JSON.stringify(session));
  } catch {
    // Storage full or blocked: the journey still works, it just will not survive a reload.
  }
}

/** Drops the saved journey (the start screen saves none). */
export function forgetSession(storage: Storage | undefined): void {
  try {
    storage?.removeItem(SESSION_KEY);
  } catch {
    // Blocked storage holds nothing.
  }
}

/** Wipes everything this page keeps in session storage. */
export function clearSession(storage: Storage | undefined): void {
  try {
    storage?.clear();
  } catch {
    // Nothing to wipe if storage is blocked.
  }
}
