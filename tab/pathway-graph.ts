/**
 * The pathway map's data, parsed from the Mermaid stateDiagram-v2 that machines/pathway.ts generates from the
 * statechart definition (pathwayDiagram()). Nothing here is drawn by hand: states and transitions come from the
 * machine, so the map changes when the machine does.
 */
export interface PathwayNode {
  id: string;
  label: string;
  /** Enclosing compound state, if any. */
  parent?: string;
  /** Start state of the machine or of its parent. */
  initial: boolean;
  final: boolean;
  /** A compound state whose children are parallel regions (all active at once). */
  parallel?: boolean;
  /** Added at build time from the clinical labels: when the facts put a case in this state, in plain words. */
  when?: string;
  /** Added at build time: the label's sources as shown ("[1, 2]", "Reference §6"). */
  cite?: string;
}
export interface PathwayEdge {
  from: string;
  to: string;
  label?: string;
}
export interface PathwayGraph {
  nodes: PathwayNode[];
  edges: PathwayEdge[];
}

const STATE_LABEL = /^state\s+"([^"]+)"\s+as\s+([\w.]+)\s*$/;
const STATE_OPEN = /^state\s+(?:"([^"]+)"\s+as\s+)?([\w.]+)\s*\{\s*$/;
const DESCRIPTION = /^([\w.]+)\s*:\s*(.+)$/;
const TRANSITION = /^(\[\*\]|[\w.]+)\s*-->\s*(\[\*\]|[\w.]+)\s*(?::\s*(.+))?$/;

export function parseStateDiagram(mermaid: string): PathwayGraph {
  const nodes = new Map<string, PathwayNode>();
  const edges: PathwayEdge[] = [];
  const stack: string[] = [];
  const node = (id: string): PathwayNode => {
    let n = nodes.get(id);
    if (!n) {
      const parent = stack.at(-1);
      n = { id, label: id, initial: false, final: false, ...(parent ? { parent } : {}) };
      nodes.set(id, n);
    }
    return n;
  };
  for (const raw of mermaid.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('%%') || /^stateDiagram/.test(line) || /^(direction|classDef|class|note)\b/.test(line))
      continue;
    if (line === '}') {
      stack.pop();
      continue;
    }
    if (line === '--') {
      const parent = stack.at(-1);
      if (parent) node(parent).parallel = true;
      continue;
    }
    const open = line.match(STATE_OPEN);
    if (open) {
      const n = node(open[2]!);
      if (open[1]) n.label = open[1];
      stack.push(n.id);
      continue;
    }
    const labelled = line.match(STATE_LABEL);
    if (labelled) {
      node(labelled[2]!).label = labelled[1]!;
      continue;
    }
    const transition = line.match(TRANSITION);
    if (transition) {
      const [, from, to, label] = transition;
      if (from === '[*]') node(to!).initial = true;
      else if (to === '[*]') node(from!).final = true;
      else {
        node(from!);
        node(to!);
        edges.push({ from: from!, to: to!, ...(label ? { label: label.trim() } : {}) });
      }
      continue;
    }
    const described = line.match(DESCRIPTION);
    if (described) {
      const n = node(described[1]!);
      if (n.label === n.id) n.label = described[2]!.trim();
    }
  }
  return { nodes: [...nodes.values()], edges };
}
