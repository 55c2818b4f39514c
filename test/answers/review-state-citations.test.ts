import { describe, expect, it } from 'vitest';
import { CitationBook, reviewWords } from '../../dialogs/citation-book.js';
import { chartSource } from '../../dialogs/walkthrough/chart-note.js';
import { getEntry } from '../../src/clinical/knowledge/knowledge-base.js';
import type { ReferenceEntry } from '../../src/clinical/knowledge/entry-schema.js';

/**
 * A reference source's review state comes from the entries cited, never a fixed "review pending"
 * (src/clinical/knowledge/entry-schema.ts: review is pending or confirmed).
 */
const pending = getEntry('label.tramadol') as ReferenceEntry;
const confirmed: ReferenceEntry = {
  ...pending,
  review: 'confirmed',
  reviewer: 'clinical pharmacist',
  reviewedOn: '2026-12-10',
  labelEdition: 'Ultram (tramadol) US prescribing information, revised 03/2023',
};

describe('review state shown beside a reference source', () => {
  it('words: confirmed only when every cited entry from the source is confirmed', () => {
    expect(reviewWords(['confirmed'])).toBe('review confirmed');
    expect(reviewWords(['confirmed', 'pending'])).toBe('review pending');
    expect(reviewWords([undefined])).toBe('review pending');
    expect(reviewWords([])).toBe('review pending');
  });

  it('the citation book says each source its own state', () => {
    const book = new CitationBook();
    book.cite([], 'Confirmed label', 'confirmed');
    book.cite([], 'Pending label', 'pending');
    book.cite([], 'Mixed label', 'confirmed');
    book.cite([], 'Mixed label', 'pending');
    book.cite([], 'Unknown state');
    const abstracts = Object.fromEntries(book.list().map((c) => [c.name, c.abstract]));
    expect(abstracts['Confirmed label']).toBe('Confirmed label. Clinical reference, review confirmed.');
    expect(abstracts['Pending label']).toBe('Pending label. Clinical reference, review pending.');
    expect(abstracts['Mixed label']).toBe('Mixed label. Clinical reference, review pending.');
    expect(abstracts['Unknown state']).toBe('Unknown state. Clinical reference, review pending.');
  });

  it('the chart note says the entry its own state', () => {
    expect(chartSource(pending)).toBe(`${pending.source}; review pending`);
    expect(chartSource(confirmed)).toBe(`${pending.source}; review confirmed`);
    expect(chartSource(getEntry('escalation.duloxetine'))).toMatch(/^guideline ref\. /);
  });
});
