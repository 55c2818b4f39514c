import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: a combination opioid tablet (any strength the reference lists, with an as-needed range) and an OTC
 * acetaminophen product whose tablets are said after a verb ("Tylenol 500 mg and takes 2 tabs tid"): the opioid's
 * MME at the prescription's maximum and the acetaminophen added up across both products, over 4,000 mg/day in the
 * headline (clinical-reference.md sections 2 and 4).
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `otc-apap-${n++}` }).replies[0] ?? '';
const headline = (text: string): string => text.split('\n')[0] ?? '';

describe('an OTC acetaminophen add-on beside a combination opioid', () => {
  it.each([
    [
      'pharmacist',
      'Rx Percocet 7.5/325, 2 tabs q6h prn. Pt also buys Tylenol Extra Strength 500 mg and takes 2 tabs tid. Ok to dispense?',
      '5,600',
      '90 MME/day',
      /60 mg oxycodone and 2,600 mg acetaminophen/,
    ],
    [
      'GP chatty',
      'Rx Norco 7.5/325 1-2 tabs q4-6h prn; pt also takes Tylenol 500 mg, 2 tabs qid. Ok to dispense?',
      '7,900',
      '90 MME/day',
      /90 mg hydrocodone and 3,900 mg acetaminophen/,
    ],
    [
      'NP shorthand',
      'endocet 2.5/325 1-2 q6h prn + tylenol extra strength 2 tabs tid, apap total?',
      '5,600',
      '30 MME/day',
      /20 mg oxycodone and 2,600 mg acetaminophen/,
    ],
    [
      'UK',
      'Tylenol #4 1-2 tabs q4h prn and she also uses paracetamol 500 mg two tablets four times a day - too much paracetamol?',
      '7,600',
      '108 MME/day',
      /720 mg codeine and 3,600 mg acetaminophen/,
    ],
    [
      'terse',
      'ultracet 2 tabs q6h + tylenol 500 mg and takes 1 tab tid',
      '4,100',
      '60 MME/day',
      /300 mg tramadol and 2,600 mg acetaminophen/,
    ],
  ])('%s: %j', (_style, q, apap, mme, opioidLine) => {
    const text = answer(q);
    expect(headline(text)).toContain(`Acetaminophen ${apap} mg/day`);
    expect(headline(text)).toContain('above the adult maximum of 4,000 mg/day');
    expect(headline(text)).toContain(mme);
    expect(text).toMatch(opioidLine);
  });

  it('a regular-strength add-on within the maximum stays within, and "Extra Strength" asks no room left', () => {
    const text = answer(
      'hydrocodone/apap 5/325 1 tab q6h prn, also takes tylenol extra strength 500 mg 2 tabs bid. ok?',
    );
    expect(headline(text)).toContain('Acetaminophen 3,300 mg/day');
    expect(headline(text)).toContain('within the adult maximum');
    expect(text).not.toMatch(/Room left/);
  });

  it('a strength the reference does not list is asked for, never guessed', () => {
    const text = answer('Rx Percocet 7/325 2 tabs q6h prn, also Tylenol 500 mg and takes 2 tabs tid. Ok to dispense?');
    expect(text).toMatch(/not one of the Percocet strengths/);
    expect(text).not.toMatch(/MME\/day/);
  });
});
