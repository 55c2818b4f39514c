import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * A patient on an opioid and a hypnotic or benzodiazepine (helper fa18 class 3): the reference's naloxone line is in
 * the case's plan and warnings whenever both are held, whatever is asked and whenever ("anything else to offer?",
 * "anything to add?", "plan"). Contrasts: no sedative, a sedative only planned, a companion's sedative.
 */
let n = 0;
const replies = (...says: string[]) => converse(says, { key: `naloxone-case-${n++}` }).replies;
const NALOXONE = 'Offer naloxone when risk factors are present';

describe('opioid + hypnotic or benzodiazepine: naloxone in the case', () => {
  it.each([
    [
      '62F CLBP 1 yr, ibuprofen 600 tds failed, no red flags, on tramadol 50 mg qid and zopiclone 7.5 nocte',
      'anything to add?',
    ],
    [
      '58M chronic LBP 2y, naproxen failed, no red flags. Oxycodone 5 mg bd, zolpidem 10 mg at night',
      'anything else to offer?',
    ],
    ['pt 70 M, LBP >3/12, no RF, takes Norco 5/325 tid + temazepam 10 nocte. NSAID failed', 'plan'],
    ['66F, back pain 14 months, nothing sinister. Co-codamol 30/500 two qds, diazepam 2 mg bd', 'thoughts?'],
  ])('%s / %s', (opening, question) => {
    const [first, second] = replies(opening, question);
    expect(first).toContain(NALOXONE);
    expect(second).toContain(NALOXONE);
    expect(second).not.toContain('does not cover that');
  });

  it('the sedative said in a later turn brings it in', () => {
    const [first, , third] = replies(
      '58M chronic LBP 2y, naproxen failed, no red flags. Oxycodone 5 mg bd',
      'also takes zopiclone 7.5 at night',
      'anything to add?',
    );
    expect(first).not.toContain(NALOXONE);
    expect(third).toContain(NALOXONE);
  });
});

describe('contrasts: no naloxone line', () => {
  it.each([
    [
      'opioid, no sedative, low MME',
      '58M chronic LBP 2y, naproxen failed, no red flags. Oxycodone 5 mg bd',
      'anything to add?',
    ],
    [
      'sedative, no opioid',
      '62F CLBP 1 yr, ibuprofen 600 tds failed, no red flags, zopiclone 7.5 nocte',
      'anything else to offer?',
    ],
  ])('%s', (_name, opening, question) => {
    for (const reply of replies(opening, question)) expect(reply).not.toContain(NALOXONE);
  });
});
