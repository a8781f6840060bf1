/**
 * The decision diagram: the journey graph drawn as plain SVG text, no layout service.
 * Screens stand in one column in journey order, top to bottom. Each arrow leaves a question
 * on its right, carrying the answers that take it, runs down a lane of its own and comes
 * back into the next screen. Lanes are shared only by arrows whose spans do not overlap, so
 * no two arrows run along each other.
 */
import { escapeXml } from './escape.ts';
import { exploreJourney, groupEdges, type EdgeGroup, type JourneyGraph } from './journey-graph.ts';
import { QUESTIONS } from '../questions.ts';

const PAD = 16;
const NODE_W = 230;
const LABEL_W = 260;
const LINE = 14;
const HEADER = 26;
const NODE_WRAP_AT = 34;
const IN_ROW = 12;
const NODE_GAP = 28;
const LANE_GAP = 12;
const WRAP_AT = 40;
const LANE_X0 = PAD + NODE_W + LABEL_W;

/** What the non-question screens are, for their second line. */
const SCREEN_LABELS: Record<string, string> = {
  danger: 'Safety first: emergency numbers',
  review: 'Check your answers',
  outcome: 'Routes, flags and signposts',
};

const COLOURS: Record<string, { fill: string; stroke: string }> = {
  danger: { fill: '#fde8e8', stroke: '#d4351c' },
  review: { fill: '#f3f2f1', stroke: '#505a5f' },
  outcome: { fill: '#e6f4ea', stroke: '#00703c' },
  question: { fill: '#ffffff', stroke: '#1d70b8' },
};

export interface DiagramOptions {
  graph?: JourneyGraph;
  /** Second line of each question's box, by question id (e.g. the locale's short label). */
  labels?: Record<string, string | undefined>;
  /** A file of its own needs the SVG namespace; SVG inlined in HTML does not. */
  standalone?: boolean;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length + 1 <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface PlacedNode {
  state: string;
  y: number;
  height: number;
  /** The box's second line (its label), wrapped to the box. */
  caption: string[];
}

function captionOf(state: string, labels: Record<string, string | undefined>): string[] {
  return wrap(SCREEN_LABELS[state] ?? labels[state === 'start' ? 'q_nation' : state] ?? '', NODE_WRAP_AT);
}

interface PlacedEdge {
  group: EdgeGroup;
  lines: string[];
  outY: number;
  inY: number;
  lane: number;
}

/** An arrow into a conditional question names the condition, since the same answer may skip it on another journey. */
function conditionOf(state: string): string {
  const condition = QUESTIONS.find((q) => q.id === state)?.askedWhen?.name;
  return condition ? `, when ${condition}` : '';
}

function layout(graph: JourneyGraph, labels: Record<string, string | undefined>) {
  const groups = groupEdges(graph.edges);
  const rank = new Map(graph.states.map((s, i) => [s, i]));
  const placed = new Map<EdgeGroup, PlacedEdge>();
  const nodes: PlacedNode[] = [];
  let y = PAD + 2 * LINE + 8;
  for (const state of graph.states) {
    const caption = captionOf(state, labels);
    const header = HEADER + caption.length * LINE;
    const outs = groups.filter((g) => g.from === state).sort((a, b) => rank.get(a.to)! - rank.get(b.to)!);
    const ins = groups.filter((g) => g.to === state).sort((a, b) => rank.get(a.from)! - rank.get(b.from)!);
    ins.forEach((g, i) => (placed.get(g)!.inY = y + header + i * IN_ROW + IN_ROW / 2));
    let row = y + header + ins.length * IN_ROW;
    for (const g of outs) {
      const answers = outs.length === 1 && !['danger', 'review'].includes(state) ? 'any answer' : g.answers.join(', ');
      const lines = wrap(answers + conditionOf(g.to), WRAP_AT);
      row += lines.length * LINE + 6;
      placed.set(g, { group: g, lines, outY: row, inY: 0, lane: 0 });
    }
    const height = Math.max(row - y + 8, header + 8);
    nodes.push({ state, y, height, caption });
    y += height + NODE_GAP;
  }
  // Shortest arrows take the lanes nearest the boxes, so long ones cross fewer others.
  const edges = [...placed.values()].sort((a, b) => a.inY - a.outY - (b.inY - b.outY));
  const lanes: Array<Array<[number, number]>> = [];
  for (const e of edges) {
    const free = lanes.findIndex((spans) => spans.every(([top, bottom]) => e.inY < top - 4 || e.outY > bottom + 4));
    e.lane = free >= 0 ? free : lanes.length;
    (lanes[e.lane] ??= []).push([e.outY, e.inY]);
  }
  return { nodes, edges, width: LANE_X0 + lanes.length * LANE_GAP + PAD, height: y + PAD };
}

function nodeSvg(node: PlacedNode): string {
  const kind = COLOURS[node.state] ? node.state : 'question';
  const { fill, stroke } = COLOURS[kind]!;
  const title = node.state === 'start' ? 'q_nation (start)' : node.state;
  return [
    `<g class="node" id="node-${escapeXml(node.state)}" data-state="${escapeXml(node.state)}">`,
    `<rect x="${PAD}" y="${node.y}" width="${NODE_W}" height="${node.height}" rx="6" fill="${fill}" stroke="${stroke}" stroke-width="2"/>`,
    `<text x="${PAD + 10}" y="${node.y + 17}" font-weight="bold">${escapeXml(title)}</text>`,
    ...node.caption.map((line, i) => `<text x="${PAD + 10}" y="${node.y + 33 + i * LINE}" fill="#505a5f">${escapeXml(line)}</text>`),
    '</g>',
  ].join('');
}

function edgeSvg(edge: PlacedEdge): string {
  const right = PAD + NODE_W;
  const laneX = LANE_X0 + edge.lane * LANE_GAP;
  const { from, to, answers } = edge.group;
  const text = edge.lines
    .map((line, i) => `<text x="${right + 8}" y="${edge.outY - 4 - (edge.lines.length - 1 - i) * LINE}">${escapeXml(line)}</text>`)
    .join('');
  return [
    `<g class="edge" data-from="${escapeXml(from)}" data-to="${escapeXml(to)}">`,
    `<title>${escapeXml(`${from} to ${to}: ${answers.join(', ')}`)}</title>`,
    `<path d="M${right} ${edge.outY} H${laneX} V${edge.inY} H${right + 2}" fill="none" stroke="#505a5f" stroke-width="1.2" marker-end="url(#arrow)"/>`,
    text,
    '</g>',
  ].join('');
}

export function renderDiagramSvg(options: DiagramOptions = {}): string {
  const graph = options.graph ?? exploreJourney();
  const { nodes, edges, width, height } = layout(graph, options.labels ?? {});
  const namespace = options.standalone === false ? '' : ' xmlns="http://www.w3.org/2000/svg"';
  return [
    `<svg${namespace} viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="diagram-title"`,
    ` font-family="system-ui, sans-serif" font-size="12" fill="#0b0c0c">`,
    '<title id="diagram-title">Waymark decision diagram: questions from top to bottom, each arrow labelled with the answers that take it</title>',
    '<defs><marker id="arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" orient="auto">',
    '<path d="M0 0 L8 4 L0 8 z" fill="#505a5f"/></marker></defs>',
    `<text x="${PAD}" y="${PAD}" font-weight="bold">Read top to bottom. Each arrow carries the answer option ids that take it.</text>`,
    `<text x="${PAD}" y="${PAD + LINE}">Multi-choice questions: "none" means none ticked, "all" every option ticked.</text>`,
    ...nodes.map(nodeSvg),
    ...edges.map(edgeSvg),
    '</svg>',
  ].join('\n');
}
