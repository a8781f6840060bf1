/**
 * Integrity of the legal data: sources, routes, directory and their English text.
 * The specification is legal-map.md and CONTRACT.md (in /work/shared/domain).
 */
import { meaningKeys } from '../../rules/wording.ts';
import type { Answers } from '../../rules/answers.ts';
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCES, SOURCE_IDS, getSource } from '../../rules/sources.ts';
import { DIRECTORY, ORGANISATION_IDS, getOrganisation } from '../../rules/directory.ts';
import { ROUTES, ROUTE_IDS, getRoute, type RouteId } from '../../rules/routes.ts';
import { OrganisationSchema, RouteSchema, SourceSchema } from '../../rules/schemas.ts';
import { NATIONS } from '../../rules/answers.ts';
import type { RouteGroup, Urgency } from '../../rules/types.ts';
import routesEn from '../../locales/en/routes.json';
import directoryEn from '../../locales/en/directory.json';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const root = (path: string): string => resolve(ROOT, path);
const TODAY = new Date().toISOString().slice(0, 10);

/** The 33 route ids of CONTRACT.md, in its order. */
const CONTRACT_ROUTE_IDS = [
  'emergency-services', 'child-safeguarding-referral', 'adult-safeguarding-referral', 'children-s20-accommodation',
  'age-assessment-treat-as-child', 'children-s17-family-support', 'leaving-care-support', 'la-adult-care-assessment',
  'human-rights-assessment', 's117-aftercare', 'home-office-s95', 'home-office-s98', 'home-office-s4',
  'asylum-support-appeal', 'refugee-move-on-support', 'oisc-adviser', 'immigration-status-check',
  'eu-settlement-scheme-advice', 'nrpf-change-of-conditions', 'community-care-solicitor', 'nrpf-advice',
  'nrm-referral', 'modern-slavery-helpline', 'domestic-abuse-support', 'mvdac-adviser', 'torture-survivor-support',
  'detention-support', 'gp-registration', 'nhs-charging-exemption-check', 'maternity-care',
  'mainstream-benefits-housing', 'voluntary-sector-destitution-support', 'voluntary-return-info',
];

/** Source ids the rules cite in @see tags. */
const REQUIRED_SOURCE_IDS = [
  'care-act-2014-s9', 'care-act-2014-s18', 'care-act-2014-s21', 'care-act-2014-s42', 'eligibility-regs-2015',
  'ca-1989-s17', 'ca-1989-s20', 'ca-1989-s47', 'ca-1989-leaving-care', 'niaa-2002-sch3', 'niaa-2002-sch3-para2',
  'niaa-2002-sch3-para3', 'niaa-2002-sch3-para6', 'niaa-2002-sch3-para7', 'bna-1981-s50a', 'ia-1971-s11',
  'ia-1971-s3c', 'iaa-1999-s115', 'iaa-1999-s95', 'iaa-1999-s94', 'iaa-1999-s98', 'iaa-1999-s4',
  'failed-asylum-seekers-regs-2005', 'iaa-1999-s103', 'iaa-1999-s122', 'iaa-1999-s84', 'iaa-1999-s91',
  'asylum-support-regs-2000', 'mha-1983-s117', 'mhcts-2003-ss25-27', 'msa-2015-s51', 'msa-2015-s52', 'msa-2015',
  'case-b-v-merton-2003', 'case-a-m-v-croydon-lambeth-2009', 'naba-2022-ss49-58', 'case-aw-v-croydon-2005',
  'case-so-v-barking-2010', 'case-behre-v-hillingdon-2003', 'case-g-v-southwark-2009', 'case-westminster-v-nass-2002',
  'mvdac-guidance-v4', 'nhs-charging-regs-2015', 'da-act-2021', 'appendix-eu', 'laspo-2012-sch1', 'hra-1998-s6',
  'nrpf-network-hra-guidance-2021', 'sswba-2014', 'sw-s-a-1968-s12', 'c-s-a-1995', 'c-ni-o-1995', 'hpss-ni-o-1972',
  'safeguarding-policy',
];

/** Directory ids the app and the rules use. */
const REQUIRED_ORGANISATION_IDS = [
  'emergency-999', 'nhs-111', 'samaritans', 'council-childrens-services', 'council-adult-social-care',
  'council-housing-options', 'local-law-centre', 'local-naccom-member', 'nspcc-helpline', 'childline', 'migrant-help',
  'asap', 'refugee-council', 'refugee-action', 'british-red-cross', 'naccom', 'shelter', 'shelter-cymru',
  'shelter-scotland', 'housing-rights-ni', 'citizens-advice', 'iaa-adviser-finder', 'legal-aid-finder',
  'law-centres-network', 'coram-childrens-legal-centre', 'community-care-solicitor-finder', 'rights-of-women', 'jcwi',
  'asylum-justice', 'welsh-refugee-council', 'tgp-cymru', 'scottish-refugee-council', 'justright-scotland',
  'legal-services-agency', 'govan-law-centre', 'law-centre-ni', 'nicras', 'nrpf-network', 'project-17',
  'cosla-migration', 'southall-black-sisters', 'modern-slavery-helpline', 'salvation-army-vcc', 'ecpat-uk',
  'helen-bamber', 'freedom-from-torture', 'bid', 'detention-action', 'medical-justice', 'women-for-refugee-women',
  'doctors-of-the-world', 'maternity-action', 'mind-legal', 'overseas-visitors-manager', 'voluntary-returns-service',
  'national-da-helpline', 'live-fear-free', 'scotland-da-helpline', 'ni-dsa-helpline', 'bawso', 'barnardos-ictg',
  'scottish-guardianship-service', 'tara-scotland',
];

/** Directory entries that need no route to reference them. */
const EMERGENCY_ORGANISATION_IDS = ['emergency-999', 'nhs-111', 'samaritans', 'childline'];

/** Stale 2014 seed numbers (legal-map section 4): they must never ship. */
const STALE_SEED_NUMBERS = [
  '020 7346 6700', '020 7952 1511', '020 7527 7121', '0300 3038151', '029 2048 9800', '028 9024 6699',
  '020 7697 7777', '020 7226 3114', '020 7561 7498',
];

const GROUP_ORDER: readonly RouteGroup[] = ['act-now', 'council', 'home-office', 'health', 'protection', 'advice'];
const URGENCY_RANK: Record<Urgency, number> = { immediate: 0, urgent: 1, standard: 2 };

const duplicates = (ids: readonly string[]): string[] => ids.filter((id, i) => ids.indexOf(id) !== i);
const issues = (result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);

type RouteText = { title: string; meaning: string; whoActs: string } & Record<string, string>;
const routeText = routesEn as Record<string, RouteText>;
const orgText = directoryEn as Record<string, { what: string; hours?: string }>;

describe('sources', () => {
  it('every source parses with SourceSchema', () => {
    for (const source of SOURCES) expect(issues(SourceSchema.safeParse(source)), source.id).toEqual([]);
  });

  it('ids are unique and SOURCE_IDS lists them all', () => {
    expect(duplicates(SOURCES.map((s) => s.id))).toEqual([]);
    expect([...SOURCE_IDS]).toEqual(SOURCES.map((s) => s.id));
  });

  it('contains every source id the rules cite', () => {
    const missing = REQUIRED_SOURCE_IDS.filter((id) => !(SOURCE_IDS as readonly string[]).includes(id));
    expect(missing).toEqual([]);
  });

  it('every href is https and inForce.from is not after inForce.to', () => {
    for (const s of SOURCES) {
      expect(s.href.startsWith('https://'), s.id).toBe(true);
      const inForce: { from: string; to?: string } = s.inForce;
      if (inForce.to !== undefined) expect(inForce.from <= inForce.to, s.id).toBe(true);
      expect(inForce.from <= TODAY, `${s.id} starts in the future`).toBe(true);
    }
  });

  it('statutes and regulations link to legislation.gov.uk; cases to BAILII or the National Archives', () => {
    for (const s of SOURCES) {
      if (s.kind === 'statute') expect(s.href, s.id).toMatch(/^https:\/\/www\.legislation\.gov\.uk\//);
      if (s.kind === 'case') expect(s.href, s.id).toMatch(/^https:\/\/(www\.bailii\.org|caselaw\.nationalarchives\.gov\.uk)\//);
      expect(s.kind, `${s.id} has a kind`).toBeDefined();
    }
  });

  it('getSource finds every source and throws on an unknown id', () => {
    for (const s of SOURCES) expect(getSource(s.id)).toBe(s);
    expect(() => getSource('no-such-source')).toThrow();
  });
});

describe('directory', () => {
  it('every organisation parses with OrganisationSchema', () => {
    for (const org of DIRECTORY) expect(issues(OrganisationSchema.safeParse(org)), org.id).toEqual([]);
  });

  it('ids are unique and ORGANISATION_IDS lists them all', () => {
    expect(duplicates(DIRECTORY.map((o) => o.id))).toEqual([]);
    expect([...ORGANISATION_IDS]).toEqual(DIRECTORY.map((o) => o.id));
  });

  it('contains every organisation id the app and rules use', () => {
    const missing = REQUIRED_ORGANISATION_IDS.filter((id) => !(ORGANISATION_IDS as readonly string[]).includes(id));
    expect(missing).toEqual([]);
  });

  it('local services are per-site and carry no phone', () => {
    for (const id of ['council-childrens-services', 'council-adult-social-care', 'council-housing-options', 'local-law-centre', 'local-naccom-member']) {
      const org = getOrganisation(id);
      expect(org.perSite, id).toBe(true);
      expect(org.phone, id).toBeUndefined();
      expect(org.nations.length, id).toBe(4);
    }
  });

  it('the NRPF Network is for professionals only', () => {
    expect(getOrganisation('nrpf-network').who).toEqual(['professionals']);
    expect(getOrganisation('childline').who).toEqual(['person']);
  });

  it('every entry is dated and sourced to legal-map section 4', () => {
    for (const org of DIRECTORY) {
      expect(org.lastVerified, org.id).toBe('2026-01-15');
      expect(org.source, org.id).toMatch(/^legal-map 4\.[1-8]$/);
      if (org.web !== undefined) expect(org.web.startsWith('https://'), org.id).toBe(true);
    }
  });

  it('getOrganisation throws on an unknown id', () => {
    expect(() => getOrganisation('no-such-organisation')).toThrow();
  });

  it('every entry is signposted by at least one route, or is an emergency entry', () => {
    const referenced = new Set(ROUTES.flatMap((r) => NATIONS.flatMap((n) => r.law[n].signposts)));
    const unreferenced = DIRECTORY.map((o) => o.id).filter(
      (id) => !referenced.has(id) && !EMERGENCY_ORGANISATION_IDS.includes(id),
    );
    expect(unreferenced, `directory entries no route signposts: ${unreferenced.join(', ')}`).toEqual([]);
  });
});

describe('stale seed numbers', () => {
  const files = ['rules/directory.ts', 'rules/routes.ts', 'rules/sources.ts', 'locales/en/routes.json', 'locales/en/directory.json'];
  for (const file of files) {
    it(`no 2014 seed number appears in ${file}`, () => {
      const text = readFileSync(root(file), 'utf8');
      // Join digits separated only by spaces, dots or hyphens, so "020-7346 6700" is caught too.
      const joined = text.replace(/(\d)[\s.-]+(?=\d)/g, '$1');
      for (const number of STALE_SEED_NUMBERS) {
        expect(text.includes(number), `${number} in ${file}`).toBe(false);
        expect(joined.includes(number.replace(/\s+/g, '')), `${number} in ${file}`).toBe(false);
      }
    });
  }
});

describe('routes', () => {
  it('ROUTE_IDS equals the 33 route ids of CONTRACT.md', () => {
    expect(ROUTE_IDS).toHaveLength(33);
    expect([...ROUTE_IDS].sort()).toEqual([...CONTRACT_ROUTE_IDS].sort());
  });

  it('ROUTES covers exactly ROUTE_IDS, each once', () => {
    const ids = ROUTES.map((r) => r.id);
    expect(duplicates(ids)).toEqual([]);
    expect([...ids].sort()).toEqual([...ROUTE_IDS].sort());
  });

  it('every route parses with RouteSchema', () => {
    for (const route of ROUTES) expect(issues(RouteSchema.safeParse(route)), route.id).toEqual([]);
  });

  it('is in display order: groups in order, most urgent first within a group, oisc-adviser first in advice', () => {
    const groups = ROUTES.map((r) => GROUP_ORDER.indexOf(r.group));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    for (let i = 1; i < ROUTES.length; i++) {
      const [prev, cur] = [ROUTES[i - 1]!, ROUTES[i]!];
      if (prev.group === cur.group) {
        expect(URGENCY_RANK[prev.urgency] <= URGENCY_RANK[cur.urgency], `${prev.id} before ${cur.id}`).toBe(true);
      }
    }
    expect(ROUTES.find((r) => r.group === 'advice')?.id).toBe('oisc-adviser');
  });

  it('urgency follows the brief', () => {
    const immediate = ['emergency-services', 'child-safeguarding-referral', 'adult-safeguarding-referral', 'children-s20-accommodation'];
    const urgent = ['age-assessment-treat-as-child', 'asylum-support-appeal', 'detention-support', 'mvdac-adviser', 'nrm-referral', 'home-office-s98'];
    for (const r of ROUTES) {
      const expected = immediate.includes(r.id) ? 'immediate' : urgent.includes(r.id) ? 'urgent' : 'standard';
      expect(r.urgency, r.id).toBe(expected);
    }
  });

  for (const nation of NATIONS) {
    it(`in ${nation}, every route has a source in force for ${nation} (or is non-statutory)`, () => {
      for (const route of ROUTES) {
        const law = route.law[nation];
        if (law.nonStatutory) {
          expect(law.sources, `${route.id}: non-statutory routes list no source`).toEqual([]);
          continue;
        }
        expect(law.sources.length, `${route.id} has no source in ${nation}`).toBeGreaterThan(0);
        for (const id of law.sources) {
          const source = getSource(id);
          expect(source.nations as readonly string[], `${route.id}: ${id} does not apply in ${nation}`).toContain(nation);
          const inForce: { from: string; to?: string } = source.inForce;
          expect(inForce.from <= TODAY && (inForce.to === undefined || inForce.to >= TODAY), `${route.id}: ${id} not in force`).toBe(true);
        }
      }
    });

    it(`in ${nation}, every route signposts organisations that exist and serve ${nation}, not only per-site ones`, () => {
      for (const route of ROUTES) {
        const signposts = route.law[nation].signposts.map((id) => getOrganisation(id));
        expect(signposts.length, `${route.id} has no signpost in ${nation}`).toBeGreaterThan(0);
        for (const org of signposts) {
          expect(org.nations as readonly string[], `${route.id}: ${org.id} does not serve ${nation}`).toContain(nation);
        }
        expect(signposts.some((o) => !o.perSite), `${route.id} in ${nation} signposts only per-site entries`).toBe(true);
      }
    });
  }

  it('non-statutory routes are only those the map marks n/a', () => {
    const nonStatutory = ROUTES.filter((r) => NATIONS.some((n) => r.law[n].nonStatutory)).map((r) => r.id);
    expect(nonStatutory.sort()).toEqual(['modern-slavery-helpline', 'voluntary-sector-destitution-support']);
  });

  it('signposts that the jurisdiction table names are used', () => {
    expect(getRoute('domestic-abuse-support').law.england.signposts).toContain('national-da-helpline');
    expect(getRoute('domestic-abuse-support').law.wales.signposts).toEqual(expect.arrayContaining(['live-fear-free', 'bawso']));
    expect(getRoute('domestic-abuse-support').law.scotland.signposts).toContain('scotland-da-helpline');
    expect(getRoute('domestic-abuse-support').law.ni.signposts).toContain('ni-dsa-helpline');
    for (const n of NATIONS) expect(getRoute('oisc-adviser').law[n].signposts[0]).toBe('iaa-adviser-finder');
    expect(getRoute('oisc-adviser').law.england.signposts).toContain('legal-aid-finder');
    expect(getRoute('oisc-adviser').law.wales.signposts).toContain('legal-aid-finder');
    expect(getRoute('s117-aftercare').law.scotland.sources).toContain('mhcts-2003-ss25-27');
  });

  it('getRoute throws on an unknown id', () => {
    expect(() => getRoute('no-such-route')).toThrow();
  });
});

/** Every wording key the rules can ask for (rules/wording.ts), over the nations and the s20 case. */
function meaningVariants(id: RouteId): string[] {
  const cases: Answers[] = [{}, { q_age: 'under18', q_with: 'other_adult' }];
  return [...new Set(NATIONS.flatMap((nation) => cases.flatMap((answers) => meaningKeys(id, answers, nation))))];
}

describe('English text', () => {
  it('every route has a title, meaning and whoActs, and no more keys than the nation variants', () => {
    expect(Object.keys(routeText).sort()).toEqual([...ROUTE_IDS].sort());
    for (const id of ROUTE_IDS) {
      const text = routeText[id]!;
      for (const key of ['title', 'meaning', 'whoActs'] as const) expect(text[key]?.trim(), `${id}.${key}`).toBeTruthy();
      for (const key of Object.keys(text)) {
        expect(['title', 'whoActs', 'note', ...meaningVariants(id)], `${id}.${key}`).toContain(key);
        expect(text[key]?.trim(), `${id}.${key}`).toBeTruthy();
      }
    }
  });

  it('the adviser route has the label the map asks for', () => {
    expect(routeText['oisc-adviser']?.title).toBe('Regulated immigration adviser (IAA, formerly OISC) or solicitor');
  });

  it('route wording never says "entitled"', () => {
    for (const [id, text] of Object.entries(routeText)) {
      for (const [key, value] of Object.entries(text)) expect(value, `${id}.${key}`).not.toMatch(/entitled/i);
    }
  });

  it('every organisation has a "what" sentence', () => {
    expect(Object.keys(orgText).sort()).toEqual([...ORGANISATION_IDS].sort());
    for (const id of ORGANISATION_IDS) {
      expect(orgText[id]?.what.trim(), `${id}.what`).toBeTruthy();
      const hours = orgText[id]?.hours;
      if (hours !== undefined) expect(hours.trim(), `${id}.hours`).toBeTruthy();
    }
  });
});
