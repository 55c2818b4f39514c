import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Mid-case headlines: a drug chosen then its dose asked ("Pregabalin it is. Starting dose and how far do I go?") leads
 * with that drug for this patient, not the case's next step; a pair with a drug outside the pathway ("can he take
 * duloxetine with the aspirin?") leads with the pair's answer, never "aspirin is not one of the pathway's options".
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `asked-headline-${n++}`, at: AT });
const SCIATICA = '64M chronic LBP 1 yr, sciatica, no red flags, naproxen 500 bd 6 wks failed';

describe('the chosen drug, then its dose asked', () => {
  it.each([
    'Pregabalin it is. Starting dose and how far do I go?',
    "Let's go with gabapentin. What dose?",
    'ok pregabalin then. dose?',
  ])('"%s"', (ask) => {
    const text = run(SCIATICA, ask).replies[1]!;
    // the asked drug's start leads (the case's own answer, or the drug's quick answer), never the next step
    expect(text.slice(0, 200)).toMatch(/For neuropathic pain, consider (?:pregabalin|gabapentin) \d/);
    expect(text).not.toMatch(/^\*\*Answer: next step/);
    expect(text).not.toContain('the dose is needed first');
  });

  it('contrast: "what next?" still gives the next step', () => {
    expect(run(SCIATICA, 'what next?').replies[1]).not.toMatch(/^\*\*Answer: pregabalin for this patient/);
  });
});

describe('a pair with a drug outside the pathway leads with the pair', () => {
  it.each([
    [
      'GP',
      '64M chronic LBP 1 yr, axial, no red flags, naproxen 500 bd 6 wks failed, on aspirin 81',
      'can he take duloxetine with the aspirin?',
    ],
    [
      'NP',
      '64M cLBP 1y, axial, RF neg, naproxen 500 bid x6wk failed, aspirin 81 qd',
      'ok to add dulox w/ his aspirin?',
    ],
    [
      'UK',
      '64 year old man, back pain a year, no red flags, naproxen 500 mg bd 6 weeks no help, takes clopidogrel 75',
      'is duloxetine alright with his clopidogrel?',
    ],
  ])('%s: "%s"', (_style, opening, ask) => {
    const text = run(opening, ask).replies[1]!;
    expect(text).toMatch(/^\*\*Answer: yes, with caution\.\*\* duloxetine/);
    expect(text).toContain('Duloxetine + anticoagulant or antiplatelet: increased bleeding risk');
    expect(text).not.toMatch(/^\*\*Answer:\*\* \w+ is not one of the pathway's options/);
  });
});

describe('a sentence naming two drugs before a drugless question: neither is taken as the one asked', () => {
  const ON_TRAMADOL =
    '60M chronic axial LBP 1 yr, no red flags, no leg pain. Tramadol 100 mg qds for 5 months, no better. Naproxen 500 bd 6 wks stopped for dyspepsia.';
  it.each([
    "She'd like to change to morphine as the tramadol does nothing. Thoughts?",
    'He wants to go onto oxycodone, says the tramadol is useless. Reasonable?',
  ])('"%s": the opioid asked about is judged (the gate), not the failed tramadol', (ask) => {
    const text = run(ON_TRAMADOL, ask).replies[1]!;
    expect(text).not.toMatch(/^\*\*Answer: no\.\*\* tramadol/);
  });
});
