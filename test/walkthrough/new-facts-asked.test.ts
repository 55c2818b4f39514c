import { describe, expect, it } from 'vitest';
import { ASKS_IF_IT_MATTERS } from '../../dialogs/walkthrough/case-answer.js';
import { converse } from '../helpers/conversation.js';

/**
 * Class f8-1: a later turn that says a new fact and asks whether it matters is a case update AND an answer: the fact
 * joins the case, and the reply first says what the sources say of it for this patient's medicines (reference
 * section 2), never a dead end or the bare plan.
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `new-facts-${n++}`, at: AT });
const json = (state: unknown) => JSON.stringify(state);

const ON_DULOXETINE: readonly [string, string][] = [
  [
    'GP note',
    '72 yo woman, chronic LBP 6 months, on duloxetine 60 mg daily for 8 weeks, partial response. no red flags.',
  ],
  [
    'UK letter',
    'Dear Dr, thank you for seeing this 74 year old lady with 9 months of low back pain. She takes duloxetine 60 mg daily, started 10 weeks ago, with some benefit. No red flags.',
  ],
  ['NP shorthand', '76F cLBP x1y. dulox 60 qd x10wk, partial. RF neg.'],
  [
    'dictated',
    'seventy three year old woman comma chronic low back pain one year comma duloxetine sixty mg daily ten weeks partial relief full stop no red flags',
  ],
];

describe('a sodium result on duloxetine: recorded, hyponatraemia risk said first (class f8-1)', () => {
  for (const [style, opening] of ON_DULOXETINE)
    it.each([
      'her sodium came back at 128, does that matter?',
      'her sodium came back at one hundred and twenty-eight comma does that matter question mark',
      'Na 129 on the repeat bloods - is that a problem?',
    ])(`${style}, then "%s"`, (ask) => {
      const { replies, state } = run(opening, ask);
      const text = replies[1]!;
      expect(text).toMatch(/^\*\*Sodium 12\d mmol\/L, recorded: it matters for duloxetine/);
      expect(text).toContain('hyponatraemia risk in older adults');
      expect(text).not.toContain('could not read that');
      expect(json(state)).toMatch(/"sodiumMmolL":12\d/);
    });
});

describe('abnormal liver tests: recorded, the liver rules said with their limits (class f8-1)', () => {
  it.each([
    ['ED handover', '58M chronic LBP 5 months, naproxen 500 mg bd 6 weeks no help, no red flags', 'duloxetine'],
    [
      'EHR paste',
      'Age: 64 Sex: M\nProblem: chronic low back pain 2 years\nMeds: naproxen 500 mg BID x 6 wks (no benefit); duloxetine 60 mg daily x 8 wks (partial)\nRed flags: none',
      'duloxetine',
    ],
  ])('%s, then "LFTs came back deranged - does that change things?"', (_style, opening, drug) => {
    const { replies, state } = run(opening, 'LFTs came back deranged - does that change things?');
    expect(replies[1]).toContain(`**Abnormal liver tests, recorded: it matters for ${drug}`);
    expect(replies[1]).toContain('not a test result');
    expect(replies[1]).toContain('Avoid duloxetine in chronic liver disease');
    expect(json(state)).toContain('"liverTestsAbnormal":"yes"');
  });
});

describe('an age said with "still ok?": recorded, the age cap said first (class f8-1)', () => {
  it('tramadol next at 80: the label cap over 75', () => {
    const { replies, state } = run(
      '58M chronic low back pain 5 months, naproxen 500 mg bd 6 weeks no help, duloxetine 60 mg 8 weeks no help, no red flags',
      'he is 80 now, still ok?',
    );
    expect(replies[1]).toMatch(/^\*\*Age 80, recorded: it matters for tramadol/);
    expect(replies[1]).toContain('maximum 300 mg/day');
    expect(json(state)).toContain('"age":80');
  });
});

describe('contrasts: nothing to answer first', () => {
  it('an opening note with an age and no such question has no finding line', () => {
    const text = run(ON_DULOXETINE[0]![1]).replies[0]!;
    expect(text).not.toContain('recorded: it matters');
  });

  it('"naproxen sodium" in a later turn is the drug, not a blood result', () => {
    const { state } = run(ON_DULOXETINE[0]![1], 'also takes naproxen sodium 550 bd, is that ok?');
    expect(json(state)).not.toContain('sodiumMmolL');
  });

  it.each(['does that matter?', 'is that a problem?', 'still ok?', 'should I worry?', 'does it change things?'])(
    'matters phrasing: %s',
    (q) => expect(ASKS_IF_IT_MATTERS.test(q)).toBe(true),
  );
});
