// @vitest-environment node
/**
 * The whole journey graph, walked with xstate/graph: every state reachable, every path from
 * the start ends in the outcome, no dead end. Snapshots are told apart by state and by the
 * answers that routing reads, so every branch of "asked when" is explored.
 */
import { describe, expect, it } from 'vitest';
import { getAdjacencyMap, getShortestPaths, type AdjacencyValue } from 'xstate/graph';
import { journeyMachine, type JourneyEvent } from '../../rules/machine.ts';
import { QUESTIONS } from '../../rules/questions.ts';
import { questionOf, type JourneySnapshot } from '../../rules/journey.ts';

/** The answers that decide which question comes next (the inputs of every "asked when"). */
function routingKey(snapshot: JourneySnapshot): string {
  const a = snapshot.context.answers;
  const flags = (a.q_flags ?? []).filter((f) => f === 'trafficking' || f === 'domestic_abuse');
  return JSON.stringify([snapshot.value, a.q_danger, a.q_age, a.q_maybe_child, a.q_status, a.q_children, flags]);
}

function eventsAt(snapshot: JourneySnapshot): JourneyEvent[] {
  const question = questionOf(snapshot);
  if (!question) return snapshot.value === 'outcome' ? [] : [{ type: 'CONTINUE' }];
  const q = QUESTIONS.find((x) => x.id === question)!;
  const answers = q.kind === 'single' ? q.options : [[], ...q.options.map((o) => [o]), ['trafficking', 'domestic_abuse']];
  return answers.map((answer) => ({ type: 'ANSWER', question, answer }) as JourneyEvent);
}

const options = { events: eventsAt, serializeState: routingKey, input: {} };

describe('the journey graph', () => {
  const adjacency = getAdjacencyMap(journeyMachine, options);
  type Vertex = AdjacencyValue<JourneySnapshot, JourneyEvent>;
  const vertices = Object.entries(adjacency) as Array<[string, Vertex]>;
  const edges = (v: Vertex) => Object.values(v.transitions) as Array<{ event: JourneyEvent; state: JourneySnapshot }>;

  it('reaches every state of the machine', () => {
    const reached = new Set(vertices.map(([, v]) => String(v.state.value)));
    const all = Object.keys(journeyMachine.root.states);
    expect([...reached].sort()).toEqual([...all].sort());
    expect(all).toHaveLength(QUESTIONS.length + 3);
  });

  it('has a shortest path from the start to every state', () => {
    const paths = getShortestPaths(journeyMachine, options);
    const ends = new Set(paths.map((p) => String(p.state.value)));
    for (const state of Object.keys(journeyMachine.root.states)) expect(ends).toContain(state);
  });

  it('has no dead end: every reachable snapshot leads on, and from every one the outcome can be reached', () => {
    const leadsToOutcome = new Set<string>(vertices.filter(([, v]) => v.state.value === 'outcome').map(([k]) => k));
    let grew = true;
    while (grew) {
      grew = false;
      for (const [key, vertex] of vertices) {
        if (leadsToOutcome.has(key)) continue;
        const next = edges(vertex).map((t) => routingKey(t.state));
        if (next.some((n) => leadsToOutcome.has(n))) {
          leadsToOutcome.add(key);
          grew = true;
        }
      }
    }
    const stuck = vertices.filter(([k]) => !leadsToOutcome.has(k)).map(([k]) => k);
    expect(stuck).toEqual([]);
  });

  it('never loops: every answer moves the journey forward, so every path ends', () => {
    const order = (s: JourneySnapshot) => {
      const value = String(s.value);
      if (value === 'danger') return QUESTIONS.findIndex((q) => q.id === 'q_danger') + 0.5;
      if (value === 'review') return QUESTIONS.length;
      if (value === 'outcome') return QUESTIONS.length + 1;
      return QUESTIONS.findIndex((q) => (q.id === 'q_nation' ? 'start' : q.id) === value);
    };
    for (const [, vertex] of vertices) {
      for (const t of edges(vertex)) {
        if (t.state.value === vertex.state.value) continue; // an ignored answer stays put
        expect(order(t.state)).toBeGreaterThan(order(vertex.state));
      }
    }
  });
});
