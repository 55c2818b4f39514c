import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import { pathwayMachine } from './pathway-machine.js';

/** Mermaid stateDiagram-v2 generated from the machine definition (used by docs/pathway.md and the personal tab). */
export function pathwayDiagram(): string {
  return ['stateDiagram-v2', ...block(pathwayMachine.root, 1)].join('\n');
}

const nodeId = (n: AnyStateNode) => n.id.replace(/[^A-Za-z0-9]/g, '_');

function guardLabel(t: AnyTransitionDefinition): string {
  const g = t.guard as unknown;
  if (!g) return t.eventType || 'always';
  if (typeof g === 'string') return g;
  const { type, params } = g as { type?: string; params?: Record<string, unknown> };
  return type === 'inRegionState' && params ? `when ${String(params.state)}` : String(type ?? 'guard');
}

function transitionsOf(n: AnyStateNode): AnyTransitionDefinition[] {
  return [...[...n.transitions.values()].flat(), ...(n.always ?? [])];
}

/** The lines inside one compound/parallel state: children, initial arrow, sibling transitions. */
function block(parent: AnyStateNode, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const children = Object.values(parent.states) as AnyStateNode[];
  const lines: string[] = [];
  children.forEach((child, i) => {
    if (parent.type === 'parallel' && i > 0) lines.push(`${pad}--`);
    lines.push(`${pad}state "${child.key}" as ${nodeId(child)}`);
    if (Object.keys(child.states).length > 0) {
      lines.push(`${pad}state ${nodeId(child)} {`, ...block(child, depth + 1), `${pad}}`);
    }
  });
  if (parent.type === 'compound') {
    const initial = parent.initial?.target?.[0] as AnyStateNode | undefined;
    if (initial) lines.push(`${pad}[*] --> ${nodeId(initial)}`);
  }
  for (const child of children) {
    for (const t of transitionsOf(child)) {
      for (const target of (t.target ?? []) as AnyStateNode[]) {
        lines.push(`${pad}${nodeId(child)} --> ${nodeId(target)} : ${guardLabel(t)}`);
      }
    }
  }
  return lines;
}
