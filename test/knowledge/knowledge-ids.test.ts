import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_IDS, type KnowledgeId } from '../../src/clinical/knowledge/knowledge-ids.generated.js';
import { knowledge } from '../../src/clinical/knowledge/knowledge-base.js';

describe('generated knowledge ids', () => {
  it('list exactly the knowledge entries, in data order (else run scripts/generate-knowledge-ids.ts)', () => {
    expect([...KNOWLEDGE_IDS]).toEqual(knowledge.map((e) => e.id));
  });

  it('make a misspelt id a type error', () => {
    const known: KnowledgeId = 'renal.tramadol';
    // @ts-expect-error: no entry has this id
    const typo: KnowledgeId = 'renal.tramdol';
    expect([known, typo]).toHaveLength(2);
  });
});
