// @vitest-environment node
/**
 * Change control: no outcome may change silently. Every stored case of
 * tests/rules/outcome-snapshots.json is replayed through the journey machine; a difference
 * fails unless RULES_VERSION has moved on from the snapshot's and rules/CHANGELOG.md has an
 * entry for it. The deciding function is pure and tested here with doctored inputs too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import stored from './outcome-snapshots.json' with { type: 'json' };
import scenarios from './scenarios.json' with { type: 'json' };
import type { Answers } from '../../rules/answers.ts';
import { RULES_VERSION } from '../../rules/meta.ts';
import { exploreJourney, stepId, stepsTaken } from '../../rules/book/journey-graph.ts';
import { caseOutcome, snapshotCases, type CaseOutcome, type OutcomeSnapshot } from '../../rules/change-control/snapshot.ts';
import { changeControlVerdict, changelogEntry, compareSnapshot, hasChangelogEntry, type SnapshotDiff } from '../../rules/change-control/verdict.ts';

const changelog = readFileSync(new URL('../../rules/CHANGELOG.md', import.meta.url), 'utf8');
const snapshot = stored as unknown as OutcomeSnapshot;
const graph = exploreJourney();
const current = snapshotCases(graph, scenarios as Array<{ id: string; answers: Answers }>);

describe('the stored outcome snapshot', () => {
  it('still matches the rules, or the change is versioned and in the changelog', () => {
    const diff = compareSnapshot(snapshot, current, caseOutcome);
    const verdict = changeControlVerdict({ diff, storedVersion: snapshot.rulesVersion, currentVersion: RULES_VERSION, changelog });
    if (verdict.status === 'versioned') console.warn(verdict.message);
    expect(verdict.ok, verdict.message).toBe(true);
  });

  it('covers every edge of the journey graph: each edge case takes its edge', () => {
    for (const edge of graph.edges) {
      const stored = snapshot.cases[edge.id];
      expect(stored, `no case for ${edge.id}: run npm run rules:snapshot`).toBeDefined();
      expect(stepsTaken(stored!.answers).map(stepId), edge.id).toContain(edge.id);
    }
  });

  it('holds every worked case', () => {
    for (const s of scenarios) expect(snapshot.cases[`scenario:${s.id}`]?.answers).toEqual(s.answers);
  });

  it('has a changelog entry for the current rules version, saying what changed, with sources', () => {
    expect(hasChangelogEntry(changelog, RULES_VERSION)).toBe(true);
  });
});

describe('the change-control verdict', () => {
  const scenario = scenarios[0]!;
  const answers = scenario.answers as Answers;
  const outcome = caseOutcome(answers);
  const id = `scenario:${scenario.id}`;
  const snapshotWith = (o: CaseOutcome, rulesVersion = RULES_VERSION): OutcomeSnapshot => ({ rulesVersion, cases: { [id]: { answers, outcome: o } } });
  const doctored: CaseOutcome = { ...outcome, routes: [...outcome.routes, 'voluntary-return-info'] };
  const entry = (version: string, body = 'R5: s98 now offered earlier, because ...\n\nSources: IAA 1999 s98 (`iaa-1999-s98`).') =>
    `# Rules changelog\n\n## ${version} — 2026-09-01\n\n${body}\n\n## 2026.1 — 2026-01-15\n\nFirst.\n\nSources: legal map.\n`;
  const verdict = (stored: OutcomeSnapshot, log: string, currentVersion = RULES_VERSION) =>
    changeControlVerdict({ diff: compareSnapshot(stored, { [id]: answers }, caseOutcome), storedVersion: stored.rulesVersion, currentVersion, changelog: log });

  it('passes when every outcome is unchanged', () => {
    expect(verdict(snapshotWith(outcome), '')).toMatchObject({ status: 'unchanged', ok: true });
  });

  it('fails on a changed outcome without a changelog entry, naming the case and what to do', () => {
    const result = verdict(snapshotWith(doctored, '2026.1'), entry('2026.1'), '2026.2');
    expect(result).toMatchObject({ status: 'unexplained', ok: false });
    expect(result.message).toContain(id);
    expect(result.message).toContain('## 2026.2');
  });

  it('fails on a changed outcome when the version was not bumped, even with a changelog entry', () => {
    const result = verdict(snapshotWith(doctored), entry(RULES_VERSION));
    expect(result).toMatchObject({ status: 'unexplained', ok: false });
    expect(result.message).toContain('bump it');
  });

  it('passes a changed outcome under a new version with its changelog entry, and asks for rules:snapshot', () => {
    const result = verdict(snapshotWith(doctored, '2026.1'), entry('2026.2'), '2026.2');
    expect(result).toMatchObject({ status: 'versioned', ok: true });
    expect(result.message).toContain('npm run rules:snapshot');
  });

  it('does not count an entry without sources, or with sources only', () => {
    expect(verdict(snapshotWith(doctored, '2026.1'), entry('2026.2', 'R5 changed.'), '2026.2').ok).toBe(false);
    expect(verdict(snapshotWith(doctored, '2026.1'), entry('2026.2', 'Sources: IAA 1999 s98.'), '2026.2').ok).toBe(false);
    expect(hasChangelogEntry(entry('2026.2', 'R5 changed.\n\nSources:\n- IAA 1999 s98'), '2026.2')).toBe(true);
  });

  it('fails when a stored journey is no longer a journey', () => {
    const broken: OutcomeSnapshot = { rulesVersion: RULES_VERSION, cases: { [id]: { answers: { ...answers, q_age: 'ninety' }, outcome } } };
    const result = verdict(broken, changelog);
    expect(result.status).toBe('unexplained');
    expect(result.message).toContain('no longer a journey');
  });

  it('treats a new or vanished journey edge as a rules change, and a new worked case as a stale snapshot only', () => {
    const diff = (d: Partial<SnapshotDiff>): SnapshotDiff => ({ changed: [], newEdges: [], goneEdges: [], scenarioDrift: [], ...d });
    const decide = (d: Partial<SnapshotDiff>) =>
      changeControlVerdict({ diff: diff(d), storedVersion: RULES_VERSION, currentVersion: RULES_VERSION, changelog }).status;
    expect(decide({ newEdges: ['q_age=over100>q_status'] })).toBe('unexplained');
    expect(decide({ goneEdges: ['q_age=25plus>q_status'] })).toBe('unexplained');
    expect(decide({ scenarioDrift: ['scenario:V99'] })).toBe('stale');
  });

  it('reads a changelog entry by its version heading, up to the next entry', () => {
    expect(changelogEntry(entry('2026.2'), '2026.2')).toMatch(/^R5: s98 now offered earlier[\s\S]*iaa-1999-s98`\)\.$/);
    expect(changelogEntry(entry('2026.2'), '2026.3')).toBeUndefined();
    expect(changelogEntry(entry('2026.10'), '2026.1')).toBe('First.\n\nSources: legal map.');
  });
});
