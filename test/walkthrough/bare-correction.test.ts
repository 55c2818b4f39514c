import { describe, expect, it } from 'vitest';
import { BARE_CORRECTION_FACTS, labelledCorrection } from '../../dialogs/walkthrough/bare-correction.js';
import { emptyFacts } from '../../src/clinical/case/case-facts.js';
import { converse } from '../helpers/conversation.js';

/**
 * Dictated and bare corrections mid-case ("sorry she is eighty one, not sixty one", "make that 28 not 58" after an
 * eGFR, "correction, weight is sixty two kilos"): read, the case re-judged, never "I could not read that".
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `bare-correction-${n++}`, at: AT });
const json = (s: unknown) => JSON.stringify(s);
const CASE = '70F chronic LBP 1 yr, axial, no red flags, naproxen 500 bd 6 wks failed';

describe('corrections in number words or without a label', () => {
  it.each([
    ['sorry she is eighty one, not sixty one', '"age":81'],
    ['sorry she is 81, not 61', '"age":81'],
    ['correction: age eighty one not seventy', '"age":81'],
  ])('age: "%s"', (say, fact) => {
    const { replies, state } = run(CASE, say);
    expect(replies[1]).not.toContain('could not read');
    expect(json(state)).toContain(fact);
  });

  it.each(['make that 28 not 58', 'sorry, twenty eight not fifty eight', "it's 28, not 58"])(
    'eGFR given before: "%s"',
    (say) => {
      const { replies, state } = run(`${CASE}, eGFR 58`, say);
      expect(replies[1]).not.toContain('could not read');
      expect(replies[1]).toContain('eGFR 28');
      expect(json(state)).toContain('"egfr":28');
    },
  );

  it('weight in words: "correction, weight is sixty two kilos"', () => {
    const { replies, state } = run(`${CASE}, weight 80 kg`, 'correction, weight is sixty two kilos');
    expect(replies[1]).not.toContain('could not read');
    expect(json(state)).toContain('"weightKg":62');
  });

  it('contrast: a bare pair matching no case figure is left alone', () => {
    expect(labelledCorrection('make that 28 not 58', { ...emptyFacts(), age: 70 })).toBeUndefined();
  });

  it('contrast: two figures with the replaced value: unclear, left alone', () => {
    expect(
      labelledCorrection('make that 28 not 58', { ...emptyFacts(), age: 58, renal: { egfr: 58 } }),
    ).toBeUndefined();
  });

  it('each row reads its example', () => {
    for (const row of BARE_CORRECTION_FACTS) expect(row.example).toMatch(/not/);
    expect(labelledCorrection('make that 62 not 72', { ...emptyFacts(), weightKg: 72 })).toBe(
      'correction: weight 62 kg not 72',
    );
    expect(labelledCorrection('make that 1.9 not 1.2', { ...emptyFacts(), renal: { creatinineMgDl: 1.2 } })).toBe(
      'correction: creatinine 1.9 mg/dL not 1.2',
    );
  });
});
