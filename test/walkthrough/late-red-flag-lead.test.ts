import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * "does that change anything?" after a late red flag (class rc21): the lead carries the strictest finding, the flag
 * and its urgency (clinical-reference.md section 6), never "no change to the plan" above a plan that says emergency.
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `late-red-flag-${n++}`, at: AT });

const OPENINGS: readonly [string, string][] = [
  ['terse', '68F CLBP 2y, tried paracetamol, on naproxen 500 bd, eGFR 75'],
  [
    'GP chatty',
    "Hi, I've got a 68 year old lady with chronic low back pain for two years. Paracetamol didn't do much, she's on naproxen 500 mg twice a day. eGFR 75.",
  ],
  ['NP shorthand', '68F cLBP x2y. APAP failed. naproxen 500 bid. eGFR 75.'],
  ['UK', '68 y/o woman, CLBP 2 yrs, paracetamol tried, naproxen 500mg BD, eGFR 75'],
];

const ASKS = ['any difference?', 'does that change anything?', 'still ok?'];

describe('a late red flag leads the answer with its urgency', () => {
  for (const [style, opening] of OPENINGS)
    it.each(ASKS)(`${style}: saddle numbness, then "%s"`, (ask) => {
      const { replies } = run(opening, 'she has new saddle numbness', ask);
      expect(replies[2]).toMatch(/^\*\*What changed for case A: red flag, suspected cauda equina syndrome:\*\*/);
      expect(replies[2]).toMatch(/emergency, same-day assessment/);
      expect(replies[2]).not.toMatch(/No change to the plan/);
    });

  it('cancer signs said in passing: prompt evaluation', () => {
    const { replies } = run(
      OPENINGS[0]![1],
      'oh and she has lost 7 kg without trying and hx breast ca',
      'does that change anything?',
    );
    expect(replies[2]).toMatch(/^\*\*What changed for case A: red flag, suspected cancer:\*\*/);
    expect(replies[2]).toMatch(/prompt evaluation/);
    expect(replies[2]).not.toMatch(/No change to the plan/);
  });

  it('a fact after the flag: the flag still stands, not "no change to the plan"', () => {
    const { replies } = run(OPENINGS[0]![1], 'she has new saddle numbness', 'eGFR 80 on repeat', 'any difference?');
    expect(replies[3]).toMatch(/^\*\*No change for case A: the red flag still stands \(suspected cauda equina/);
    expect(replies[3]).toMatch(/emergency, same-day assessment/);
  });
});

describe('contrast: a fact that changes nothing still says so, with the screen state', () => {
  it('no red flag, a neutral fact: no change, the screen still to complete', () => {
    const { replies } = run(OPENINGS[0]![1], 'forgot to say - eGFR 85', 'does that change anything?');
    expect(replies[2]).toMatch(/^\*\*No change to the plan for case A:\*\*/);
    expect(replies[2]).toMatch(/red-flag screen is still not completed/);
  });

  it('screen clear: no change, no screen note', () => {
    const { replies } = run(
      `${OPENINGS[0]![1]}, no red flags`,
      'forgot to say - eGFR 85',
      'does that change anything?',
    );
    expect(replies[2]).toMatch(/^\*\*No change to the plan for case A:\*\*/);
    expect(replies[2]).not.toMatch(/red-flag screen/);
  });
});
