import { describe, expect, it } from 'vitest';
import { findDrugs, THYROID_CONTEXT_ROWS } from '../../src/clinical/language/find-drugs.js';

/**
 * Class: a bare "T3"/"T4" with a tablet sig is Tylenol #3/#4 (codeine) only with no thyroid context: thyroid words
 * in its sentence ("hypothyroid", "thyroxine", "free T4", "TSH") or a microgram strength make it the hormone.
 */
const codeine = (t: string): boolean => findDrugs(t.toLowerCase()).some((m) => m.drug === 'codeine');

describe('T3/T4: thyroid hormone or codeine tablet', () => {
  it.each(THYROID_CONTEXT_ROWS.map((r) => [r.example, r.counter]))('hormone: %j; codeine: %j', (example, counter) => {
    expect(codeine(example)).toBe(false);
    expect(codeine(counter)).toBe(true);
  });

  it.each([
    ['case', '60F CLBP RF neg. Hypothyroid on T4 1 po daily. Naproxen 500 bd 6 wk helps.'],
    ['EHR list', 'Meds: T4 1 tab od (levothyroxine), naproxen 500 bd'],
    ['micrograms', 'on T4 75 mcg 1 po daily'],
    ['TSH', 'TSH normal on T3 1 po daily'],
  ])('hormone, %s: %j', (_style, t) => {
    expect(codeine(t)).toBe(false);
  });

  it.each([
    ['NP', 't3 2 q4h prn mme?'],
    ['thyroid in another sentence', 'Hypothyroid, on levothyroxine. For pain: T3 1-2 tabs q6h prn.'],
  ])('codeine, %s: %j', (_style, t) => {
    expect(codeine(t)).toBe(true);
  });
});
