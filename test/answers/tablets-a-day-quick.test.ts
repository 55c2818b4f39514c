import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: quick questions with a combination opioid counted in tablets a day ("Percocet 5/325 6/day - MME?", "norco
 * 10/325 x4 daily MME?") give the MME and acetaminophen from the tablets (clinical-reference.md sections 2 and 4);
 * a strength with no regimen asks how many tablets a day and computes nothing.
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `tablets-quick-${n++}` }).replies[0] ?? '';

describe('tablets a day in a quick question', () => {
  it.each([
    ['terse', 'Percocet 5/325 6/day - MME?', /Total 45 MME\/day/, /30 mg oxycodone and 1,950 mg acetaminophen a day/],
    [
      'x N daily',
      'norco 10/325 x4 daily MME?',
      /Total 40 MME\/day/,
      /40 mg hydrocodone and 1,300 mg acetaminophen a day/,
    ],
    [
      'one-strength product',
      'MME tylenol #3 4/day',
      /Total 18 MME\/day/,
      /120 mg codeine and 1,200 mg acetaminophen a day/,
    ],
    [
      'UK',
      'co-codamol 30/500 2 tabs qds - MME?',
      /Total 36 MME\/day/,
      /240 mg codeine and 4,000 mg acetaminophen a day/,
    ],
    [
      'NP shorthand, a cap',
      'oxycodone/APAP 5/325 up to 6 per day MME?',
      /Total 45 MME\/day/,
      /at most 6 tablets\/day = 30 mg oxycodone and 1,950 mg acetaminophen a day/,
    ],
    [
      'with plain acetaminophen',
      'percocet 5/325 6/day plus tylenol 500 2 tabs tid total apap?',
      /Acetaminophen 4,950 mg\/day from both products: above the adult maximum/,
      /45 MME\/day/,
    ],
  ])('%s: %s', (_style, q, mme, parts) => {
    const text = answer(q);
    expect(text).toMatch(mme);
    expect(text).toMatch(parts);
  });

  it.each([
    ['co-codamol 30/500 - MME?', 'Co-codamol 30/500'],
    ['MME for Norco 10/325?', 'Norco 10/325'],
    ['norco 10/325 + tylenol 500 2 tabs tid total apap?', 'Norco 10/325'],
  ])('%s: asks how many tablets a day, computes nothing', (q, tablet) => {
    const text = answer(q);
    expect(text).toContain(`How many ${tablet} tablets a day?`);
    expect(text).not.toMatch(/\d MME\/day/);
  });

  it('contrast: tablets a dose and how often, as before', () => {
    expect(answer('Percocet 10/325 2 tabs q6h MME?')).toMatch(/Total 120 MME\/day/);
  });
});
