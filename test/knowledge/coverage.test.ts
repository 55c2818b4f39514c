import { describe, expect, it } from 'vitest';
import { knowledge } from '../../src/clinical/knowledge/knowledge-base.js';
import { CLINICAL_REFERENCE, SEED_TEXT } from './seed-text.js';

const quotes = knowledge.flatMap((e) => (e.origin === 'guideline' ? [e.quote] : []));
const CITES_AT_END = /\.?\s+\d(?:, \d)*:?$/;

describe('coverage of the guideline and the reference', () => {
  it('every bullet and every cited sentence of the guideline is encoded by an entry', () => {
    const lines = SEED_TEXT.split('\n').filter((l) => l.startsWith('- ') || CITES_AT_END.test(l));
    expect(lines.length).toBeGreaterThan(40);
    const uncovered = lines
      .map((l) => l.replace(/^- /, '').replace(CITES_AT_END, ''))
      .filter((sentence) => !quotes.some((q) => sentence === q || sentence.endsWith(q) || sentence.startsWith(q)));
    expect(uncovered).toEqual([]);
  });

  it('every number in an entry text occurs in the guideline or the clinical reference', () => {
    const numbers = (text: string) => [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, ''));
    const known = new Set([...numbers(SEED_TEXT), ...numbers(CLINICAL_REFERENCE)]);
    const unknown = knowledge.flatMap((e) =>
      numbers(e.text)
        .filter((n) => !known.has(n))
        .map((n) => `${e.id}: ${n}`),
    );
    expect(unknown).toEqual([]);
  });

  it('a guideline entry carries an evidence level only where the text gives one (the non-drug lists)', () => {
    for (const e of knowledge) {
      if (e.origin === 'guideline' && e.evidence) expect(e.kind, e.id).toBe('nondrug');
    }
  });
});
