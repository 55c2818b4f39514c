import type { PathwayGraph, PathwayNode } from './pathway-graph.js';
import { el } from './dom.js';

/** "redFlagScreenDone" -> "Red flag screen done": the machine's keys are camelCase identifiers. */
export function humanize(label: string): string {
  if (!/^[a-z][A-Za-z0-9]*$/.test(label)) return label;
  const words = label.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Children in the order of the machine's definition, the initial one first. */
function childrenOf(graph: PathwayGraph, id: string | undefined): PathwayNode[] {
  const kids = graph.nodes.filter((n) => n.parent === id);
  return [...kids.filter((k) => k.initial), ...kids.filter((k) => !k.initial)];
}

function moves(graph: PathwayGraph, node: PathwayNode): HTMLElement | undefined {
  const out = graph.edges.filter((e) => e.from === node.id);
  if (!out.length) return undefined;
  const label = (id: string) => humanize(graph.nodes.find((n) => n.id === id)?.label ?? id);
  const trigger = (t: string | undefined) => (t ? humanize(t.replace(/^when /, '')).toLowerCase() : '');
  return el(
    'ul',
    { class: 'moves', 'aria-label': `Moves from ${humanize(node.label)}` },
    ...out.map((e) =>
      el(
        'li',
        {},
        `→ ${label(e.to)}${e.label && trigger(e.label) !== label(e.to).toLowerCase() ? `: ${trigger(e.label)}` : ''}`,
      ),
    ),
  );
}

function stateBox(graph: PathwayGraph, node: PathwayNode, depth: number): HTMLElement {
  const kids = childrenOf(graph, node.id);
  const heading = el(`h${Math.min(3 + depth, 6)}` as 'h3', {}, humanize(node.label));
  if (node.initial) heading.append(' ', el('span', { class: 'tag' }, 'start'));
  if (node.parallel) heading.append(' ', el('span', { class: 'tag' }, 'parallel: all at once'));
  const box = el(
    'li',
    { class: `state depth-${Math.min(depth, 3)}${kids.length ? ' compound' : ''}`, 'data-state': node.id },
    heading,
  );
  const m = moves(graph, node);
  if (m) box.append(m);
  if (kids.length) {
    box.append(
      el(
        'ul',
        { class: node.parallel ? 'regions parallel' : 'regions' },
        ...kids.map((k) => stateBox(graph, k, depth + 1)),
      ),
    );
  }
  return box;
}

/**
 * The statechart as nested, labelled boxes: the top-level steps in order, compound states holding their sub-steps,
 * parallel regions side by side, and each state's outgoing transitions as text (readable by screen readers).
 */
export function renderMap(graph: PathwayGraph): HTMLElement {
  return el(
    'ol',
    { class: 'flow', 'aria-label': 'Pathway steps' },
    ...childrenOf(graph, undefined).map((n) => stateBox(graph, n, 0)),
  );
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
