import { describe, expect, it } from 'vitest';
import { measuresIn } from '../../src/clinical/language/measures.js';
import { runScenario, textOf } from '../walkthrough/drive.js';

/**
 * A score said as the baseline ("ODI was 24/50 at baseline not 40%", "baseline ODI 50%", "pain 8/10 at the start")
 * corrects the baseline only: the current score stays as it was, or is the later one said with it ("now 42%").
 */
const read = (text: string) => measuresIn(text.toLowerCase());

describe('a baseline score is not the current one', () => {
  it.each([
    ['terse correction', 'sorry, ODI was 24/50 at baseline not 40%', { oswestryBaselinePercent: 48 }],
    ['label first', 'correction: baseline ODI 50%', { oswestryBaselinePercent: 50 }],
    ['NP shorthand', 'ODI 52% initially', { oswestryBaselinePercent: 52 }],
    ['dictated', 'oswestry 50% before treatment, now 38%', { oswestryBaselinePercent: 50, oswestryPercent: 38 }],
    ['with the current', 'ODI 48% at baseline, now 42%', { oswestryBaselinePercent: 48, oswestryPercent: 42 }],
    ['pain, UK', 'pain was 8/10 at the start, not 7', { painBaselineScore: 8 }],
    ['pain pair in words', 'pain 8/10 initially, now 5/10', { painBaselineScore: 8, painScore: 5 }],
  ])('%s', (_style, text, want) => {
    expect(read(text)).toMatchObject(want);
    if (!('oswestryPercent' in want)) expect(read(text).oswestryPercent).toBeUndefined();
    if (!('painScore' in want)) expect(read(text).painScore).toBeUndefined();
  });
  it.each([
    ['a pair', 'ODI 40% -> 42%', { oswestryPercent: 42 }],
    ['current said', 'ODI 42% today', { oswestryPercent: 42 }],
    ['plain', 'pain 6/10, ODI 38%', { oswestryPercent: 38, painScore: 6 }],
  ])('contrast, %s: current', (_style, text, want) => {
    expect(read(text)).toMatchObject(want);
    expect(read(text).oswestryBaselinePercent).toBeUndefined();
  });
});

describe('a baseline correction in a later turn leaves the current ODI', () => {
  it('the current 42% stays', () => {
    const { outputs } = runScenario({
      name: 'baseline correction',
      turns: [
        {
          say: '55F CLBP 1y, RF neg, eGFR 85. On duloxetine 60 mg for 8 wk. Pain 7/10 -> 4/10, ODI 40% -> 42%. Continue?',
        },
        { say: 'sorry, ODI was 24/50 at baseline not 40%' },
      ],
    });
    const out = textOf(outputs[1]!);
    expect(out).toMatch(/ODI at baseline 48%/);
    expect(out).not.toMatch(/ODI 48%|was 42%/);
  });
});
