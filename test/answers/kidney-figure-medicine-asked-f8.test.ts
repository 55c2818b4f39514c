import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

// A kidney figure asked with a medicine outside the pathway is a question, not a case fragment: "not covered" (with
// what the pathway covers) stands. A bare kidney figure is still offered as the start of a case.
const reply = (text: string): string => ask(text).join('\n');
const OFFER = 'That reads like part of a case';

describe('a medicine outside the pathway asked with a kidney figure', () => {
  it.each([
    ['terse', 'eGFR 25, can I give metformin?'],
    ['pharmacist', 'Rx metformin 500 bd, crcl 20 - ok to give?'],
    ['UK', 'eGFR 25, safe to start metformin?'],
    ['GP chatty', 'her eGFR is 25, should I prescribe metformin?'],
  ])('%s: "%s" stays not covered', (_style, text) => {
    const out = reply(text);
    expect(out).not.toContain(OFFER);
    expect(out).toContain('does not cover');
  });

  it.each(['eGFR 25', 'crcl 20, continue?', 'egfr 22'])('contrast: "%s" is offered as a case', (text) => {
    expect(reply(text)).toContain(OFFER);
  });
});
