import type { AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { hasEntry } from '../../src/clinical/knowledge/knowledge-base.js';
import { redFlagIdSchema } from '../../src/clinical/case/case-facts.js';
import { OPIOID_START_IDS } from '../../machines/knowledge-ids.js';
import { pathwayMachine } from '../../machines/pathway-machine.js';
import { recId, type StateMeta } from '../../machines/state-meta.js';

function metaIds(node: AnyStateNode): string[] {
  const own = ((node.meta as StateMeta | undefined)?.recommends ?? []).map(recId);
  return [...own, ...Object.values(node.states).flatMap((child) => metaIds(child as AnyStateNode))];
}

describe('knowledge ids named by the statechart', () => {
  // The KnowledgeId type is generated from the entries (test/knowledge/knowledge-ids.test.ts); the runtime lists too.
  it('every opioid-start id exists in src/knowledge', () => {
    expect(OPIOID_START_IDS.filter((id) => !hasEntry(id))).toEqual([]);
  });

  it('every id in a state meta is a known id, and every red flag has its entry', () => {
    const ids = metaIds(pathwayMachine.root);
    expect(ids.length).toBeGreaterThan(40);
    expect(ids.filter((id) => !hasEntry(id))).toEqual([]);
    expect(redFlagIdSchema.options.map((f) => `redflag.${f}`).filter((id) => !hasEntry(id))).toEqual([]);
  });
});
