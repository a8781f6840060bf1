/**
 * Named answer sets shared by the app tests, the browser tests and the screenshot scripts.
 * Key order is the order the journey asks the questions (some tests compare `Object.keys`).
 */
import type { Answers } from '../../rules/index.ts';

// The questions after support and destitution answered "none of these": no children, pregnancy, care need, detention or flags.
const NO_FURTHER_NEEDS = {
  q_children: 'none',
  q_pregnant: 'no',
  q_care_need: [],
  q_mha: 'no',
  q_council_refused: 'no',
  q_flags: [],
} as const satisfies Answers;

// An adult refused asylum seeker in England, destitute, no Home Office support, a mental-health care need, no flags: routes include la-adult-care-assessment.
export const ADULT_REFUSED = {
  q_nation: 'england',
  q_danger: 'no',
  q_age: '25plus',
  q_status: 'asylum_refused',
  q_claim_where: 'after_entry',
  q_ho_support: 'none',
  q_destitute: 'yes',
  q_children: 'none',
  q_pregnant: 'no',
  q_care_need: ['mental_health'],
  q_mha: 'no',
  q_council_refused: 'no',
  q_flags: [],
} as const satisfies Answers;

// ADULT_REFUSED, also flagged as trafficked and consenting to an NRM referral: the worker view carries psic and Schedule 3 flags.
export const ADULT_REFUSED_TRAFFICKED = {
  ...ADULT_REFUSED,
  q_flags: ['trafficking'],
  q_nrm_consent: 'yes',
} as const satisfies Answers;

// ADULT_REFUSED_TRAFFICKED whose Home Office support was stopped or refused: many routes, and a sensitive question with "ask privately".
export const ADULT_REFUSED_TRAFFICKED_SUPPORT_STOPPED = {
  ...ADULT_REFUSED_TRAFFICKED,
  q_ho_support: 'stopped_or_refused',
} as const satisfies Answers;

// Everything that can show at once for a refused adult: in danger, two care needs, detained, refused by the council, trafficked.
export const ADULT_REFUSED_EVERYTHING = {
  ...ADULT_REFUSED_TRAFFICKED_SUPPORT_STOPPED,
  q_danger: 'yes',
  q_care_need: ['mental_health', 'illness'],
  q_mha: 's3_or_court',
  q_council_refused: 'yes',
} as const satisfies Answers;

// An adult asylum seeker on section 95 support, not destitute, no further needs; no nation (the start screen keeps its default).
export const PENDING_S95_NO_NATION = {
  q_danger: 'no',
  q_age: '25plus',
  q_status: 'asylum_pending',
  q_ho_support: 's95',
  q_destitute: 'no',
  ...NO_FURTHER_NEEDS,
} as const satisfies Answers;

// PENDING_S95_NO_NATION in England: a short journey to an outcome.
export const PENDING_S95 = { q_nation: 'england', ...PENDING_S95_NO_NATION } as const satisfies Answers;

// PENDING_S95_NO_NATION in Wales.
export const PENDING_S95_WALES = { q_nation: 'wales', ...PENDING_S95_NO_NATION } as const satisfies Answers;

// A British or Irish adult, not destitute, no further needs; no nation (the start screen keeps its default).
export const BRITISH_ADULT_NO_NATION = {
  q_danger: 'no',
  q_age: '25plus',
  q_status: 'british_irish',
  q_destitute: 'no',
  ...NO_FURTHER_NEEDS,
} as const satisfies Answers;

// A refugee (or humanitarian protection) in Scotland, no Home Office support, at risk of destitution, no further needs.
export const SCOTLAND_REFUGEE_AT_RISK = {
  q_nation: 'scotland',
  q_danger: 'no',
  q_age: '25plus',
  q_status: 'refugee_hp',
  q_ho_support: 'none',
  q_destitute: 'at_risk',
  ...NO_FURTHER_NEEDS,
} as const satisfies Answers;

// A young care leaver (18-20) in England refused asylum, at risk of destitution, refused by the council.
export const CARE_LEAVER_REFUSED: Answers = {
  q_nation: 'england',
  q_danger: 'no',
  q_age: '18-20',
  q_care_history: 'yes',
  q_status: 'asylum_refused',
  q_claim_where: 'after_entry',
  q_ho_support: 'none',
  q_destitute: 'at_risk',
  ...NO_FURTHER_NEEDS,
  q_council_refused: 'yes',
};

// An adult asylum seeker in Wales in danger now, on section 95, with children, late in pregnancy, a mental-health need, trafficked.
export const WALES_PENDING_IN_DANGER: Answers = {
  q_nation: 'wales',
  q_danger: 'yes',
  q_age: '25plus',
  q_status: 'asylum_pending',
  q_ho_support: 's95',
  q_destitute: 'no',
  q_children: 'yes',
  q_pregnant: 'late',
  q_care_need: ['mental_health'],
  q_mha: 'no',
  q_council_refused: 'no',
  q_flags: ['trafficking'],
  q_nrm_consent: 'yes',
};
