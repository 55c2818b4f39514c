import { describe, expect, it } from 'vitest';
import { runScenario, textOf } from './drive.js';

/**
 * Safety facts said across turns or in question-and-answer notes are kept: an immediate-release opioid added later
 * beside a long-acting one of the same drug counts on its own; a question about a red-flag sign answered "yes" is
 * the sign; acetaminophen the case cannot count is named. Several clinician styles; none is a fixture sentence.
 */
const run = (...turns: string[]): string[] =>
  runScenario({ name: turns[0]!.slice(0, 40), turns: turns.map((say) => ({ say })) }).outputs.map(textOf);

describe('an IR product said in a later turn stays beside the ER product of the same opioid', () => {
  it.each([
    [
      'US shorthand',
      '62F CLBP 3 yrs, OxyContin 30 mg bd, RF neg, eGFR 80.',
      'also takes oxycodone IR 10 mg q6h prn',
      'total MME?',
      /150 MME\/day/,
    ],
    [
      'UK chatty',
      'Chap of 70 with long-standing back pain, on MS Contin 30 mg twice a day, no red flags.',
      'also takes morphine IR 10 mg q4h prn',
      "what's his MME",
      /120 MME\/day/,
    ],
    ['terse', 'CLBP 5y, hysingla 20 daily, RF neg', 'also on hydrocodone 5 mg q6h prn', 'mme pls', /40 MME\/day/],
  ])('%s', (_style, first, second, ask, total) => {
    const out = run(first, second, ask);
    const answer = out[2]!;
    expect(answer).toMatch(total);
    expect(answer.match(/MME\/day \(factor/g)?.length).toBe(2);
  });

  // the merges that must not change (a dose update of one product, a brand then its generic):
  // test/walkthrough/merge-facts.test.ts
});

describe('a question about a sign answered right after it is the answer', () => {
  it.each([
    [
      'Q and A note',
      '58M, CLBP 6 months. Any saddle numbness? Yes. Any weight loss? Yes, 8 kg since March.',
      /cauda equina signs, cancer signs/,
    ],
    ['NP shorthand', '61F LBP x 8 mo. saddle anaesthesia? +ve. wt loss? neg.', /red flags: cauda equina signs/],
    [
      'dictated',
      'Sixty year old woman with back pain for a year. Does she have night pain? Positive. Fever? No.',
      /red flags: cancer signs/,
    ],
    ['AU terse', '55M CLBP 2y. urinary retention? yep, since Tues', /red flags: cauda equina signs/],
  ])('%s', (_style, say, flags) => {
    expect(run(say)[0]!).toMatch(flags);
  });

  it('"no" denies it, and an unanswered question is only asked', () => {
    expect(run('CLBP 1 yr, 45M. Any weight loss? No. Any fever? No.')[0]!).not.toMatch(/red flags: /);
    const open = run('58M, CLBP 6 months. Any saddle numbness?')[0]!;
    expect(open).not.toMatch(/red flags: cauda/);
  });

  it('"no idea" is not a denial', () => {
    expect(run('50F CLBP 1 yr. Any weight loss? No idea, will weigh her.')[0]!).not.toMatch(/no red flags/);
  });
});

describe('acetaminophen room: products the case cannot count are named, and the total is a floor', () => {
  it.each([
    ['US', '67F CLBP, Norco 10/325 prn, Tylenol 1 g tid, RF neg', 'how much more tylenol can she have?', /Norco/],
    [
      'UK',
      '70F chronic back pain, co-codamol 30/500 when required, paracetamol 1 g tds, no red flags',
      'how much more paracetamol can she take?',
      /Co-codamol/,
    ],
  ])('%s', (_style, first, ask, product) => {
    const answer = run(first, ask)[1]!;
    expect(answer).toMatch(/acetaminophen at least 3,000 mg\/day/);
    expect(answer).toMatch(new RegExp(`Not counted: ${product.source}`));
    expect(answer).toMatch(/less whatever/);
  });

  it('with every product counted, nothing is said to be missing', () => {
    const answer = run('67F CLBP, Norco 10/325 1 tab bid, Tylenol 1 g tid, RF neg', 'how much more tylenol?')[1]!;
    expect(answer).toMatch(/3,650 mg\/day/);
    expect(answer).not.toMatch(/Not counted/);
  });
});
