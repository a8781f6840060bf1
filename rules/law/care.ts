/**
 * Destitution and care need: the "destitution-plus" test (legal-map T6).
 */
import type { Answers } from '../answers.ts';
import { isAdult, isCareLeaver } from './age.ts';
import { isFamily } from './family.ts';
import { isPsicOrStatusUnknown } from './status.ts';
import { wasDetainedForTreatment } from './mental-health.ts';

/** Destitute now, or likely to be within about 14 days. @see iaa-1999-s95 @see asylum-support-regs-2000 */
export function isDestitute(a: Answers): boolean {
  return a.q_destitute === 'yes' || a.q_destitute === 'at_risk';
}

/** Without a safe place tonight or money for food now (initial accommodation). @see iaa-1999-s98 */
export function isDestituteNow(a: Answers): boolean {
  return a.q_destitute === 'yes';
}

/**
 * Needs for care and support arising from impairment, illness, mental health or age:
 * need beyond destitution, so a Care Act assessment is owed whatever the status.
 * @see care-act-2014-s9 @see eligibility-regs-2015 @see care-act-2014-s21 @see case-westminster-v-nass-2002
 */
export function hasNeedBeyondDestitution(a: Answers): boolean {
  return (a.q_care_need?.length ?? 0) > 0;
}

/** Illness, mental health or disability: the health needs that prompt an NHS charging check. @see nhs-charging-regs-2015 */
export function hasHealthNeed(a: Answers): boolean {
  return ['illness', 'mental_health', 'disability'].some((n) => a.q_care_need?.includes(n));
}

/**
 * The Care Act s21 bar: an adult subject to immigration control (or of unknown status)
 * whose only need is destitution has no council adult-care route; families, care leavers
 * and people owed s117 aftercare have other duties.
 * @see care-act-2014-s21 @see sswba-2014 @see sw-s-a-1968-s12 @see iaa-1999-s115
 */
export function isBarredAsDestitutionOnly(a: Answers): boolean {
  return (
    isAdult(a) &&
    isPsicOrStatusUnknown(a) &&
    isDestitute(a) &&
    !hasNeedBeyondDestitution(a) &&
    !wasDetainedForTreatment(a) &&
    !isFamily(a) &&
    !isCareLeaver(a)
  );
}
