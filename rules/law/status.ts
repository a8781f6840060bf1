/**
 * Immigration status as the person states it: person subject to immigration control
 * (legal-map T4) and the Schedule 3 excluded classes (T5). The tool records facts only;
 * the council checks status with the Home Office.
 */
import type { Answers } from '../answers.ts';
import { isChild } from './age.ts';

const PSIC_STATUSES = [
  'visa_nrpf',
  'extension_pending',
  'asylum_pending',
  'asylum_refused',
  'further_submissions',
  'no_leave',
  'eea_no_status',
];

/**
 * Person subject to immigration control: needs leave and has none, or has leave with a
 * "no public funds" condition (which continues while an in-time extension is pending).
 * @see iaa-1999-s115 @see ia-1971-s3c
 */
export function isPersonSubjectToImmigrationControl(a: Answers): boolean {
  return PSIC_STATUSES.includes(a.q_status ?? '');
}

/** @see iaa-1999-s115 */
export function isStatusUnknown(a: Answers): boolean {
  return a.q_status === 'unknown';
}

/** PSIC, or status unknown: the protective reading when status is not known. @see iaa-1999-s115 */
export function isPsicOrStatusUnknown(a: Answers): boolean {
  return isPersonSubjectToImmigrationControl(a) || isStatusUnknown(a);
}

/** Leave with conditions: a visa with "no public funds", or an in-time application pending. @see ia-1971-s3c */
export function hasVisaWithConditions(a: Answers): boolean {
  return a.q_status === 'visa_nrpf' || a.q_status === 'extension_pending';
}

/** An asylum-seeker in the para 17 sense: claim or appeal pending. @see niaa-2002-sch3-para7 @see iaa-1999-s95 */
export function isAsylumSeeker(a: Answers): boolean {
  return a.q_status === 'asylum_pending';
}

/**
 * Refused, no appeals left, including those whose further submissions are lodged but not
 * yet accepted as a fresh claim (they are not "asylum-seekers" again until accepted).
 * @see niaa-2002-sch3-para7 @see case-aw-v-croydon-2005 @see iaa-1999-s4
 */
export function isFailedAsylumSeeker(a: Answers): boolean {
  return a.q_status === 'asylum_refused' || a.q_status === 'further_submissions';
}

/** Statuses for which Home Office support (or its ending) is in question. @see iaa-1999-s95 @see iaa-1999-s4 */
export function isAsylumRelatedOrUnknownStatus(a: Answers): boolean {
  return isAsylumSeeker(a) || isFailedAsylumSeeker(a) || a.q_status === 'refugee_hp' || isStatusUnknown(a);
}

/** British, Irish or settled: outside immigration control for these purposes. @see niaa-2002-sch3-para2 */
export function isBritishIrishOrSettled(a: Answers): boolean {
  return a.q_status === 'british_irish' || a.q_status === 'settled';
}

const MAINSTREAM_STATUSES = ['british_irish', 'settled', 'refugee_hp', 'leave_public_funds', 'euss_presettled', 'euss_pending'];

/** Statuses that can use ordinary benefits and homelessness help, subject to the usual tests. @see iaa-1999-s115 */
export function hasStatusWithRecourseToPublicFunds(a: Answers): boolean {
  return MAINSTREAM_STATUSES.includes(a.q_status ?? '');
}

/** EUSS pre-settled or pending: s17 plus mainstream help for families. @see appendix-eu */
export function hasEussStatusOrApplication(a: Answers): boolean {
  return a.q_status === 'euss_presettled' || a.q_status === 'euss_pending';
}

export type ScheduleThreeClass = 'none' | 'likely' | 'possible' | 'para6-only';

/**
 * Schedule 3 excluded class, as far as the stated facts show:
 * - never for a child or a British citizen (para 2);
 * - likely for people in the UK in breach of immigration laws (para 7): overstayers,
 *   entrants without leave, EEA nationals without EUSS status since 1 July 2021, and
 *   refused in-country asylum claimants (lodged further submissions do not make them
 *   asylum-seekers again);
 * - a port claimant was never "in breach" (IA 1971 s11), so only para 6 could apply;
 *   the council decides;
 * - possible where status is unknown or an EUSS application is pending (a late or
 *   non-qualifying application may leave the person in breach);
 * - none for everyone else, including an in-time extension applicant whose leave continues.
 * @see niaa-2002-sch3 @see niaa-2002-sch3-para2 @see niaa-2002-sch3-para6 @see niaa-2002-sch3-para7
 * @see bna-1981-s50a @see ia-1971-s11 @see case-aw-v-croydon-2005 @see nrpf-network-hra-guidance-2021
 */
export function scheduleThreeClass(a: Answers): ScheduleThreeClass {
  if (isChild(a) || a.q_status === 'british_irish') return 'none';
  switch (a.q_status) {
    case 'no_leave':
    case 'eea_no_status':
      return 'likely';
    case 'asylum_refused':
    case 'further_submissions':
      return a.q_claim_where === 'on_arrival' ? 'para6-only' : 'likely';
    case 'unknown':
    case 'euss_pending':
      return 'possible';
    default:
      return 'none';
  }
}

/** @see niaa-2002-sch3-para7 */
export function isLikelyInScheduleThreeClass(a: Answers): boolean {
  return scheduleThreeClass(a) === 'likely';
}
