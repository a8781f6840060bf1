/**
 * Shapes of the legal data. The Zod schemas in `schemas.ts` check these in tests
 * and build scripts; the app imports only these types, so Zod never ships at start-up.
 */
import type { Nation } from './answers.ts';

/** H: checked in published text; M: well established but wording or scope unchecked; L: uncertain. */
export type Confidence = 'H' | 'M' | 'L';

export interface Source {
  id: string;
  /** Citation as lawyers write it, e.g. "Care Act 2014 s21". Names of Acts stay in English. */
  title: string;
  href: string;
  nations: readonly Nation[];
  inForce: { from: string; to?: string };
  /** A non-statutory service or policy rather than law. */
  kind?: 'statute' | 'regulation' | 'case' | 'guidance' | 'policy' | 'service';
}

export type RouteGroup = 'act-now' | 'council' | 'home-office' | 'health' | 'protection' | 'advice';
export type Urgency = 'immediate' | 'urgent' | 'standard';

export interface NationLaw {
  /** Source ids for this nation; empty only when `nonStatutory` is true. */
  sources: readonly string[];
  /** Directory ids to signpost for this nation (never empty). */
  signposts: readonly string[];
  confidence: Confidence;
  nonStatutory?: boolean;
}

export interface Route {
  id: string;
  group: RouteGroup;
  urgency: Urgency;
  /** Overall confidence of the legal map for this route (worst of its nations shown per nation). */
  confidence: Confidence;
  /** Locale keys: `routes:<id>.meaning`, `routes:<id>.whoActs` (and optional `.note`). */
  law: Record<Nation, NationLaw>;
}

export type ContactAudience = 'person' | 'worker' | 'professionals';

export interface Organisation {
  id: string;
  /** English proper name; what they do is `directory:<id>.what`. */
  name: string;
  nations: readonly Nation[];
  who: readonly ContactAudience[];
  phone?: string;
  /** Shown beside the phone, e.g. "24/7" or "option 2 for mental health in England"; a locale key suffix. */
  web?: string;
  /** A local service the site fills in (site settings): no national number to call. */
  perSite?: boolean;
  lastVerified: string;
  confidence: Confidence;
  /** Where this entry comes from (legal-map section). */
  source: string;
}
