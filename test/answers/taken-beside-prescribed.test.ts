import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: the tablets a day the patient is said to take beside an as-needed prescription ("1-2 tabs q6h prn; she
 * actually only uses about 3 tabs a day"): both MMEs, each labelled (clinical-reference.md section 4: the most the
 * prescription allows, and what is taken). Use above the prescription raises the total; a prescription alone is as
 * before.
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `taken-beside-${n++}` }).replies[0] ?? '';

describe('actual use beside the prescribed maximum', () => {
  it.each([
    [
      'GP chatty',
      'oxycodone IR 5 mg 1-2 tabs q6h prn; she actually only uses about 3 tabs a day. MME?',
      /Taken now \(as said\):\*\* 3 tablets of 5 mg = 15 mg oxycodone\/day x 1.5 = 22.5 MME\/day, below the prescription's maximum \(40 mg\/day = 60 MME\/day\)/,
      'Total 60 MME/day',
    ],
    [
      'pharmacist',
      'Rx Percocet 10/325 1-2 q4-6h prn, pt says she takes about 4 a day - MME?',
      /4 tablets of 10 mg = 40 mg oxycodone\/day x 1.5 = 60 MME\/day, below the prescription's maximum \(120 mg\/day = 180 MME\/day\)/,
      'Total 180 MME/day',
    ],
    [
      'NP shorthand, above the prescription',
      "hydrocodone 10 mg 1 tab q6h prn but he's taking 6 tabs a day, mme?",
      /6 tablets of 10 mg = 60 mg hydrocodone\/day x 1 = 60 MME\/day, above the prescription's maximum \(40 mg\/day = 40 MME\/day\)/,
      'Total 60 MME/day',
    ],
  ])('%s: %j', (_style, q, taken, total) => {
    const text = answer(q);
    expect(text).toMatch(taken);
    expect(text.split('\n')[0]).toContain(total);
  });

  it('a prescription with no stated use says no taken line', () => {
    const text = answer('oxycodone 5 mg 1-2 tabs q6h prn. MME?');
    expect(text).not.toMatch(/Taken now/);
    expect(text).toContain('Total 60 MME/day');
  });

  it.each([
    [
      'case, GP letter',
      '68F CLBP 2 yrs, failed naproxen, duloxetine and PT. Oxycodone IR 5 mg 1-2 tabs q6h prn, she actually only uses about 3 tabs a day. MME?',
      /Taken now \(as said\):\*\* 3 tablets of 5 mg = 15 mg oxycodone\/day x 1.5 = 22.5 MME\/day, below the prescription's maximum \(40 mg\/day = 60 MME\/day\)/,
    ],
    [
      'case, dictated',
      '72M chronic LBP 1 year comma failed ibuprofen and duloxetine full stop hydrocodone 10 mg 1 tab q6h prn comma he says he takes about 2 tabs a day full stop M M E question mark',
      /2 tablets of 10 mg = 20 mg hydrocodone\/day x 1 = 20 MME\/day, below the prescription's maximum \(40 mg\/day = 40 MME\/day\)/,
    ],
  ])('%s: a case medication with both a prescription and a stated use gives both', (_style, q, taken) => {
    const text = converse([q], { key: `taken-beside-case-${n++}` }).replies.join('\n');
    expect(text).toMatch(taken);
  });
});

describe('actual use said as tablets each time and how often ("she takes 2 tabs tid")', () => {
  it.each([
    [
      'GP',
      'oxycodone 10 mg 1-2 tabs q4h prn, she takes 2 tabs tid - MME?',
      /6 tablets of 10 mg = 60 mg oxycodone\/day x 1.5 = 90 MME\/day, below the prescription's maximum \(120 mg\/day = 180 MME\/day\)/,
      'Total 180 MME/day',
    ],
    [
      'NP',
      'oxycodone 5 mg 1-2 q6h prn; he is taking 1 tab bid - MME?',
      /2 tablets of 5 mg = 10 mg oxycodone\/day x 1.5 = 15 MME\/day, below/,
      'Total 60 MME/day',
    ],
    [
      'pharmacist',
      'tramadol 50 mg 1-2 tabs q6h prn, uses one tab bid - MME?',
      /2 tablets of 50 mg = 100 mg tramadol\/day x 0.2 = 20 MME\/day/,
      'Total 80 MME/day',
    ],
  ])('%s: %j', (_style, q, taken, total) => {
    const text = answer(q);
    expect(text).toMatch(taken);
    expect(text.split('\n')[0]).toContain(total);
  });

  it.each(['oxycodone 10 mg, takes 2 tabs q4h prn - MME?', 'oxycodone 10 mg 2 tabs tid - MME?'])(
    'contrast: the prescription alone has no taken line: %s',
    (q) => {
      expect(answer(q)).not.toMatch(/Taken now/);
    },
  );
});
