/** Home Office asylum support: s95, s98, s4 and appeals (legal-map T9). */
import type { Answers } from '../answers.ts';

/** No Home Office support now, or not sure. @see iaa-1999-s95 */
export function hasNoHomeOfficeSupport(a: Answers): boolean {
  return a.q_ho_support === 'none' || a.q_ho_support === 'unsure';
}

/** Support was refused or stopped: a short-deadline appeal lies to the tribunal. @see iaa-1999-s103 */
export function hadSupportStoppedOrRefused(a: Answers): boolean {
  return a.q_ho_support === 'stopped_or_refused';
}

/** @see iaa-1999-s95 */
export function isOnSection95(a: Answers): boolean {
  return a.q_ho_support === 's95';
}

/** @see iaa-1999-s4 */
export function isOnSection4(a: Answers): boolean {
  return a.q_ho_support === 's4';
}

/** In any Home Office accommodation: s95 dispersal or hotel, s98 initial, or s4. @see iaa-1999-s95 @see iaa-1999-s98 @see iaa-1999-s4 */
export function isInHomeOfficeAccommodation(a: Answers): boolean {
  return a.q_ho_support === 's95' || a.q_ho_support === 's98' || a.q_ho_support === 's4';
}
