/**
 * The journey statechart (XState v5), without the outcome rules: `machine.ts` joins the two.
 * Kept apart so the app can start on the question flow alone and bring the outcome rules (the
 * routes, their sources and signposts) in a later chunk, before anyone can reach the outcome.
 * One state per question in CONTRACT order, plus the
 * danger screen, check-your-answers (review) and the outcome. The flow is generated from
 * the question catalogue so "asked when" has one source: from each question, ANSWER goes
 * to the first later question whose named guard holds (guards are adapters onto `law/`).
 * No `invoke` or `after`, so `xstate/graph` can walk it.
 */
import { and, assign, not, setup } from 'xstate';
import type { AnswerValue, Answers } from './answers.ts';
import type { Outcome } from './outcome.ts';
import { QUESTIONS, getQuestion, isValidAnswer, type QuestionId } from './questions.ts';
import { prune, withAnswer } from './journey-answers.ts';

export type JourneyEvent =
  | { type: 'ANSWER'; question: QuestionId; answer: AnswerValue }
  | { type: 'CONTINUE' }
  | { type: 'BACK' }
  | { type: 'CHANGE'; question: QuestionId }
  | { type: 'RESTART' };

export interface JourneyContext {
  answers: Answers;
  /** Set by CHANGE from review: answered questions are skipped and the journey returns to review. */
  changing: boolean;
  outcome?: Outcome;
}

export interface JourneyInput {
  answers?: Answers;
}

/** State names: the start screen carries q_nation; every other question is named by its id. */
export const stateOf = (id: QuestionId): string => (id === 'q_nation' ? 'start' : id);

/** One transition evaluates many guards on the same event: compute its answers once. */
const answersCache = new WeakMap<JourneyEvent, { context: JourneyContext; answers: Answers }>();

/** The answers as they stand after this event: the event's answer recorded, dead branches pruned. */
function answersAfter(context: JourneyContext, event: JourneyEvent): Answers {
  const hit = answersCache.get(event);
  if (hit && hit.context === context) return hit.answers;
  const answers =
    event.type === 'ANSWER' ? withAnswer(context.answers, event.question, event.answer) : prune(context.answers);
  answersCache.set(event, { context, answers });
  return answers;
}

/** Guards named after the "asked when" condition of each conditional question. */
const askedWhenGuards = Object.fromEntries(
  QUESTIONS.flatMap((q) =>
    q.askedWhen ? [[q.askedWhen.name, ({ context, event }: { context: JourneyContext; event: JourneyEvent }) => q.askedWhen!.test(answersAfter(context, event))]] : [],
  ),
);

/** Guard that question `id` comes next: it is asked, and (while changing) not yet answered. */
function asksNext(id: QuestionId) {
  const q = getQuestion(id);
  const unanswered = { type: 'needsAnswer' as const, params: { question: id } };
  return q.askedWhen ? and([q.askedWhen.name, unanswered]) : unanswered;
}

/** Forward transitions after question `index` has been answered (or the danger screen left). */
function forwardFrom(index: number, actions: string[] = []) {
  const later = QUESTIONS.slice(index + 1).map((q) => ({ guard: asksNext(q.id), target: stateOf(q.id), actions }));
  return [...later, { target: 'review', actions }];
}

/** BACK: the previous asked question, or the danger screen if it was shown. */
function backFrom(index: number) {
  return QUESTIONS.slice(0, index)
    .reverse()
    .flatMap((q) => {
      const step = q.askedWhen ? [{ guard: q.askedWhen.name, target: stateOf(q.id) }] : [{ target: stateOf(q.id) }];
      return q.id === 'q_danger' ? [{ guard: 'isPossiblyInDanger', target: 'danger' }, ...step] : step;
    });
}

const DANGER_INDEX = QUESTIONS.findIndex((q) => q.id === 'q_danger');

function questionState(index: number) {
  const q = QUESTIONS[index]!;
  const record = { type: 'record' as const };
  const ignoreInvalid = { guard: not({ type: 'isValidAnswerTo', params: { question: q.id } }) };
  const forward =
    q.id === 'q_danger'
      ? [{ guard: 'isPossiblyInDanger', target: 'danger', actions: [record] }, ...forwardFrom(index, ['record'])]
      : forwardFrom(index, ['record']);
  return {
    meta: { questionId: q.id, screen: q.id === 'q_nation' ? 'start' : 'question' },
    on: { ANSWER: [ignoreInvalid, ...forward], ...(index > 0 ? { BACK: backFrom(index) } : {}) },
  };
}

export const journeyFlow = setup({
  types: {} as { context: JourneyContext; events: JourneyEvent; input: JourneyInput | undefined },
  guards: {
    ...askedWhenGuards,
    isValidAnswerTo: ({ event }, params: { question: QuestionId }) =>
      event.type === 'ANSWER' && event.question === params.question && isValidAnswer(getQuestion(params.question), event.answer),
    needsAnswer: ({ context, event }, params: { question: QuestionId }) =>
      !context.changing || answersAfter(context, event)[params.question] === undefined,
    isPossiblyInDanger: ({ context, event }) => {
      const danger = answersAfter(context, event).q_danger;
      return danger === 'yes' || danger === 'unsure';
    },
    isChangeOf: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'CHANGE' && event.question === params.question && context.answers[params.question] !== undefined,
  },
  actions: {
    record: assign({
      answers: ({ context, event }) => (event.type === 'ANSWER' ? withAnswer(context.answers, event.question, event.answer) : context.answers),
    }),
    beginChange: assign({ changing: true }),
    endChange: assign({ changing: false }),
    // Supplied by `withOutcomeRules`; the bare flow cannot reach a verdict by itself.
    decideOutcome: () => {
      throw new Error('The journey flow has no outcome rules: use journeyMachine or withOutcomeRules(decide).');
    },
    clearOutcome: assign({ outcome: undefined }),
    wipe: assign({
      // The nation is a site setting, not about the person, so it survives a restart.
      answers: ({ context }) => (context.answers.q_nation ? { q_nation: context.answers.q_nation } : {}),
      changing: false,
      outcome: undefined,
    }),
  },
}).createMachine({
  id: 'journey',
  initial: 'start',
  context: ({ input }) => ({ answers: prune(input?.answers ?? {}), changing: false }),
  on: { RESTART: { target: '.start', actions: 'wipe' } },
  states: {
    // Generated from the catalogue; XState rejects an unknown guard name when the machine is built.
    ...(Object.fromEntries(QUESTIONS.map((q, i) => [stateOf(q.id), questionState(i)])) as Record<string, never>),
    danger: {
      meta: { screen: 'danger' },
      on: { CONTINUE: forwardFrom(DANGER_INDEX) as never, BACK: { target: 'q_danger' } },
    },
    review: {
      meta: { screen: 'review' },
      entry: ['endChange', 'clearOutcome'],
      on: {
        CONTINUE: { target: 'outcome' },
        BACK: backFrom(QUESTIONS.length) as never,
        CHANGE: QUESTIONS.map((q) => ({
          guard: { type: 'isChangeOf' as const, params: { question: q.id } },
          target: stateOf(q.id),
          actions: 'beginChange' as const,
        })),
      },
    },
    outcome: {
      meta: { screen: 'outcome' },
      entry: 'decideOutcome',
      on: { BACK: { target: 'review' } },
    },
  },
});

/** The flow with outcome rules: on entering the outcome, `decide` reads the answers. */
export function withOutcomeRules(decide: (answers: Answers) => Outcome) {
  return journeyFlow.provide({
    actions: { decideOutcome: assign({ outcome: ({ context }) => decide(context.answers) }) },
  });
}
