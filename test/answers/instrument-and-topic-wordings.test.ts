import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * Instrument scoring said as a sum with the sections answered, the ODI minimum, and guideline topics asked in lay
 * words or as a comparison with an uncovered treatment. Varied clinician styles: terse, chatty, NP shorthand,
 * UK/AU, dictated.
 */
const reply = (text: string) => ask(text).join('\n\n');

describe('Oswestry said as a sum with the sections answered', () => {
  it.each([
    ['ODI sections added up to eighteen, all ten answered - percentage and band?', '36%', 'moderate disability'],
    ['odi raw 18/50 all 10 sections done, % and category pls', '36%', 'moderate disability'],
    ['her ODI came to 22 with 9 sections answered, band?', '48.9%', 'severe disability'],
    ['oswestry total 30 out of 50', '60%', 'severe disability'],
    ["pt's oswestry sections sum to 31, all 10 done", '62%', 'very severe disability'],
  ])('%s', (q, percent, band) => {
    const text = reply(q);
    expect(text).toContain(percent);
    expect(text).toContain(band);
    expect(text).toContain('x 100');
  });

  it.each([
    ['ODI: 7 sections answered, total 14. score?', '3 of 10 sections missing'],
    ['Oswestry only 6 of the 10 sections filled in, sum 12 — can you score it?', '4 of 10 sections missing'],
    ['ODI 3 2 - 4 1', '6 of 10 sections missing'],
  ])('refuses with too few sections: %s', (q, missing) => {
    const text = reply(q);
    expect(text).toContain('no score');
    expect(text).toContain(missing);
    expect(text).not.toMatch(/\d%/);
  });
});

describe('STarT Back total and subscale in shorthand', () => {
  it.each([
    ['STarT Back tot 3, subscale 2 -> risk grp?', 'low risk'],
    ['start back tot 7 psych 4', 'high risk'],
    ['startback tot 5 subscale 3', 'medium risk'],
  ])('%s', (q, risk) => expect(reply(q)).toContain(risk));
});

describe('lay and indirect topics', () => {
  it.each([
    ['should I send him to someone who cracks backs?', 'Spinal manipulation (low-quality evidence)'],
    ['pt keen on getting her back cracked by a chiro, worth it?', 'Spinal manipulation'],
    ['shots in her spine for the sciatica, does the pathway support it?', 'evidence is mixed'],
    ['injections into the back for sciatica - supported?', 'evidence is mixed'],
    ['her goal is to be totally pain free, what should I steer her towards?', 'functional goals'],
    ['he wants to be completely pain-free, what do I aim for instead', 'functional goals'],
    ["ok to just do tablets and skip physio and psych, she's busy?", 'foundation'],
    ["likely sources behind the guideline's numbers 1 and 2?", 'Chou'],
    ['probable references for citations 1 and 2?', 'ACP 2017'],
  ])('%s', (q, must) => expect(reply(q)).toContain(must));
});

describe('an uncovered treatment compared with a covered one', () => {
  it.each([
    'success rate of lumbar fusion surgery vs a rehab programme',
    'is back surgery better than physio for her?',
    'discectomy compared with an exercise programme, outcomes?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain('does not cover spinal fusion or other spine surgery');
    expect(text).toContain('The nearest it covers');
  });
});
