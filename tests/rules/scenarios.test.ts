// @vitest-environment node
/**
 * Every worked case of scenarios.json through the triage command: all must-include routes
 * present, no must-not route present, and the expected flags raised.
 */
import { describe, expect, it } from 'vitest';
import scenarios from './scenarios.json' with { type: 'json' };
import { runCli } from './cli-run.ts';

interface Scenario {
  id: string;
  answers: Record<string, unknown>;
  mustIncludeRoutes: string[];
  mustNotIncludeRoutes: string[];
  flags: string[];
}

const cases = scenarios as Scenario[];
const input = JSON.stringify(cases.map(({ id, answers }) => ({ id, answers })));
const run = runCli(['-'], input);
const outcomes: Array<{ id: string; routes: string[]; flags: string[]; signposts: string[] }> = run.status === 0 ? JSON.parse(run.stdout) : [];

describe('worked cases through the triage command', () => {
  it('runs all of them in one call, in order', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(outcomes.map((o) => o.id)).toEqual(cases.map((c) => c.id));
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (id, scenario) => {
    const outcome = outcomes.find((o) => o.id === id)!;
    const missing = scenario.mustIncludeRoutes.filter((r) => !outcome.routes.includes(r));
    const forbidden = scenario.mustNotIncludeRoutes.filter((r) => outcome.routes.includes(r));
    const missingFlags = scenario.flags.filter((f) => !outcome.flags.includes(f));
    expect({ missing, forbidden, missingFlags }).toEqual({ missing: [], forbidden: [], missingFlags: [] });
  });
});
