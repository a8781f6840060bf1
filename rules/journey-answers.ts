/**
 * Pure helpers over the answers of a journey: pruning branches no longer taken, the
 * questions a journey asks, and progress. The machine and the app both use these, so
 * "asked when" has one meaning everywhere.
 */
import type { AnswerValue, Answers } from './answers.ts';
import { QUESTIONS, isAsked, type Question, type QuestionId } from './questions.ts';

/** Drops answers to questions the journey no longer asks, in order (each condition reads only earlier answers). */
export function prune(answers: Answers): Answers {
  const kept: Record<string, AnswerValue> = {};
  for (const q of QUESTIONS) {
    const value = answers[q.id];
    if (value !== undefined && isAsked(q, kept as Answers)) kept[q.id] = value;
  }
  return kept as Answers;
}

export function withAnswer(answers: Answers, question: QuestionId, value: AnswerValue): Answers {
  return prune({ ...answers, [question]: value } as Answers);
}

/**
 * The questions this journey asks given what is known so far, in order. A conditional
 * question whose condition depends on an unanswered question is left out, so the list
 * grows as the journey learns more: progress is "question N of about M".
 */
export function askedQuestions(answers: Answers): Question[] {
  return QUESTIONS.filter((q) => isAsked(q, answers));
}

export function progress(answers: Answers, current: QuestionId): { position: number; total: number } {
  const asked = askedQuestions(answers).filter((q) => q.id !== 'q_nation');
  const index = asked.findIndex((q) => q.id === current);
  return { position: index + 1, total: asked.length };
}

/** True when every question the journey asks has an answer. */
export function isComplete(answers: Answers): boolean {
  return askedQuestions(answers).every((q) => answers[q.id] !== undefined);
}
