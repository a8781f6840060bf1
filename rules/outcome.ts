/**
 * `decide(answers)`: the outcome of CONTRACT.md. A pure function of the answers: it runs
 * every rule of `rule-set.ts` and orders what they add, so the same answers always give
 * the same outcome, urgent routes first.
 */
import type { Answers, Nation } from './answers.ts';
import { nationOf } from './answers.ts';
import { FLAG_IDS, type FlagId } from './flags.ts';
import { RULES_VERSION } from './meta.ts';
import { ROUTES, type RouteId } from './routes.ts';
import { RULES } from './rule-set.ts';

export interface Outcome {
  rulesVersion: string;
  nation: Nation;
  routes: RouteId[];
  flags: FlagId[];
  signposts: string[];
}

/** Which rules added each route: for the rules book and "why this route". */
export type RouteReasons = Partial<Record<RouteId, string[]>>;

const ROUTE_ORDER = new Map<string, number>(ROUTES.map((r, i) => [r.id, i]));
const FLAG_ORDER = new Map<string, number>(FLAG_IDS.map((f, i) => [f, i]));

export function decideWithReasons(answers: Answers): { outcome: Outcome; reasons: RouteReasons } {
  const routes = new Set<RouteId>();
  const flags = new Set<FlagId>();
  const reasons: RouteReasons = {};
  for (const rule of RULES) {
    rule.apply(answers, {
      route(id) {
        routes.add(id);
        (reasons[id] ??= []).push(rule.id);
      },
      flag(id) {
        flags.add(id);
      },
    });
  }
  const nation = nationOf(answers);
  const orderedRoutes = [...routes].sort((a, b) => ROUTE_ORDER.get(a)! - ROUTE_ORDER.get(b)!);
  const outcome: Outcome = {
    rulesVersion: RULES_VERSION,
    nation,
    routes: orderedRoutes,
    flags: [...flags].sort((a, b) => FLAG_ORDER.get(a)! - FLAG_ORDER.get(b)!),
    signposts: signpostsFor(orderedRoutes, nation),
  };
  return { outcome, reasons };
}

export function decide(answers: Answers): Outcome {
  return decideWithReasons(answers).outcome;
}

/** The organisations to signpost, in route order, each once. */
export function signpostsFor(routes: readonly RouteId[], nation: Nation): string[] {
  const seen = new Set<string>();
  for (const id of routes) {
    const route = ROUTES.find((r) => r.id === id)!;
    for (const org of route.law[nation].signposts) seen.add(org);
  }
  return [...seen];
}
