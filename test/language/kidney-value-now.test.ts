import { describe, expect, it } from 'vitest';
import { measuresIn } from '../../src/clinical/language/measures.js';

/**
 * Class: of two eGFR values, the one marked current ("today", "repeat", "last week", "on recent bloods") is the
 * kidney function now, whatever its order; a dated value ("in 2023", "two years ago", "(Jan)") is past.
 */
const egfr = (t: string): number | undefined => measuresIn(t.toLowerCase()).renal?.egfr;

describe('the eGFR now', () => {
  it.each([
    [
      'dated then today',
      '78F CLBP 6 mo RF neg. Gabapentin 300 tds 3 wk, helping a bit. eGFR 65 in 2023, eGFR today 28.',
      28,
    ],
    ['arrow, recent bloods', 'eGFR: 65 two years ago -> 28 on recent bloods.', 28],
    ['repeat last week after an older value', '75F CLBP 6 mo, RF neg. eGFR 28 (Jan), repeat eGFR 65 last week.', 65],
    ['EHR, latest', 'eGFR 70 (2022); eGFR latest 35', 35],
    ['recent', 'egfr 55 last year, recent egfr 30', 30],
  ])('%s: %j', (_style, t, value) => {
    expect(egfr(t)).toBe(value);
  });

  it.each([
    ['one value', 'eGFR 45', 45],
    ['baseline then now', 'eGFR was 75 in 2022, now 25', 25],
    ['last year then plain', 'eGFR 60 last year; eGFR 28', 28],
  ])('contrast, %s: %j', (_style, t, value) => {
    expect(egfr(t)).toBe(value);
  });
});
