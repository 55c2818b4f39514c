import type { PathwayEdge, PathwayGraph, PathwayNode } from './pathway-graph.js';
import { el } from './dom.js';

/**
 * The pathway map: the statechart (states and transitions from the machine, pathway.json) drawn as a clinical
 * flowchart in the clinical labels' words. Two renderings of the same graph: the boxes, and a text version (an
 * ordered list of the steps with their conditions) as the map's text alternative.
 */

/** Children in the order of the machine's definition, the initial one first. */
function childrenOf(graph: PathwayGraph, id: string | undefined): PathwayNode[] {
  const kids = graph.nodes.filter((n) => n.parent === id);
  return [...kids.filter((k) => k.initial), ...kids.filter((k) => !k.initial)];
}

/**
 * A region whose states all lead to each other: the facts decide which one holds (the machine's settled regions).
 * Its states read as alternatives, each with its condition, not as a list of moves.
 */
function factsDecide(graph: PathwayGraph, kids: PathwayNode[]): boolean {
  if (kids.length < 2) return false;
  const ids = new Set(kids.map((k) => k.id));
  const links = new Set(graph.edges.filter((e) => ids.has(e.from) && ids.has(e.to)).map((e) => `${e.from}>${e.to}`));
  return kids.every((a) => kids.every((b) => a === b || links.has(`${a.id}>${b.id}`)));
}

interface Move {
  edge: PathwayEdge;
  target: PathwayNode;
  /** The move returns to the start step (the red-flag screen asked again). */
  back: boolean;
}

/** The moves out of a step that is not one of a region's alternatives: "condition → target". */
function movesOf(graph: PathwayGraph, node: PathwayNode): Move[] {
  return graph.edges
    .filter((e) => e.from === node.id)
    .flatMap((edge) => {
      const target = graph.nodes.find((n) => n.id === edge.to);
      return target ? [{ edge, target, back: target.initial && !target.parent }] : [];
    });
}

/** The citation after a label, with a space before it (the heading is inline: no run-together words). */
const cite = (node: PathwayNode) => (node.cite ? [' ', el('span', { class: 'cite' }, node.cite)] : []);

function moveItem(m: Move): HTMLElement {
  return el(
    'li',
    {},
    el('span', { class: 'cond' }, m.edge.label ?? 'Then'),
    ' → ',
    m.back ? 'back to ' : '',
    el('strong', {}, m.target.label),
  );
}

/** One of a region's alternatives: its name, the condition that puts a case there, its citation. */
function option(graph: PathwayGraph, node: PathwayNode): HTMLElement {
  const item = el(
    'li',
    { class: 'state option', 'data-state': node.id },
    el('strong', { class: 'name' }, node.label),
    ...cite(node),
  );
  if (node.when) item.append(el('span', { class: 'when' }, `If: ${node.when}`));
  const kids = childrenOf(graph, node.id);
  if (kids.length) item.append(alternatives(graph, kids));
  return item;
}

function alternatives(graph: PathwayGraph, kids: PathwayNode[]): HTMLElement {
  return el('ul', { class: 'options' }, ...kids.map((k) => option(graph, k)));
}

/** A region of a step that runs alongside others: its heading, then its alternatives or its own regions. */
function region(graph: PathwayGraph, node: PathwayNode, depth: number): HTMLElement {
  const kids = childrenOf(graph, node.id);
  const heading = el(`h${Math.min(4 + depth, 6)}` as 'h4', {}, node.label);
  if (node.parallel) heading.append(' ', el('span', { class: 'tag' }, 'side by side'));
  const box = el('li', { class: 'state region', 'data-state': node.id }, heading, ...cite(node));
  if (factsDecide(graph, kids)) box.append(alternatives(graph, kids));
  else if (kids.length)
    box.append(el('ul', { class: 'regions parallel' }, ...kids.map((k) => region(graph, k, depth + 1))));
  return box;
}

function step(graph: PathwayGraph, node: PathwayNode): HTMLElement {
  const kids = childrenOf(graph, node.id);
  const heading = el('h3', {}, node.label);
  if (node.initial) heading.prepend(el('span', { class: 'tag' }, 'Start'), ' ');
  const box = el(
    'li',
    { class: `state step${node.initial ? ' start' : ''}${kids.length ? ' compound' : ''}`, 'data-state': node.id },
    heading,
    ...cite(node),
  );
  const moves = movesOf(graph, node);
  if (moves.length) box.append(el('ul', { class: 'moves' }, ...moves.map(moveItem)));
  if (kids.length) {
    box.append(
      factsDecide(graph, kids)
        ? alternatives(graph, kids)
        : el('ul', { class: 'regions parallel' }, ...kids.map((k) => region(graph, k, 0))),
    );
  }
  return box;
}

/** The text alternative: every step in order, as sentences, with its conditions and citations. */
function textStep(graph: PathwayGraph, node: PathwayNode): HTMLElement {
  const kids = childrenOf(graph, node.id);
  const item = el('li', { 'data-step': node.id }, el('strong', {}, node.label));
  if (node.initial && !node.parent) item.append(' (start)');
  if (node.cite) item.append(` ${node.cite}`);
  if (node.when) item.append(`. If: ${node.when}`);
  const moves = node.parent ? [] : movesOf(graph, node);
  if (moves.length) {
    item.append(
      el(
        'ul',
        {},
        ...moves.map((m) => el('li', {}, `${m.edge.label ?? 'Then'} → ${m.back ? 'back to ' : ''}${m.target.label}`)),
      ),
    );
  }
  if (kids.length) {
    const tag = factsDecide(graph, kids) ? 'ul' : 'ol';
    item.append(el(tag, {}, ...kids.map((k) => textStep(graph, k))));
  }
  return item;
}

/**
 * The flowchart (top-level steps in order, a step's side-by-side regions, each region's alternatives with the
 * condition that puts a case there) and, before it, its text version.
 */
export function renderMap(graph: PathwayGraph): DocumentFragment {
  const top = childrenOf(graph, undefined);
  const text = el(
    'details',
    { class: 'map-text' },
    el('summary', {}, 'Text version: the steps in order'),
    el('ol', { class: 'steps-text', 'aria-label': 'Pathway steps in order' }, ...top.map((n) => textStep(graph, n))),
  );
  const chart = el('ol', { class: 'flow', 'aria-label': 'Pathway map' }, ...top.map((n) => step(graph, n)));
  const fragment = document.createDocumentFragment();
  fragment.append(text, chart);
  return fragment;
}

export async function mountPathwayMap(container: HTMLElement): Promise<void> {
  try {
    const res = await fetch('pathway.json', { cache: 'no-cache' });
    if (!res.ok) throw new Error(String(res.status));
    const graph = (await res.json()) as PathwayGraph;
    if (!graph.nodes?.length) throw new Error('empty');
    container.replaceChildren(renderMap(graph));
  } catch {
    container.replaceChildren(el('p', {}, 'The pathway map is not available in this build.'));
  }
}
