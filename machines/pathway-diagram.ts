import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import { pathwayMachine } from './pathway-machine.js';

/** A transition as the labeller sees it: its guard's name (if any), and the target state's path. */
export interface TransitionRef {
  guard?: string;
  /** For the region guard (`inRegionState`): the state the facts put the region in. */
  regionState?: string;
  event: string;
  /** The target's path from the root, e.g. 'care.escalation.drug.tramadol'. */
  to: string;
}

/** The words the diagram writes for states and transitions; the states and transitions come from the machine. */
export interface DiagramLabels {
  /** A state's label, by its path from the root ('care.escalation.drug'). */
  state(path: string): string;
  transition(t: TransitionRef): string;
}

/** The machine's own names: state keys and guard names (docs/pathway.md shows this diagram). */
export const MACHINE_LABELS: DiagramLabels = {
  state: (path) => path.split('.').at(-1) ?? path,
  transition: ({ guard, regionState, event }) =>
    guard === 'inRegionState' && regionState ? `when ${regionState}` : (guard ?? (event || 'always')),
};

/**
 * Mermaid stateDiagram-v2 generated from the machine definition (used by docs/pathway.md and the personal tab).
 * `labels` names what is drawn (the tab uses the clinical labels, machines/clinical-labels.ts); the default keeps
 * the machine's own names.
 */
export function pathwayDiagram(labels: DiagramLabels = MACHINE_LABELS): string {
  return ['stateDiagram-v2', ...block(pathwayMachine.root, 1, labels)].join('\n');
}

/** The diagram's id for the state at `path` ('care.escalation' -> 'pathway_care_escalation'). */
export function diagramNodeId(path: string): string {
  return `${pathwayMachine.id}.${path}`.replace(/[^A-Za-z0-9]/g, '_');
}

const pathOf = (n: AnyStateNode) => n.path.join('.');
const nodeId = (n: AnyStateNode) => diagramNodeId(pathOf(n));

/** A label inside the diagram: one line, no double quote (Mermaid's delimiter). */
function safe(label: string, what: string): string {
  if (!label.trim() || /["\n]/.test(label)) throw new Error(`pathwayDiagram: unusable label for ${what}: ${label}`);
  return label;
}

function transitionRef(t: AnyTransitionDefinition, target: AnyStateNode): TransitionRef {
  const g = t.guard as unknown;
  const ref: TransitionRef = { event: t.eventType, to: pathOf(target) };
  if (typeof g === 'string') ref.guard = g;
  else if (g) {
    const { type, params } = g as { type?: string; params?: Record<string, unknown> };
    ref.guard = String(type ?? 'guard');
    if (type === 'inRegionState' && params) ref.regionState = String(params.state);
  }
  return ref;
}

function transitionsOf(n: AnyStateNode): AnyTransitionDefinition[] {
  return [...[...n.transitions.values()].flat(), ...(n.always ?? [])];
}

/** The lines inside one compound/parallel state: children, initial arrow, sibling transitions. */
function block(parent: AnyStateNode, depth: number, labels: DiagramLabels): string[] {
  const pad = '  '.repeat(depth);
  const children = Object.values(parent.states) as AnyStateNode[];
  const lines: string[] = [];
  children.forEach((child, i) => {
    if (parent.type === 'parallel' && i > 0) lines.push(`${pad}--`);
    lines.push(`${pad}state "${safe(labels.state(pathOf(child)), pathOf(child))}" as ${nodeId(child)}`);
    if (Object.keys(child.states).length > 0) {
      lines.push(`${pad}state ${nodeId(child)} {`, ...block(child, depth + 1, labels), `${pad}}`);
    }
  });
  if (parent.type === 'compound') {
    const initial = parent.initial?.target?.[0] as AnyStateNode | undefined;
    if (initial) lines.push(`${pad}[*] --> ${nodeId(initial)}`);
  }
  for (const child of children) {
    for (const t of transitionsOf(child)) {
      for (const target of (t.target ?? []) as AnyStateNode[]) {
        const label = safe(labels.transition(transitionRef(t, target)), `${pathOf(child)} -> ${pathOf(target)}`);
        lines.push(`${pad}${nodeId(child)} --> ${nodeId(target)} : ${label}`);
      }
    }
  }
  return lines;
}
