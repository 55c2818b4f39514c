import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: a non-oral route after an opioid's dose ("iv", "IV", "i.v.", "subcut", "IM") is a route, never the Roman
 * numeral 4: the CDC 2022 factors are for oral doses (clinical-reference.md section 4), so nothing is multiplied.
 * "iv tabs" stays four tablets and "ii po" two. A bare tablet count before a once-a-day word (od, daily, qhs,
 * nocte) counts tablets a dose as it does before bid/q6h.
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `mme-route-${n++}` }).replies[0] ?? '';

describe('a non-oral route is not converted', () => {
  it.each([
    ['terse', 'morphine 10 mg iv q4h prn, MME?'],
    ['NP shorthand', 'hydromorphone 1mg iv q3h prn MME'],
    ['dictated, route first', 'IV morphine 4 mg every 2 hours as needed, what is the MME?'],
    ['EHR paste, dotted', 'morphine 10mg i.v. q4h PRN. MME'],
    ['UK subcut', 'morphine 5 mg subcut 4 hourly prn - MME please'],
    ['pharmacist', 'Rx hydromorphone 2 mg IV q4h prn, MME ok to dispense?'],
  ])('%s: %j', (_style, q) => {
    const text = answer(q);
    expect(text).toMatch(/oral doses/);
    expect(text).toMatch(/no MME was calculated/);
    expect(text).not.toMatch(/Total \d/);
    expect(text).not.toMatch(/4 tablets/);
  });

  it.each([
    ['roman count with tabs stays 4', 'oxycodone 5mg iv tabs q6h MME?', 'Total 120 MME/day'],
    ['ii po stays 2', 'oxycodone 5 mg ii po q6h MME', 'Total 60 MME/day'],
    ['oral morphine', 'morphine 10 mg po q4h MME?', 'Total 60 MME/day'],
    ['no route', 'morphine 10 mg q4h MME?', 'Total 60 MME/day'],
  ])('contrast, %s: %j', (_style, q, head) => {
    expect(answer(q).split('\n')[0]).toContain(head);
  });
});

describe('a non-oral route in a case', () => {
  it('the case gives no MME for an IV opioid', () => {
    const text = converse(['55M CLBP 8 mo, RF neg. Morphine 10 mg iv q4h prn on the ward. Naproxen ok?'], {
      key: `mme-route-${n++}`,
    }).replies.join('\n');
    expect(text).toMatch(/IV: no MME \(the CDC 2022 factors are for oral doses\)/);
    expect(text).not.toMatch(/60 MME\/day/);
  });
});

describe('a bare tablet count before a once-a-day word', () => {
  it.each([
    ['EHR sig', 'oxycodone 5 mg ii po daily MME?', 'Total 15 MME/day'],
    ['terse qhs', 'oxycodone 5 mg 2 qhs MME', 'Total 15 MME/day'],
    ['UK nocte', 'oxycodone 5mg 2 nocte, MME please', 'Total 15 MME/day'],
    ['od', 'morphine 10 mg 2 od mme', 'Total 20 MME/day'],
  ])('%s: %j', (_style, q, head) => {
    expect(answer(q).split('\n')[0]).toContain(head);
  });

  it.each([
    ['one tablet at night', 'oxycodone 5 mg 1 nocte MME', 'Total 7.5 MME/day'],
    ['no count', 'oxycodone 5 mg daily MME?', 'Total 7.5 MME/day'],
  ])('contrast, %s: %j', (_style, q, head) => {
    expect(answer(q).split('\n')[0]).toContain(head);
  });
});
