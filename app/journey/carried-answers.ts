/**
 * Answers carried over from a saved session that the replay could not reach yet. After an update
 * the new rules may ask a new question in the middle of a journey: the replay stops there, the
 * worker answers it, and the replay goes on with the answers after it, so none is lost (they are
 * then checked on "check your answers"). Carried answers are wiped with everything else.
 */
import { questionOf, screenOf, walk, type Answers, type JourneyActor } from '../../rules/index.ts';

/** The saved answers the journey has not taken in; none is undefined. */
export function carriedAnswers(saved: Answers, actor: JourneyActor): Answers | undefined {
  const taken = actor.getSnapshot().context.answers;
  const rest = Object.fromEntries(Object.entries(saved).filter(([id]) => !(id in taken))) as Answers;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/**
 * On a question that a carried answer covers, replays on from there. Call it outside the actor's
 * own notifications (the walk sends events and reads each next snapshot). Returns what is left.
 */
export function resumeCarried(actor: JourneyActor, carried: Answers): Answers | undefined {
  const snapshot = actor.getSnapshot();
  const question = questionOf(snapshot);
  if (screenOf(snapshot) !== 'question' || !question || !(question in carried)) return carried;
  try {
    walk(actor, { ...carried, ...snapshot.context.answers }, { strict: false, until: 'review' });
  } catch {
    // The journey stays where it is: the worker answers on by hand.
    return undefined;
  }
  return carriedAnswers(carried, actor);
}
