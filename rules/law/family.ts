/** Households with children (legal-map T2, T9: s17, s95 families, s94(5)). */
import type { Answers } from '../answers.ts';
import { isAdult, isChild } from './age.ts';
import { isFailedAsylumSeeker } from './status.ts';

/** @see ca-1989-s17 */
export function hasChildrenInHousehold(a: Answers): boolean {
  return a.q_children === 'yes' || a.q_children === 'yes_disabled';
}

/** A disabled child is a child in need whatever the family's money. @see ca-1989-s17 */
export function hasDisabledChild(a: Answers): boolean {
  return a.q_children === 'yes_disabled';
}

/**
 * A family: a child living with a parent, or an adult (care leavers included) with children.
 * @see ca-1989-s17 @see iaa-1999-s122
 */
export function isFamily(a: Answers): boolean {
  return (isChild(a) && a.q_with === 'parent') || (isAdult(a) && hasChildrenInHousehold(a));
}

/**
 * A refused family whose children were here before the final refusal keeps "asylum-seeker"
 * status for s95 while a child is under 18 (an s9 AITCA certificate aside, which the Home Office applies).
 * @see iaa-1999-s94 @see iaa-1999-s95
 */
export function isSection94FiveFamily(a: Answers): boolean {
  return (
    isFamily(a) &&
    isFailedAsylumSeeker(a) &&
    (a.q_children_before_refusal === 'yes' || a.q_children_before_refusal === 'unsure')
  );
}
