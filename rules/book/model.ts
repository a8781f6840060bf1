/**
 * The rules book as data: everything a lawyer or coordinator needs to check what Waymark
 * decides, read straight from the catalogues of `rules/`. English wording comes in as a
 * parameter (the app passes its loaded locale, the script reads `locales/en`), because
 * `rules/` never imports locales. Renderers turn this model into HTML, Markdown or the app's
 * "How Waymark decides" page.
 */
import type { Nation } from '../answers.ts';
import { DIRECTORY } from '../directory.ts';
import { REVIEWED_ON, REVIEW_BY, RULES_VERSION } from '../meta.ts';
import { QUESTIONS } from '../questions.ts';
import { ROUTES } from '../routes.ts';
import { RULES } from '../rule-set.ts';
import { SOURCES, getSource } from '../sources.ts';
import { getOrganisation } from '../directory.ts';
import type { Confidence, RouteGroup, Source, Urgency } from '../types.ts';
import { exploreJourney, type JourneyGraph } from './journey-graph.ts';
import { checkRules, type RulesCheckFindings } from './rules-check.ts';

/** Locale files as loaded: `questions`, `routes` and `directory` of `locales/<lng>/`. Shape checked loosely on purpose. */
export interface BookText {
  questions?: Record<string, unknown>;
  routes?: Record<string, unknown>;
  directory?: Record<string, unknown>;
}

export interface SourceRef {
  id: string;
  title: string;
}

export interface BookQuestion {
  id: string;
  kind: 'single' | 'multi';
  label?: string;
  text?: string;
  why?: string;
  options: Array<{ id: string; text?: string }>;
  /** Absent: always asked. `contract` is the condition in words, `name` the predicate deciding it. */
  askedWhen?: { name: string; contract: string };
  dontKnow?: string;
  sensitive: boolean;
}

export interface BookRule {
  id: string;
  summary: string;
  confidence: Confidence;
  sources: SourceRef[];
}

export interface BookRouteNation {
  nation: Nation;
  confidence: Confidence;
  nonStatutory: boolean;
  sources: SourceRef[];
  signposts: Array<{ id: string; name: string }>;
}

export interface BookRoute {
  id: string;
  group: RouteGroup;
  urgency: Urgency;
  confidence: Confidence;
  title?: string;
  meaning?: string;
  /** Wording that differs by nation or situation: `wales`, `other_adult`, ... */
  meaningVariants: Array<{ variant: string; text: string }>;
  whoActs?: string;
  nations: BookRouteNation[];
}

export interface BookOrganisation {
  id: string;
  name: string;
  what?: string;
  hours?: string;
  nations: readonly Nation[];
  phone?: string;
  web?: string;
  perSite: boolean;
  lastVerified: string;
  confidence: Confidence;
}

export interface RulesBook {
  rulesVersion: string;
  reviewedOn: string;
  reviewBy: string;
  questions: BookQuestion[];
  rules: BookRule[];
  routes: BookRoute[];
  /** Every source a rule or route cites, in catalogue order. */
  sources: Source[];
  directory: BookOrganisation[];
  findings: RulesCheckFindings;
  /** The explored journey; absent when the caller asked for none (`graph: false`). */
  graph?: JourneyGraph;
}

function entry(catalogue: Record<string, unknown> | undefined, id: string): Record<string, unknown> {
  const value = catalogue?.[id];
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

const sourceRef = (id: string): SourceRef => ({ id, title: getSource(id).title });

/**
 * `today` (YYYY-MM-DD) dates the checks; pass `graph` to reuse an exploration already made, or
 * `false` to skip it (the app shows the committed diagram: exploring takes seconds on a tablet).
 */
export function buildRulesBook(options: { text?: BookText; today: string; graph?: JourneyGraph | false }): RulesBook {
  const text = options.text ?? {};
  const questions = QUESTIONS.map((q): BookQuestion => {
    const words = entry(text.questions, q.id);
    const optionWords = entry(words, 'options');
    return {
      id: q.id,
      kind: q.kind,
      label: str(words.label),
      text: str(words.text),
      why: str(words.why),
      options: q.options.map((id) => ({ id, text: str(optionWords[id]) })),
      askedWhen: q.askedWhen && { name: q.askedWhen.name, contract: q.askedWhen.contract },
      dontKnow: q.dontKnow,
      sensitive: q.sensitive ?? false,
    };
  });
  const routes = ROUTES.map((r): BookRoute => {
    const words = entry(text.routes, r.id);
    return {
      id: r.id,
      group: r.group,
      urgency: r.urgency,
      confidence: r.confidence,
      title: str(words.title),
      meaning: str(words.meaning),
      meaningVariants: Object.entries(words).flatMap(([key, value]) =>
        key.startsWith('meaning_') && str(value) ? [{ variant: key.slice('meaning_'.length), text: value as string }] : [],
      ),
      whoActs: str(words.whoActs),
      nations: (Object.entries(r.law) as Array<[Nation, (typeof r.law)[Nation]]>).map(([nation, law]) => ({
        nation,
        confidence: law.confidence,
        nonStatutory: law.nonStatutory ?? false,
        sources: law.sources.map(sourceRef),
        signposts: law.signposts.map((id) => ({ id, name: getOrganisation(id).name })),
      })),
    };
  });
  const cited = new Set([...RULES.flatMap((r) => r.sources), ...ROUTES.flatMap((r) => Object.values(r.law).flatMap((l) => l.sources))]);
  return {
    rulesVersion: RULES_VERSION,
    reviewedOn: REVIEWED_ON,
    reviewBy: REVIEW_BY,
    questions,
    rules: RULES.map((r) => ({ id: r.id, summary: r.summary, confidence: r.confidence, sources: r.sources.map(sourceRef) })),
    routes,
    sources: SOURCES.filter((s) => cited.has(s.id)),
    directory: DIRECTORY.map((o) => {
      const words = entry(text.directory, o.id);
      return {
        id: o.id,
        name: o.name,
        what: str(words.what),
        hours: str(words.hours),
        nations: o.nations,
        phone: o.phone,
        web: o.web,
        perSite: o.perSite ?? false,
        lastVerified: o.lastVerified,
        confidence: o.confidence,
      };
    }),
    findings: checkRules(options.today),
    graph: options.graph === false ? undefined : (options.graph ?? exploreJourney()),
  };
}
