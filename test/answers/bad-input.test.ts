import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/** Bad input gets one clear, safe reply: never a throw, never a computed recommendation from an impossible dose. */
const one = (text: string): string => {
  const messages = ask(text);
  expect(messages).toHaveLength(1);
  return messages[0]!;
};

describe('bad input to the quick answers', () => {
  it.each([
    ['naproxen 50000 mg', /not computed|no recommendation/i],
    ['naproxen 50000 mg bid', /no recommendation/i],
    ['ibuprofen 800 g', /no recommendation/i],
    ['ibuprofen 800 g tid adequate?', /no recommendation/i],
    ['gabapentin 3 mg tid adequate?', /no recommendation/i],
    ['duloxetine 6000 mg daily?', /no recommendation/i],
  ])('absurd dose or wrong unit: %s', (text, expected) => {
    const reply = one(text);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/adequate \(guideline dose\)|below the guideline dose|above the label maximum/);
  });

  it('a dose without a frequency asks how often instead of judging it', () => {
    expect(one('is naproxen 500 mg adequate?')).toMatch(/how often/i);
  });

  it('a patch rate on an oral drug is refused', () => {
    expect(one('naproxen 25 mcg/hr')).toMatch(/no recommendation/i);
  });

  it('never gives a dose for an avoid drug, even when asked with one', () => {
    for (const text of ['valium 10 mg tid ok?', 'prednisone 40 mg daily x5?', 'medrol dose pack 4 mg']) {
      const reply = one(text);
      expect(reply).toMatch(/avoid|do not prescribe/i);
      expect(reply).not.toMatch(/\d+\s*mg/);
    }
  });

  it.each([
    ['empty', ''],
    ['spaces', '    '],
    ['emoji', '🙂👍💊'],
    ['emoji with a drug', '💊 duloxetine? 🤔'],
    ['punctuation', '???!!!'],
    ['Spanish', '¿Cuál es la dosis de naproxeno para el dolor lumbar?'],
    ['French', 'Quelle est la dose de duloxétine ?'],
    ['Chinese', '慢性腰痛应该用什么药?'],
    ['Arabic', 'ما هي جرعة الدولوكستين؟'],
    ['control characters', 'dose\u0000\u0007 of \u202enaproxen'],
    ['html', '<script>alert(1)</script> naproxen dose'],
    ['numbers only', '1 2 3 4 5 6 7 8 9 10 11 12'],
    ['huge number', 'naproxen 1e308 mg bid'],
    ['negative dose', 'naproxen -500 mg bid adequate?'],
  ])('%s: one safe reply, no throw', (_label, text) => {
    const messages = ask(text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.length).toBeGreaterThan(10);
    expect(messages[0]).not.toMatch(/undefined|NaN|\[object|Infinity/);
  });

  it('a 10,000-character message gets one reply without a dosing verdict', () => {
    const long = 'naproxen 250 bid '.repeat(600).slice(0, 10_000);
    const messages = ask(long);
    expect(messages.length).toBeGreaterThanOrEqual(1);
    expect(messages.join(' ')).not.toMatch(/undefined|NaN|\[object/);
  });

  it('a drug name with accents (another language) is still recognised', () => {
    expect(one('Quelle est la dose de duloxétine ?')).toMatch(/30 mg daily/);
  });

  it('an unknown drug gets "not covered" and no dose', () => {
    const reply = one('what dose of amitriptyline for back pain?');
    expect(reply).toMatch(/not covered/i);
    expect(reply).not.toMatch(/\d+\s*mg/);
  });
});
