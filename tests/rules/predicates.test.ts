// @vitest-environment node
/**
 * The legal tests of legal-map 2.3, as tables named as legal sentences, with a case on
 * each side of every distinction.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../rules/answers.ts';
import { isAgeDisputed, isCareLeaver, isChild, isSeparatedChild, isYoungCareLeaver } from '../../rules/law/age.ts';
import { isFamily, isSection94FiveFamily } from '../../rules/law/family.ts';
import {
  isAsylumSeeker,
  isPersonSubjectToImmigrationControl,
  scheduleThreeClass,
} from '../../rules/law/status.ts';
import { hasNeedBeyondDestitution, isBarredAsDestitutionOnly, isDestitute } from '../../rules/law/care.ts';
import { mentalHealthAftercareRoute, wasDetainedForTreatment } from '../../rules/law/mental-health.ts';
import { mayQualifyForDomesticAbuseConcession, isAdultDisclosingTrafficking } from '../../rules/law/protection.ts';
import { needsRegulatedAdvice } from '../../rules/law/advice.ts';
import { needsNhsChargingCheck } from '../../rules/law/health.ts';
import { decide } from '../../rules/outcome.ts';

type Row = [sentence: string, answers: Answers, expected: unknown];

describe('T2: child first', () => {
  it.each<Row>([
    ['someone who says they are under 18 is a child', { q_age: 'under18' }, true],
    ['someone who does not know their age but may be under 18 is treated as a child', { q_age: 'unknown', q_maybe_child: 'yes' }, true],
    ['someone unsure whether they are under 18 is treated as a child', { q_age: 'unknown', q_maybe_child: 'unsure' }, true],
    ['someone who does not know their age but is sure they are an adult is an adult', { q_age: 'unknown', q_maybe_child: 'no' }, false],
    ['an 18-20 year old is an adult', { q_age: '18-20' }, false],
  ])('%s', (_s, a, expected) => expect(isChild(a)).toBe(expected));

  it.each<Row>([
    ['a child whose age was written down differently is age-disputed', { q_age: 'under18', q_age_doubt: 'yes' }, true],
    ['a child whose age nobody has doubted is not age-disputed', { q_age: 'under18', q_age_doubt: 'no' }, false],
    ['someone who does not know their age and may be a child is age-disputed', { q_age: 'unknown', q_maybe_child: 'unsure' }, true],
    ['an adult is never age-disputed', { q_age: '25plus' }, false],
  ])('%s', (_s, a, expected) => expect(isAgeDisputed(a)).toBe(expected));

  it.each<Row>([
    ['a child living alone is a separated child', { q_age: 'under18', q_with: 'alone' }, true],
    ['a child living with another adult (not a parent) is a separated child', { q_age: 'under18', q_with: 'other_adult' }, true],
    ['a child living with a parent is not separated', { q_age: 'under18', q_with: 'parent' }, false],
    ['an adult living alone is not a separated child', { q_age: '21-24', q_with: 'alone' }, false],
  ])('%s', (_s, a, expected) => expect(isSeparatedChild(a)).toBe(expected));
});

describe('T3: care leavers', () => {
  it.each<Row>([
    ['an 18-20 year old who was looked after is a young care leaver', { q_age: '18-20', q_care_history: 'yes' }, [true, true]],
    ['a 21-24 year old who was looked after is a care leaver, not a young one', { q_age: '21-24', q_care_history: 'yes' }, [true, false]],
    ['a care history the person is unsure of counts, for the council to confirm', { q_age: '21-24', q_care_history: 'unsure' }, [true, false]],
    ['a young adult never looked after is not a care leaver', { q_age: '18-20', q_care_history: 'no' }, [false, false]],
    ['someone 25 or over is not a care leaver here', { q_age: '25plus', q_care_history: 'yes' }, [false, false]],
  ])('%s', (_s, a, expected) => expect([isCareLeaver(a), isYoungCareLeaver(a)]).toEqual(expected));
});

describe('T4: person subject to immigration control (s115(9))', () => {
  it.each<Row>([
    ['a visa holder with no recourse to public funds is subject to immigration control', { q_status: 'visa_nrpf' }, true],
    ['an in-time extension applicant keeps the NRPF condition (s3C), so is subject to control', { q_status: 'extension_pending' }, true],
    ['an overstayer is subject to immigration control', { q_status: 'no_leave' }, true],
    ['an EEA national without EUSS status is subject to immigration control', { q_status: 'eea_no_status' }, true],
    ['a refugee is not subject to immigration control', { q_status: 'refugee_hp' }, false],
    ['a person with EUSS pre-settled status is not subject to immigration control', { q_status: 'euss_presettled' }, false],
    ['a British or Irish citizen is not subject to immigration control', { q_status: 'british_irish' }, false],
  ])('%s', (_s, a, expected) => expect(isPersonSubjectToImmigrationControl(a)).toBe(expected));
});

describe('T5: Schedule 3 excluded classes', () => {
  const adult: Answers = { q_age: '25plus' };
  it.each<Row>([
    ['an in-country refused claimant is in breach, so likely in para 7', { ...adult, q_status: 'asylum_refused', q_claim_where: 'after_entry' }, 'likely'],
    ['a port claimant was never in breach, so only para 6 could apply', { ...adult, q_status: 'asylum_refused', q_claim_where: 'on_arrival' }, 'para6-only'],
    ['someone unsure where they claimed is treated as an in-country claimant', { ...adult, q_status: 'asylum_refused', q_claim_where: 'unsure' }, 'likely'],
    ['lodged further submissions do not make a person an asylum-seeker again: still para 7', { ...adult, q_status: 'further_submissions', q_claim_where: 'after_entry' }, 'likely'],
    ['an asylum seeker whose claim is pending is not in an excluded class (para 7(b))', { ...adult, q_status: 'asylum_pending' }, 'none'],
    ['an overstayer is likely in para 7', { ...adult, q_status: 'no_leave' }, 'likely'],
    ['an EEA national without status since 1 July 2021 is likely in para 7', { ...adult, q_status: 'eea_no_status' }, 'likely'],
    ['a pending EUSS application may still leave a person in breach: possible', { ...adult, q_status: 'euss_pending' }, 'possible'],
    ['an unknown status is possible: the council checks', { ...adult, q_status: 'unknown' }, 'possible'],
    ['an in-time extension applicant has leave (s3C): no excluded class', { ...adult, q_status: 'extension_pending' }, 'none'],
    ['a child is never in an excluded class (para 2(1)(b))', { q_age: 'under18', q_status: 'no_leave' }, 'none'],
    ['a British citizen is never in an excluded class (para 2(1)(a))', { ...adult, q_status: 'british_irish' }, 'none'],
  ])('%s', (_s, a, expected) => expect(scheduleThreeClass(a)).toBe(expected));

  it('asylum pending versus refused: only the pending claimant is an asylum-seeker', () => {
    expect(isAsylumSeeker({ q_status: 'asylum_pending' })).toBe(true);
    expect(isAsylumSeeker({ q_status: 'asylum_refused' })).toBe(false);
  });
});

describe('T6: need beyond destitution', () => {
  const psic: Answers = { q_age: '25plus', q_status: 'no_leave', q_destitute: 'yes', q_children: 'none', q_mha: 'no' };
  it.each<Row>([
    ['a care need is need beyond destitution', { q_care_need: ['personal_care'] }, true],
    ['destitution alone is not a care need', { q_care_need: [] }, false],
  ])('%s', (_s, a, expected) => expect(hasNeedBeyondDestitution(a)).toBe(expected));
  it.each<Row>([
    ['a destitute adult subject to control with no care need has no council adult care route (s21)', { ...psic, q_care_need: [] }, true],
    ['the same adult with a care need is not barred', { ...psic, q_care_need: ['illness'] }, false],
    ['s117 aftercare is not barred by destitution', { ...psic, q_care_need: [], q_mha: 's3_or_court' }, false],
    ['a family is not barred: children have s17', { ...psic, q_care_need: [], q_children: 'yes' }, false],
    ['someone not destitute is not barred', { ...psic, q_care_need: [], q_destitute: 'no' }, false],
    ['a British citizen is never barred', { ...psic, q_status: 'british_irish', q_care_need: [] }, false],
  ])('%s', (_s, a, expected) => expect(isBarredAsDestitutionOnly(a)).toBe(expected));
  it('at risk of destitution within 14 days counts as destitute', () => {
    expect(isDestitute({ q_destitute: 'at_risk' })).toBe(true);
    expect(isDestitute({ q_destitute: 'no' })).toBe(false);
  });
});

describe('T8: mental health aftercare', () => {
  it.each<Row>([
    ['detention under s3 or a court section brings s117', { q_mha: 's3_or_court' }, true],
    ['another or unknown section does not by itself (check the papers)', { q_mha: 'other_or_unsure' }, false],
  ])('%s', (_s, a, expected) => expect(wasDetainedForTreatment(a)).toBe(expected));
  it.each([
    ['England has s117', 'england', 's117-aftercare'],
    ['Wales has s117', 'wales', 's117-aftercare'],
    ['Scotland has ss25-27 care and support under the same route', 'scotland', 's117-aftercare'],
    ['Northern Ireland has no s117: the HSC Trust assesses', 'ni', 'la-adult-care-assessment'],
  ] as const)('%s', (_s, nation, route) => expect(mentalHealthAftercareRoute(nation)).toBe(route));
});

describe('T9: Home Office support', () => {
  const base: Answers = { q_nation: 'england', q_danger: 'no', q_age: '25plus', q_pregnant: 'no', q_care_need: [], q_mha: 'no', q_council_refused: 'no', q_flags: [] };
  it.each<Row>([
    ['a destitute single asylum seeker with no support can get s95 and s98', { ...base, q_status: 'asylum_pending', q_ho_support: 'none', q_destitute: 'yes', q_children: 'none' }, ['home-office-s95', 'home-office-s98']],
    ['at risk (not yet destitute): s95 but not initial accommodation', { ...base, q_status: 'asylum_pending', q_ho_support: 'none', q_destitute: 'at_risk', q_children: 'none' }, ['home-office-s95']],
    ['a destitute refused single claimant: s4', { ...base, q_status: 'asylum_refused', q_claim_where: 'after_entry', q_ho_support: 'none', q_destitute: 'yes', q_children: 'none' }, ['home-office-s4']],
    ['a refused claimant still on s95 (grace period) is pointed to s4 even if not destitute', { ...base, q_status: 'asylum_refused', q_claim_where: 'after_entry', q_ho_support: 's95', q_destitute: 'no', q_children: 'none' }, ['home-office-s4']],
    ['support stopped: appeal and s4', { ...base, q_status: 'asylum_refused', q_claim_where: 'after_entry', q_ho_support: 'stopped_or_refused', q_destitute: 'no', q_children: 'none' }, ['asylum-support-appeal', 'home-office-s4']],
    ['a refused family with children from before the refusal stays on s95 (s94(5))', { ...base, q_status: 'further_submissions', q_claim_where: 'after_entry', q_ho_support: 'none', q_destitute: 'yes', q_children: 'yes', q_children_before_refusal: 'yes' }, ['home-office-s95']],
    ['a refused family whose children came after the refusal: s4', { ...base, q_status: 'further_submissions', q_claim_where: 'after_entry', q_ho_support: 'none', q_destitute: 'yes', q_children: 'yes', q_children_before_refusal: 'no' }, ['home-office-s4']],
  ])('%s', (_s, a, expected) => {
    const homeOffice = decide(a).routes.filter((r) => r.startsWith('home-office') || r === 'asylum-support-appeal');
    expect([...homeOffice].sort()).toEqual([...(expected as string[])].sort());
  });
  it('s94(5) needs a family: a single refused claimant is not one', () => {
    expect(isSection94FiveFamily({ q_age: '25plus', q_status: 'asylum_refused', q_children: 'none', q_children_before_refusal: 'yes' })).toBe(false);
    expect(isFamily({ q_age: 'under18', q_with: 'parent' })).toBe(true);
  });
});

describe('T10: protection', () => {
  it.each<Row>([
    ['a partner-visa holder who discloses abuse may use the MVDAC', { q_status: 'visa_nrpf', q_visa_kind: 'partner_british_settled', q_flags: ['domestic_abuse'] }, true],
    ['since 2024 partners on work and study routes too', { q_status: 'visa_nrpf', q_visa_kind: 'partner_worker_student', q_flags: ['domestic_abuse'] }, true],
    ['a work visa main applicant cannot', { q_status: 'visa_nrpf', q_visa_kind: 'work_study', q_flags: ['domestic_abuse'] }, false],
    ['an overstayer whose last visa was as a partner may', { q_status: 'no_leave', q_last_visa_partner: 'yes', q_flags: ['domestic_abuse'] }, true],
    ['an overstayer whose last visa was not as a partner cannot', { q_status: 'no_leave', q_last_visa_partner: 'no', q_flags: ['domestic_abuse'] }, false],
    ['no abuse disclosed: no concession', { q_status: 'visa_nrpf', q_visa_kind: 'partner_british_settled', q_flags: [] }, false],
  ])('%s', (_s, a, expected) => expect(mayQualifyForDomesticAbuseConcession(a)).toBe(expected));
  it('an adult must consent to an NRM referral; a child is never asked', () => {
    expect(isAdultDisclosingTrafficking({ q_age: '25plus', q_flags: ['trafficking'] })).toBe(true);
    expect(isAdultDisclosingTrafficking({ q_age: 'under18', q_flags: ['trafficking'] })).toBe(false);
  });
});

describe('T11 and T12: health and regulated advice', () => {
  it.each<Row>([
    ['a pregnant overstayer needs the NHS charging check', { q_age: '25plus', q_status: 'no_leave', q_pregnant: 'yes' }, true],
    ['a pregnant refugee is exempt: no check needed', { q_age: '25plus', q_status: 'refugee_hp', q_pregnant: 'yes' }, false],
    ['an asylum seeker with a mental health need gets the check', { q_age: '25plus', q_status: 'asylum_pending', q_care_need: ['mental_health'] }, true],
    ['an asylum seeker needing only personal care does not', { q_age: '25plus', q_status: 'asylum_pending', q_care_need: ['personal_care'] }, false],
  ])('%s', (_s, a, expected) => expect(needsNhsChargingCheck(a)).toBe(expected));
  it.each<Row>([
    ['a separated child needs a regulated adviser', { q_age: 'under18', q_with: 'alone', q_status: 'british_irish' }, true],
    ['an NRPF visa holder who is destitute needs one', { q_status: 'visa_nrpf', q_destitute: 'yes' }, true],
    ['an NRPF visa holder who is not destitute, with no care need or abuse, does not', { q_status: 'visa_nrpf', q_destitute: 'no', q_care_need: [], q_flags: [] }, false],
    ['a torture survivor who is not British or settled needs one', { q_status: 'refugee_hp', q_flags: ['torture'] }, true],
    ['a British torture survivor does not', { q_status: 'british_irish', q_flags: ['torture'] }, false],
    ['an Irish citizen with care needs does not', { q_status: 'british_irish', q_care_need: ['disability'], q_destitute: 'yes' }, false],
  ])('%s', (_s, a, expected) => expect(needsRegulatedAdvice(a)).toBe(expected));
});

describe('mental-health aftercare across the nations (R4b)', () => {
  const a = (nation: string): Answers => ({ q_nation: nation, q_danger: 'no', q_age: '25plus', q_status: 'no_leave', q_destitute: 'yes', q_children: 'none', q_pregnant: 'no', q_care_need: [], q_mha: 's3_or_court', q_council_refused: 'no', q_flags: [] });
  it.each([
    ['England and Wales: s117 aftercare, status-blind, no human rights assessment', 'wales', ['s117-aftercare'], ['human-rights-assessment']],
    ['Scotland: the same route under MH(CT)(S)A ss25-27', 'scotland', ['s117-aftercare'], ['human-rights-assessment']],
    ['Northern Ireland: HSC Trust assessment, with a human rights assessment as Trust powers are in Sch 3', 'ni', ['la-adult-care-assessment', 'human-rights-assessment'], ['s117-aftercare']],
  ])('%s', (_s, nation, present, absent) => {
    const { routes } = decide(a(nation));
    for (const r of present) expect(routes).toContain(r);
    for (const r of absent) expect(routes).not.toContain(r);
  });
});
