// @vitest-environment node
/**
 * The rules book is generated here on every test run (CI checks the generator, not files
 * on disk). Its model, HTML and Markdown must name every id in the catalogues, checked
 * against the catalogues themselves so nothing can be left out silently; the page must
 * load nothing from anywhere; the diagram must draw every state of the machine.
 */
import { describe, expect, it } from 'vitest';
import questionsText from '../../locales/en/questions.json' with { type: 'json' };
import routesText from '../../locales/en/routes.json' with { type: 'json' };
import directoryText from '../../locales/en/directory.json' with { type: 'json' };
import { DIRECTORY } from '../../rules/directory.ts';
import { journeyMachine } from '../../rules/machine.ts';
import { QUESTIONS } from '../../rules/questions.ts';
import { ROUTES } from '../../rules/routes.ts';
import { RULES } from '../../rules/rule-set.ts';
import { SOURCES } from '../../rules/sources.ts';
import { exploreJourney, groupEdges } from '../../rules/book/journey-graph.ts';
import { buildRulesBook } from '../../rules/book/model.ts';
import { renderDiagramSvg } from '../../rules/book/render-diagram.ts';
import { renderHtml } from '../../rules/book/render-html.ts';
import { renderMarkdown } from '../../rules/book/render-markdown.ts';
import { checkRules } from '../../rules/book/rules-check.ts';

const TODAY = '2026-03-01';
const graph = exploreJourney();
const text = { questions: questionsText, routes: routesText, directory: directoryText };
const book = buildRulesBook({ text, today: TODAY, graph });
const html = renderHtml(book);
const markdown = renderMarkdown(book);
const svg = renderDiagramSvg({ graph });

const routeSourceIds = [...new Set(ROUTES.flatMap((r) => Object.values(r.law).flatMap((law) => law.sources)))];

/** The Markdown under the `###` heading starting with `heading`, up to the next heading. */
function markdownSection(heading: string): string {
  const start = markdown.indexOf(`\n### ${heading}`);
  expect(start, `no Markdown heading ${heading}`).toBeGreaterThan(-1);
  const end = markdown.slice(start + 1).search(/\n#{2,3} /);
  return markdown.slice(start, end === -1 ? undefined : start + 1 + end);
}

describe('the rules book names every catalogue item', () => {
  it('every question, with every option, its wording and when it is asked', () => {
    expect(book.questions.map((q) => q.id)).toEqual(QUESTIONS.map((q) => q.id));
    for (const q of QUESTIONS) {
      const modelled = book.questions.find((b) => b.id === q.id)!;
      expect(modelled.options.map((o) => o.id), q.id).toEqual([...q.options]);
      expect(modelled.text && modelled.options.every((o) => o.text), `${q.id} lacks English wording`).toBeTruthy();
      expect(html).toContain(`id="question-${q.id}"`);
      const section = markdownSection(`\`${q.id}\``);
      for (const option of q.options) {
        expect(html).toContain(`id="option-${q.id}-${option}"`);
        expect(section, `${q.id}.${option}`).toContain(`\`${option}\``);
      }
      if (q.askedWhen) expect(section).toContain(q.askedWhen.name);
    }
  });

  it('every rule in RULES, with its summary and sources', () => {
    expect(book.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of RULES) {
      expect(html).toContain(`id="rule-${rule.id}"`);
      const section = markdownSection(rule.id);
      for (const source of rule.sources) expect(section, `${rule.id} cites ${source}`).toContain(`\`${source}\``);
    }
  });

  it('every route, with its meaning, who acts, and sources and signposts for each nation', () => {
    expect(book.routes.map((r) => r.id)).toEqual(ROUTES.map((r) => r.id));
    for (const route of ROUTES) {
      const modelled = book.routes.find((r) => r.id === route.id)!;
      expect(modelled.meaning && modelled.whoActs, `${route.id} lacks English wording`).toBeTruthy();
      expect(html).toContain(`id="route-${route.id}"`);
      const section = markdownSection(`\`${route.id}\``);
      for (const law of Object.values(route.law)) {
        for (const id of [...law.sources, ...law.signposts]) expect(section, `${route.id} names ${id}`).toContain(`\`${id}\``);
      }
    }
  });

  it('every source any rule or route cites, with its link', () => {
    const cited = [...new Set([...routeSourceIds, ...RULES.flatMap((r) => r.sources)])];
    expect(book.sources.map((s) => s.id).sort()).toEqual(cited.sort());
    for (const id of routeSourceIds) {
      const source = SOURCES.find((s) => s.id === id)!;
      expect(html).toContain(`id="source-${id}"`);
      expect(markdown).toContain(`| \`${id}\` | [`);
      expect(html).toContain(`href="${source.href.replace(/&/g, '&amp;')}"`);
    }
  });

  it('every organisation in the directory, with its last-verified date', () => {
    expect(book.directory.map((o) => o.id)).toEqual(DIRECTORY.map((o) => o.id));
    for (const organisation of DIRECTORY) {
      expect(html).toContain(`id="org-${organisation.id}"`);
      expect(markdown).toMatch(new RegExp(`\\(\`${organisation.id}\`\\) \\|.*\\| ${organisation.lastVerified} \\|`));
    }
  });

  it('the rules version, review dates and the same checks as rules:check', () => {
    expect(html).toContain(book.rulesVersion);
    expect(markdown).toContain(`reviewed on ${book.reviewedOn}, to be reviewed by ${book.reviewBy}`);
    expect(book.findings).toEqual(checkRules(TODAY));
    const checks = html.slice(html.indexOf('<section id="checks">'));
    for (const route of book.findings.weakRoutes) expect(checks).toContain(`href="#route-${route.id}"`);
  });
});

describe('the HTML page is self-contained', () => {
  it('loads nothing: no script, stylesheet link, image, frame or remote CSS', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|<audio|<video|<source|@import|\ssrc\s*=/i);
    expect(html).not.toMatch(/url\(\s*['"]?(?!#)/i);
  });

  it('names other hosts only in links to legal sources and organisation websites', () => {
    const allowed = new Set([...SOURCES.map((s) => s.href), ...DIRECTORY.flatMap((o) => (o.web ? [o.web] : []))]);
    const unescape = (s: string) => s.replace(/&amp;/g, '&');
    const withoutLinks = html.replace(/<a href="(https:[^"]+)">([^<]*)<\/a>/g, (link, href: string, label: string) =>
      allowed.has(unescape(href)) && (label === href || !/https?:/.test(label)) ? '' : link,
    );
    expect(withoutLinks.match(/https?:[^\s"'<>]*/g) ?? []).toEqual([]);
  });

  it('escapes wording, so catalogue text can never become markup', () => {
    const hostile = { ...text, routes: { ...routesText, 'emergency-services': { title: '<script>x</script>', meaning: 'a & b', whoActs: '"q"' } } };
    const page = renderHtml(buildRulesBook({ text: hostile, today: TODAY, graph }));
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(renderMarkdown(buildRulesBook({ text: hostile, today: TODAY, graph }))).toContain('&lt;script>');
  });
});

describe('the decision diagram', () => {
  it('has a node for every state of the machine', () => {
    const states = Object.keys(journeyMachine.root.states);
    expect(states).toHaveLength(QUESTIONS.length + 3);
    for (const state of states) expect(svg).toContain(`<g class="node" id="node-${state}" data-state="${state}">`);
    expect(svg.match(/class="node"/g)).toHaveLength(states.length);
  });

  it('has one arrow per pair of screens that an answer links, carrying every answer that takes it', () => {
    const groups = groupEdges(graph.edges);
    expect(svg.match(/class="edge"/g)).toHaveLength(groups.length);
    for (const g of groups) expect(svg).toContain(`<title>${g.from} to ${g.to}: ${g.answers.join(', ')}</title>`);
  });

  it('stands screens top to bottom in journey order, each before the screens it leads to', () => {
    const ys = graph.states.map((s) => Number(new RegExp(`data-state="${s}"><rect x="\\d+" y="(\\d+)"`).exec(svg)![1]));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    for (const e of graph.edges) expect(graph.states.indexOf(e.from), e.id).toBeLessThan(graph.states.indexOf(e.to));
    expect(graph.states[0]).toBe('start');
    expect(graph.states.slice(-2)).toEqual(['review', 'outcome']);
  });

  it('is plain SVG: its own namespace when standalone, no script, no reference outside itself', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/<script|href|https?:|url\((?!#arrow\))/);
    expect(renderDiagramSvg({ graph, standalone: false })).not.toContain('xmlns');
  });
});
