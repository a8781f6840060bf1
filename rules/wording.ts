/**
 * Which wording of a route's plain meaning fits this case. The text itself is in
 * `locales/<lng>/routes.json`; rules only choose the key, because the choice is legal
 * (legal-map R1a: a child with another adult is assessed today, s20 if no one with parental
 * responsibility can care; table 2.6: each nation's own bodies and Acts).
 */
import type { Answers, Nation } from './answers.ts';
import { isSeparatedChild } from './law/age.ts';
import type { RouteId } from './routes.ts';

/** Candidate keys under `routes:<id>.`, most specific first; the app uses the first that exists. */
export function meaningKeys(route: RouteId, answers: Answers, nation: Nation): string[] {
  const keys: string[] = [];
  if (route === 'children-s20-accommodation' && isSeparatedChild(answers) && answers.q_with === 'other_adult') {
    keys.push('meaning_other_adult');
  }
  if (nation !== 'england') keys.push(`meaning_${nation}`);
  keys.push('meaning');
  return keys;
}
