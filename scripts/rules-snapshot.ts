/**
 * `npm run rules:snapshot`: rewrites tests/rules/outcome-snapshots.json with the outcomes the
 * rules give now. It refuses when outcomes changed without a new RULES_VERSION and a changelog
 * entry for it, so the snapshot cannot be used to wave a change through.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Answers } from '../rules/answers.ts';
import { exploreJourney } from '../rules/book/journey-graph.ts';
import { caseOutcome, formatSnapshot, snapshotCases, takeSnapshot, type OutcomeSnapshot } from '../rules/change-control/snapshot.ts';
import { changeControlVerdict, compareSnapshot } from '../rules/change-control/verdict.ts';
import { RULES_VERSION } from '../rules/meta.ts';

const root = new URL('../', import.meta.url);
const SNAPSHOT = 'tests/rules/outcome-snapshots.json';
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

function main(): number {
  const graph = exploreJourney();
  const scenarios = JSON.parse(read('tests/rules/scenarios.json')) as Array<{ id: string; answers: Answers }>;
  const cases = snapshotCases(graph, scenarios);
  if (existsSync(new URL(SNAPSHOT, root))) {
    const stored = JSON.parse(read(SNAPSHOT)) as OutcomeSnapshot;
    const diff = compareSnapshot(stored, cases, caseOutcome);
    const verdict = changeControlVerdict({ diff, storedVersion: stored.rulesVersion, currentVersion: RULES_VERSION, changelog: read('rules/CHANGELOG.md') });
    if (verdict.status === 'unexplained') {
      process.stderr.write(`rules:snapshot: not rewritten.\n${verdict.message}\n`);
      return 1;
    }
    if (verdict.status !== 'unchanged') process.stdout.write(`${verdict.message}\n`);
  }
  writeFileSync(new URL(SNAPSHOT, root), formatSnapshot(takeSnapshot(cases)));
  process.stdout.write(`wrote ${SNAPSHOT}: rules ${RULES_VERSION}, ${Object.keys(cases).length} cases ` +
    `(${graph.edges.length} journey edges, ${scenarios.length} worked cases)\n`);
  return 0;
}

process.exitCode = main();
