/** NHS access and charging (legal-map T11). */
import type { Answers } from '../answers.ts';
import { isAdult } from './age.ts';
import { hasHealthNeed } from './care.ts';
import { isPsicOrStatusUnknown } from './status.ts';
import { disclosed } from './protection.ts';

/** Pregnant, or a baby in the last 6 weeks. @see nhs-charging-regs-2015 */
export function isPregnantOrNewMother(a: Answers): boolean {
  return a.q_pregnant === 'yes' || a.q_pregnant === 'late';
}

/** 34 weeks or more, or a baby under 6 weeks: the s4 "unable to travel" ground. @see failed-asylum-seekers-regs-2005 */
export function isInLatePregnancy(a: Answers): boolean {
  return a.q_pregnant === 'late';
}

/**
 * Someone whose status may bring NHS hospital charges and who needs care now: pregnancy,
 * an adult with illness, mental health or disability needs, or a torture, domestic abuse or
 * trafficking disclosure (whose treatment is exempt). GP registration is free to all.
 * @see nhs-charging-regs-2015
 */
export function needsNhsChargingCheck(a: Answers): boolean {
  if (!isPsicOrStatusUnknown(a)) return false;
  const exemptCondition = disclosed(a, 'torture') || disclosed(a, 'domestic_abuse') || disclosed(a, 'trafficking');
  return isPregnantOrNewMother(a) || (isAdult(a) && (hasHealthNeed(a) || exemptCondition));
}
