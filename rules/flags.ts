/** Flag ids of CONTRACT.md, in the order they are shown to the worker. Context only: never a route. */
export const FLAG_IDS = [
  'immediate-danger',
  'consult-safeguarding-lead',
  'child',
  'separated-child',
  'age-disputed',
  'urgent-legal',
  'care-leaver',
  'care-history-unsure',
  'council-refused',
  'psic',
  'destitution-only-bar',
  'sch3-excluded-likely',
  'sch3-possible',
  'sch3-port-claim-para6-only',
  'care-need',
  's117',
  'check-discharge-papers',
  'nrpf-condition',
  'status-unknown',
  'pregnant',
  'late-pregnancy',
  'trafficking',
  'nrm-consent-not-given',
  'domestic-abuse',
  'torture',
  'detention',
  'nation-wales',
  'nation-scotland',
  'nation-ni',
] as const;

export type FlagId = (typeof FLAG_IDS)[number];

/**
 * Flags that describe a status class. They are context for the worker only: the view shown
 * to the person never names them (DESIGN principle 4).
 */
export const WORKER_ONLY_FLAGS: readonly FlagId[] = [
  'psic',
  'destitution-only-bar',
  'sch3-excluded-likely',
  'sch3-possible',
  'sch3-port-claim-para6-only',
];
