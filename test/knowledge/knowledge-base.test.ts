import { describe, expect, it } from 'vitest';
import { knowledgeSetSchema } from '../../src/clinical/knowledge/entry-schema.js';
import {
  CONTENT_VERSION,
  entriesFor,
  getEntry,
  hasEntry,
  knowledge,
  reviewSummary,
} from '../../src/clinical/knowledge/knowledge-base.js';
import { CONTRACTS_SECTION_A_IDS, SEED_TEXT } from './seed-text.js';

const guideline = knowledge.filter((e) => e.origin === 'guideline');
const reference = knowledge.filter((e) => e.origin === 'reference');

describe('knowledge base', () => {
  it('has every id agreed in contracts section A', () => {
    const missing = CONTRACTS_SECTION_A_IDS.filter((id) => !hasEntry(id));
    expect(missing).toEqual([]);
  });

  it('getEntry throws on an unknown id and returns known ones', () => {
    expect(() => getEntry('escalation.dulox')).toThrow(/Unknown knowledge id/);
    expect(getEntry('escalation.duloxetine').kind).toBe('recommendation');
  });

  it('every guideline entry quotes the seed text verbatim and carries citations', () => {
    for (const entry of guideline) {
      expect(entry.cites.length, entry.id).toBeGreaterThan(0);
      expect(SEED_TEXT.includes(entry.quote), `${entry.id} quote not in seed: ${entry.quote}`).toBe(true);
    }
  });

  it('every reference entry names a source and is pending review', () => {
    expect(reference.length).toBeGreaterThan(0);
    for (const entry of reference) {
      expect(entry.source.length, entry.id).toBeGreaterThan(3);
      expect(entry.review, entry.id).toBe('pending');
    }
    expect(reviewSummary()).toMatchObject({ pendingReview: reference.length, contentVersion: CONTENT_VERSION });
  });

  it('rejects a duplicate id, a guideline entry without cites and a reference entry without review', () => {
    const entry = getEntry('nondrug.massage');
    expect(knowledgeSetSchema.safeParse([entry, entry]).success).toBe(false);
    expect(knowledgeSetSchema.safeParse([{ ...entry, cites: [] }]).success).toBe(false);
    expect(knowledgeSetSchema.safeParse([{ ...entry, cites: [7] }]).success).toBe(false);
    const label = getEntry('label.tramadol');
    expect(knowledgeSetSchema.safeParse([{ ...label, review: undefined }]).success).toBe(false);
    expect(knowledgeSetSchema.safeParse([{ ...label, source: undefined }]).success).toBe(false);
  });

  it('entriesFor lists guideline entries first, then the label notes', () => {
    const ids = entriesFor('tramadol').map((e) => e.id);
    expect(ids.slice(0, 1)).toEqual(['escalation.tramadol']);
    expect(ids).toEqual(expect.arrayContaining(['label.tramadol', 'renal.tramadol', 'age.tramadol', 'liver.tramadol']));
  });
});
