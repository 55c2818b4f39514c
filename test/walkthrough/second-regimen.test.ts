import { describe, expect, it } from 'vitest';
import { IN_ADDITION, IN_ADDITION_ROWS } from '../../dialogs/walkthrough/read-text.js';
import { converse } from '../helpers/conversation.js';

/**
 * A regimen said to be taken in addition to the case's opioid (class rc21: "also", "as well", "another doctor",
 * "second prescriber") is a second medication: both count toward the MME (clinical-reference.md section 4). A new dose
 * said without those words replaces the old one.
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `second-regimen-${n++}`, at: AT });

describe('IN_ADDITION_ROWS', () => {
  it.each(IN_ADDITION_ROWS.map((r) => [r.cue, r.example, r.counter]))('%s', (_cue, example, counter) => {
    expect(IN_ADDITION.test(example)).toBe(true);
    expect(IN_ADDITION.test(counter)).toBe(false);
  });
});

const OPENINGS: readonly [string, string][] = [
  ['terse', '52M CLBP 3y, failed naproxen and duloxetine, on oxycodone 5 qds, eGFR 80'],
  [
    'GP chatty',
    "Hi - 52 year old man, chronic low back pain for 3 years. Naproxen and duloxetine both failed. He's on oxycodone 5 mg four times a day, eGFR 80.",
  ],
  ['NP shorthand', '52M cLBP x3y. failed naproxen + duloxetine. oxycodone 5 qid. eGFR 80.'],
];

describe('a second prescriber of the same opioid adds a regimen', () => {
  for (const [style, opening] of OPENINGS)
    it.each([
      'another doctor is also prescribing him oxycodone 10 bd.',
      'PDMP shows a second prescriber giving him oxycodone 10 bd as well',
      'he also gets oxycodone 10 bd from another GP',
      'pharmacy says a 2nd prescriber is giving oxycodone 10mg BD as well',
    ])(`${style}, then "%s": 30 + 30 = 60 MME`, (late) => {
      const { replies } = run(opening, late, 'total MME?');
      expect(replies[2]).toMatch(/Case A's opioids: 60 MME\/day/);
      expect(replies[2]).toMatch(/oxycodone 5 mg four times daily is 30 MME\/day/);
      expect(replies[2]).toMatch(/Naloxone/);
    });
});

describe('contrast: a new dose replaces the old one', () => {
  it.each(['oxycodone now 10 bd', 'he is on oxycodone 10 bd now'])('"%s": 30 MME', (late) => {
    const { replies } = run(OPENINGS[0]![1], late, 'total MME?');
    expect(replies[2]).toMatch(/Case A's opioids: 30 MME\/day/);
    expect(replies[2]).not.toMatch(/four times daily/);
  });

  it('the same regimen said again with "also" stays one', () => {
    const { replies } = run(OPENINGS[0]![1], 'he is also on oxycodone 5 qds', 'total MME?');
    expect(replies[2]).toMatch(/Case A's opioids: 30 MME\/day/);
  });
});

describe('a second opioid product said late is recorded, not answered as a question', () => {
  const OXYCONTIN: readonly [string, string][] = [
    ['terse', '52M CLBP 3y, failed naproxen and duloxetine, on OxyContin 20 bd, eGFR 80'],
    ['NP shorthand', '52M cLBP x3y. failed naproxen + duloxetine. OxyContin 20 bid. eGFR 80.'],
  ];
  for (const [style, opening] of OXYCONTIN)
    it.each([
      'oh and he also has oxycodone IR 5 mg up to qds for breakthrough',
      'forgot to say - OxyNorm 5 mg qds prn too',
      'one more thing, he has oxycodone IR 5mg QDS PRN as well',
    ])(`${style}, then "%s": 60 + 30 = 90 MME`, (late) => {
      const { replies } = run(opening, late, 'total MME?');
      expect(replies[1]).not.toMatch(/opioid start: not yet/);
      expect(replies[2]).toMatch(/Case A's opioids: 90 MME\/day/);
      expect(replies[2]).toMatch(/avoid or carefully justify >= 90/);
    });

  it('contrast: a question about another product is answered, the case keeps 60 MME', () => {
    const { replies } = run(OXYCONTIN[0]![1], 'oh and what about oxycodone IR 5 mg qds?', 'total MME?');
    expect(replies[2]).toMatch(/Case A's opioids: 60 MME\/day/);
  });
});
