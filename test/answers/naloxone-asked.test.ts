import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

const answer = (q: string): string => ask(q).join('\n\n');

/** "Does he need naloxone?": the reference's rule (CDC 2022), the MME and each listed factor as said. */
describe('naloxone asked beside an opioid regimen', () => {
  it.each([
    ['oxycodone 5 mg bd - does he need naloxone? no benzos, no SUD, no overdose history, no alcohol', '15 MME/day'],
    [
      'Pt on tramadol 50mg TDS. Denies benzodiazepines, no substance use disorder, no overdose hx. Naloxone?',
      '30 MME/day',
    ],
    ['Rx oxycodone 5mg bd, no benzos, no SUD, no OD history - need to supply narcan?', '15 MME/day'],
  ])('low total, factors denied: %s', (q, mme) => {
    const text = answer(q);
    expect(text).toContain('Naloxone: no listed risk factor');
    expect(text).toContain(mme);
    expect(text).toContain('Offer naloxone when risk factors are present');
    expect(text).toContain('not present');
  });

  it.each([
    ['on oxycodone 10 qid, does she need narcan?', 'offer it (60 MME/day is >= 50)'],
    ['oxy 5 bd, hx of overdose - naloxone?', 'offer it (a history of overdose)'],
  ])('a factor present: %s', (q, want) => {
    expect(answer(q)).toContain(want);
  });

  it('with a benzodiazepine named the pair warning leads', () => {
    expect(answer('does he need naloxone? oxy 5 q6h + diazepam')).toContain('boxed warning');
  });

  it('an MME question without naloxone asked is unchanged', () => {
    expect(answer('oxycodone 10 mg tid MME?')).toContain('Total 45 MME/day');
  });
});
