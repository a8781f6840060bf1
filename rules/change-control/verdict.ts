/**
 * Change control: whether the rules may differ from the stored outcome snapshot. An outcome
 * may change only deliberately: with a new `RULES_VERSION` and an entry for it in
 * `rules/CHANGELOG.md` saying what changed and why, with sources. Pure, so the test can feed
 * it a doctored snapshot and changelog.
 */
import type { Answers } from '../answers.ts';
import { SCENARIO_PREFIX, type CaseOutcome, type OutcomeSnapshot } from './snapshot.ts';

export interface SnapshotDiff {
  /** Stored cases whose outcome is now different, or whose answers no longer make a journey. */
  changed: Array<{ id: string; was: CaseOutcome; now: CaseOutcome | string }>;
  /** Edges of the journey graph the snapshot does not have: the journey itself changed. */
  newEdges: string[];
  /** Stored edges the journey no longer has. */
  goneEdges: string[];
  /** Worked cases added, removed or edited since the snapshot: it only needs rewriting. */
  scenarioDrift: string[];
}

export type Verdict =
  | { status: 'unchanged'; ok: true; message: string }
  | { status: 'versioned'; ok: true; message: string }
  | { status: 'stale'; ok: false; message: string }
  | { status: 'unexplained'; ok: false; message: string };

const isScenario = (id: string) => id.startsWith(SCENARIO_PREFIX);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Recomputes every stored case with `recompute` (the journey machine, in practice) and
 * compares the case set with `current`, the cases the snapshot should hold now.
 */
export function compareSnapshot(
  stored: OutcomeSnapshot,
  current: Record<string, Answers>,
  recompute: (answers: Answers) => CaseOutcome,
): SnapshotDiff {
  const changed: SnapshotDiff['changed'] = [];
  for (const [id, c] of Object.entries(stored.cases)) {
    let now: CaseOutcome | string;
    try {
      now = recompute(c.answers);
    } catch (error) {
      now = `no longer a journey: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (!same(now, c.outcome)) changed.push({ id, was: c.outcome, now });
  }
  const storedIds = Object.keys(stored.cases);
  const currentIds = Object.keys(current);
  return {
    changed,
    newEdges: currentIds.filter((id) => !isScenario(id) && !(id in stored.cases)),
    goneEdges: storedIds.filter((id) => !isScenario(id) && !(id in current)),
    scenarioDrift: [
      ...currentIds.filter((id) => isScenario(id) && !same(stored.cases[id]?.answers, current[id])),
      ...storedIds.filter((id) => isScenario(id) && !(id in current)),
    ],
  };
}

/** The changelog entry for `version`: a `## <version> — <date>` heading and the text under it. */
export function changelogEntry(changelog: string, version: string): string | undefined {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^## ${escaped} [—–-] \\d{4}-\\d{2}-\\d{2}[ \\t]*$`, 'm');
  const match = heading.exec(changelog);
  if (!match) return undefined;
  const rest = changelog.slice(match.index + match[0].length);
  const next = rest.search(/^## /m);
  return (next === -1 ? rest : rest.slice(0, next)).trim();
}

/**
 * An entry counts only if it says what changed and why, then cites its sources: text first,
 * then a `Sources:` line with the citations on it or in a list under it.
 */
export function hasChangelogEntry(changelog: string, version: string): boolean {
  const lines = (changelogEntry(changelog, version) ?? '').split('\n');
  const at = lines.findIndex((line) => /^[\s*_-]*sources\b/i.test(line));
  if (at < 0) return false;
  const said = lines.slice(0, at).join(' ');
  const cited = lines[at]!.replace(/^[\s*_-]*sources[\s*_:]*/i, '') + lines.slice(at + 1).join(' ');
  return said.trim() !== '' && cited.trim() !== '';
}

function list(title: string, ids: string[]): string[] {
  if (ids.length === 0) return [];
  const shown = ids.slice(0, 12).map((id) => `  - ${id}`);
  return [`${title} (${ids.length}):`, ...shown, ...(ids.length > 12 ? [`  - and ${ids.length - 12} more`] : [])];
}

export function changeControlVerdict(input: {
  diff: SnapshotDiff;
  storedVersion: string;
  currentVersion: string;
  changelog: string;
}): Verdict {
  const { diff, storedVersion, currentVersion, changelog } = input;
  const ruleChanges = [...diff.changed.map((c) => c.id), ...diff.newEdges, ...diff.goneEdges];
  const details = [
    ...list('Outcomes changed', diff.changed.map((c) => `${c.id}: was ${JSON.stringify(c.was)}, now ${JSON.stringify(c.now)}`)),
    ...list('New journey edges', diff.newEdges),
    ...list('Journey edges gone', diff.goneEdges),
    ...list('Worked cases added, edited or removed', diff.scenarioDrift),
  ].join('\n');
  if (ruleChanges.length === 0 && diff.scenarioDrift.length === 0) {
    return { status: 'unchanged', ok: true, message: `Every outcome matches the snapshot of rules ${storedVersion}.` };
  }
  const versioned = storedVersion !== currentVersion && hasChangelogEntry(changelog, currentVersion);
  if (versioned) {
    return {
      status: 'versioned',
      ok: true,
      message: `Rules ${currentVersion} differ from the snapshot of ${storedVersion}, as rules/CHANGELOG.md records. Run npm run rules:snapshot to store the new outcomes.\n${details}`,
    };
  }
  if (ruleChanges.length === 0) {
    return { status: 'stale', ok: false, message: `No outcome changed, but the snapshot no longer holds every case. Run npm run rules:snapshot.\n${details}` };
  }
  const missing = [
    storedVersion === currentVersion ? `RULES_VERSION in rules/meta.ts is still ${currentVersion}: bump it` : '',
    hasChangelogEntry(changelog, currentVersion) ? '' : `rules/CHANGELOG.md has no entry "## ${currentVersion} — YYYY-MM-DD" saying what changed and why, with a Sources: line`,
  ].filter(Boolean);
  return {
    status: 'unexplained',
    ok: false,
    message: `Outcomes changed without a new rules version and changelog entry.\n${missing.map((m) => `- ${m}`).join('\n')}\nThen run npm run rules:snapshot.\n${details}`,
  };
}
