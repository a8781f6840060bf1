/** Protection flags: trafficking, domestic abuse, torture, detention, returns (legal-map T10). */
import type { Answers } from '../answers.ts';
import { includesOption } from '../answers.ts';
import { isAdult } from './age.ts';
import { hasVisaWithConditions } from './status.ts';

export type ProtectionFlag = 'trafficking' | 'domestic_abuse' | 'torture' | 'detention' | 'removal_fear' | 'wants_return';

export function disclosed(a: Answers, flag: ProtectionFlag): boolean {
  return includesOption(a.q_flags, flag);
}

/** An adult must consent to an NRM referral; a child is referred without consent. @see msa-2015-s52 */
export function isAdultDisclosingTrafficking(a: Answers): boolean {
  return disclosed(a, 'trafficking') && isAdult(a);
}

/** Detention history or fear of detention or removal: urgent regulated advice. @see iaa-1999-s84 */
export function fearsOrHasKnownDetention(a: Answers): boolean {
  return disclosed(a, 'detention') || disclosed(a, 'removal_fear');
}

/**
 * Undocumented or unknown-status survivors are asked whether their last visa was as a partner.
 * @see mvdac-guidance-v4
 */
export function mayHaveLastHadPartnerVisa(a: Answers): boolean {
  return disclosed(a, 'domestic_abuse') && (a.q_status === 'no_leave' || a.q_status === 'unknown');
}

const MVDAC_VISA_KINDS = ['partner_british_settled', 'partner_worker_student', 'other_unsure'];

/**
 * The Migrant Victims of Domestic Abuse Concession may apply: a survivor who has, or last had,
 * leave as a partner (since 2024 including partners on work and study routes). A regulated
 * adviser decides; the tool only points there.
 * @see mvdac-guidance-v4 @see da-act-2021
 */
export function mayQualifyForDomesticAbuseConcession(a: Answers): boolean {
  if (!disclosed(a, 'domestic_abuse')) return false;
  if (hasVisaWithConditions(a)) return MVDAC_VISA_KINDS.includes(a.q_visa_kind ?? '');
  return (
    (a.q_status === 'no_leave' || a.q_status === 'unknown') &&
    (a.q_last_visa_partner === 'yes' || a.q_last_visa_partner === 'unsure')
  );
}
