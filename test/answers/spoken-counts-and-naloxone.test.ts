import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { leadingCount } from '../../src/clinical/language/tablet-count.js';

/**
 * A tablet count said with its verb or in words ("she takes two every six hours") is read for every combination
 * product, never guessed lower (clinical-reference.md section 4); and the naloxone answer names the risk factors
 * (>= 50 MME/day, a benzodiazepine) the question states of its patient.
 */
const answer = (q: string): string => ask(q).join('\n\n');

describe('a tablet count said with its verb', () => {
  it.each([
    [', she takes 2 every 6 hours', 2],
    [' - pt taking 1 or 2 q6h prn', 2],
    [', he uses 2 bd', 2],
    [' takes ii q4h', 2],
  ])('"%s" is %i tablets', (text, n) => {
    expect(leadingCount(text, true)?.high).toBe(n);
  });
  it('a dose with no count word is no count', () => {
    expect(leadingCount(', she takes it every 6 hours', true)).toBeUndefined();
  });
});

describe('word-number counts reach the MME and acetaminophen answers', () => {
  it.each([
    [
      "Vicodin 5/325, she takes two every six hours. What's the MME, and how much more Tylenol could she take on top?",
      /2 tablets x 4 a day = 8 tablets\/day = 40 mg hydrocodone and 2,600 mg acetaminophen[\s\S]*4,000 - 2,600 = 1,400 mg\/day/,
    ],
    ['norco 10/325 - pt taking one or two q6h prn, MME?', /2 tablets x 4 a day = 8 tablets\/day = 80 mg hydrocodone/],
    [
      'Percocet 5/325 comma he takes 2 every 4 hours full stop MME?',
      /2 tablets x 6 a day = 12 tablets\/day = 60 mg oxycodone/,
    ],
    ['tylenol #3, takes two q6h, MME?', /2 tablets x 4 a day = 8 tablets\/day = 240 mg codeine/],
    [
      'Ultracet - takes 2 q6h - how much apap is that?',
      /2 tablets x 4 a day = 8 tablets\/day = 300 mg tramadol and 2,600 mg/,
    ],
  ])('%s', (q, re) => {
    expect(answer(q)).toMatch(re);
  });
});

describe('naloxone: the risk factors this patient has', () => {
  it.each([
    [
      "Should the overdose-reversal nasal spray go with his opioid script? He's on about 60 MME and takes diazepam at night.",
      /^\*\*Naloxone: offer it, both risk factors present \(60 MME\/day is >= 50; diazepam \(a benzodiazepine\) with an opioid\)\*\*/,
    ],
    [
      'narcan for her? opioids at 90 mme',
      /^\*\*Naloxone: offer it, a risk factor present \(90 MME\/day is >= 50\)\*\*/,
    ],
    [
      'rescue spray for a pt on opioids, MME ~40, plus lorazepam prn?',
      /^\*\*Naloxone: offer it, a risk factor present \(lorazepam \(a benzodiazepine\) with an opioid\)\*\*/,
    ],
  ])('%s', (q, re) => {
    expect(answer(q)).toMatch(re);
  });
  it('a denied benzodiazepine and a low MME state no risk factor', () => {
    expect(answer('does he need narcan, opioids ~30 MME, no benzos')).toMatch(/^\*\*Naloxone\*\*/);
  });
});
