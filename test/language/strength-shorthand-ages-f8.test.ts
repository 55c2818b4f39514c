import { describe, expect, it } from 'vitest';
import { readDoseNotation } from '../../src/clinical/language/dose-notation.js';
import { ask } from '../../scripts/eval/question-suite.js';

// An age decade ("in her 60s", "in his seventies", "in their 40s") is never read as a tablet strength ("her 5s"),
// and "x2 daily" after a strength is twice a day, not two tablets.
const reply = (text: string): string => ask(text).join('\n');

describe('an age decade is not a tablet strength', () => {
  it.each([
    ['terse', 'pt in her 60s, 2 tabs co-codamol 30/500 qds, acetaminophen per day?', '8 tablets/day'],
    ['GP chatty', "she's in her sixties, takes 2 tabs co-codamol 30/500 qds, how much paracetamol a day?", '4,000 mg'],
    ['UK', 'lady in her 70s on co-codamol 30/500 2 tabs qds, paracetamol total?', '4,000 mg'],
    ['pharmacist', 'Rx co-codamol 30/500 2 tabs qds for a man in his 60s, ok to dispense?', '36 MME/day'],
  ])('%s: "%s"', (_style, text, want) => {
    expect(reply(text)).toContain(want);
  });

  it('a case with extra paracetamol totals both', () => {
    expect(reply('new case man in his 70s, 2 tabs co-codamol 30/500 qds, CLBP 2 yrs, paracetamol 1g bd')).toContain(
      '6,000 mg/day',
    );
  });

  it.each([
    'in her 60s, 2 tabs co-codamol 30/500 qds',
    'in his 40s, x2 weekly physio',
    'in their 30s, 2 tabs oxycodone 5 mg bd',
    'woman in her sixties, 2 tabs qds',
    'in the 20s, 2 tabs',
  ])('"%s": the decade is left as typed', (text) => {
    expect(readDoseNotation(text)).toContain(text.match(/in (?:her|his|their|the) \w+/)![0]);
  });

  it.each([
    ['NP: her 5s', 'oxycodone two of her 5s qid', 'oxycodone 10 mg qid'],
    ['dictated: the twenties', 'oxycodone two of the twenties bd', 'oxycodone 40 mg bd'],
    ['possessive then count', 'oxycodone her 10s x2 tds', 'oxycodone 20 mg tds'],
  ])('contrast, %s: still read', (_style, text, want) => {
    expect(readDoseNotation(text)).toBe(want);
  });
});

describe('"x2 daily" after a strength is the times a day', () => {
  it.each([
    ['terse', 'oxycodone 10mg of the 5s x2 daily, MME?', 'Total 30 MME/day'],
    ['NP shorthand', 'oxy her 10s x3 a day mme', 'Total 45 MME/day'],
    ['per day', 'oxy her 5s x2/day mme', 'Total 15 MME/day'],
  ])('%s: "%s"', (_style, text, want) => {
    expect(reply(text)).toContain(want);
  });

  it('keeps the per-dose amount', () => {
    expect(readDoseNotation('oxycodone her 10s x3 a day')).toBe('oxycodone 10 mg x3 a day');
    expect(readDoseNotation('oxycodone 10mg of the 5s x2 daily')).toBe('oxycodone 10 mg x2 daily');
  });

  it.each([
    ['x2 a tablet count', 'oxycodone her 10s x2 tds, MME?', 'Total 90 MME/day'],
    ['amount agrees, x2 count', 'oxycodone 10mg of the 5s x2 tds MME?', 'Total 45 MME/day'],
  ])('contrast, %s: "%s"', (_style, text, want) => {
    expect(reply(text)).toContain(want);
  });
});
