/**
 * What needs a human look before the rules can be trusted again: directory entries not
 * verified in the last 6 months, sources whose period in force has ended, and routes resting
 * on points the legal map marks M or L. `npm run rules:check` prints it and the rules book
 * shows it; both call `checkRules`, so they cannot disagree.
 */
import type { Nation } from '../answers.ts';
import { DIRECTORY } from '../directory.ts';
import { ROUTES } from '../routes.ts';
import { SOURCES } from '../sources.ts';
import type { Confidence, Organisation, Route, Source } from '../types.ts';

/** The legal map asks for contact details to be re-checked every 6 months. */
export const VERIFY_EVERY_MONTHS = 6;

export interface RulesCheckFindings {
  today: string;
  /** Entries verified before this date are listed. */
  verifiedSince: string;
  staleOrganisations: Array<{ id: string; name: string; lastVerified: string }>;
  endedSources: Array<{ id: string; title: string; to: string }>;
  weakRoutes: Array<{ id: string; confidence: Confidence; nations: Array<{ nation: Nation; confidence: Confidence }> }>;
}

export interface RulesCheckData {
  directory: readonly Organisation[];
  sources: readonly Source[];
  routes: readonly Route[];
}

const CATALOGUES: RulesCheckData = { directory: DIRECTORY, sources: SOURCES, routes: ROUTES };

/** A YYYY-MM-DD calendar date, checked to exist (2026-02-30 is rejected). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The same day `months` calendar months earlier, or the month's last day if it has no such day. */
export function monthsBefore(date: string, months: number): string {
  if (!isIsoDate(date)) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const firstOfMonth = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfMonth.setUTCDate(Math.min(day, lastDay));
  return firstOfMonth.toISOString().slice(0, 10);
}

export function checkRules(today: string, data: RulesCheckData = CATALOGUES): RulesCheckFindings {
  const verifiedSince = monthsBefore(today, VERIFY_EVERY_MONTHS);
  return {
    today,
    verifiedSince,
    staleOrganisations: data.directory
      .filter((o) => o.lastVerified < verifiedSince)
      .map(({ id, name, lastVerified }) => ({ id, name, lastVerified })),
    // `to` is the last day in force, so a source ending today still applies today.
    endedSources: data.sources.flatMap((s) => (s.inForce.to !== undefined && s.inForce.to < today ? [{ id: s.id, title: s.title, to: s.inForce.to }] : [])),
    weakRoutes: data.routes
      .map((r) => ({
        id: r.id,
        confidence: r.confidence,
        nations: (Object.entries(r.law) as Array<[Nation, Route['law'][Nation]]>)
          .filter(([, law]) => law.confidence !== 'H')
          .map(([nation, law]) => ({ nation, confidence: law.confidence })),
      }))
      .filter((r) => r.confidence !== 'H' || r.nations.length > 0),
  };
}

export function findingsCount(findings: RulesCheckFindings): number {
  return findings.staleOrganisations.length + findings.endedSources.length + findings.weakRoutes.length;
}

/** The findings as three plain-text tables, for the terminal. */
export function renderFindingsTable(findings: RulesCheckFindings): string {
  const sections = [
    table(
      `Directory entries not verified since ${findings.verifiedSince}`,
      ['organisation', 'name', 'last verified'],
      findings.staleOrganisations.map((o) => [o.id, shorten(o.name, 50), o.lastVerified]),
    ),
    table(
      `Sources no longer in force on ${findings.today}`,
      ['source', 'title', 'in force until'],
      findings.endedSources.map((s) => [s.id, s.title, s.to]),
    ),
    table(
      'Routes resting on M or L points',
      ['route', 'overall', 'nations below H'],
      findings.weakRoutes.map((r) => [r.id, r.confidence, r.nations.map((n) => `${n.nation} ${n.confidence}`).join(', ')]),
    ),
  ];
  return `${sections.join('\n\n')}\n\n${findingsCount(findings)} finding(s), checked on ${findings.today}.\n`;
}

function table(title: string, header: string[], rows: string[][]): string {
  if (rows.length === 0) return `${title}: none.`;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [`${title} (${rows.length}):`, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const shorten = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
