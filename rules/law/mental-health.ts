/** Mental health aftercare (legal-map T8). */
import type { Answers, Nation } from '../answers.ts';
import { nationOf } from '../answers.ts';

/**
 * Detained for treatment under s3, or by a court or from prison (s37, 45A, 47, 48):
 * the sections that bring s117 aftercare. A s2 assessment detention alone does not.
 * @see mha-1983-s117
 */
export function wasDetainedForTreatment(a: Answers): boolean {
  return a.q_mha === 's3_or_court';
}

/** Hospital detention of an unknown section: the discharge papers will say. @see mha-1983-s117 */
export function mayHaveBeenDetainedForTreatment(a: Answers): boolean {
  return a.q_mha === 'other_or_unsure';
}

/**
 * How aftercare is reached in each nation: s117 in England and Wales; in Scotland the
 * MH(CT)(S)A 2003 ss25-27 duties (carried by the same route id); in Northern Ireland no
 * s117 equivalent, so the HSC Trust assessment.
 * @see mha-1983-s117 @see mhcts-2003-ss25-27 @see hpss-ni-o-1972
 */
export function mentalHealthAftercareRoute(nation: Nation): 's117-aftercare' | 'la-adult-care-assessment' {
  return nation === 'ni' ? 'la-adult-care-assessment' : 's117-aftercare';
}

/** Scotland's ss25-27 care and support is needs-based and status-blind. @see mhcts-2003-ss25-27 */
export function isScottishMentalHealthNeed(a: Answers): boolean {
  return nationOf(a) === 'scotland' && (a.q_care_need?.includes('mental_health') ?? false);
}
