/**
 * The journey as a graph of screens, explored from the machine with xstate/graph: which
 * answer at which screen leads to which next screen. The decision diagram draws this graph
 * and the outcome snapshots cover every edge of it, so neither is written by hand.
 * BACK, CHANGE and RESTART are left out: they revisit screens but never change where an
 * answer leads.
 */
import { createActor } from 'xstate';
import { getAdjacencyMap, type AdjacencyValue } from 'xstate/graph';
import type { AnswerValue, Answers } from '../answers.ts';
import { journeyMachine, type JourneyEvent } from '../machine.ts';
import { questionOf, screenOf, type JourneySnapshot } from '../journey.ts';
import { getQuestion, type QuestionId } from '../questions.ts';

/**
 * The answers that some "asked when" condition reads. Snapshots that agree on these (and on
 * the state) have the same future, so the walk can merge them. A test replays random
 * journeys and fails if they take an edge this walk missed, i.e. if this list falls behind.
 */
const ROUTING_INPUTS: readonly QuestionId[] = ['q_danger', 'q_age', 'q_maybe_child', 'q_status', 'q_children', 'q_flags'];

export interface JourneyEdge {
  /** Stable id, `from=answer>to`, e.g. `q_status=visa_nrpf>q_visa_kind`. */
  id: string;
  /** Machine state names: `start` carries q_nation; `danger`, `review`, `outcome` are screens. */
  from: string;
  /** An option id; for multi-choice questions `none`, one option id, or `all`; `continue` on screens. */
  answer: string;
  to: string;
  /** The answers of the shortest journey that takes this edge, up to and including it. */
  example: Answers;
}

export interface JourneyGraph {
  /** Every machine state, in journey order (each state before every state it leads to). */
  states: string[];
  edges: JourneyEdge[];
}

/** An edge id from its parts. */
export const stepId = (step: { from: string; answer: string; to: string }): string => `${step.from}=${step.answer}>${step.to}`;

/** A multi-choice answer as an edge label: none ticked, one option, or all of them. */
export function answerLabel(question: QuestionId, answer: AnswerValue): string {
  if (typeof answer === 'string') return answer;
  if (answer.length === 0) return 'none';
  if (answer.length === getQuestion(question).options.length) return 'all';
  return answer.join('+');
}

function edgeLabel(event: JourneyEvent): string {
  return event.type === 'ANSWER' ? answerLabel(event.question, event.answer) : 'continue';
}

/** Every option of a single-choice question; none, each option alone, and all, for a multi-choice one. */
function eventsAt(snapshot: JourneySnapshot): JourneyEvent[] {
  const question = questionOf(snapshot);
  if (!question) return snapshot.value === 'outcome' ? [] : [{ type: 'CONTINUE' }];
  const q = getQuestion(question);
  const answers: AnswerValue[] = q.kind === 'single' ? [...q.options] : [[], ...q.options.map((o) => [o]), [...q.options]];
  return answers.map((answer) => ({ type: 'ANSWER', question, answer }));
}

function routingKey(snapshot: JourneySnapshot): string {
  const answers = snapshot.context.answers;
  return JSON.stringify([snapshot.value, ...ROUTING_INPUTS.map((id) => answers[id] ?? null)]);
}

/** Kahn's topological sort, taking states in machine definition order when several are free. */
function journeyOrder(states: string[], edges: readonly JourneyEdge[]): string[] {
  const incoming = new Map(states.map((s) => [s, new Set<string>()]));
  for (const e of edges) incoming.get(e.to)!.add(e.from);
  const order: string[] = [];
  while (order.length < states.length) {
    const next = states.find((s) => !order.includes(s) && [...incoming.get(s)!].every((from) => order.includes(from)));
    if (!next) throw new Error('the journey graph has a cycle');
    order.push(next);
  }
  return order;
}

function optionRank(edge: JourneyEdge): number {
  if (edge.answer === 'continue' || edge.answer === 'none') return -1;
  const question = edge.from === 'start' ? getQuestion('q_nation') : getQuestion(edge.from as QuestionId);
  const index = question.options.indexOf(edge.answer);
  return index >= 0 ? index : question.options.length;
}

/** Walks the machine breadth first, so the first snapshot found taking an edge lies on a shortest journey. */
export function exploreJourney(): JourneyGraph {
  const adjacency = getAdjacencyMap(journeyMachine, { events: eventsAt, serializeState: routingKey, input: {} });
  const edges = new Map<string, JourneyEdge>();
  for (const vertex of Object.values(adjacency) as Array<AdjacencyValue<JourneySnapshot, JourneyEvent>>) {
    const from = String(vertex.state.value);
    for (const { event, state } of Object.values(vertex.transitions)) {
      const to = String(state.value);
      if (to === from) continue; // an answer the machine ignores; none are offered, so this never happens
      const answer = edgeLabel(event);
      const id = stepId({ from, answer, to });
      if (!edges.has(id)) edges.set(id, { id, from, answer, to, example: state.context.answers });
    }
  }
  const states = journeyOrder(Object.keys(journeyMachine.root.states), [...edges.values()]);
  const rank = new Map(states.map((s, i) => [s, i]));
  const sorted = [...edges.values()].sort(
    (a, b) => rank.get(a.from)! - rank.get(b.from)! || optionRank(a) - optionRank(b) || rank.get(a.to)! - rank.get(b.to)!,
  );
  return { states, edges: sorted };
}

export interface JourneyStep {
  from: string;
  answer: string;
  to: string;
  /** True when the answer ticks several but not all options of a multi-choice question: no single edge is labelled so. */
  combination: boolean;
}

/** The steps a journey with these answers takes, from the start screen to the outcome. */
export function stepsTaken(answers: Answers): JourneyStep[] {
  const actor = createActor(journeyMachine, { input: {} }).start();
  const steps: JourneyStep[] = [];
  try {
    for (let step = 0; step < 100; step++) {
      const before = actor.getSnapshot();
      if (screenOf(before) === 'outcome') return steps;
      const question = questionOf(before);
      const event: JourneyEvent = question
        ? { type: 'ANSWER', question, answer: answers[question] ?? [] }
        : { type: 'CONTINUE' };
      actor.send(event);
      const after = actor.getSnapshot();
      if (after.value === before.value) throw new Error(`the journey stopped at ${String(before.value)}`);
      const answer = edgeLabel(event);
      steps.push({ from: String(before.value), answer, to: String(after.value), combination: answer.includes('+') });
    }
    throw new Error('journey did not settle in 100 steps');
  } finally {
    actor.stop();
  }
}

/** Edges that share both ends, drawn as one arrow carrying all their answers. */
export interface EdgeGroup {
  from: string;
  to: string;
  answers: string[];
}

export function groupEdges(edges: readonly JourneyEdge[]): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup>();
  for (const e of edges) {
    const key = `${e.from}>${e.to}`;
    const group = groups.get(key) ?? { from: e.from, to: e.to, answers: [] };
    if (!group.answers.includes(e.answer)) group.answers.push(e.answer);
    groups.set(key, group);
  }
  return [...groups.values()];
}
