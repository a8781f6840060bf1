/**
 * The question catalogue of CONTRACT.md, in journey order.
 *
 * Each question records a fact the person states; the law is applied later by
 * `law/` and `outcome.ts`. "Asked when" is normative: the machine asks exactly
 * these questions, in this order. Every condition here names a predicate in
 * `law/` so the same test decides routing and outcome.
 */
import { isChild, isPossibleCareLeaverAge } from './law/age.ts';
import {
  hasVisaWithConditions,
  isFailedAsylumSeeker,
  isAsylumRelatedOrUnknownStatus,
} from './law/status.ts';
import { hasChildrenInHousehold } from './law/family.ts';
import { isAdultDisclosingTrafficking, mayHaveLastHadPartnerVisa } from './law/protection.ts';
import type { Answers } from './answers.ts';

export const QUESTION_IDS = [
  'q_nation',
  'q_danger',
  'q_age',
  'q_maybe_child',
  'q_age_doubt',
  'q_with',
  'q_care_history',
  'q_status',
  'q_visa_kind',
  'q_claim_where',
  'q_ho_support',
  'q_destitute',
  'q_children',
  'q_children_before_refusal',
  'q_pregnant',
  'q_care_need',
  'q_mha',
  'q_council_refused',
  'q_flags',
  'q_nrm_consent',
  'q_last_visa_partner',
] as const;

export type QuestionId = (typeof QUESTION_IDS)[number];

export interface Question {
  id: QuestionId;
  kind: 'single' | 'multi';
  options: readonly string[];
  /** The option that means "don't know"; it routes to the protective outcome. */
  dontKnow?: string;
  /** Asked privately: only when the suspected abuser or exploiter is absent. */
  sensitive?: boolean;
  /** Named predicate deciding whether the journey asks this question. Absent: always asked. */
  askedWhen?: { name: string; test: (answers: Answers) => boolean; contract: string };
}

const single = (
  id: QuestionId,
  options: readonly string[],
  extra: Partial<Question> = {},
): Question => ({ id, kind: 'single', options, ...extra });

export const QUESTIONS: readonly Question[] = [
  single('q_nation', ['england', 'wales', 'scotland', 'ni']),
  single('q_danger', ['yes', 'no', 'unsure'], { dontKnow: 'unsure' }),
  single('q_age', ['under18', '18-20', '21-24', '25plus', 'unknown'], { dontKnow: 'unknown' }),
  single('q_maybe_child', ['yes', 'unsure', 'no'], {
    dontKnow: 'unsure',
    askedWhen: { name: 'ageIsUnknown', test: (a) => a.q_age === 'unknown', contract: 'q_age = unknown' },
  }),
  single('q_age_doubt', ['yes', 'no'], {
    askedWhen: { name: 'saysUnder18', test: (a) => a.q_age === 'under18', contract: 'q_age = under18' },
  }),
  single('q_with', ['parent', 'other_adult', 'alone'], {
    askedWhen: {
      name: 'isChild',
      test: isChild,
      contract: 'a child: q_age = under18, or q_age = unknown and q_maybe_child is yes or unsure',
    },
  }),
  single('q_care_history', ['yes', 'no', 'unsure'], {
    dontKnow: 'unsure',
    askedWhen: {
      name: 'isPossibleCareLeaverAge',
      test: isPossibleCareLeaverAge,
      contract: 'q_age is 18-20 or 21-24, or q_age = unknown and q_maybe_child = no',
    },
  }),
  single(
    'q_status',
    [
      'british_irish',
      'settled',
      'euss_presettled',
      'euss_pending',
      'eea_no_status',
      'refugee_hp',
      'leave_public_funds',
      'visa_nrpf',
      'extension_pending',
      'asylum_pending',
      'asylum_refused',
      'further_submissions',
      'no_leave',
      'unknown',
    ],
    { dontKnow: 'unknown' },
  ),
  single(
    'q_visa_kind',
    ['partner_british_settled', 'partner_worker_student', 'family_private_life', 'work_study', 'visitor', 'other_unsure'],
    {
      dontKnow: 'other_unsure',
      askedWhen: {
        name: 'hasVisaWithConditions',
        test: hasVisaWithConditions,
        contract: 'q_status is visa_nrpf or extension_pending',
      },
    },
  ),
  single('q_claim_where', ['on_arrival', 'after_entry', 'unsure'], {
    dontKnow: 'unsure',
    askedWhen: {
      name: 'isFailedAsylumSeeker',
      test: isFailedAsylumSeeker,
      contract: 'q_status is asylum_refused or further_submissions',
    },
  }),
  single('q_ho_support', ['none', 's95', 's98', 's4', 'stopped_or_refused', 'unsure'], {
    dontKnow: 'unsure',
    askedWhen: {
      name: 'isAsylumRelatedOrUnknownStatus',
      test: isAsylumRelatedOrUnknownStatus,
      contract: 'q_status is asylum_pending, asylum_refused, further_submissions, refugee_hp or unknown',
    },
  }),
  single('q_destitute', ['yes', 'at_risk', 'no']),
  single('q_children', ['none', 'yes', 'yes_disabled']),
  single('q_children_before_refusal', ['yes', 'no', 'unsure'], {
    dontKnow: 'unsure',
    askedWhen: {
      name: 'isFailedAsylumSeekerWithChildren',
      test: (a) => isFailedAsylumSeeker(a) && hasChildrenInHousehold(a),
      contract: 'q_status is asylum_refused or further_submissions, and q_children is not none',
    },
  }),
  single('q_pregnant', ['no', 'yes', 'late']),
  {
    id: 'q_care_need',
    kind: 'multi',
    options: ['personal_care', 'disability', 'mental_health', 'illness', 'older', 'learning_disability'],
  },
  single('q_mha', ['s3_or_court', 'other_or_unsure', 'no'], { dontKnow: 'other_or_unsure' }),
  single('q_council_refused', ['yes', 'no', 'unsure'], { dontKnow: 'unsure' }),
  {
    id: 'q_flags',
    kind: 'multi',
    options: ['trafficking', 'domestic_abuse', 'torture', 'detention', 'removal_fear', 'wants_return'],
    sensitive: true,
  },
  single('q_nrm_consent', ['yes', 'no'], {
    sensitive: true,
    askedWhen: {
      name: 'isAdultDisclosingTrafficking',
      test: isAdultDisclosingTrafficking,
      contract: 'q_flags has trafficking and the person is not a child',
    },
  }),
  single('q_last_visa_partner', ['yes', 'no', 'unsure'], {
    dontKnow: 'unsure',
    sensitive: true,
    askedWhen: {
      name: 'mayHaveLastHadPartnerVisa',
      test: mayHaveLastHadPartnerVisa,
      contract: 'q_flags has domestic_abuse and q_status is no_leave or unknown',
    },
  }),
];

const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

export function getQuestion(id: QuestionId): Question {
  const question = BY_ID.get(id);
  if (!question) throw new Error(`Unknown question id: ${id}`);
  return question;
}

export function isQuestionId(id: string): id is QuestionId {
  return BY_ID.has(id as QuestionId);
}

/** True when the journey asks this question, given the answers to the questions before it. */
export function isAsked(question: Question, answers: Answers): boolean {
  return question.askedWhen ? question.askedWhen.test(answers) : true;
}

/** Whether `value` is a well-formed answer to the question (multi: an array of distinct option ids). */
export function isValidAnswer(question: Question, value: unknown): boolean {
  if (question.kind === 'single') return typeof value === 'string' && question.options.includes(value);
  return (
    Array.isArray(value) &&
    value.every((v) => typeof v === 'string' && question.options.includes(v)) &&
    new Set(value).size === value.length
  );
}
