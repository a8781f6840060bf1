/**
 * Age, separated children, age disputes and care leavers (legal-map T2, T3).
 * Child first: any doubt about being under 18 means the person is treated as a child.
 */
import type { Answers } from '../answers.ts';

/**
 * A child: says they are under 18, or does not know their age and may be under 18.
 * @see ca-1989-s20 @see msa-2015-s51 @see case-b-v-merton-2003 @see niaa-2002-sch3-para2
 */
export function isChild(a: Answers): boolean {
  return a.q_age === 'under18' || (a.q_age === 'unknown' && (a.q_maybe_child === 'yes' || a.q_maybe_child === 'unsure'));
}

/** @see niaa-2002-sch3-para2 */
export function isAdult(a: Answers): boolean {
  return !isChild(a);
}

/**
 * Age disputed: a child whose stated age has been doubted in writing, or who does
 * not know their age. Treated as a child until a Merton-compliant assessment.
 * @see case-b-v-merton-2003 @see case-a-m-v-croydon-lambeth-2009 @see naba-2022-ss49-58
 */
export function isAgeDisputed(a: Answers): boolean {
  return isChild(a) && (a.q_age_doubt === 'yes' || a.q_age === 'unknown');
}

/**
 * Separated child: no parent or person with parental responsibility caring for them here.
 * @see ca-1989-s20 @see case-behre-v-hillingdon-2003 @see case-g-v-southwark-2009
 */
export function isSeparatedChild(a: Answers): boolean {
  return isChild(a) && (a.q_with === 'alone' || a.q_with === 'other_adult');
}

/**
 * Old enough to be a former relevant child with leaving-care rights (18 to 24), or
 * not knowing their age but sure they are an adult.
 * @see ca-1989-leaving-care
 */
export function isPossibleCareLeaverAge(a: Answers): boolean {
  return a.q_age === '18-20' || a.q_age === '21-24' || (a.q_age === 'unknown' && a.q_maybe_child === 'no');
}

/**
 * Care leaver: a young adult who says a council looked after them (or is unsure: the council confirms).
 * @see ca-1989-leaving-care @see case-so-v-barking-2010
 */
export function isCareLeaver(a: Answers): boolean {
  return isPossibleCareLeaverAge(a) && (a.q_care_history === 'yes' || a.q_care_history === 'unsure');
}

/**
 * Young care leaver (18-20): leaving-care support to 21 is the council's, not the Home Office's.
 * @see ca-1989-leaving-care @see case-so-v-barking-2010
 */
export function isYoungCareLeaver(a: Answers): boolean {
  return isCareLeaver(a) && a.q_age === '18-20';
}
