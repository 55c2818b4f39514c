import { describe, expect, it } from 'vitest';
import { knowledgeEntrySchema, knowledgeSetSchema } from '../../src/clinical/knowledge/entry-schema.js';
import { getEntry, knowledge, reviewSummary } from '../../src/clinical/knowledge/knowledge-base.js';

/**
 * A reference fact is `review: 'pending'` until someone confirms it against the primary label; a confirmed fact
 * says who (a role is enough), when, and which label edition was checked. Nothing less counts as confirmed.
 */
const pending = getEntry('label.tramadol');
const confirmation = {
  review: 'confirmed',
  reviewer: 'clinical pharmacist',
  reviewedOn: '2026-12-10',
  labelEdition: 'Ultram (tramadol) US prescribing information, revised 03/2023',
} as const;

const parses = (entry: unknown) => knowledgeEntrySchema.safeParse(entry).success;

describe('review state of a reference fact', () => {
  it('every entry in the knowledge is still pending: nobody has confirmed any yet', () => {
    const reference = knowledge.filter((e) => e.origin === 'reference');
    expect(
      reference.filter((e) => e.review !== 'pending').map((e) => e.id),
      'the first confirmed fact: make dialogs/citation-book.ts and dialogs/walkthrough/chart-note.ts say each ' +
        "source's own review state (today they say 'review pending' for every reference source), then drop this test",
    ).toEqual([]);
  });

  it('accepts pending, and confirmed with reviewer, date and label edition', () => {
    expect(parses(pending)).toBe(true);
    expect(parses({ ...pending, ...confirmation })).toBe(true);
    expect(knowledgeSetSchema.safeParse([{ ...pending, ...confirmation }]).success).toBe(true);
  });

  it('rejects a confirmed fact without reviewer, date or label edition', () => {
    for (const field of ['reviewer', 'reviewedOn', 'labelEdition'] as const) {
      const { [field]: _dropped, ...rest } = confirmation;
      expect(parses({ ...pending, ...rest }), `without ${field}`).toBe(false);
      expect(parses({ ...pending, ...confirmation, [field]: '' }), `empty ${field}`).toBe(false);
    }
  });

  it('rejects a confirmation date that is not a calendar date, and an unknown review state', () => {
    for (const reviewedOn of ['10/12/2026', '2026-13-01', '2026-02-30', 'yesterday']) {
      expect(parses({ ...pending, ...confirmation, reviewedOn }), reviewedOn).toBe(false);
    }
    expect(parses({ ...pending, review: 'approved' })).toBe(false);
    expect(parses({ ...pending, review: undefined })).toBe(false);
  });

  it('a pending fact carries no reviewer fields (they would look like a confirmation)', () => {
    expect(parses({ ...pending, reviewer: 'clinical pharmacist' })).toBe(false);
    expect(parses({ ...pending, labelEdition: 'some edition' })).toBe(false);
  });

  it('a guideline entry has no review state: it is the guideline', () => {
    expect(parses({ ...getEntry('nondrug.massage'), review: 'pending' })).toBe(false);
  });

  it('the summary counts pending and confirmed facts from the data', () => {
    const reference = knowledge.filter((e) => e.origin === 'reference');
    const summary = reviewSummary();
    expect(summary.pendingReview).toBe(reference.length);
    expect(summary.confirmed).toBe(0);
    expect(summary.reference).toBe(summary.pendingReview + summary.confirmed);
  });
});
