import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/** "1-2 a day" after a tablet's amount, no tablet word: the doses a day, the MME read at the most (the upper end). */
const reply = (text: string): string => ask(text).join('\n\n');

describe('a count range a day after the amount is read at its most', () => {
  it.each([
    [
      'terse',
      "Her husband's oxycodone 10 mg - she has been sneaking 1-2 a day. Also on diazepam 5 nocte. Safe?",
      '30 MME/day',
    ],
    ['GP', 'oxycodone 10 mg 1-2 a day, MME?', '30 MME/day'],
    ['NP', 'morphine 10mg, takes 2-3 per day, MME?', '30 MME/day'],
  ])('%s: "%s"', (_style, text, mme) => {
    expect(reply(text)).toContain(mme);
  });

  it.each([
    ['oxycodone 10 mg bd, MME?', '30 MME/day'],
    ['oxycodone 10 mg a day, MME?', '15 MME/day'],
  ])('contrast: a fixed regimen keeps its reading "%s"', (text, mme) => {
    expect(reply(text)).toContain(mme);
  });
});
