/**
 * The only face of the rules that `app/` imports. Pure TypeScript: no DOM, no React,
 * no i18next, no Zod (schemas live in `schemas.ts` for tests and build scripts).
 */
export type { Answers, AnswerValue, Nation } from './answers.ts';
export { NATIONS, nationOf } from './answers.ts';
export type { Question, QuestionId } from './questions.ts';
export { QUESTIONS, QUESTION_IDS, getQuestion, isQuestionId, isValidAnswer } from './questions.ts';
export { askedQuestions, isComplete, progress, prune } from './journey-answers.ts';
export type { JourneyContext, JourneyEvent } from './machine.ts';
export { journeyFlow, journeyMachine, withOutcomeRules } from './machine.ts';
export type { JourneyActor, JourneySnapshot, Screen } from './journey.ts';
export { questionOf, screenOf, walk } from './journey.ts';
export type { Outcome } from './outcome.ts';
export { decide } from './outcome.ts';
export type { FlagId } from './flags.ts';
export { FLAG_IDS, WORKER_ONLY_FLAGS } from './flags.ts';
export type { RouteId } from './routes.ts';
export { ROUTES, ROUTE_IDS, getRoute } from './routes.ts';
export { DIRECTORY, getOrganisation } from './directory.ts';
export { SOURCES, getSource } from './sources.ts';
export type { Confidence, ContactAudience, NationLaw, Organisation, Route, RouteGroup, Source, Urgency } from './types.ts';
export { REVIEWED_ON, REVIEW_BY, RULES_VERSION, isPastReviewDate } from './meta.ts';
export { meaningKeys } from './wording.ts';
export type { RulesBook, BookText } from './book/model.ts';
export { buildRulesBook } from './book/model.ts';
