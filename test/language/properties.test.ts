import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseFactsSchema, factKeySchema } from '../../src/clinical/case/case-facts.js';
import { answerToFact, extractCaseFacts, findDrugs, parseDoseRegimen } from '../../src/clinical/language/index.js';

const AT = '2026-11-29T10:00:00.000Z';
const clinical = fc.constantFrom(
  'naproxen 500 bid',
  'no red flags',
  '?radicular',
  'x 6 wks',
  '9/12',
  'SBT 7, psych 4',
  'ODI 48',
  'since March',
  'CKD 3b',
  'PT',
  'Mr',
  'DOB',
  '58M',
  'q6-8h',
  'not tolerated',
  ',',
  '.',
  '\n',
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(fc.oneof(clinical, fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 60 })
    .map((a) => a.join(' ')),
);

describe('language layer never throws and stays within the schema', () => {
  it('extractCaseFacts on random unicode, emoji and clinical fragments', () => {
    fc.assert(
      fc.property(text, (t) => {
        const ex = extractCaseFacts(t, AT);
        expect(caseFactsSchema.partial().safeParse(ex.patch).success).toBe(true);
        expect(typeof ex.identifiers).toBe('boolean');
        expect(ex.understood.every((u) => typeof u === 'string' && u.length < 120)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('answerToFact, findDrugs and parseDoseRegimen on the same inputs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...factKeySchema.options), text, (key, t) => {
        const a = answerToFact(key, t, AT);
        if (a !== undefined) expect(caseFactsSchema.partial().safeParse(a).success).toBe(true);
        for (const m of findDrugs(t)) expect(m.end).toBeGreaterThan(m.start);
        parseDoseRegimen(t);
      }),
      { numRuns: 300 },
    );
  });

  it('handles huge strings, other languages and emoji', () => {
    const inputs = [
      'naproxen 500 bid, no relief, tingling down the leg. '.repeat(250),
      '😀🙏🔥'.repeat(4000),
      'Paciente con lumbalgia crónica, dolor irradiado a la pierna. '.repeat(200),
      '患者は慢性腰痛、ナプロキセン無効。'.repeat(700),
      'x'.repeat(12_000),
      '1'.repeat(12_000),
      '9/12/'.repeat(3000),
    ];
    for (const t of inputs) {
      expect(t.length).toBeGreaterThanOrEqual(10_000);
      const ex = extractCaseFacts(t, AT);
      expect(caseFactsSchema.partial().safeParse(ex.patch).success).toBe(true);
    }
    expect(extractCaseFacts('', 'not a date').patch).toEqual({});
  });
});
