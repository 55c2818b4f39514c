import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/** Generated questions: whatever is typed, one safe reply, and never a dose for a drug the guideline says to avoid. */
const DOSED = [
  'duloxetine',
  'cymbalta',
  'naproxen',
  'aleve',
  'ibuprofen',
  'motrin',
  'tramadol',
  'gabapentin',
  'lyrica',
  'tylenol',
];
const AVOID = ['diazepam', 'valium', 'xanax', 'prednisone', 'medrol dose pack', 'dexamethasone', 'lorazepam'];
const AMOUNT = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }).map(String),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => n.toFixed(2)),
);
const UNIT = fc.constantFrom('', ' mg', 'mg', ' g', ' mcg/hr', ' mcg', ' ml', ' tabs');
const FREQ = fc.constantFrom(
  '',
  ' bid',
  ' tid',
  ' qid',
  ' daily',
  ' q6h',
  ' q4h',
  ' prn',
  ' /day',
  ' twice a day',
  ' x3',
);
const TAIL = fc.constantFrom(
  '',
  '?',
  ' adequate?',
  ' ok?',
  ' enough?',
  ' in an 85 year old',
  ' with crcl 20',
  ' in cirrhosis',
);

const safe = (messages: string[]): void => {
  expect(messages.length).toBeGreaterThanOrEqual(1);
  for (const m of messages) {
    expect(m.length).toBeGreaterThan(0);
    expect(m).not.toMatch(/undefined|NaN|\[object|Infinity/);
  }
};

describe('generated questions', () => {
  it('any text: one safe reply, no throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        safe(ask(text));
      }),
      { numRuns: 300 },
    );
  });

  it('any dose of a pathway drug: a verdict, a question or a safe refusal, always with one message', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DOSED), AMOUNT, UNIT, FREQ, TAIL, (drug, amount, unit, freq, tail) => {
        const messages = ask(`${drug} ${amount}${unit}${freq}${tail}`);
        expect(messages).toHaveLength(1);
        safe(messages);
      }),
      { numRuns: 400 },
    );
  });

  it('an avoid drug with any dose never gets a dose back', () => {
    fc.assert(
      fc.property(fc.constantFrom(...AVOID), AMOUNT, UNIT, FREQ, TAIL, (drug, amount, unit, freq, tail) => {
        const [reply] = ask(`${drug} ${amount}${unit}${freq}${tail}`);
        expect(reply).toMatch(/avoid|do not prescribe/i);
        expect(reply).not.toMatch(/\d\s*mg\b/);
      }),
      { numRuns: 300 },
    );
  });
});
