/** Regulated immigration advice (legal-map T12, rule R11). */
import type { Answers } from '../answers.ts';
import { isSeparatedChild } from './age.ts';
import { hasNeedBeyondDestitution, isDestitute } from './care.ts';
import { disclosed } from './protection.ts';
import { hasVisaWithConditions, isBritishIrishOrSettled } from './status.ts';

const ADVICE_STATUSES = [
  'asylum_pending',
  'asylum_refused',
  'further_submissions',
  'no_leave',
  'eea_no_status',
  'unknown',
  'euss_pending',
  'extension_pending',
];

/**
 * Regulated advice is needed: only an IAA-registered adviser or a solicitor may advise on
 * the immigration case, and a volunteer who does commits an offence.
 * @see iaa-1999-s84 @see iaa-1999-s91 @see laspo-2012-sch1
 */
export function needsRegulatedAdvice(a: Answers): boolean {
  return (
    isSeparatedChild(a) ||
    ADVICE_STATUSES.includes(a.q_status ?? '') ||
    (hasVisaWithConditions(a) && (isDestitute(a) || hasNeedBeyondDestitution(a) || disclosed(a, 'domestic_abuse'))) ||
    disclosed(a, 'trafficking') ||
    disclosed(a, 'detention') ||
    disclosed(a, 'removal_fear') ||
    disclosed(a, 'wants_return') ||
    (disclosed(a, 'torture') && !isBritishIrishOrSettled(a))
  );
}
