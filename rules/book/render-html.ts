/**
 * The rules book as one self-contained HTML page: inline CSS, the diagram inlined as SVG, no
 * script and no request to any host. The only outside addresses are links a reader may
 * follow: legal sources and organisation websites. Every catalogue item has an anchor
 * (`question-<id>`, `option-<question>-<option>`, `rule-<id>`, `route-<id>`, `source-<id>`,
 * `org-<id>`), so a worker can link straight to the law behind an outcome.
 */
import { escapeXml as esc, isSafeLink } from './escape.ts';
import { BOOK_CSS } from './html-style.ts';
import type { BookQuestion, BookRoute, RulesBook, SourceRef } from './model.ts';
import { renderDiagramSvg } from './render-diagram.ts';
import type { RulesCheckFindings } from './rules-check.ts';

const NATION_NAMES: Record<string, string> = { england: 'England', wales: 'Wales', scotland: 'Scotland', ni: 'Northern Ireland' };

const SECTIONS = [
  ['diagram', 'Decision diagram'],
  ['questions', 'Questions'],
  ['rules', 'Rules'],
  ['routes', 'Routes'],
  ['sources', 'Sources'],
  ['directory', 'Directory'],
  ['checks', 'Checks'],
] as const;

const link = (text: string, href: string | undefined) => (isSafeLink(href) ? `<a href="${esc(href)}">${esc(text)}</a>` : esc(text));
const confidence = (c: string) => `<span class="confidence-${esc(c)}">${esc(c)}</span>`;
const sourceRefs = (refs: readonly SourceRef[]) => refs.map((r) => `<a href="#source-${esc(r.id)}">${esc(r.title)}</a>`).join('; ');
const table = (head: string[], rows: string[][]) =>
  `<table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
  rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('') +
  '</tbody></table>';

function question(q: BookQuestion): string {
  const asked = q.askedWhen ? `when ${esc(q.askedWhen.contract)} (predicate <code>${esc(q.askedWhen.name)}</code>)` : 'always';
  const notes = [
    q.kind === 'multi' ? 'Tick any that apply.' : 'One answer.',
    q.dontKnow ? `“Don’t know” is <code>${esc(q.dontKnow)}</code> and takes the protective route.` : '',
    q.sensitive ? 'Asked privately, only when the suspected abuser or exploiter is not present.' : '',
  ];
  return [
    `<section id="question-${esc(q.id)}"><h3><code>${esc(q.id)}</code>${q.label ? ` ${esc(q.label)}` : ''}</h3>`,
    q.text ? `<blockquote>${esc(q.text)}</blockquote>` : '',
    `<p>Asked ${asked}. ${notes.filter(Boolean).join(' ')}</p>`,
    q.why ? `<p>Why it is asked: ${esc(q.why)}</p>` : '',
    table(['Option', 'Wording'], q.options.map((o) => [`<code id="option-${esc(q.id)}-${esc(o.id)}">${esc(o.id)}</code>`, esc(o.text ?? '')])),
    '</section>',
  ].join('\n');
}

function route(r: BookRoute): string {
  return [
    `<section id="route-${esc(r.id)}"><h3><code>${esc(r.id)}</code>${r.title ? ` ${esc(r.title)}` : ''}</h3>`,
    `<p class="meta">Group ${esc(r.group)}, urgency ${esc(r.urgency)}, confidence ${confidence(r.confidence)}.</p>`,
    r.meaning ? `<p>${esc(r.meaning)}</p>` : '',
    ...r.meaningVariants.map((v) => `<p><em>${esc(NATION_NAMES[v.variant] ?? v.variant.replace(/_/g, ' '))}:</em> ${esc(v.text)}</p>`),
    r.whoActs ? `<p>Who acts: ${esc(r.whoActs)}</p>` : '',
    table(
      ['Nation', 'Confidence', 'Sources', 'Signposts'],
      r.nations.map((n) => [
        esc(NATION_NAMES[n.nation]!),
        confidence(n.confidence),
        n.nonStatutory && n.sources.length === 0 ? 'Not statutory' : sourceRefs(n.sources),
        n.signposts.map((s) => `<a href="#org-${esc(s.id)}">${esc(s.name)}</a>`).join('; '),
      ]),
    ),
    '</section>',
  ].join('\n');
}

function findings(f: RulesCheckFindings): string {
  const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '<p>None.</p>');
  return [
    `<p>Checked on ${esc(f.today)}. <code>npm run rules:check</code> prints the same list.</p>`,
    `<h3>Directory entries not verified since ${esc(f.verifiedSince)} (${f.staleOrganisations.length})</h3>`,
    list(f.staleOrganisations.map((o) => `<a href="#org-${esc(o.id)}">${esc(o.name)}</a>: last verified ${esc(o.lastVerified)}`)),
    `<h3>Sources no longer in force (${f.endedSources.length})</h3>`,
    list(f.endedSources.map((s) => `<a href="#source-${esc(s.id)}">${esc(s.title)}</a>: in force until ${esc(s.to)}`)),
    `<h3>Routes resting on M or L points (${f.weakRoutes.length})</h3>`,
    list(
      f.weakRoutes.map(
        (r) =>
          `<a href="#route-${esc(r.id)}"><code>${esc(r.id)}</code></a>: overall ${confidence(r.confidence)}; ` +
          r.nations.map((n) => `${esc(NATION_NAMES[n.nation]!)} ${confidence(n.confidence)}`).join(', '),
      ),
    ),
  ].join('\n');
}

export function renderHtml(book: RulesBook): string {
  const labels = Object.fromEntries(book.questions.map((q) => [q.id, q.label]));
  const body: Record<(typeof SECTIONS)[number][0], string> = {
    diagram: `<p>Drawn from the journey machine. Back, change and restart are not drawn: they never change where an answer leads.</p><div class="diagram">${renderDiagramSvg({ graph: book.graph, labels, standalone: false })}</div>`,
    questions: book.questions.map(question).join('\n'),
    rules: `<p>Every rule runs on every journey; each adds routes and flags, none removes any.</p>${book.rules
      .map((r) => `<section id="rule-${esc(r.id)}"><h3>${esc(r.id)}</h3><p>${esc(r.summary)}</p><p>Confidence ${confidence(r.confidence)}. Sources: ${sourceRefs(r.sources)}.</p></section>`)
      .join('\n')}`,
    routes: book.routes.map(route).join('\n'),
    sources: table(
      ['Source', 'Citation', 'Nations', 'In force'],
      book.sources.map((s) => [
        `<code id="source-${esc(s.id)}">${esc(s.id)}</code>`,
        link(s.title, s.href),
        esc(s.nations.map((n) => NATION_NAMES[n]).join(', ')),
        esc(`from ${s.inForce.from}${s.inForce.to ? ` to ${s.inForce.to}` : ''}`),
      ]),
    ),
    directory: table(
      ['Organisation', 'What they do', 'Contact', 'Nations', 'Last verified', 'Confidence'],
      book.directory.map((o) => [
        `<span id="org-${esc(o.id)}">${esc(o.name)}</span> <code>${esc(o.id)}</code>`,
        esc(o.what ?? ''),
        [o.phone && esc(o.phone), o.hours && esc(o.hours), o.web && link(o.web, o.web), o.perSite ? 'local: set per site' : ''].filter(Boolean).join('<br>'),
        esc(o.nations.map((n) => NATION_NAMES[n]).join(', ')),
        esc(o.lastVerified),
        confidence(o.confidence),
      ]),
    ),
    checks: findings(book.findings),
  };
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>How Waymark decides: rules ${esc(book.rulesVersion)}</title><style>${BOOK_CSS}</style></head><body>`,
    '<header><h1>How Waymark decides</h1>',
    `<p class="meta">Rules version <strong>${esc(book.rulesVersion)}</strong>, reviewed on ${esc(book.reviewedOn)}, to be reviewed by ${esc(book.reviewBy)}. ` +
      'Generated from the rules by <code>npm run rules:book</code>; do not edit by hand. ' +
      'Confidence: H checked in published text; M well established but wording or scope unchecked; L uncertain.</p></header>',
    `<nav aria-labelledby="contents"><h2 id="contents">Contents</h2><ol>${SECTIONS.map(([id, title]) => `<li><a href="#${id}">${title}</a></li>`).join('')}</ol></nav>`,
    '<main>',
    ...SECTIONS.map(([id, title]) => `<section id="${id}"><h2>${title}</h2>\n${body[id]}\n</section>`),
    '</main></body></html>',
    '',
  ].join('\n');
}
