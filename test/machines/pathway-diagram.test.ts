import type { AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { pathwayDiagram } from '../../machines/pathway.js';
import { pathwayMachine } from '../../machines/pathway-machine.js';

function walk(node: AnyStateNode): AnyStateNode[] {
  return [node, ...(Object.values(node.states) as AnyStateNode[]).flatMap(walk)];
}

describe('pathwayDiagram', () => {
  const diagram = pathwayDiagram();
  const nodes = walk(pathwayMachine.root).slice(1);

  it('is a Mermaid stateDiagram-v2 naming every state of the machine', () => {
    expect(diagram.split('\n')[0]).toBe('stateDiagram-v2');
    for (const n of nodes) expect(diagram).toContain(`state "${n.key}" as ${n.id.replace(/[^A-Za-z0-9]/g, '_')}`);
  });

  it('draws one arrow per targeted transition and one initial arrow per compound state (generated, not drawn by hand)', () => {
    const targeted = nodes
      .flatMap((n) => [...[...n.transitions.values()].flat(), ...(n.always ?? [])])
      .flatMap((t) => t.target ?? []);
    const compound = [pathwayMachine.root, ...nodes].filter((n) => n.type === 'compound');
    const arrows = diagram.split('\n').filter((l) => l.includes('-->'));
    expect(arrows.filter((l) => l.trim().startsWith('[*]'))).toHaveLength(compound.length);
    expect(arrows.filter((l) => !l.trim().startsWith('[*]'))).toHaveLength(targeted.length);
    expect(diagram).toContain('pathway_redFlagScreen --> pathway_urgentEvaluation : anyRedFlag');
    expect(diagram).toContain('pathway_care_opioidGate_closed --> pathway_care_opioidGate_open : when open');
  });

  it('separates parallel regions with --', () => {
    const parallel = nodes.filter((n) => n.type === 'parallel');
    expect(parallel.map((n) => n.key)).toEqual(['care', 'escalation']);
    const separators = parallel.reduce((sum, n) => sum + Object.keys(n.states).length - 1, 0);
    expect(diagram.split('\n').filter((l) => l.trim() === '--')).toHaveLength(separators);
  });
});
