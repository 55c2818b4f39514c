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

describe('a drug stopped or not tolerated makes no interaction headline', () => {
  it.each([
    ['stopped the sertraline last month, can I start duloxetine?', /^\*\*Duloxetine/],
    ['off sertraline since March - fine to start duloxetine 30 mg daily?', /^\*\*Duloxetine 30 mg/],
    ["GP letter: sertraline d/c'd 2 wks ago full stop start duloxetine 30?", /^\*\*Duloxetine 30 mg/],
    ['pt intolerant of cymbalta (nausea), tramadol 50 qid ok?', /^\*\*Tramadol 50 mg x 4\/day/],
  ])('%s', (q, want) => {
    const text = reply(q);
    expect(text).toMatch(want);
    expect(text).not.toMatch(/\+ (?:Duloxetine|Tramadol)[^*]*: (?:avoid|caution)/);
  });

  it('a stopped MAOI keeps its 14-day contraindication (the reference gives the window)', () => {
    expect(reply('stopped phenelzine 5 days ago, tramadol 50 q6h ok now?')).toMatch(/contraindicated/);
  });

  it('a drug still taken keeps its interaction', () => {
    expect(reply('on sertraline, can I start duloxetine?')).toMatch(
      /Sertraline \(SSRIs\) \+ Duloxetine: Duloxetine not for this patient \(on an SSRI[^)]*\); avoid/,
    );
  });
});

describe('the tramadol/acetaminophen combination spelled out gets its label row', () => {
  it.each([
    'tramadol + paracetamol combined tablet limits',
    'the combo tablet of tramadol and acetaminophen: max per day, how long?',
    'AU letter: tramadol with paracetamol combination pill - max a day?',
    'the tramadol-paracetamol combination tablet: max tablets per day and for how long?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toMatch(/at most 8 tablets a day, labelled for acute pain for 5 days or less/);
    expect(text).not.toMatch(/not checked by this pathway/);
  });

  it('a pair without a combination word stays two drugs', () => {
    expect(reply('tramadol and paracetamol together ok?')).not.toMatch(/8 tablets a day/);
  });
});
