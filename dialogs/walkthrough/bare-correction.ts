import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { normalize } from '../../src/clinical/language/normalize.js';

/**
 * A corrected number said without its label ("make that 28 not 58", "sorry, twenty eight not fifty eight", "it's 81,
 * not 61"): the figure it replaces names the fact, when exactly one of the case's figures has that value. The text is
 * read as the labelled correction ("eGFR 28"), which the case reader already knows. Each fact a data row with an
 * example (test/walkthrough/bare-correction.test.ts).
 */
const BARE =
  /^(?:(?:sorry|oops|correction|actually|no|ok|okay|make (?:that|it)|it'?s|that'?s|(?:that )?should be|i meant?|meant|typo)[,:;.]?\s+)*(\d{1,3}(?:\.\d{1,2})?)(?:\s?(?:kg|kilos?))?,?\s+(?:not|rather than|instead of)\s+(\d{1,3}(?:\.\d{1,2})?)(?:\s?(?:kg|kilos?))?\s*[.!]?$/i;

const NOT_WORD = /\b(?:not|rather than|instead of)\b/i;

export const BARE_CORRECTION_FACTS: readonly {
  example: string;
  value: (f: CaseFacts) => number | undefined;
  label: (n: string) => string;
}[] = [
  { example: 'make that 81 not 61 (age 61)', value: (f) => f.age, label: (n) => `age ${n}` },
  { example: 'make that 28 not 58 (eGFR 58)', value: (f) => f.renal?.egfr, label: (n) => `eGFR ${n}` },
  { example: 'make that 28 not 58 (CrCl 58)', value: (f) => f.renal?.crcl, label: (n) => `CrCl ${n}` },
  { example: 'make that 62 not 72 (weight 72 kg)', value: (f) => f.weightKg, label: (n) => `weight ${n} kg` },
  {
    example: 'make that 1.9 not 1.2 (creatinine 1.2 mg/dL)',
    value: (f) => f.renal?.creatinineMgDl,
    label: (n) => `creatinine ${n} mg/dL`,
  },
];

/** The labelled correction ("correction: eGFR 28"), or undefined when the text is not a bare one or its fact is unclear. */
export function labelledCorrection(text: string, facts: CaseFacts): string | undefined {
  // the turn's shared reading (spoken numbers read once a turn); most texts say no "not" and are never read here
  if (text.length > 80 || !NOT_WORD.test(text)) return undefined;
  const m = BARE.exec(normalize(text).trim());
  if (!m) return undefined;
  const [, now, was] = m;
  const rows = BARE_CORRECTION_FACTS.filter((r) => r.value(facts) === Number(was));
  return rows.length === 1 ? `correction: ${rows[0]!.label(now!)} not ${was}` : undefined;
}
