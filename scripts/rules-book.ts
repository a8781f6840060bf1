/**
 * `npm run rules:book [-- --today YYYY-MM-DD]`: writes the rules book generated from `rules/`
 * with the English wording of `locales/en`: docs/rules-book.html (self-contained),
 * docs/rules-book.md and docs/decision-diagram.svg. `--today` dates the checks section.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { exploreJourney } from '../rules/book/journey-graph.ts';
import { buildRulesBook } from '../rules/book/model.ts';
import { renderDiagramSvg } from '../rules/book/render-diagram.ts';
import { renderHtml } from '../rules/book/render-html.ts';
import { renderMarkdown } from '../rules/book/render-markdown.ts';
import { parseOptions, UsageError } from './cli-options.ts';

const root = new URL('../', import.meta.url);
const readLocale = (name: string) => JSON.parse(readFileSync(new URL(`locales/en/${name}.json`, root), 'utf8')) as Record<string, unknown>;

function main(argv: string[]): number {
  let today: string;
  try {
    ({ today } = parseOptions(argv));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`rules:book: ${error.message}\nusage: npm run rules:book -- [--today YYYY-MM-DD]\n`);
    return 2;
  }
  const text = { questions: readLocale('questions'), routes: readLocale('routes'), directory: readLocale('directory') };
  const graph = exploreJourney();
  const book = buildRulesBook({ text, today, graph });
  const labels = Object.fromEntries(book.questions.map((q) => [q.id, q.label]));
  const outputs = {
    'docs/rules-book.html': renderHtml(book),
    'docs/rules-book.md': renderMarkdown(book),
    'docs/decision-diagram.svg': `${renderDiagramSvg({ graph, labels })}\n`,
  };
  mkdirSync(new URL('docs/', root), { recursive: true });
  for (const [path, content] of Object.entries(outputs)) {
    writeFileSync(new URL(path, root), content);
    process.stdout.write(`wrote ${path} (${Math.round(content.length / 1024)} kB)\n`);
  }
  process.stdout.write(`rules ${book.rulesVersion}: ${book.questions.length} questions, ${book.rules.length} rules, ${book.routes.length} routes, ` +
    `${book.sources.length} sources, ${book.directory.length} organisations, ${graph.edges.length} journey edges; checks as of ${today}.\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
