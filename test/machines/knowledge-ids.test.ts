import type { AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { hasEntry } from '../../src/clinical/knowledge/knowledge-base.js';
import { redFlagIdSchema } from '../../src/clinical/case/case-facts.js';
import { MACHINE_KNOWLEDGE_IDS } from '../../machines/knowledge-ids.js';
import { pathwayMachine } from '../../machines/pathway-machine.js';
import { recId, type StateMeta } from '../../machines/state-meta.js';

function metaIds(node: AnyStateNode): string[] {
  const own = ((node.meta as StateMeta | undefined)?.recommends ?? []).map(recId);
  return [...own, ...Object.values(node.states).flatMap((child) => metaIds(child as AnyStateNode))];
}

describe('knowledge ids named by the statechart', () => {
  it('every id the machine module names exists in src/knowledge', () => {
    expect(MACHINE_KNOWLEDGE_IDS.filter((id) => !hasEntry(id))).toEqual([]);
  });

  it('every id in a state meta is a known id, and every red flag has its entry', () => {
    const ids = metaIds(pathwayMachine.root);
    expect(ids.length).toBeGreaterThan(40);
    expect(ids.filter((id) => !hasEntry(id))).toEqual([]);
    expect(redFlagIdSchema.options.map((f) => `redflag.${f}`).filter((id) => !hasEntry(id))).toEqual([]);
  });
});
