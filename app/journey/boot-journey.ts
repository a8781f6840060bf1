/**
 * Starts the journey actor, restoring a saved session by replaying its answers through the
 * machine (`walk`), so a restored journey is exactly the one the rules would ask now. After an
 * update to the rules, answers are replayed by question id: answers to questions that no longer
 * exist (or to options that no longer exist) are dropped, new questions are asked where the walk
 * stops, and a journey saved on its outcome comes back to "check your answers" first, since the
 * outcome may now differ. If the replay fails, the worker is told plainly to start again.
 */
import { createActor } from 'xstate';
import { screenOf, walk, type JourneyActor, type Answers } from '../../rules/index.ts';
import { appJourneyMachine } from './outcome-rules.ts';
import { carriedAnswers } from './carried-answers.ts';
import { clearSession, readSession } from './session-store.ts';

export type SessionNotice = 'corrupt' | 'rulesChanged' | 'replayFailed';

export interface BootedJourney {
  actor: JourneyActor;
  notice: SessionNotice | null;
  /** Saved answers after a question the replay stopped at (see carried-answers.ts). */
  carried?: Answers;
}

const freshActor = (): JourneyActor => createActor(appJourneyMachine, { input: {} }).start();

export function bootJourney(storage: Storage | undefined): BootedJourney {
  const saved = readSession(storage);
  if (saved.kind === 'none') return { actor: freshActor(), notice: null };
  if (saved.kind === 'corrupt') {
    clearSession(storage);
    return { actor: freshActor(), notice: 'corrupt' };
  }
  const actor = freshActor();
  try {
    const backToOutcome = saved.screen === 'outcome' && !saved.rulesChanged;
    walk(actor, saved.answers, { strict: false, until: backToOutcome ? 'outcome' : 'review' });
    if (saved.screen === 'danger') backToDanger(actor, saved.answers);
  } catch {
    actor.stop();
    clearSession(storage);
    return { actor: freshActor(), notice: saved.rulesChanged ? 'replayFailed' : 'corrupt' };
  }
  return { actor, notice: saved.rulesChanged ? 'rulesChanged' : null, carried: carriedAnswers(saved.answers, actor) };
}

/**
 * `walk` steps over the danger screen; a reload there must not skip it. BACK keeps every
 * answer, so stepping back to the danger screen loses nothing.
 */
function backToDanger(actor: JourneyActor, answers: Answers): void {
  for (let step = 0; step < 50; step++) {
    const screen = screenOf(actor.getSnapshot());
    if (screen === 'danger') return;
    if (screen === 'start') break;
    actor.send({ type: 'BACK' });
  }
  // The rules no longer show the danger screen for these answers: resume where walk stops.
  walk(actor, answers, { strict: false, until: 'review' });
}
