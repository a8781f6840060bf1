import type { QuestionId } from './questions.ts';

/** Multi-choice questions: their answers are arrays of option ids, `[]` meaning "none of these". */
export type MultiQuestionId = 'q_care_need' | 'q_flags';

/** Answers keyed by question id; a question the journey did not ask is absent. */
export type Answers = {
  [K in QuestionId]?: K extends MultiQuestionId ? readonly string[] : string;
};

export type AnswerValue = string | readonly string[];

export type Nation = 'england' | 'wales' | 'scotland' | 'ni';
export const NATIONS: readonly Nation[] = ['england', 'wales', 'scotland', 'ni'];

/** The nation the answers are for; England when not given (the site default). */
export function nationOf(answers: Answers): Nation {
  const n = answers.q_nation;
  return (NATIONS as readonly string[]).includes(n ?? '') ? (n as Nation) : 'england';
}

export function includesOption(value: readonly string[] | undefined, option: string): boolean {
  return value?.includes(option) ?? false;
}
