/**
 * The rules of legal-map section 2.4, in order. Each rule reads the answers through the
 * named predicates of `law/` and adds routes and flags; none removes anything, so the order
 * only matters for reading. `decide` in `outcome.ts` runs them all.
 */
import type { Answers } from './answers.ts';
import { nationOf } from './answers.ts';
import type { FlagId } from './flags.ts';
import type { RouteId } from './routes.ts';
import type { Confidence } from './types.ts';
import { isAdult, isAgeDisputed, isCareLeaver, isChild, isSeparatedChild, isYoungCareLeaver } from './law/age.ts';
import { hasDisabledChild, hasChildrenInHousehold, isFamily, isSection94FiveFamily } from './law/family.ts';
import {
  hasEussStatusOrApplication,
  hasStatusWithRecourseToPublicFunds,
  isAsylumSeeker,
  isFailedAsylumSeeker,
  isLikelyInScheduleThreeClass,
  isPersonSubjectToImmigrationControl,
  isPsicOrStatusUnknown,
  hasVisaWithConditions,
  isStatusUnknown,
  scheduleThreeClass,
} from './law/status.ts';
import { hasNeedBeyondDestitution, isBarredAsDestitutionOnly, isDestitute, isDestituteNow } from './law/care.ts';
import {
  isScottishMentalHealthNeed,
  mayHaveBeenDetainedForTreatment,
  mentalHealthAftercareRoute,
  wasDetainedForTreatment,
} from './law/mental-health.ts';
import {
  hadSupportStoppedOrRefused,
  hasNoHomeOfficeSupport,
  isInHomeOfficeAccommodation,
  isOnSection4,
  isOnSection95,
} from './law/home-office.ts';
import { disclosed, fearsOrHasKnownDetention, mayQualifyForDomesticAbuseConcession } from './law/protection.ts';
import { isInLatePregnancy, isPregnantOrNewMother, needsNhsChargingCheck } from './law/health.ts';
import { needsRegulatedAdvice } from './law/advice.ts';

export interface RuleEffects {
  route(id: RouteId): void;
  flag(id: FlagId): void;
}

export interface Rule {
  id: string;
  /** What the rule says, in plain words, for the rules book. */
  summary: string;
  sources: readonly string[];
  confidence: Confidence;
  apply(a: Answers, add: RuleEffects): void;
}

/** s95 for a destitute asylum seeker, s98 while it is decided, and the appeal if support was stopped. */
function asylumSeekerSupport(a: Answers, add: RuleEffects): void {
  const stopped = hadSupportStoppedOrRefused(a);
  if (!stopped && !(isDestitute(a) && hasNoHomeOfficeSupport(a))) return;
  if (stopped) add.route('asylum-support-appeal');
  add.route('home-office-s95');
  if (isDestituteNow(a)) add.route('home-office-s98');
}

export const RULES: readonly Rule[] = [
  {
    id: 'R0a-immediate-danger',
    summary: 'Danger now: emergency services first; safeguarding referrals for children in the household and adults with care needs.',
    sources: ['safeguarding-policy', 'ca-1989-s47', 'care-act-2014-s42'],
    confidence: 'H',
    apply(a, add) {
      if (a.q_danger !== 'yes') return;
      add.route('emergency-services');
      add.flag('immediate-danger');
      if (isChild(a) || hasChildrenInHousehold(a)) add.route('child-safeguarding-referral');
      if (isAdult(a) && hasNeedBeyondDestitution(a)) add.route('adult-safeguarding-referral');
    },
  },
  {
    id: 'R0b-danger-unsure',
    summary: 'Unsure about danger: consult the safeguarding lead; refer automatically only a separated child.',
    sources: ['safeguarding-policy'],
    confidence: 'M',
    apply(a, add) {
      if (a.q_danger !== 'unsure') return;
      add.flag('consult-safeguarding-lead');
      if (isSeparatedChild(a)) add.route('child-safeguarding-referral');
    },
  },
  {
    id: 'R0c-adult-at-risk',
    summary: 'An adult with care needs who discloses domestic abuse or trafficking: adult safeguarding.',
    sources: ['care-act-2014-s42'],
    confidence: 'H',
    apply(a, add) {
      if (isAdult(a) && hasNeedBeyondDestitution(a) && (disclosed(a, 'domestic_abuse') || disclosed(a, 'trafficking'))) {
        add.route('adult-safeguarding-referral');
      }
    },
  },
  {
    id: 'R0d-child-at-risk',
    summary: 'A child disclosing trafficking or abuse, children living with domestic abuse, or an age-disputed child in Home Office accommodation: child safeguarding.',
    sources: ['ca-1989-s47', 'da-act-2021'],
    confidence: 'H',
    apply(a, add) {
      const childAtRisk = isChild(a) && (disclosed(a, 'trafficking') || disclosed(a, 'domestic_abuse'));
      const childrenLivingWithAbuse = isAdult(a) && disclosed(a, 'domestic_abuse') && hasChildrenInHousehold(a);
      const disputedChildInAdultAccommodation = isAgeDisputed(a) && isInHomeOfficeAccommodation(a);
      if (childAtRisk || childrenLivingWithAbuse || disputedChildInAdultAccommodation) add.route('child-safeguarding-referral');
    },
  },
  {
    id: 'R1a-separated-child',
    summary: 'A separated child: children\'s services must accommodate under s20 (assess today where another adult cares).',
    sources: ['ca-1989-s20', 'case-behre-v-hillingdon-2003', 'case-g-v-southwark-2009'],
    confidence: 'H',
    apply(a, add) {
      if (isChild(a)) add.flag('child');
      if (!isSeparatedChild(a)) return;
      add.route('children-s20-accommodation');
      add.flag('separated-child');
    },
  },
  {
    id: 'R1b-age-disputed',
    summary: 'Age doubted or unknown: treat as a child pending a Merton-compliant assessment; a solicitor can challenge.',
    sources: ['case-b-v-merton-2003', 'case-a-m-v-croydon-lambeth-2009', 'naba-2022-ss49-58'],
    confidence: 'H',
    apply(a, add) {
      if (!isAgeDisputed(a)) return;
      add.route('age-assessment-treat-as-child');
      add.route('community-care-solicitor');
      if (a.q_with !== 'parent') add.route('children-s20-accommodation');
      add.flag('age-disputed');
      add.flag('urgent-legal');
    },
  },
  {
    id: 'R2-care-leaver',
    summary: 'A care leaver: leaving-care support; a human rights assessment if likely in a Schedule 3 class; s4 as fallback for a destitute refused claimant.',
    sources: ['ca-1989-leaving-care', 'niaa-2002-sch3', 'niaa-2002-sch3-para7', 'case-so-v-barking-2010'],
    confidence: 'M',
    apply(a, add) {
      if (!isCareLeaver(a)) return;
      add.route('leaving-care-support');
      add.flag('care-leaver');
      if (a.q_care_history === 'unsure') add.flag('care-history-unsure');
      if (isLikelyInScheduleThreeClass(a)) add.route('human-rights-assessment');
      if (isFailedAsylumSeeker(a) && isDestitute(a)) add.route('home-office-s4');
    },
  },
  {
    id: 'R3a-asylum-seeking-family',
    summary: 'An asylum-seeking family: s95 (and s98) if destitute, the appeal if support stopped; s17 for a disabled child.',
    sources: ['iaa-1999-s95', 'iaa-1999-s98', 'iaa-1999-s103', 'iaa-1999-s122', 'ca-1989-s17'],
    confidence: 'H',
    apply(a, add) {
      if (!isFamily(a) || !isAsylumSeeker(a)) return;
      asylumSeekerSupport(a, add);
    },
  },
  {
    id: 'R3b-s94-5-family',
    summary: 'A refused family whose children were here before the refusal stays on s95.',
    sources: ['iaa-1999-s94', 'iaa-1999-s95', 'iaa-1999-s103'],
    confidence: 'H',
    apply(a, add) {
      if (!isSection94FiveFamily(a)) return;
      const stopped = hadSupportStoppedOrRefused(a);
      if (!(isDestitute(a) || stopped)) return;
      if (!(hasNoHomeOfficeSupport(a) || stopped || isOnSection4(a))) return;
      add.route('home-office-s95');
      if (stopped) add.route('asylum-support-appeal');
    },
  },
  {
    id: 'R3c-refused-family',
    summary: 'Another refused family: s4 and s17 if destitute; a human rights assessment if likely in a Schedule 3 class.',
    sources: ['iaa-1999-s4', 'ca-1989-s17', 'niaa-2002-sch3-para7'],
    confidence: 'M',
    apply(a, add) {
      if (!isFamily(a) || !isFailedAsylumSeeker(a) || isSection94FiveFamily(a)) return;
      if (isDestitute(a)) {
        add.route('home-office-s4');
        add.route('children-s17-family-support');
      }
      if (isLikelyInScheduleThreeClass(a)) add.route('human-rights-assessment');
    },
  },
  {
    id: 'R3d-other-family',
    summary: 'Any other destitute family: s17 with NRPF advice (and a human rights assessment if likely in a Schedule 3 class), or mainstream help; s17 for a disabled child whatever the status.',
    sources: ['ca-1989-s17', 'niaa-2002-sch3', 'niaa-2002-sch3-para7'],
    confidence: 'H',
    apply(a, add) {
      if (!isFamily(a)) return;
      if (hasDisabledChild(a)) add.route('children-s17-family-support');
      if (isAsylumSeeker(a) || isFailedAsylumSeeker(a) || !isDestitute(a)) return;
      if (isPsicOrStatusUnknown(a)) {
        add.route('children-s17-family-support');
        add.route('nrpf-advice');
        if (isLikelyInScheduleThreeClass(a)) add.route('human-rights-assessment');
      } else if (hasEussStatusOrApplication(a)) {
        add.route('children-s17-family-support');
        add.route('mainstream-benefits-housing');
      } else {
        add.route('mainstream-benefits-housing');
      }
    },
  },
  {
    id: 'R4a-adult-care',
    summary: 'An adult with needs beyond destitution: Care Act assessment; a human rights assessment if likely in a Schedule 3 class.',
    sources: ['care-act-2014-s9', 'care-act-2014-s18', 'care-act-2014-s21', 'niaa-2002-sch3-para3', 'niaa-2002-sch3-para7'],
    confidence: 'H',
    apply(a, add) {
      if (!isAdult(a) || !hasNeedBeyondDestitution(a)) return;
      add.route('la-adult-care-assessment');
      add.flag('care-need');
      if (isLikelyInScheduleThreeClass(a)) add.route('human-rights-assessment');
    },
  },
  {
    id: 'R4b-mental-health-aftercare',
    summary: 'Detained under s3 or a court or prison section: s117 aftercare (Scotland: ss25-27; Northern Ireland: HSC Trust assessment).',
    sources: ['mha-1983-s117', 'mhcts-2003-ss25-27', 'hpss-ni-o-1972'],
    confidence: 'M',
    apply(a, add) {
      if (mayHaveBeenDetainedForTreatment(a)) add.flag('check-discharge-papers');
      if (!wasDetainedForTreatment(a)) return;
      add.flag('s117');
      const route = mentalHealthAftercareRoute(nationOf(a));
      if (route === 's117-aftercare') return add.route(route);
      if (!isAdult(a)) return;
      add.route(route);
      if (isLikelyInScheduleThreeClass(a)) add.route('human-rights-assessment');
    },
  },
  {
    id: 'R4c-scotland-mental-health',
    summary: 'Scotland: an adult with a mental health need has the needs-based ss25-27 care and support.',
    sources: ['mhcts-2003-ss25-27'],
    confidence: 'M',
    apply(a, add) {
      if (isAdult(a) && isScottishMentalHealthNeed(a)) add.route('s117-aftercare');
    },
  },
  {
    id: 'R5-single-asylum-support',
    summary: 'A single adult (not a young care leaver): s95/s98 while the claim is pending; s4 after refusal if destitute, stopped or still on s95.',
    sources: ['iaa-1999-s95', 'iaa-1999-s98', 'iaa-1999-s4', 'iaa-1999-s103', 'failed-asylum-seekers-regs-2005'],
    confidence: 'H',
    apply(a, add) {
      if (!isAdult(a) || hasChildrenInHousehold(a) || isYoungCareLeaver(a)) return;
      if (isAsylumSeeker(a)) return asylumSeekerSupport(a, add);
      if (!isFailedAsylumSeeker(a)) return;
      const stopped = hadSupportStoppedOrRefused(a);
      if (stopped) add.route('asylum-support-appeal');
      const graceOnS95 = a.q_status === 'asylum_refused' && isOnSection95(a);
      if (stopped || graceOnS95 || (isDestitute(a) && hasNoHomeOfficeSupport(a))) add.route('home-office-s4');
    },
  },
  {
    id: 'R6-destitution-only',
    summary: 'An adult subject to immigration control whose only need is destitution: no council adult care; voluntary-sector help.',
    sources: ['care-act-2014-s21', 'sswba-2014', 'sw-s-a-1968-s12'],
    confidence: 'H',
    apply(a, add) {
      if (!isBarredAsDestitutionOnly(a)) return;
      add.flag('destitution-only-bar');
      if (!isAsylumSeeker(a)) add.route('voluntary-sector-destitution-support');
    },
  },
  {
    id: 'R7-status-specific-advice',
    summary: 'NRPF condition: change of conditions for some destitute visa holders; EEA without status: EUSS advice; unknown: status check.',
    sources: ['appendix-eu', 'ia-1971-s3c', 'iaa-1999-s115'],
    confidence: 'M',
    apply(a, add) {
      if (hasVisaWithConditions(a)) {
        add.flag('nrpf-condition');
        const changeableVisa = ['partner_british_settled', 'family_private_life', 'other_unsure'].includes(a.q_visa_kind ?? '');
        if (isDestitute(a) && changeableVisa && !mayQualifyForDomesticAbuseConcession(a)) add.route('nrpf-change-of-conditions');
      }
      if (a.q_status === 'eea_no_status') add.route('eu-settlement-scheme-advice');
      if (isStatusUnknown(a)) {
        add.route('immigration-status-check');
        add.flag('status-unknown');
      }
    },
  },
  {
    id: 'R8-mainstream-help',
    summary: 'Destitute with recourse to public funds: mainstream benefits and housing; move-on support for a refugee still on s95.',
    sources: ['iaa-1999-s115'],
    confidence: 'H',
    apply(a, add) {
      if (!hasStatusWithRecourseToPublicFunds(a) || !isDestitute(a)) return;
      add.route('mainstream-benefits-housing');
      if (a.q_status === 'refugee_hp' && isOnSection95(a)) add.route('refugee-move-on-support');
    },
  },
  {
    id: 'R9-protection',
    summary: 'Trafficking, domestic abuse, torture, detention or return: the specialist routes; NRM for children always and adults with consent.',
    sources: ['msa-2015', 'msa-2015-s52', 'mvdac-guidance-v4', 'da-act-2021'],
    confidence: 'H',
    apply(a, add) {
      if (disclosed(a, 'trafficking')) {
        add.flag('trafficking');
        add.route('modern-slavery-helpline');
        if (isChild(a)) {
          add.route('nrm-referral');
          add.route('child-safeguarding-referral');
        } else if (a.q_nrm_consent === 'yes') add.route('nrm-referral');
        else add.flag('nrm-consent-not-given');
      }
      if (disclosed(a, 'domestic_abuse')) {
        add.flag('domestic-abuse');
        add.route('domestic-abuse-support');
        if (mayQualifyForDomesticAbuseConcession(a)) add.route('mvdac-adviser');
      }
      if (disclosed(a, 'torture')) {
        add.flag('torture');
        add.route('torture-survivor-support');
      }
      if (fearsOrHasKnownDetention(a)) {
        add.flag('detention');
        add.flag('urgent-legal');
        add.route('detention-support');
      }
      if (disclosed(a, 'wants_return')) add.route('voluntary-return-info');
    },
  },
  {
    id: 'R10-health',
    summary: 'Pregnancy: maternity care; where status may bring NHS charges: the exemption check and GP registration.',
    sources: ['nhs-charging-regs-2015'],
    confidence: 'H',
    apply(a, add) {
      if (isPregnantOrNewMother(a)) {
        add.route('maternity-care');
        add.flag('pregnant');
        if (isInLatePregnancy(a)) add.flag('late-pregnancy');
      }
      if (needsNhsChargingCheck(a)) {
        add.route('nhs-charging-exemption-check');
        add.route('gp-registration');
      }
    },
  },
  {
    id: 'R11-regulated-advice',
    summary: 'Whenever the immigration case matters: a regulated immigration adviser or solicitor.',
    sources: ['iaa-1999-s84', 'iaa-1999-s91'],
    confidence: 'H',
    apply(a, add) {
      if (needsRegulatedAdvice(a)) add.route('oisc-adviser');
    },
  },
  {
    id: 'R12-council-refused',
    summary: 'The council refused or will stop help: a community care solicitor may challenge it.',
    sources: ['laspo-2012-sch1'],
    confidence: 'H',
    apply(a, add) {
      if (a.q_council_refused !== 'yes') return;
      add.route('community-care-solicitor');
      add.flag('council-refused');
    },
  },
  {
    id: 'status-class-flags',
    summary: 'Context for the worker: person subject to immigration control (adults), Schedule 3 class, and the nation.',
    sources: ['iaa-1999-s115', 'niaa-2002-sch3'],
    confidence: 'H',
    apply(a, add) {
      if (isAdult(a) && isPersonSubjectToImmigrationControl(a)) add.flag('psic');
      const sch3 = scheduleThreeFlag(a);
      if (sch3) add.flag(sch3);
      const nation = nationOf(a);
      if (nation !== 'england') add.flag(`nation-${nation}`);
    },
  },
];


function scheduleThreeFlag(a: Answers): FlagId | undefined {
  switch (scheduleThreeClass(a)) {
    case 'likely':
      return 'sch3-excluded-likely';
    case 'possible':
      return 'sch3-possible';
    case 'para6-only':
      return 'sch3-port-claim-para6-only';
    default:
      return undefined;
  }
}
