// @vitest-environment node
/**
 * Properties that must hold for every journey, over 10,000 generated valid answer sets,
 * each driven through the journey machine as the app and the CLI drive it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Answers } from '../../rules/answers.ts';
import { replayToOutcome, walk } from '../../rules/journey.ts';
import { journeyMachine } from '../../rules/machine.ts';
import { decide, type Outcome } from '../../rules/outcome.ts';
import { ROUTES, getRoute } from '../../rules/routes.ts';
import { isAgeDisputed, isChild, isSeparatedChild } from '../../rules/law/age.ts';
import { needsRegulatedAdvice } from '../../rules/law/advice.ts';
import { isDestitute } from '../../rules/law/care.ts';
import { isPersonSubjectToImmigrationControl } from '../../rules/law/status.ts';
import { QUESTIONS, isAsked } from '../../rules/questions.ts';
import { generateMany, seededRandom } from './generate.ts';

const JOURNEYS = 10_000;
const HOME_OFFICE_SUPPORT = ['home-office-s95', 'home-office-s98', 'home-office-s4', 'asylum-support-appeal'];

let cases: Array<{ answers: Answers; outcome: Outcome }> = [];

beforeAll(() => {
  cases = generateMany(JOURNEYS).map((answers) => ({ answers, outcome: replayToOutcome(answers) }));
});

/** Asserts `holds` for every case, reporting the first counterexample's answers. */
function forAll(holds: (c: { answers: Answers; outcome: Outcome }) => boolean) {
  const counterexample = cases.find((c) => !holds(c));
  expect(counterexample && { answers: counterexample.answers, routes: counterexample.outcome.routes }).toBeUndefined();
}

describe(`over ${JOURNEYS} generated journeys`, () => {
  it('the machine reaches the same outcome as decide() on the same answers', () => {
    expect(cases).toHaveLength(JOURNEYS);
    forAll(({ answers, outcome }) => JSON.stringify(outcome) === JSON.stringify(decide(answers)));
  });

  it('danger "yes" always gives emergency services', () => {
    forAll(({ answers, outcome }) => answers.q_danger !== 'yes' || outcome.routes.includes('emergency-services'));
  });

  it('a child never gets a human rights assessment or an adult care assessment', () => {
    forAll(({ answers, outcome }) =>
      !isChild(answers) || !outcome.routes.some((r) => r === 'human-rights-assessment' || r === 'la-adult-care-assessment'),
    );
  });

  it('a separated child never gets a Home Office support route', () => {
    forAll(({ answers, outcome }) => !isSeparatedChild(answers) || !outcome.routes.some((r) => HOME_OFFICE_SUPPORT.includes(r)));
  });

  it('an asylum seeker whose claim is pending never gets a human rights assessment', () => {
    forAll(({ answers, outcome }) => answers.q_status !== 'asylum_pending' || !outcome.routes.includes('human-rights-assessment'));
  });

  it('a person not subject to immigration control (status known, not EUSS pending) never gets the destitution-only bar or a human rights assessment', () => {
    forAll(({ answers, outcome }) => {
      const exempt = !isPersonSubjectToImmigrationControl(answers) && answers.q_status !== 'unknown' && answers.q_status !== 'euss_pending';
      return !exempt || (!outcome.flags.includes('destitution-only-bar') && !outcome.routes.includes('human-rights-assessment'));
    });
  });

  it('s4 never appears for someone not destitute unless support was stopped or they are still on s95', () => {
    forAll(({ answers, outcome }) => {
      const allowed = isDestitute(answers) || answers.q_ho_support === 'stopped_or_refused' || answers.q_ho_support === 's95';
      return allowed || !outcome.routes.includes('home-office-s4');
    });
  });

  it('the regulated adviser appears whenever R11 holds', () => {
    forAll(({ answers, outcome }) => !needsRegulatedAdvice(answers) || outcome.routes.includes('oisc-adviser'));
  });

  it('an age-disputed child is always treated as a child pending assessment', () => {
    forAll(({ answers, outcome }) => !isAgeDisputed(answers) || outcome.routes.includes('age-assessment-treat-as-child'));
  });

  it('every route in every outcome has a source (or is a named non-statutory service) and a signpost for the nation', () => {
    forAll(({ outcome }) =>
      outcome.routes.every((id) => {
        const law = getRoute(id).law[outcome.nation];
        return (law.sources.length > 0 || law.nonStatutory === true) && law.signposts.length > 0;
      }),
    );
  });

  it('routes come out in a stable order, urgent first, and without repeats', () => {
    forAll(({ outcome }) => new Set(outcome.routes).size === outcome.routes.length);
    forAll(({ outcome }) => outcome.routes.join() === [...outcome.routes].sort(byCatalogue).join());
  });
});

const byCatalogue = (a: string, b: string) => ROUTES.findIndex((r) => r.id === a) - ROUTES.findIndex((r) => r.id === b);

describe('changing an answer and changing it back', () => {
  it('gives the same outcome as never changing it (2,000 journeys, a random question each)', () => {
    const random = seededRandom(7);
    for (const { answers, outcome } of cases.slice(0, 2_000)) {
      const actor = createActor(journeyMachine, { input: {} }).start();
      walk(actor, answers, { strict: true, until: 'review' });
      const asked = QUESTIONS.filter((q) => answers[q.id] !== undefined && isAsked(q, answers));
      const question = asked[Math.floor(random() * asked.length)]!;
      const other = question.kind === 'single' ? question.options.find((o) => o !== answers[question.id])! : [question.options[0]!];
      actor.send({ type: 'CHANGE', question: question.id });
      actor.send({ type: 'ANSWER', question: question.id, answer: other });
      walk(actor, generateFill(answers), { strict: false, until: 'review' });
      actor.send({ type: 'CHANGE', question: question.id });
      actor.send({ type: 'ANSWER', question: question.id, answer: answers[question.id]! });
      walk(actor, answers, { strict: true, until: 'outcome' });
      const changedBack = actor.getSnapshot().context.outcome;
      expect(changedBack, JSON.stringify({ answers, question: question.id })).toEqual(outcome);
    }
  });
});

/** Answers for questions the temporary change may open: the first option of each. */
function generateFill(answers: Answers): Answers {
  const fill: Record<string, unknown> = { ...answers };
  for (const q of QUESTIONS) if (fill[q.id] === undefined) fill[q.id] = q.kind === 'single' ? q.options[0] : [];
  return fill as Answers;
}
