/**
 * The app's journey machine: the question flow from the start, the outcome rules later.
 * `decide` brings every route with its per-nation sources and signposts; the start screen and
 * the questions need none of it, so it arrives in the review screen's chunk (which must load
 * before anyone can press Continue on review) or, when a saved journey is restored straight to
 * its outcome, before the first render (main.tsx awaits `loadOutcomeRules`).
 */
import { withOutcomeRules, type Answers, type Outcome } from '../../rules/index.ts';

type Decide = (answers: Answers) => Outcome;
let decide: Decide | undefined;

export function provideOutcomeRules(rules: Decide): void {
  decide = rules;
}

export const appJourneyMachine = withOutcomeRules((answers) => {
  if (!decide) throw new Error('The outcome rules have not loaded yet.');
  return decide(answers);
});

/** Loads (once) the chunk that provides `decide`. */
export const loadOutcomeRules = (): Promise<unknown> => import('./outcome-rules-loaded.ts');
