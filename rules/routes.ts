/**
 * The 33 routes of CONTRACT.md with, for each nation, the legal sources, the
 * signposts and the legal map's confidence (legal-map.md section 3 and table 2.6).
 *
 * ROUTES is in display order: grouped act-now, council, home-office, health,
 * protection, advice; most urgent first within a group. Plain wording is in
 * `locales/<lng>/routes.json` (`<id>.title`, `.meaning`, `.whoActs`, and
 * `.meaning_<nation>` where the wording differs by nation).
 * Checked by `schemas.ts` in tests; this file must not import Zod.
 */
import type { Nation } from './answers.ts';
import type { Confidence, Route, RouteGroup, Urgency } from './types.ts';
import type { SourceId } from './sources.ts';
import type { OrganisationId } from './directory.ts';

export const ROUTE_IDS = [
  'emergency-services',
  'child-safeguarding-referral',
  'adult-safeguarding-referral',
  'children-s20-accommodation',
  'age-assessment-treat-as-child',
  'children-s17-family-support',
  'leaving-care-support',
  'la-adult-care-assessment',
  'human-rights-assessment',
  's117-aftercare',
  'home-office-s95',
  'home-office-s98',
  'home-office-s4',
  'asylum-support-appeal',
  'refugee-move-on-support',
  'oisc-adviser',
  'immigration-status-check',
  'eu-settlement-scheme-advice',
  'nrpf-change-of-conditions',
  'community-care-solicitor',
  'nrpf-advice',
  'nrm-referral',
  'modern-slavery-helpline',
  'domestic-abuse-support',
  'mvdac-adviser',
  'torture-survivor-support',
  'detention-support',
  'gp-registration',
  'nhs-charging-exemption-check',
  'maternity-care',
  'mainstream-benefits-housing',
  'voluntary-sector-destitution-support',
  'voluntary-return-info',
] as const;

export type RouteId = (typeof ROUTE_IDS)[number];

/** Typed per-nation entry: ids are checked against SOURCES and DIRECTORY at compile time. */
interface Law {
  sources: readonly SourceId[];
  signposts: readonly OrganisationId[];
  confidence: Confidence;
  nonStatutory?: true;
}

interface TypedRoute extends Route {
  id: RouteId;
  law: Record<Nation, Law>;
}

const RANK: Record<Confidence, number> = { H: 2, M: 1, L: 0 };

/** Builds a route; its overall confidence is the worst of its nations'. */
function route(id: RouteId, group: RouteGroup, urgency: Urgency, law: Record<Nation, Law>): TypedRoute {
  const confidence = Object.values(law).reduce<Confidence>(
    (worst, l) => (RANK[l.confidence] < RANK[worst] ? l.confidence : worst),
    'H',
  );
  return { id, group, urgency, confidence, law };
}

/** The same law in all four nations (reserved or UK-wide matters). */
function ukWide(law: Law): Record<Nation, Law> {
  return { england: law, wales: law, scotland: law, ni: law };
}

// Sources shared by several routes.
const SCH3_CORE: readonly SourceId[] = [
  'niaa-2002-s54',
  'niaa-2002-sch3',
  'niaa-2002-sch3-para3',
  'niaa-2002-sch3-para6',
  'niaa-2002-sch3-para7',
  'bna-1981-s50a',
  'ia-1971-s11',
  'hra-1998-s6',
  'echr-arts-3-8',
  'case-limbuela-2005',
];
const SCH3_EW_CASES: readonly SourceId[] = [
  'case-aw-v-croydon-2005',
  'case-kimani-v-lambeth-2003',
  'case-birmingham-v-clue-2010',
];
const AGE_CASES: readonly SourceId[] = ['case-b-v-merton-2003', 'case-a-m-v-croydon-lambeth-2009', 'naba-2022-ss49-58'];
const ADVICE_REGULATION: readonly SourceId[] = ['iaa-1999-s84', 'iaa-1999-s91'];

export const ROUTES: readonly Route[] = [
  // ---------------------------------------------------------------- act now
  route('emergency-services', 'act-now', 'immediate', {
    england: { sources: ['safeguarding-policy'], signposts: ['emergency-999', 'nhs-111', 'samaritans'], confidence: 'H' },
    wales: { sources: ['safeguarding-policy'], signposts: ['emergency-999', 'nhs-111', 'samaritans'], confidence: 'H' },
    scotland: { sources: ['safeguarding-policy'], signposts: ['emergency-999', 'nhs-111', 'samaritans'], confidence: 'H' },
    ni: { sources: ['safeguarding-policy'], signposts: ['emergency-999', 'samaritans'], confidence: 'H' },
  }),
  route('child-safeguarding-referral', 'act-now', 'immediate', {
    england: {
      sources: ['ca-1989-s47', 'working-together-2023', 'safeguarding-policy'],
      signposts: ['council-childrens-services', 'nspcc-helpline', 'childline'],
      confidence: 'H',
    },
    wales: {
      sources: ['sswba-2014-s130', 'wales-safeguarding-procedures', 'safeguarding-policy'],
      signposts: ['council-childrens-services', 'nspcc-helpline', 'childline'],
      confidence: 'H',
    },
    scotland: {
      sources: ['ngcp-scotland-2021', 'safeguarding-policy'],
      signposts: ['council-childrens-services', 'nspcc-helpline', 'childline'],
      confidence: 'H',
    },
    ni: {
      sources: ['c-ni-o-1995-art66', 'safeguarding-policy'],
      signposts: ['council-childrens-services', 'nspcc-helpline', 'childline'],
      confidence: 'H',
    },
  }),
  route('adult-safeguarding-referral', 'act-now', 'immediate', {
    england: { sources: ['care-act-2014-s42'], signposts: ['council-adult-social-care', 'emergency-999'], confidence: 'H' },
    wales: { sources: ['sswba-2014-s126', 'wales-safeguarding-procedures'], signposts: ['council-adult-social-care', 'emergency-999'], confidence: 'H' },
    scotland: { sources: ['asp-s-a-2007'], signposts: ['council-adult-social-care', 'emergency-999'], confidence: 'H' },
    ni: { sources: ['ni-adult-safeguarding-policy'], signposts: ['council-adult-social-care', 'emergency-999'], confidence: 'M' },
  }),
  route('children-s20-accommodation', 'act-now', 'immediate', {
    england: {
      sources: ['ca-1989-s20', 'case-behre-v-hillingdon-2003', 'case-g-v-southwark-2009', 'case-ecpat-v-kent-2023', 'niaa-2002-sch3-para2'],
      signposts: ['council-childrens-services', 'refugee-council', 'coram-childrens-legal-centre'],
      confidence: 'H',
    },
    wales: {
      sources: ['sswba-2014-s76', 'niaa-2002-sch3-para2'],
      signposts: ['council-childrens-services', 'tgp-cymru', 'welsh-refugee-council'],
      confidence: 'H',
    },
    scotland: {
      sources: ['c-s-a-1995-s25', 'niaa-2002-sch3-para2'],
      signposts: ['council-childrens-services', 'scottish-guardianship-service', 'scottish-refugee-council'],
      confidence: 'H',
    },
    ni: {
      sources: ['c-ni-o-1995-art21', 'niaa-2002-sch3-para2'],
      signposts: ['council-childrens-services', 'barnardos-ni-independent-guardian', 'law-centre-ni'],
      confidence: 'H',
    },
  }),
  route('age-assessment-treat-as-child', 'act-now', 'urgent', {
    england: {
      sources: [...AGE_CASES, 'msa-2015-s51', 'dfe-uasc-guidance-2017'],
      signposts: ['council-childrens-services', 'refugee-council', 'coram-childrens-legal-centre', 'community-care-solicitor-finder'],
      confidence: 'H',
    },
    wales: {
      sources: [...AGE_CASES, 'msa-2015-s51'],
      signposts: ['council-childrens-services', 'tgp-cymru', 'welsh-refugee-council', 'community-care-solicitor-finder'],
      confidence: 'H',
    },
    scotland: {
      sources: AGE_CASES,
      signposts: ['council-childrens-services', 'scottish-guardianship-service', 'justright-scotland', 'scottish-refugee-council'],
      confidence: 'M',
    },
    ni: {
      sources: AGE_CASES,
      signposts: ['council-childrens-services', 'barnardos-ni-independent-guardian', 'law-centre-ni'],
      confidence: 'M',
    },
  }),

  // ---------------------------------------------------------------- council
  route('children-s17-family-support', 'council', 'standard', {
    england: {
      sources: ['ca-1989-s17', 'iaa-1999-s122'],
      signposts: ['council-childrens-services', 'project-17', 'nrpf-network'],
      confidence: 'H',
    },
    wales: {
      sources: ['sswba-2014-s21', 'sswba-2014-ss37-38', 'iaa-1999-s122'],
      signposts: ['council-childrens-services', 'welsh-refugee-council', 'nrpf-network'],
      confidence: 'H',
    },
    scotland: {
      sources: ['c-s-a-1995-s22', 'iaa-1999-s122'],
      signposts: ['council-childrens-services', 'scottish-refugee-council', 'cosla-migration'],
      confidence: 'H',
    },
    ni: {
      sources: ['c-ni-o-1995-art18', 'iaa-1999-s122'],
      signposts: ['council-childrens-services', 'law-centre-ni'],
      confidence: 'H',
    },
  }),
  route('leaving-care-support', 'council', 'standard', {
    england: {
      sources: ['ca-1989-leaving-care', 'cswa-2017-s3', 'case-so-v-barking-2010'],
      signposts: ['council-childrens-services', 'coram-childrens-legal-centre', 'nrpf-network'],
      confidence: 'H',
    },
    wales: {
      sources: ['sswba-2014-ss104-118', 'case-so-v-barking-2010'],
      signposts: ['council-childrens-services', 'tgp-cymru', 'welsh-refugee-council'],
      confidence: 'H',
    },
    scotland: {
      sources: ['c-s-a-1995-ss29-30'],
      signposts: ['council-childrens-services', 'scottish-refugee-council', 'legal-services-agency'],
      confidence: 'H',
    },
    ni: {
      sources: ['cl-c-a-ni-2002', 'c-ni-o-1995-arts34a-35'],
      signposts: ['council-childrens-services', 'law-centre-ni'],
      confidence: 'M',
    },
  }),
  route('la-adult-care-assessment', 'council', 'standard', {
    england: {
      sources: [
        'care-act-2014-s9',
        'care-act-2014-s18',
        'care-act-2014-s19',
        'eligibility-regs-2015',
        'care-act-2014-s21',
        'iaa-1999-s115',
        'case-westminster-v-nass-2002',
      ],
      signposts: ['council-adult-social-care', 'nrpf-network'],
      confidence: 'H',
    },
    wales: {
      sources: ['sswba-2014-s19', 'sswba-2014-ss35-36', 'sswba-2014-s46', 'iaa-1999-s115'],
      signposts: ['council-adult-social-care', 'welsh-refugee-council', 'nrpf-network'],
      confidence: 'H',
    },
    scotland: {
      sources: ['sw-s-a-1968-s12a', 'sw-s-a-1968-s12', 'sw-s-a-1968-s13a', 'sds-s-a-2013', 'iaa-1999-s115'],
      signposts: ['council-adult-social-care', 'scottish-refugee-council', 'cosla-migration'],
      confidence: 'H',
    },
    ni: {
      sources: ['hpss-ni-o-1972', 'iaa-1999-s115'],
      signposts: ['council-adult-social-care', 'law-centre-ni'],
      confidence: 'M',
    },
  }),
  route('human-rights-assessment', 'council', 'standard', {
    england: {
      sources: [...SCH3_CORE, ...SCH3_EW_CASES, 'nrpf-network-hra-guidance-2021'],
      signposts: ['nrpf-network', 'iaa-adviser-finder', 'local-law-centre'],
      confidence: 'H',
    },
    wales: {
      sources: [...SCH3_CORE, ...SCH3_EW_CASES, 'nrpf-network-hra-guidance-2021'],
      signposts: ['nrpf-network', 'iaa-adviser-finder', 'welsh-refugee-council'],
      confidence: 'M',
    },
    scotland: {
      sources: [...SCH3_CORE, 'cosla-migrants-rights-2023'],
      signposts: ['cosla-migration', 'iaa-adviser-finder', 'legal-services-agency', 'govan-law-centre'],
      confidence: 'H',
    },
    ni: {
      sources: [...SCH3_CORE, 'law-centre-ni-guidance'],
      signposts: ['law-centre-ni', 'iaa-adviser-finder'],
      confidence: 'H',
    },
  }),
  route('s117-aftercare', 'council', 'standard', {
    england: {
      sources: ['mha-1983-s117', 'nrpf-network-practice-guidance', 'dhsc-overseas-visitors-guidance'],
      signposts: ['council-adult-social-care', 'mind-legal', 'nrpf-network'],
      confidence: 'H',
    },
    wales: {
      sources: ['mha-1983-s117', 'nrpf-network-practice-guidance'],
      signposts: ['council-adult-social-care', 'mind-legal'],
      confidence: 'H',
    },
    scotland: {
      sources: ['mhcts-2003-ss25-27', 'nrpf-network-practice-guidance'],
      signposts: ['council-adult-social-care', 'legal-services-agency', 'nrpf-network'],
      confidence: 'L',
    },
    ni: {
      sources: ['hpss-ni-o-1972'],
      signposts: ['council-adult-social-care', 'law-centre-ni'],
      confidence: 'L',
    },
  }),
  route('mainstream-benefits-housing', 'council', 'standard', {
    england: {
      sources: ['housing-act-1996-pt7', 'uc-regs-2013'],
      signposts: ['council-housing-options', 'citizens-advice', 'shelter', 'civil-legal-advice'],
      confidence: 'H',
    },
    wales: {
      sources: ['housing-wales-act-2014-pt2', 'uc-regs-2013'],
      signposts: ['council-housing-options', 'citizens-advice', 'shelter-cymru', 'civil-legal-advice'],
      confidence: 'H',
    },
    scotland: {
      sources: ['housing-scotland-act-1987-pt2', 'uc-regs-2013'],
      signposts: ['council-housing-options', 'citizens-advice', 'shelter-scotland'],
      confidence: 'H',
    },
    ni: {
      sources: ['housing-ni-order-1988', 'uc-regs-ni-2016'],
      signposts: ['council-housing-options', 'citizens-advice', 'housing-rights-ni'],
      confidence: 'H',
    },
  }),

  // ------------------------------------------------------------ home office
  route('asylum-support-appeal', 'home-office', 'urgent', ukWide({
    sources: ['iaa-1999-s103', 'tribunal-rules-sec-2008', 'asylum-support-regs-2000'],
    signposts: ['asap', 'migrant-help'],
    confidence: 'H',
  })),
  route('home-office-s98', 'home-office', 'urgent', {
    england: { sources: ['iaa-1999-s98'], signposts: ['migrant-help', 'refugee-council', 'british-red-cross'], confidence: 'H' },
    wales: { sources: ['iaa-1999-s98'], signposts: ['migrant-help', 'welsh-refugee-council', 'british-red-cross'], confidence: 'H' },
    scotland: { sources: ['iaa-1999-s98'], signposts: ['migrant-help', 'scottish-refugee-council', 'british-red-cross'], confidence: 'H' },
    ni: { sources: ['iaa-1999-s98'], signposts: ['migrant-help', 'british-red-cross'], confidence: 'H' },
  }),
  route('home-office-s95', 'home-office', 'standard', {
    england: {
      sources: ['iaa-1999-s95', 'iaa-1999-s94', 'asylum-support-regs-2000'],
      signposts: ['migrant-help', 'refugee-council', 'refugee-action', 'asap'],
      confidence: 'H',
    },
    wales: {
      sources: ['iaa-1999-s95', 'iaa-1999-s94', 'asylum-support-regs-2000'],
      signposts: ['migrant-help', 'welsh-refugee-council', 'asap'],
      confidence: 'H',
    },
    scotland: {
      sources: ['iaa-1999-s95', 'iaa-1999-s94', 'asylum-support-regs-2000'],
      signposts: ['migrant-help', 'scottish-refugee-council', 'asap'],
      confidence: 'H',
    },
    ni: {
      sources: ['iaa-1999-s95', 'iaa-1999-s94', 'asylum-support-regs-2000'],
      signposts: ['migrant-help', 'law-centre-ni', 'asap'],
      confidence: 'H',
    },
  }),
  route('home-office-s4', 'home-office', 'standard', {
    england: {
      sources: ['iaa-1999-s4', 'failed-asylum-seekers-regs-2005', 'ia-2016-sch10'],
      signposts: ['migrant-help', 'asap', 'refugee-action'],
      confidence: 'H',
    },
    wales: {
      sources: ['iaa-1999-s4', 'failed-asylum-seekers-regs-2005', 'ia-2016-sch10'],
      signposts: ['migrant-help', 'asap', 'welsh-refugee-council'],
      confidence: 'H',
    },
    scotland: {
      sources: ['iaa-1999-s4', 'failed-asylum-seekers-regs-2005', 'ia-2016-sch10'],
      signposts: ['migrant-help', 'asap', 'scottish-refugee-council'],
      confidence: 'H',
    },
    ni: {
      sources: ['iaa-1999-s4', 'failed-asylum-seekers-regs-2005', 'ia-2016-sch10'],
      signposts: ['migrant-help', 'asap', 'law-centre-ni'],
      confidence: 'H',
    },
  }),
  route('refugee-move-on-support', 'home-office', 'standard', {
    england: {
      sources: ['iaa-1999-s94', 'asylum-support-regs-2000', 'housing-act-1996-pt7', 'uc-regs-2013'],
      signposts: ['migrant-help', 'council-housing-options', 'shelter', 'refugee-council'],
      confidence: 'M',
    },
    wales: {
      sources: ['iaa-1999-s94', 'asylum-support-regs-2000', 'housing-wales-act-2014-pt2', 'uc-regs-2013'],
      signposts: ['migrant-help', 'council-housing-options', 'shelter-cymru', 'welsh-refugee-council'],
      confidence: 'M',
    },
    scotland: {
      sources: ['iaa-1999-s94', 'asylum-support-regs-2000', 'housing-scotland-act-1987-pt2', 'uc-regs-2013'],
      signposts: ['migrant-help', 'council-housing-options', 'shelter-scotland', 'scottish-refugee-council'],
      confidence: 'M',
    },
    ni: {
      sources: ['iaa-1999-s94', 'asylum-support-regs-2000', 'housing-ni-order-1988', 'uc-regs-ni-2016'],
      signposts: ['migrant-help', 'council-housing-options', 'housing-rights-ni'],
      confidence: 'M',
    },
  }),

  // ----------------------------------------------------------------- health
  route('maternity-care', 'health', 'standard', {
    england: {
      sources: ['nhs-charging-regs-2015', 'dhsc-overseas-visitors-guidance', 'asylum-support-regs-2000'],
      signposts: ['maternity-action', 'doctors-of-the-world', 'nhs-111'],
      confidence: 'H',
    },
    wales: {
      sources: ['nhs-charging-regs-wales', 'asylum-support-regs-2000'],
      signposts: ['maternity-action', 'nhs-111'],
      confidence: 'M',
    },
    scotland: {
      sources: ['nhs-charging-regs-scotland', 'asylum-support-regs-2000'],
      signposts: ['nhs-111', 'scottish-refugee-council'],
      confidence: 'M',
    },
    ni: {
      sources: ['nhs-charging-regs-ni-2015', 'asylum-support-regs-2000'],
      signposts: ['law-centre-ni'],
      confidence: 'M',
    },
  }),
  route('gp-registration', 'health', 'standard', {
    england: {
      sources: ['nhs-england-gp-registration', 'nhs-charging-regs-2015'],
      signposts: ['doctors-of-the-world', 'nhs-111'],
      confidence: 'H',
    },
    wales: { sources: ['nhs-charging-regs-wales'], signposts: ['nhs-111', 'welsh-refugee-council'], confidence: 'H' },
    scotland: { sources: ['nhs-charging-regs-scotland'], signposts: ['nhs-111', 'scottish-refugee-council'], confidence: 'H' },
    ni: { sources: ['nhs-charging-regs-ni-2015'], signposts: ['law-centre-ni'], confidence: 'M' },
  }),
  route('nhs-charging-exemption-check', 'health', 'standard', {
    england: {
      sources: ['nhs-charging-regs-2015', 'dhsc-overseas-visitors-guidance'],
      signposts: ['overseas-visitors-manager', 'doctors-of-the-world', 'maternity-action'],
      confidence: 'H',
    },
    wales: { sources: ['nhs-charging-regs-wales'], signposts: ['maternity-action', 'welsh-refugee-council'], confidence: 'M' },
    scotland: { sources: ['nhs-charging-regs-scotland'], signposts: ['scottish-refugee-council'], confidence: 'M' },
    ni: { sources: ['nhs-charging-regs-ni-2015'], signposts: ['law-centre-ni'], confidence: 'M' },
  }),

  // ------------------------------------------------------------- protection
  route('nrm-referral', 'protection', 'urgent', {
    england: {
      sources: ['msa-2015', 'msa-2015-s52', 'msa-2015-statutory-guidance', 'naba-2022-part5'],
      signposts: ['modern-slavery-helpline', 'salvation-army-vcc', 'barnardos-ictg', 'ecpat-uk'],
      confidence: 'H',
    },
    wales: {
      sources: ['msa-2015', 'msa-2015-s52', 'msa-2015-statutory-guidance', 'naba-2022-part5'],
      signposts: ['modern-slavery-helpline', 'salvation-army-vcc', 'bawso', 'barnardos-ictg'],
      confidence: 'H',
    },
    scotland: {
      sources: ['hte-s-a-2015', 'msa-2015-statutory-guidance', 'naba-2022-part5'],
      signposts: ['modern-slavery-helpline', 'migrant-help', 'tara-scotland', 'scottish-guardianship-service', 'justright-scotland'],
      confidence: 'H',
    },
    ni: {
      sources: ['hte-cjsv-a-ni-2015', 'msa-2015-statutory-guidance', 'naba-2022-part5'],
      signposts: ['modern-slavery-helpline', 'migrant-help', 'belfast-lisburn-womens-aid', 'barnardos-ni-independent-guardian'],
      confidence: 'M',
    },
  }),
  route('mvdac-adviser', 'protection', 'urgent', {
    england: {
      sources: ['mvdac-guidance-v4', 'appendix-victim-of-domestic-abuse', 'laspo-2012-sch1'],
      signposts: ['iaa-adviser-finder', 'legal-aid-finder', 'rights-of-women', 'southall-black-sisters'],
      confidence: 'H',
    },
    wales: {
      sources: ['mvdac-guidance-v4', 'appendix-victim-of-domestic-abuse', 'laspo-2012-sch1'],
      signposts: ['iaa-adviser-finder', 'legal-aid-finder', 'rights-of-women', 'asylum-justice'],
      confidence: 'H',
    },
    scotland: {
      sources: ['mvdac-guidance-v4', 'appendix-victim-of-domestic-abuse', 'legal-aid-scotland-act-1986'],
      signposts: ['iaa-adviser-finder', 'justright-scotland', 'southall-black-sisters'],
      confidence: 'H',
    },
    ni: {
      sources: ['mvdac-guidance-v4', 'appendix-victim-of-domestic-abuse', 'laaa-ni-order-1981'],
      signposts: ['iaa-adviser-finder', 'law-centre-ni', 'southall-black-sisters'],
      confidence: 'H',
    },
  }),
  route('detention-support', 'protection', 'urgent', {
    england: {
      sources: ['ia-2016-sch10', 'adults-at-risk-policy', 'ima-2023-s12'],
      signposts: ['bid', 'detention-action', 'medical-justice', 'iaa-adviser-finder', 'legal-aid-finder', 'women-for-refugee-women'],
      confidence: 'M',
    },
    wales: {
      sources: ['ia-2016-sch10', 'adults-at-risk-policy', 'ima-2023-s12'],
      signposts: ['bid', 'medical-justice', 'iaa-adviser-finder', 'legal-aid-finder'],
      confidence: 'M',
    },
    scotland: {
      sources: ['ia-2016-sch10', 'adults-at-risk-policy', 'ima-2023-s12'],
      signposts: ['bid', 'medical-justice', 'iaa-adviser-finder', 'justright-scotland'],
      confidence: 'M',
    },
    ni: {
      sources: ['ia-2016-sch10', 'adults-at-risk-policy', 'ima-2023-s12'],
      signposts: ['bid', 'medical-justice', 'iaa-adviser-finder', 'law-centre-ni'],
      confidence: 'M',
    },
  }),
  route('modern-slavery-helpline', 'protection', 'standard', ukWide({
    sources: [],
    signposts: ['modern-slavery-helpline'],
    confidence: 'H',
    nonStatutory: true,
  })),
  route('domestic-abuse-support', 'protection', 'standard', {
    england: {
      sources: ['da-act-2021'],
      signposts: ['national-da-helpline', 'southall-black-sisters', 'womens-aid-england', 'rights-of-women', 'civil-legal-advice'],
      confidence: 'H',
    },
    wales: {
      sources: ['vawdasv-wales-2015'],
      signposts: ['live-fear-free', 'bawso', 'welsh-womens-aid', 'southall-black-sisters', 'rights-of-women', 'civil-legal-advice'],
      confidence: 'H',
    },
    scotland: {
      sources: ['da-scotland-act-2018'],
      signposts: ['scotland-da-helpline', 'scottish-womens-aid', 'southall-black-sisters'],
      confidence: 'H',
    },
    ni: {
      sources: ['da-cpa-ni-2021'],
      signposts: ['ni-dsa-helpline', 'womens-aid-ni', 'southall-black-sisters'],
      confidence: 'H',
    },
  }),
  route('torture-survivor-support', 'protection', 'standard', {
    england: {
      sources: ['nhs-charging-regs-2015', 'adults-at-risk-policy', 'detention-centre-rules-2001'],
      signposts: ['freedom-from-torture', 'helen-bamber'],
      confidence: 'H',
    },
    wales: { sources: ['adults-at-risk-policy', 'detention-centre-rules-2001'], signposts: ['freedom-from-torture'], confidence: 'H' },
    scotland: { sources: ['adults-at-risk-policy', 'detention-centre-rules-2001'], signposts: ['freedom-from-torture'], confidence: 'H' },
    ni: { sources: ['adults-at-risk-policy', 'detention-centre-rules-2001'], signposts: ['freedom-from-torture'], confidence: 'H' },
  }),

  // ----------------------------------------------------------------- advice
  route('oisc-adviser', 'advice', 'standard', {
    england: {
      sources: [...ADVICE_REGULATION, 'laspo-2012-sch1', 'laspo-2012-s10'],
      signposts: ['iaa-adviser-finder', 'legal-aid-finder', 'law-centres-network', 'local-law-centre'],
      confidence: 'H',
    },
    wales: {
      sources: [...ADVICE_REGULATION, 'laspo-2012-sch1', 'laspo-2012-s10'],
      signposts: ['iaa-adviser-finder', 'legal-aid-finder', 'asylum-justice', 'law-centres-network'],
      confidence: 'H',
    },
    scotland: {
      sources: [...ADVICE_REGULATION, 'legal-aid-scotland-act-1986'],
      signposts: ['iaa-adviser-finder', 'justright-scotland', 'legal-services-agency'],
      confidence: 'H',
    },
    ni: {
      sources: [...ADVICE_REGULATION, 'laaa-ni-order-1981'],
      signposts: ['iaa-adviser-finder', 'law-centre-ni'],
      confidence: 'H',
    },
  }),
  route('immigration-status-check', 'advice', 'standard', {
    england: {
      sources: ['uk-gdpr-art15', 'nrpf-network-practice-guidance'],
      signposts: ['iaa-adviser-finder', 'legal-aid-finder', 'law-centres-network'],
      confidence: 'M',
    },
    wales: {
      sources: ['uk-gdpr-art15', 'nrpf-network-practice-guidance'],
      signposts: ['iaa-adviser-finder', 'legal-aid-finder', 'asylum-justice'],
      confidence: 'M',
    },
    scotland: {
      sources: ['uk-gdpr-art15', 'nrpf-network-practice-guidance'],
      signposts: ['iaa-adviser-finder', 'justright-scotland'],
      confidence: 'M',
    },
    ni: {
      sources: ['uk-gdpr-art15', 'law-centre-ni-guidance'],
      signposts: ['iaa-adviser-finder', 'law-centre-ni'],
      confidence: 'M',
    },
  }),
  route('eu-settlement-scheme-advice', 'advice', 'standard', ukWide({
    sources: ['appendix-eu', 'citizens-rights-deadline-regs-2020'],
    signposts: ['iaa-adviser-finder', 'citizens-advice'],
    confidence: 'M',
  })),
  route('nrpf-change-of-conditions', 'advice', 'standard', {
    england: {
      sources: ['appendix-fm-gen-1-11a', 'appendix-private-life', 'case-w-v-sshd-2020', 'ia-1971-s3c'],
      signposts: ['iaa-adviser-finder', 'project-17', 'jcwi'],
      confidence: 'M',
    },
    wales: {
      sources: ['appendix-fm-gen-1-11a', 'appendix-private-life', 'case-w-v-sshd-2020', 'ia-1971-s3c'],
      signposts: ['iaa-adviser-finder', 'asylum-justice'],
      confidence: 'M',
    },
    scotland: {
      sources: ['appendix-fm-gen-1-11a', 'appendix-private-life', 'case-w-v-sshd-2020', 'ia-1971-s3c'],
      signposts: ['iaa-adviser-finder', 'justright-scotland'],
      confidence: 'M',
    },
    ni: {
      sources: ['appendix-fm-gen-1-11a', 'appendix-private-life', 'case-w-v-sshd-2020', 'ia-1971-s3c'],
      signposts: ['iaa-adviser-finder', 'law-centre-ni'],
      confidence: 'M',
    },
  }),
  route('community-care-solicitor', 'advice', 'standard', {
    england: {
      sources: ['laspo-2012-sch1'],
      signposts: ['community-care-solicitor-finder', 'legal-aid-finder', 'law-centres-network', 'local-law-centre'],
      confidence: 'H',
    },
    wales: {
      sources: ['laspo-2012-sch1'],
      signposts: ['community-care-solicitor-finder', 'legal-aid-finder', 'law-centres-network'],
      confidence: 'H',
    },
    scotland: {
      sources: ['legal-aid-scotland-act-1986'],
      signposts: ['legal-services-agency', 'govan-law-centre', 'local-law-centre'],
      confidence: 'H',
    },
    ni: {
      sources: ['laaa-ni-order-1981'],
      signposts: ['law-centre-ni', 'law-centres-network'],
      confidence: 'H',
    },
  }),
  route('nrpf-advice', 'advice', 'standard', {
    england: {
      sources: ['nrpf-network-practice-guidance'],
      signposts: ['nrpf-network', 'project-17', 'coram-childrens-legal-centre', 'jcwi'],
      confidence: 'M',
    },
    wales: {
      sources: ['nrpf-network-practice-guidance'],
      signposts: ['nrpf-network', 'welsh-refugee-council'],
      confidence: 'M',
    },
    scotland: {
      sources: ['cosla-migrants-rights-2023'],
      signposts: ['cosla-migration', 'scottish-refugee-council'],
      confidence: 'M',
    },
    ni: {
      sources: ['law-centre-ni-guidance'],
      signposts: ['law-centre-ni'],
      confidence: 'M',
    },
  }),
  route('voluntary-sector-destitution-support', 'advice', 'standard', {
    england: {
      sources: [],
      signposts: ['naccom', 'local-naccom-member', 'british-red-cross', 'refugee-action'],
      confidence: 'H',
      nonStatutory: true,
    },
    wales: {
      sources: [],
      signposts: ['british-red-cross', 'naccom', 'local-naccom-member', 'welsh-refugee-council'],
      confidence: 'H',
      nonStatutory: true,
    },
    scotland: {
      sources: [],
      signposts: ['british-red-cross', 'naccom', 'local-naccom-member', 'scottish-refugee-council'],
      confidence: 'H',
      nonStatutory: true,
    },
    ni: {
      sources: [],
      signposts: ['british-red-cross', 'nicras', 'refugee-asylum-forum-ni', 'local-naccom-member'],
      confidence: 'H',
      nonStatutory: true,
    },
  }),
  route('voluntary-return-info', 'advice', 'standard', ukWide({
    sources: ['ho-voluntary-returns-service', 'immigration-rules', 'niaa-2002-sch3'],
    signposts: ['iaa-adviser-finder', 'voluntary-returns-service'],
    confidence: 'M',
  })),
];

const BY_ID: ReadonlyMap<string, Route> = new Map(ROUTES.map((r) => [r.id, r]));

export function isRouteId(id: string): id is RouteId {
  return (ROUTE_IDS as readonly string[]).includes(id);
}

/** The route with this id; throws on an unknown id. */
export function getRoute(id: string): Route {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Unknown route id: ${id}`);
  return found;
}
