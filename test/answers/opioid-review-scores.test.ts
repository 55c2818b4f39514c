import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * An opioid review asked with its numbers (helper fa18 class 4): answered from the guideline's continuation rule
 * (continue only with a meaningful improvement in function, not just pain scores), with each change worked out and
 * cited, never "did you mean" buttons. Several clinician styles; contrasts that keep their answers.
 */
let n = 0;
const ask = (text: string) => converse([text], { key: `opioid-review-${n++}` }).replies[0] ?? '';
const STOP = 'Function not meaningfully better on the opioid';
const CONTINUE = "Function improved meaningfully on the opioid: the guideline's rule for continuing is met";

describe('pain better, function worse or unchanged: taper or stop discussed', () => {
  it.each([
    'oxycodone review pain 7→4 ODI 40→44 continue?',
    'on norco, pain 7 to 4, ODI 40 to 44, keep going?',
    'Rx oxycodone 5mg bd, pain 7/10 to 4/10, oswestry 40% to 41% - ok to dispense?',
    'Mrs B on her Percocet, pain came down from 7 to 4 but her Oswestry went 40 to 44, should we carry on?',
    'codeine 30 qds - f/u: NRS 7->4, ODI 40->40. continue?',
  ])('%s', (text) => {
    const reply = ask(text);
    expect(reply).toContain(STOP);
    expect(reply).toMatch(/Pain 7\/10 to 4\/10: 3 points better/);
    expect(reply).toMatch(/ODI 40% to 4[014]%/);
    expect(reply).toContain('stop if function does not improve meaningfully (not just pain scores). [1]');
    expect(reply).not.toContain('Did you mean');
  });
});

describe('pain and function both better: the rule for continuing is met', () => {
  it.each([
    'tramadol review: pain 6 to 3, ODI 48 to 30, continue?',
    'oxy IR 5 prn - pain 8→5, ODI 50→36, keep going?',
    'hydrocodone review, pain from 7 to 4 and ODI from 46 to 30, stay on it?',
  ])('%s', (text) => {
    const reply = ask(text);
    expect(reply).toContain(CONTINUE);
    expect(reply).toContain('[1]');
    expect(reply).not.toContain('Did you mean');
    expect(reply).not.toContain('discuss tapering');
  });
});

describe('pain only: function decides', () => {
  it('says function is what counts', () => {
    const reply = ask('on oxy 3 weeks, pain 8 to 5 - keep going?');
    expect(reply).toContain('Function not measured');
    expect(reply).toContain('not just pain scores');
  });
});

describe('contrasts', () => {
  it('no opioid named: the general score-change answer', () => {
    const reply = ask('duloxetine 60 review pain 7->4 ODI 40->44 continue?');
    expect(reply).toContain('the guideline weighs function');
    expect(reply).not.toContain('on the opioid');
  });
  it('the general opioid continue question keeps its answer', () => {
    expect(ask('oxycodone for 3 weeks, no change in function: continue or stop?')).toContain(
      'Continue an opioid only if function improves meaningfully',
    );
  });
  it('a score change with no drug keeps its answer', () => {
    expect(ask('pain from 8 to 5 but doing nothing more at home - a win?')).toContain(
      "function has not improved: the guideline's goal is function",
    );
  });
});

/**
 * The review is for an opioid taken now (reviewer items 4 and 5): an opioid negated, stopped, past, not tolerated,
 * refused or a companion's makes no opioid review; the scores are worked out for the medicine asked, never "the
 * opioid", never "did you mean" buttons (not-taken.ts opioidTakenNow, the case reader's statuses).
 */
describe('no opioid taken now: no opioid review', () => {
  it.each([
    ['negated, GP', 'no opioids, on naproxen 500 bd, pain 7 to 4, ODI 40 to 44, continue?'],
    [
      'stopped, NP',
      'stopped oxycodone 2 months ago, pain 6 -> 6, ODI 30 -> 30, now on duloxetine 60, continue duloxetine?',
    ],
    ['refused, terse', 'naproxen 500 bd 8 weeks: pain 8->5, ODI 42->40. She refuses tramadol. continue naproxen?'],
    ['past, UK', 'was on co-codamol until March; naproxen 500 bd now, pain 7 to 4, ODI 40 to 44, carry on?'],
    [
      'not tolerated, dictated',
      'codeine made him vomit so on naproxen 500 twice daily pain seven to four ODI 40 to 44 continue',
    ],
    ['never, pharmacist', 'Rx naproxen 500 bd, never had opioids, pain 7->4, ODI 40->44, ok to continue?'],
  ])('%s', (_style, text) => {
    const reply = ask(text);
    expect(reply).not.toContain('on the opioid');
    expect(reply).not.toContain('discuss tapering');
    expect(reply).not.toContain('Continue an opioid only');
    expect(reply).not.toContain('Did you mean');
  });

  it('the scores are worked out for the medicine asked', () => {
    const reply = ask('no opioids, on naproxen 500 bd, pain 7 to 4, ODI 40 to 44, continue?');
    expect(reply).toContain('ODI 40% to 44%: worse by 4 points');
    expect(reply).toContain('the guideline weighs function');
  });

  it.each([
    [
      'taken now beside a negated class word',
      'no other opioids, on tramadol 50 qid, pain 7 to 4, ODI 40 to 44, continue?',
    ],
    ['a class word taken', 'on opioids for 6 months, pain 7 to 4, ODI 40 to 44, continue?'],
    ['taken again', 'was on oxycodone, still on it, pain 7 to 4, ODI 40 to 44, continue?'],
  ])('contrast, %s: the opioid review', (_name, text) => {
    expect(ask(text)).toContain(STOP);
  });
});
