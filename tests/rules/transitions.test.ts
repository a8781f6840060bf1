// @vitest-environment node
/**
 * Each question: step the machine to it and check where every answer leads (Smart Answers'
 * flow tests). Then BACK, CHANGE with pruning, and RESTART.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { AnswerValue, Answers } from '../../rules/answers.ts';
import { journeyMachine } from '../../rules/machine.ts';
import { questionOf, screenOf, walk } from '../../rules/journey.ts';
import { QUESTIONS, isAsked, type QuestionId } from '../../rules/questions.ts';

const ADULT_REFUSED: Answers = {
  q_nation: 'england', q_danger: 'no', q_age: '25plus', q_status: 'asylum_refused', q_claim_where: 'after_entry',
  q_ho_support: 'none', q_destitute: 'yes', q_children: 'yes', q_children_before_refusal: 'yes', q_pregnant: 'no',
  q_care_need: [], q_mha: 'no', q_council_refused: 'no', q_flags: ['trafficking', 'domestic_abuse'], q_nrm_consent: 'yes',
};

/** Where the journey stands after answering `question` with `answer`, given earlier answers. */
function after(earlier: Answers, question: QuestionId, answer: AnswerValue): string {
  const actor = createActor(journeyMachine, { input: {} }).start();
  walk(actor, earlier, { strict: false, until: 'review' });
  expect(questionOf(actor.getSnapshot())).toBe(question);
  actor.send({ type: 'ANSWER', question, answer });
  const snapshot = actor.getSnapshot();
  return questionOf(snapshot) && screenOf(snapshot) !== 'start' ? questionOf(snapshot)! : screenOf(snapshot);
}

/** The expected next screen from the catalogue: the first later question asked, else review. */
function expectedNext(answers: Answers, question: QuestionId): string {
  if (question === 'q_danger' && (answers.q_danger === 'yes' || answers.q_danger === 'unsure')) return 'danger';
  const index = QUESTIONS.findIndex((q) => q.id === question);
  return QUESTIONS.slice(index + 1).find((q) => isAsked(q, answers))?.id ?? 'review';
}

/** Earlier answers that lead to each question: a journey that asks it. */
function earlierFor(question: QuestionId): Answers {
  const child: Answers = { q_nation: 'england', q_danger: 'no', q_age: 'under18', q_age_doubt: 'no' };
  const visa: Answers = { ...ADULT_REFUSED, q_status: 'visa_nrpf' };
  const unknownDa: Answers = { ...ADULT_REFUSED, q_status: 'unknown', q_flags: ['domestic_abuse'] };
  const special: Partial<Record<QuestionId, Answers>> = {
    q_maybe_child: { q_nation: 'england', q_danger: 'no', q_age: 'unknown' },
    q_age_doubt: child,
    q_with: child,
    q_care_history: { q_nation: 'england', q_danger: 'no', q_age: '18-20' },
    q_visa_kind: visa,
    q_last_visa_partner: unknownDa,
  };
  const base = special[question] ?? ADULT_REFUSED;
  const index = QUESTIONS.findIndex((q) => q.id === question);
  return Object.fromEntries(Object.entries(base).filter(([id]) => QUESTIONS.findIndex((q) => q.id === id) < index)) as Answers;
}

function answersFor(question: QuestionId): AnswerValue[] {
  const q = QUESTIONS.find((x) => x.id === question)!;
  return q.kind === 'single' ? [...q.options] : [[], ...q.options.map((o) => [o]), [...q.options]];
}

for (const q of QUESTIONS) {
  describe(`question: ${q.id}`, () => {
    const earlier = earlierFor(q.id);
    it.each(answersFor(q.id).map((a) => [JSON.stringify(a), a] as const))('answer %s goes to the next question asked', (_label, answer) => {
      const answers = { ...earlier, [q.id]: answer } as Answers;
      expect(after(earlier, q.id, answer)).toBe(expectedNext(answers, q.id));
    });
    it('ignores an answer that is not one of its options', () => {
      expect(after(earlier, q.id, 'not-an-option')).toBe(q.id === 'q_nation' ? 'start' : q.id);
    });
  });
}

describe('the branches the contract names', () => {
  it.each([
    ['q_age', 'unknown', 'q_maybe_child'],
    ['q_age', 'under18', 'q_age_doubt'],
    ['q_age', '18-20', 'q_care_history'],
    ['q_age', '25plus', 'q_status'],
  ] as const)('%s = %s asks %s next', (question, answer, next) => {
    expect(after({ q_nation: 'england', q_danger: 'no' }, question, answer)).toBe(next);
  });
  it('danger yes and unsure show the danger screen at once; no goes on', () => {
    expect(after({ q_nation: 'england' }, 'q_danger', 'yes')).toBe('danger');
    expect(after({ q_nation: 'england' }, 'q_danger', 'unsure')).toBe('danger');
    expect(after({ q_nation: 'england' }, 'q_danger', 'no')).toBe('q_age');
  });
});

describe('BACK, CHANGE and RESTART', () => {
  it('BACK returns to the previous question asked, through the danger screen when it was shown', () => {
    const actor = createActor(journeyMachine, { input: {} }).start();
    walk(actor, { q_nation: 'wales', q_danger: 'yes', q_age: 'under18' }, { strict: false, until: 'review' });
    expect(questionOf(actor.getSnapshot())).toBe('q_age_doubt');
    const trail: string[] = [];
    for (let i = 0; i < 4; i++) {
      actor.send({ type: 'BACK' });
      trail.push(questionOf(actor.getSnapshot()) ?? screenOf(actor.getSnapshot()));
    }
    expect(trail).toEqual(['q_age', 'danger', 'q_danger', 'q_nation']);
  });

  it('CHANGE from review asks the questions a change opens, prunes the old branch, then returns to review', () => {
    const actor = createActor(journeyMachine, { input: {} }).start();
    const adult: Answers = { ...ADULT_REFUSED, q_status: 'british_irish', q_flags: [] };
    walk(actor, adult, { strict: true, until: 'review' });
    expect(screenOf(actor.getSnapshot())).toBe('review');
    actor.send({ type: 'CHANGE', question: 'q_status' });
    expect(questionOf(actor.getSnapshot())).toBe('q_status');
    actor.send({ type: 'ANSWER', question: 'q_status', answer: 'visa_nrpf' });
    expect(questionOf(actor.getSnapshot())).toBe('q_visa_kind');
    actor.send({ type: 'ANSWER', question: 'q_visa_kind', answer: 'work_study' });
    expect(screenOf(actor.getSnapshot())).toBe('review');
    actor.send({ type: 'CHANGE', question: 'q_status' });
    actor.send({ type: 'ANSWER', question: 'q_status', answer: 'refugee_hp' });
    expect(questionOf(actor.getSnapshot())).toBe('q_ho_support');
    expect(actor.getSnapshot().context.answers.q_visa_kind).toBeUndefined();
  });

  it('CHANGE of a question the journey did not ask is ignored', () => {
    const actor = createActor(journeyMachine, { input: {} }).start();
    walk(actor, { ...ADULT_REFUSED, q_status: 'british_irish', q_flags: [] }, { strict: true, until: 'review' });
    actor.send({ type: 'CHANGE', question: 'q_with' });
    expect(screenOf(actor.getSnapshot())).toBe('review');
  });

  it('RESTART wipes every answer but the site nation', () => {
    const actor = createActor(journeyMachine, { input: {} }).start();
    walk(actor, { ...ADULT_REFUSED, q_nation: 'scotland' }, { strict: true, until: 'outcome' });
    expect(screenOf(actor.getSnapshot())).toBe('outcome');
    actor.send({ type: 'RESTART' });
    expect(screenOf(actor.getSnapshot())).toBe('start');
    expect(actor.getSnapshot().context.answers).toEqual({ q_nation: 'scotland' });
    expect(actor.getSnapshot().context.outcome).toBeUndefined();
  });
});
