/**
 * The one hook through which components read the journey and act on it. Screens render
 * what the snapshot says and send events; every legal condition stays in `rules/`.
 */
import { useContext, useMemo } from 'react';
import { useSelector } from '@xstate/react';
import { questionOf, screenOf, type AnswerValue, type JourneySnapshot, type QuestionId } from '../../rules/index.ts';
import { JourneyContext } from './journey-context.ts';

const whole = (snapshot: JourneySnapshot) => snapshot;

export function useJourney() {
  const controller = useContext(JourneyContext);
  if (!controller) throw new Error('useJourney needs a <JourneyProvider>');
  const snapshot = useSelector(controller.actor, whole);
  const { actor } = controller;

  const actions = useMemo(
    () => ({
      answer: (question: QuestionId, answer: AnswerValue) => actor.send({ type: 'ANSWER', question, answer }),
      proceed: () => actor.send({ type: 'CONTINUE' }),
      back: () => actor.send({ type: 'BACK' }),
      change: (question: QuestionId) => actor.send({ type: 'CHANGE', question }),
    }),
    [actor],
  );

  return {
    screen: controller.exited ? ('exit' as const) : screenOf(snapshot),
    questionId: questionOf(snapshot),
    answers: snapshot.context.answers,
    outcome: snapshot.context.outcome,
    generation: controller.generation,
    notice: controller.notice,
    dismissNotice: controller.dismissNotice,
    finish: controller.wipe,
    quickExit: controller.quickExit,
    leaveExit: controller.leaveExit,
    ...actions,
  };
}

export type Journey = ReturnType<typeof useJourney>;
