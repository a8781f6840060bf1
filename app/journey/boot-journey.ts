/**
 * Starts the journey actor, restoring a saved session by replaying its answers through the
 * machine (`walk`), so a restored journey is exactly the one the rules would ask now.
 */
import { createActor } from 'xstate';
import { journeyMachine, screenOf, walk, type JourneyActor, type Answers } from '../../rules/index.ts';
import { clearSession, readSession } from './session-store.ts';

export type SessionNotice = 'corrupt' | 'rulesChanged';

export interface BootedJourney {
  actor: JourneyActor;
  notice: SessionNotice | null;
}

const freshActor = (): JourneyActor => createActor(journeyMachine, { input: {} }).start();

export function bootJourney(storage: Storage | undefined): BootedJourney {
  const saved = readSession(storage);
  if (saved.kind === 'none') return { actor: freshActor(), notice: null };
  if (saved.kind === 'corrupt') {
    clearSession(storage);
    return { actor: freshActor(), notice: 'corrupt' };
  }
  const actor = freshActor();
  try {
    walk(actor, saved.answers, { strict: false, until: saved.screen === 'outcome' ? 'outcome' : 'review' });
    if (saved.screen === 'danger') backToDanger(actor, saved.answers);
  } catch {
    actor.stop();
    clearSession(storage);
    return { actor: freshActor(), notice: 'corrupt' };
  }
  return { actor, notice: saved.rulesChanged ? 'rulesChanged' : null };
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
