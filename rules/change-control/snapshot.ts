/**
 * Outcome snapshots: the outcome of a representative set of journeys, kept in the repository
 * (`tests/rules/outcome-snapshots.json`) so that no outcome can change without a deliberate
 * rules version and changelog entry. The set is one journey per edge of the journey graph
 * (the shortest journey taking it, finished with quiet default answers) plus every worked case.
 */
import type { Answers } from '../answers.ts';
import { replayToOutcome } from '../journey.ts';
import { RULES_VERSION } from '../meta.ts';
import { QUESTIONS, isAsked, isValidAnswer } from '../questions.ts';
import type { JourneyGraph } from '../book/journey-graph.ts';

/** What a snapshot keeps of an outcome: everything the person and the worker are shown. */
export interface CaseOutcome {
  nation: string;
  routes: string[];
  flags: string[];
  signposts: string[];
}

export interface SnapshotCase {
  answers: Answers;
  outcome: CaseOutcome;
}

export interface OutcomeSnapshot {
  rulesVersion: string;
  /** Case ids: an edge id (`q_status=visa_nrpf>q_visa_kind`) or `scenario:<id>`. */
  cases: Record<string, SnapshotCase>;
}

export const SCENARIO_PREFIX = 'scenario:';

/**
 * Answers that finish a journey after the edge it was chosen for. "Quiet" so the outcome
 * mostly shows what that edge's answer adds: no danger, an adult asylum seeker with no other
 * need. Typed as Required so a new question cannot be left without a default.
 */
const QUIET_ANSWERS: Required<Answers> = {
  q_nation: 'england',
  q_danger: 'no',
  q_age: '25plus',
  q_maybe_child: 'no',
  q_age_doubt: 'no',
  q_with: 'parent',
  q_care_history: 'no',
  q_status: 'asylum_pending',
  q_visa_kind: 'work_study',
  q_claim_where: 'after_entry',
  q_ho_support: 'none',
  q_destitute: 'no',
  q_children: 'none',
  q_children_before_refusal: 'no',
  q_pregnant: 'no',
  q_care_need: [],
  q_mha: 'no',
  q_council_refused: 'no',
  q_flags: [],
  q_nrm_consent: 'yes',
  q_last_visa_partner: 'no',
};

/** Answers every question the journey asks that `answers` leaves open, with its quiet default. */
export function finishJourney(answers: Answers): Answers {
  const finished: Record<string, unknown> = {};
  for (const q of QUESTIONS) {
    if (!isAsked(q, finished as Answers)) continue;
    const value = answers[q.id] ?? QUIET_ANSWERS[q.id];
    if (!isValidAnswer(q, value)) throw new Error(`the quiet default for ${q.id} is not one of its options`);
    finished[q.id] = value;
  }
  return finished as Answers;
}

export function caseOutcome(answers: Answers): CaseOutcome {
  const { nation, routes, flags, signposts } = replayToOutcome(answers);
  return { nation, routes, flags, signposts };
}

/** The cases the snapshot must hold now: every edge of `graph`, then every worked case. */
export function snapshotCases(graph: JourneyGraph, scenarios: ReadonlyArray<{ id: string; answers: Answers }>): Record<string, Answers> {
  const cases: Record<string, Answers> = {};
  for (const edge of graph.edges) cases[edge.id] = finishJourney(edge.example);
  for (const s of scenarios) cases[`${SCENARIO_PREFIX}${s.id}`] = s.answers;
  return cases;
}

export function takeSnapshot(cases: Record<string, Answers>): OutcomeSnapshot {
  return {
    rulesVersion: RULES_VERSION,
    cases: Object.fromEntries(Object.entries(cases).map(([id, answers]) => [id, { answers, outcome: caseOutcome(answers) }])),
  };
}

/** JSON with one line per answers and per outcome, so a review diff shows each changed outcome on one line. */
export function formatSnapshot(snapshot: OutcomeSnapshot): string {
  const cases = Object.entries(snapshot.cases).map(
    ([id, c]) => `    ${JSON.stringify(id)}: {\n      "answers": ${JSON.stringify(c.answers)},\n      "outcome": ${JSON.stringify(c.outcome)}\n    }`,
  );
  return [
    '{',
    '  "about": "Outcomes of one journey per edge of the journey graph and of every worked case. Written by npm run rules:snapshot; see rules/CHANGELOG.md before changing an outcome.",',
    `  "rulesVersion": ${JSON.stringify(snapshot.rulesVersion)},`,
    '  "cases": {',
    cases.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}
