import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

const reply = (text: string): string => ask(text).join('\n\n');

describe('tablet-count notation: N x M mg', () => {
  it.each([
    ['methadone 2x5mg bd - MME?', /methadone 20 mg\/day x 4\.7 = 94 MME\/day/],
    ['quick one: MME for methadone 2 x 5 mg twice a day please', /94 MME\/day/],
    ['oxy 2 x 5mg q6h', /oxycodone 40 mg\/day x 1\.5 = 60 MME\/day/],
    ['NP: 2x50mg tramadol tds, ok?', /Tramadol 100 mg x 3\/day = 300 mg\/day/],
    ['take 2 x 500mg paracetamol qds', /1,000 mg x 4\/day = 4,000 mg\/day/],
    ['ED handover comma oxycodone 1 x 10mg tid comma MME full stop', /45 MME\/day/],
  ])('%s', (q, want) => {
    expect(reply(q)).toMatch(want);
  });
});

describe('grams read as mg, summed with a combination product', () => {
  it.each([
    'hydrocodone/APAP 5/325 2 tabs tid, also takes 1 gram acetaminophen qid',
    'on norco 5/325 two tabs tid and also plain acetaminophen 1 gram four times a day, total ok?',
    '1 gram of acetaminophen qid plus vicodin 5/325 2 tid - ok?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toMatch(/Acetaminophen 5,950 mg\/day from both products: above the adult maximum of 4,000 mg\/day/);
    expect(text).not.toMatch(/Which acetaminophen strength/);
  });

  it('half a gram is 500 mg', () => {
    const text = reply('ultracet 2 tabs qid and paracetamol half a gram tds');
    expect(text).toMatch(/Paracetamol: 500 mg x 3 a day = 1,500 mg/);
    expect(text).not.toMatch(/Which paracetamol strength/);
  });
});
