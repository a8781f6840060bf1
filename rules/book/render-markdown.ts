/**
 * The rules book as Markdown, for reading in the repository and in review diffs. Ids are in
 * code spans so a reviewer can search the code for them; wording is escaped so it cannot
 * turn into HTML.
 */
import { escapeMarkdown as md, isSafeLink, markdownCell as cell, tableSafe } from './escape.ts';
import type { BookQuestion, BookRoute, RulesBook, SourceRef } from './model.ts';
import type { RulesCheckFindings } from './rules-check.ts';

const NATION_NAMES: Record<string, string> = { england: 'England', wales: 'Wales', scotland: 'Scotland', ni: 'Northern Ireland' };

const link = (text: string, href: string | undefined) => (isSafeLink(href) ? `[${md(text)}](${href})` : md(text));

/** Citations by title and id; the Sources table at the end holds their links, keeping route tables short. */
function sourceList(refs: readonly SourceRef[]): string {
  return refs.map((r) => `${md(r.title)} (\`${r.id}\`)`).join('; ');
}

function question(q: BookQuestion): string {
  return [
    `### \`${q.id}\`${q.label ? ` — ${md(q.label)}` : ''}`,
    '',
    q.text ? `> ${md(q.text)}\n` : '',
    `Asked ${q.askedWhen ? `when ${md(q.askedWhen.contract)} (predicate \`${q.askedWhen.name}\`)` : 'always'}.` +
      ` ${q.kind === 'multi' ? 'Tick any that apply.' : 'One answer.'}` +
      (q.dontKnow ? ` "Don't know" is \`${q.dontKnow}\` and takes the protective route.` : '') +
      (q.sensitive ? ' Asked privately, only when the suspected abuser or exploiter is not present.' : ''),
    '',
    q.why ? `Why it is asked: ${md(q.why)}\n` : '',
    '| Option | Wording |',
    '| --- | --- |',
    ...q.options.map((o) => `| \`${o.id}\` | ${cell(o.text ?? '')} |`),
    '',
  ].join('\n');
}

function route(r: BookRoute): string {
  return [
    `### \`${r.id}\`${r.title ? ` — ${md(r.title)}` : ''}`,
    '',
    `Group ${r.group}, urgency ${r.urgency}, confidence ${r.confidence}.`,
    '',
    r.meaning ? md(r.meaning) : '',
    ...r.meaningVariants.map((v) => `\n*${md(NATION_NAMES[v.variant] ?? v.variant.replace(/_/g, ' '))}:* ${md(v.text)}`),
    '',
    r.whoActs ? `Who acts: ${md(r.whoActs)}\n` : '',
    '| Nation | Confidence | Sources | Signposts |',
    '| --- | --- | --- | --- |',
    ...r.nations.map(
      (n) =>
        `| ${NATION_NAMES[n.nation]} | ${n.confidence} | ${tableSafe(n.nonStatutory && n.sources.length === 0 ? 'Not statutory' : sourceList(n.sources))} | ` +
        `${tableSafe(n.signposts.map((s) => `${md(s.name)} (\`${s.id}\`)`).join('; '))} |`,
    ),
    '',
  ].join('\n');
}

export function findingsMarkdown(f: RulesCheckFindings): string {
  const list = (items: string[]) => (items.length ? items.map((i) => `- ${i}`).join('\n') : 'None.');
  return [
    `Checked on ${f.today} (\`npm run rules:check\` prints the same list).`,
    '',
    `**Directory entries not verified since ${f.verifiedSince}** (${f.staleOrganisations.length})`,
    '',
    list(f.staleOrganisations.map((o) => `\`${o.id}\` ${md(o.name)}: last verified ${o.lastVerified}`)),
    '',
    `**Sources no longer in force** (${f.endedSources.length})`,
    '',
    list(f.endedSources.map((s) => `\`${s.id}\` ${md(s.title)}: in force until ${s.to}`)),
    '',
    `**Routes resting on M or L points** (${f.weakRoutes.length})`,
    '',
    list(f.weakRoutes.map((r) => `\`${r.id}\`: overall ${r.confidence}; ${r.nations.map((n) => `${NATION_NAMES[n.nation]} ${n.confidence}`).join(', ')}`)),
    '',
  ].join('\n');
}

export function renderMarkdown(book: RulesBook): string {
  return [
    '# How Waymark decides: the rules book',
    '',
    `Rules version **${book.rulesVersion}**, reviewed on ${book.reviewedOn}, to be reviewed by ${book.reviewBy}.`,
    'Generated from `rules/` by `npm run rules:book`; do not edit by hand. Confidence: H checked in published text, M well established but wording or scope unchecked, L uncertain.',
    '',
    '## Contents',
    '',
    ['Decision diagram', 'Questions', 'Rules', 'Routes', 'Sources', 'Directory', 'Checks'].map((s) => `- [${s}](#${s.toLowerCase().replace(/ /g, '-')})`).join('\n'),
    '',
    '## Decision diagram',
    '',
    '![The journey: each question, and which answer leads where](decision-diagram.svg)',
    '',
    '## Questions',
    '',
    ...book.questions.map(question),
    '## Rules',
    '',
    'Every rule runs on every journey; each adds routes and flags, none removes any.',
    '',
    ...book.rules.map((r) => `### ${r.id}\n\n${md(r.summary)}\n\nConfidence ${r.confidence}. Sources: ${sourceList(r.sources)}.\n`),
    '## Routes',
    '',
    ...book.routes.map(route),
    '## Sources',
    '',
    '| Source | Citation | Nations | In force |',
    '| --- | --- | --- | --- |',
    ...book.sources.map(
      (s) => `| \`${s.id}\` | ${tableSafe(link(s.title, s.href))} | ${s.nations.map((n) => NATION_NAMES[n]).join(', ')} | from ${s.inForce.from}${s.inForce.to ? ` to ${s.inForce.to}` : ''} |`,
    ),
    '',
    '## Directory',
    '',
    '| Organisation | What they do | Contact | Nations | Last verified | Confidence |',
    '| --- | --- | --- | --- | --- | --- |',
    ...book.directory.map(
      (o) =>
        `| ${cell(o.name)} (\`${o.id}\`) | ${cell(o.what ?? '')} | ${tableSafe([o.phone && md(o.phone), o.hours && md(o.hours), o.web && link(o.web, o.web), o.perSite ? 'local: set per site' : undefined].filter(Boolean).join('; '))} | ` +
        `${o.nations.map((n) => NATION_NAMES[n]).join(', ')} | ${o.lastVerified} | ${o.confidence} |`,
    ),
    '',
    '## Checks',
    '',
    findingsMarkdown(book.findings),
  ].join('\n');
}
