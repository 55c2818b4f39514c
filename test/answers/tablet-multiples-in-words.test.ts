import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { readDoseNotation } from '../../src/clinical/language/dose-notation.js';

const answer = (q: string): string => ask(q).join('\n\n');

/** Tablets taken together said in words count toward the day's mg (clinical-reference.md section 2: the doses' sum). */
describe('tablet multiples said in words are part of the MME', () => {
  it.each([
    ['she takes two of the 10 mg oxy at once three times a day', '90 MME/day'],
    ["wife says he's taking two at a time of his oxycodone 10 mg qid, MME?", '120 MME/day'],
    ['Pt on oxy 5mg q6h, takes 2 tabs at once. MME?', '60 MME/day'],
    ['oxycodone 10 mg qid but takes 2 at a time - mme', '120 MME/day'],
    ['Rx oxycodone 5mg q6h, pt takes 2 at once + tramadol 50 bd, total MME ok to dispense?', '80 MME/day'],
  ])('%s', (q, want) => {
    const text = answer(q);
    expect(text).toContain(want);
    expect(text).toMatch(/naloxone/i);
  });

  it.each([
    ['tramadol 100 bd plus oxycodone 5 q6h - total MME?', ['40 MME/day', '30 MME/day', 'Total 70 MME/day']],
    ['hydrocodone 10 x2 tabs qid plus tramadol 50 tds, MME?', ['80 MME/day', '30 MME/day', 'Total 110 MME/day']],
  ])('several opioids: each product and the total: %s', (q, wants) => {
    const text = answer(q);
    for (const w of wants) expect(text).toContain(w);
    expect(text).toMatch(/naloxone/i);
  });

  it.each([
    ['oxycodone 10 mg tid MME?', 'Total 45 MME/day'],
    ['oxycodone 10 mg q4h prn, takes one at a time, MME?', 'oxycodone'],
  ])('single product unchanged: %s', (q, want) => {
    expect(answer(q)).toContain(want);
  });

  it.each(['one of the 2 options', 'takes 10 mg at a time', 'naproxen 500 mg x 3 months'])(
    'leaves what is no tablet count: %s',
    (text) => {
      expect(readDoseNotation(text)).toBe(text);
    },
  );
});
