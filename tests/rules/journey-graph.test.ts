// @vitest-environment node
/**
 * The explored journey graph that the diagram draws and the snapshots cover: every option of
 * every question leads somewhere, and random journeys take no step the exploration missed
 * (which would mean a new "asked when" reads an answer the explorer does not track).
 */
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../rules/questions.ts';
import { stateOf } from '../../rules/machine.ts';
import { exploreJourney, stepId, stepsTaken } from '../../rules/book/journey-graph.ts';
import { finishJourney } from '../../rules/change-control/snapshot.ts';
import { generateMany } from './generate.ts';

const graph = exploreJourney();

describe('the journey graph', () => {
  it('has an edge for every option of every question, and continue from the danger and review screens', () => {
    for (const q of QUESTIONS) {
      const answers = new Set(graph.edges.filter((e) => e.from === stateOf(q.id)).map((e) => e.answer));
      const expected = q.kind === 'single' ? q.options : ['none', ...q.options, 'all'];
      expect([...answers].sort(), q.id).toEqual([...expected].sort());
    }
    for (const screen of ['danger', 'review']) expect(graph.edges.filter((e) => e.from === screen).every((e) => e.answer === 'continue')).toBe(true);
  });

  it('gives each edge a journey that takes it', () => {
    for (const edge of graph.edges) expect(stepsTaken(finishJourney(edge.example)).map(stepId), edge.id).toContain(edge.id);
  });

  it('misses no step that a real journey takes (500 seeded random journeys)', () => {
    const ids = new Set(graph.edges.map((e) => e.id));
    const pairs = new Set(graph.edges.map((e) => `${e.from}>${e.to}`));
    for (const answers of generateMany(500, 7)) {
      for (const step of stepsTaken(answers)) {
        // Several-but-not-all ticks have no edge of their own; their step must still join two linked screens.
        if (step.combination) expect(pairs, stepId(step)).toContain(`${step.from}>${step.to}`);
        else expect(ids, stepId(step)).toContain(stepId(step));
      }
    }
  });
});
