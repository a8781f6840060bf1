/**
 * Reading and driving the journey actor: which screen and question a snapshot shows, and
 * replaying a set of answers through the machine (the CLI, session restore and rules updates).
 */
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import type { Answers } from './answers.ts';
import { journeyMachine } from './machine.ts';
import type { Outcome } from './outcome.ts';
import { getQuestion, isValidAnswer, type QuestionId } from './questions.ts';

export type JourneySnapshot = SnapshotFrom<typeof journeyMachine>;
export type Screen = 'start' | 'question' | 'danger' | 'review' | 'outcome';

interface StateMeta {
  screen: Screen;
  questionId?: QuestionId;
}

function metaOf(snapshot: JourneySnapshot): StateMeta {
  const meta = Object.values(snapshot.getMeta())[0] as StateMeta | undefined;
  if (!meta) throw new Error(`State without meta: ${JSON.stringify(snapshot.value)}`);
  return meta;
}

export function screenOf(snapshot: JourneySnapshot): Screen {
  return metaOf(snapshot).screen;
}

/** The question on screen (q_nation on the start screen), or undefined on other screens. */
export function questionOf(snapshot: JourneySnapshot): QuestionId | undefined {
  return metaOf(snapshot).questionId;
}

export class ReplayError extends Error {
  constructor(
    message: string,
    readonly question?: QuestionId,
  ) {
    super(message);
  }
}

export type JourneyActor = Actor<typeof journeyMachine>;

/**
 * Answers every question the machine asks from `answers`, in order, stepping over the danger
 * screen (and review, when going to the outcome). Answers to questions the journey does not
 * ask are ignored. Strict: a missing or invalid answer throws ReplayError; otherwise the walk
 * stops at that question, which is where a restored journey resumes.
 */
export function walk(actor: JourneyActor, answers: Answers, options: { strict: boolean; until: 'review' | 'outcome' }): JourneySnapshot {
  for (let step = 0; step < 100; step++) {
    const snapshot = actor.getSnapshot();
    const screen = screenOf(snapshot);
    if (screen === options.until || screen === 'outcome') return snapshot;
    if (screen === 'danger' || screen === 'review') {
      actor.send({ type: 'CONTINUE' });
      continue;
    }
    const question = questionOf(snapshot)!;
    const answer = answers[question];
    const problem =
      answer === undefined
        ? `no answer for ${question}, which the journey asks`
        : isValidAnswer(getQuestion(question), answer)
          ? undefined
          : `${JSON.stringify(answer)} is not an option of ${question}`;
    if (problem) {
      if (options.strict) throw new ReplayError(problem, question);
      return snapshot;
    }
    actor.send({ type: 'ANSWER', question, answer: answer! });
  }
  throw new Error('journey did not settle in 100 steps');
}

/** The outcome the machine reaches for these answers (strict: every asked question must be answered). */
export function replayToOutcome(answers: Answers): Outcome {
  const actor = createActor(journeyMachine, { input: {} }).start();
  try {
    return walk(actor, answers, { strict: true, until: 'outcome' }).context.outcome!;
  } finally {
    actor.stop();
  }
}
