import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: the headline carries the strictest finding. Tramadol asked beside another opioid taken now is not added on
 * top (the case's rule, option-status.ts otherOpioidInUse), with the MME and >= 50 or a benzodiazepine in the title; an
 * MME total with a benzodiazepine or >= 50 names the boxed warning and naloxone; the patient's own "SNRI for pain" is
 * duloxetine, so its tramadol pair is the caution it is.
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `strictest-${n++}` }).replies[0] ?? '';
const headline = (q: string): string => answer(q).split('\n')[0] ?? '';

describe('tramadol on top of another opioid taken now', () => {
  it.each([
    [
      'NP shorthand, failed options',
      'pt on oxycodone 5 q6h, failed duloxetine and naproxen. tramadol next?',
      /not on top of oxycodone/,
    ],
    [
      'pharmacist',
      'pt takes Norco 5/325 bid. can I add tramadol 50 q6h?',
      /not on top of Norco \(hydrocodone\).*with it 50 MME\/day \(>= 50: reassess; offer naloxone\)/,
    ],
    [
      'UK',
      'on morphine 30 bd, tramadol 50 qds ok to add?',
      /not on top of morphine.*100 MME\/day \(>= 90: avoid or carefully justify/,
    ],
    [
      'GP chatty, benzodiazepine',
      'she is on oxycodone 5 q6h and diazepam 5 bd, could I add tramadol?',
      /not on top of oxycodone.*boxed warning/,
    ],
    ['dictated', 'patient takes a fentanyl 25 patch, can we start tramadol', /not on top of fentanyl/i],
  ])('%s: %j', (_style, q, head) => {
    expect(headline(q)).toMatch(head);
  });

  it('the failed options are history, not pairs with tramadol', () => {
    const text = answer('pt on oxycodone 5 q6h, failed duloxetine and naproxen. tramadol next?');
    expect(text).not.toMatch(/Naproxen \+ Tramadol|not checked by this pathway/);
    expect(text).toMatch(/oxycodone 20 mg\/day x 1.5 = 30 MME\/day/);
  });

  it('contrasts: a stopped opioid, a switch, and tramadol alone are not add-ons', () => {
    expect(headline('stopped oxycodone last month, tramadol ok?')).not.toMatch(/not on top/);
    expect(headline('switch her oxycodone to tramadol?')).not.toMatch(/not on top/);
    expect(headline('failed naproxen and duloxetine, tramadol next?')).not.toMatch(/not on top/);
    expect(headline("her husband takes oxycodone; she's on naproxen. tramadol ok?")).not.toMatch(/not on top/);
  });
});

describe('MME headlines name the boxed warning and naloxone', () => {
  it.each([
    [
      'terse, benzodiazepine',
      'pt on diazepam 5 bd, oxycodone 5 qid. MME and naloxone?',
      'Total 30 MME/day (boxed warning: opioid + benzodiazepine; offer naloxone)',
    ],
    ['EHR, >= 50', 'MME hydrocodone 10 mg q4h', 'Total 60 MME/day (at or above 50: reassess; offer naloxone)'],
  ])('%s: %j', (_style, q, head) => {
    expect(headline(q)).toContain(head);
  });

  it('contrast: below 50 with no benzodiazepine is a plain total', () => {
    expect(headline('oxycodone 5 q6h MME?')).toBe('**Total 30 MME/day**');
  });
});

describe("the patient's own SNRI for pain is duloxetine", () => {
  it.each([
    ['GP chatty', 'on the SNRI for pain already 60 mg, can I add tramadol?'],
    ['NP shorthand', 'her SNRI for pain is 60 mg - tramadol ok to add?'],
  ])('%s: %j', (_style, q) => {
    const text = answer(q);
    expect(text.split('\n')[0]).toMatch(/Duloxetine \+ Tramadol: caution/);
    expect(text).not.toMatch(/Age:/);
  });

  it('contrast: asked in general, the guideline row answers', () => {
    expect(headline('which SNRI for pain is first line?')).toMatch(/Duloxetine \(the SNRI the pathway uses\)/);
  });
});
