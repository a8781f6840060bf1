/**
 * Saves a journey in progress before an update reloads the page. The start screen normally
 * saves nothing (it holds nothing about the person), but a worker who went back to it
 * mid-journey still has answers; the new version replays them by question id on load.
 */
import type { Answers } from '../../rules/index.ts';
import { writeSession } from '../journey/session-store.ts';

/** True when anything beyond the nation (a site setting, not about the person) was answered. */
export const hasJourneyInProgress = (answers: Answers): boolean => Object.keys(answers).some((id) => id !== 'q_nation');

export function keepJourneyForReload(answers: Answers, storage: Storage | undefined = sessionStorageOrNone()): void {
  if (hasJourneyInProgress(answers)) writeSession(storage, answers, 'question');
}

function sessionStorageOrNone(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
