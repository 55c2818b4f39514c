import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * A drug the guideline does not name, taken without benefit, is no dead end (off-guideline-trial.ts): the answer says
 * the guideline does not name it, gives the guideline's next option read from the rest of the message, and the
 * reference's pairs of that option with the drug.
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `off-guideline-${n++}` }).replies.join('\n\n');

describe('an off-guideline drug taken without benefit', () => {
  it.each([
    [
      'GP chatty',
      'on amitriptyline 10 at night for months, no better, next?',
      'amitriptyline',
      /next option: duloxetine/,
      /Duloxetine \+ an SSRI, another SNRI, a tricyclic/,
    ],
    ['terse', 'nortriptyline 25 not helping, what now', 'nortriptyline', /next option: duloxetine/, /a tricyclic/],
    [
      'NP shorthand',
      'been on cyclobenzaprine, useless',
      'cyclobenzaprine',
      /next option: duloxetine/,
      /skeletal muscle relaxant/,
    ],
    [
      'UK',
      'Tried amitriptyline 25 nocte x 3 months - no benefit. Also failed naproxen 500 bd. Next?',
      'amitriptyline',
      /next option: duloxetine/,
      /a tricyclic/,
    ],
    [
      'EHR paste',
      'on amitriptyline 25 nocte, no better. failed duloxetine 60 and naproxen 500 bd. next?',
      'amitriptyline',
      /next option: tramadol/,
      /Tramadol \+ an SSRI, a tricyclic or bupropion/,
    ],
  ])('%s: %j gives the next step', (_style, q, name, next, pair) => {
    const text = answer(q);
    expect(text).toContain(`The guideline does not name ${name} for chronic low back pain`);
    expect(text).toMatch(next);
    expect(text).toMatch(pair);
    expect(text).not.toMatch(/not checked by this pathway/);
  });

  it.each([
    'amitriptyline dose for back pain?',
    'Rx amitriptyline 25 mg nocte - ok to dispense?',
    'pt on amitriptyline 10 for sleep, helping. back pain 6 months, what next?',
  ])('%j, no lack of benefit said, keeps its answer', (q) => {
    const text = answer(q);
    expect(text).toMatch(/not covered by this pathway/);
    expect(text).not.toMatch(/next option/);
  });
});
