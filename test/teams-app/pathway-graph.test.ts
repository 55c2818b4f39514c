import { describe, expect, it } from 'vitest';
import { pathwayDiagram } from '../../machines/pathway.js';
import { parseStateDiagram } from '../../tab/pathway-graph.js';

describe('pathway map data parsed from the statechart diagram', () => {
  it('reads nesting, parallel regions, start states and labelled transitions', () => {
    const graph = parseStateDiagram(`stateDiagram-v2
  state "screen" as a
  state "care" as b
  state b {
    state "left" as b_l
    [*] --> b_l
    --
    state "right" as b_r
  }
  [*] --> a
  a --> b : done
  b --> a`);
    expect(graph.nodes).toEqual([
      { id: 'a', label: 'screen', initial: true, final: false },
      { id: 'b', label: 'care', initial: false, final: false, parallel: true },
      { id: 'b_l', label: 'left', initial: true, final: false, parent: 'b' },
      { id: 'b_r', label: 'right', initial: false, final: false, parent: 'b' },
    ]);
    expect(graph.edges).toEqual([
      { from: 'a', to: 'b', label: 'done' },
      { from: 'b', to: 'a' },
    ]);
  });

  it('keeps every state and transition of the real machine', () => {
    const mermaid = pathwayDiagram();
    const graph = parseStateDiagram(mermaid);
    const declared = [...mermaid.matchAll(/state "[^"]+" as ([\w.]+)/g)].map((m) => m[1]);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([...new Set(declared)].sort());
    const transitions = mermaid.split('\n').filter((l) => l.includes('-->') && !l.includes('[*]'));
    expect(graph.edges).toHaveLength(transitions.length);
    expect(graph.nodes.filter((n) => !n.parent && n.initial)).toHaveLength(1);
  });
});
