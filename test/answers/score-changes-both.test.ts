import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: two outcome measures moving apart ("pain 6 to 4 but ODI 40 to 52", "NRS better 7->5, function worse, ODI
 * 30->38", "ODI improved 50 to 36 but pain unchanged at 7"): the reply reports both changes against their minimal
 * important change (clinical-reference.md section 5: pain 2 points or 30%, ODI 10 points or 30%) and that the
 * guideline weighs function (monitoring lines, [1] and [3]). Several clinician styles; contrasts that must not change.
 */
let n = 0;
const reply = (...says: string[]): string => converse(says, { key: `scores-${n++}` }).replies.at(-1) ?? '';
const PAIN_WORSE_ODI =
  /Pain improved meaningfully, ODI worse: the guideline weighs function, which did not improve meaningfully/;

describe('pain and the ODI said together, as a question', () => {
  it.each([
    [
      'terse',
      'pain 6 to 4 but ODI 40 to 52',
      PAIN_WORSE_ODI,
      [
        /Pain 6\/10 to 4\/10: 2 points better \(33% from baseline\): meets the minimal important change/,
        /ODI 40% to 52%: worse by 12 points/,
      ],
    ],
    [
      'NP shorthand',
      'NRS better 7->5, function worse, ODI 30->38',
      PAIN_WORSE_ODI,
      [/Pain 7\/10 to 5\/10: 2 points better \(29% from baseline\): meets/, /ODI 30% to 38%: worse by 8 points/],
    ],
    [
      'function better, pain flat',
      'ODI improved 50 to 36 but pain unchanged at 7',
      /ODI improved meaningfully, pain unchanged: the guideline weighs function, which improved meaningfully/,
      [/ODI 50% to 36%: 14 points better \(28% from baseline\): meets/, /Pain 7\/10 to 7\/10: no change/],
    ],
    [
      'UK',
      'pain down from 8 to 5, ODI up from 30 to 42 - how do I read that?',
      PAIN_WORSE_ODI,
      [/Pain 8\/10 to 5\/10: 3 points better/, /ODI 30% to 42%: worse by 12 points/],
    ],
    [
      'bracketed, asked',
      'VAS better (6->4) but ODI worse 44->50 - what does that mean?',
      PAIN_WORSE_ODI,
      [/ODI 44% to 50%: worse by 6 points/],
    ],
    [
      'dictated',
      "so her pain's gone from 6 down to 4, but the Oswestry has gone up from 40 to 52 percent",
      PAIN_WORSE_ODI,
      [/ODI 40% to 52%: worse by 12 points/],
    ],
  ])('%s: %s', (_style, text, title, parts) => {
    const out = reply(text);
    expect(out).toMatch(title);
    for (const p of parts) expect(out).toMatch(p);
    expect(out).toMatch(/10 points on the ODI, or 30% from baseline/);
    expect(out).toMatch(/2 points on a 0-10 pain scale, or 30% from baseline/);
    expect(out).toMatch(/Focus on functional goals[^\n]*\[1\]/);
    expect(out).toMatch(/not pain scores alone\. \[3\]/);
  });
});

describe('in a case: both changes, and what the guideline weighs', () => {
  it.each([
    [
      'follow-up note',
      ['58M CLBP 1 yr, no red flags, on duloxetine 60 daily 6 wks', 'f/u: pain 6 to 4 but ODI 40 to 52'],
      /Pain 6\/10 to 4\/10: 2 points better[^;]*; ODI 40% to 52%: worse by 12 points \[\d+\]\. The guideline weighs function, which did not improve meaningfully \[1\]\[3\]/,
    ],
    [
      'EHR paste',
      ['Pain 7/10 -> 5/10 but Oswestry 38% -> 46%'],
      /Pain 7\/10 to 5\/10[^;]*; ODI 38% to 46%: worse by 8 points/,
    ],
    [
      'AU review',
      [
        '62F CLBP 2y, no red flags, naproxen 500 bd 8 wks',
        '4 weeks later ODI improved 50 to 36 but pain unchanged at 7',
      ],
      /ODI 50% to 36%: 14 points better[^;]*; Pain 7\/10 to 7\/10: no change \[\d+\]\. The guideline weighs function, which improved meaningfully/,
    ],
  ])('%s', (_style, says, line) => {
    expect(reply(...says)).toMatch(line);
  });

  it('function decides the follow-up reading: pain better but ODI worse is no meaningful improvement', () => {
    const { state } = converse(
      ['58M CLBP 1 yr, no red flags, on duloxetine 60 daily 6 wks', 'f/u: pain 6 to 4 but ODI 40 to 52'],
      {
        key: 'scores-facts',
      },
    );
    const facts = (state as { cases: { facts: Record<string, unknown> }[] }).cases[0]!.facts;
    expect(facts.improvedSinceLastVisit).toBe('no');
    expect(facts.oswestryPercent).toBe(52);
  });
});

describe('contrasts that must not change', () => {
  it.each([
    ['pain 7 to 4 - meaningful?', /Pain 7\/10 to 4\/10: meets the minimal important change/],
    ['Oswestry went from 48% to 40% - meaningful?', /ODI 48% to 40%: below the minimal important change/],
    [
      'pain from 8 to 5 but doing nothing more at home - a win?',
      /but function has not improved: the guideline's goal is function/,
    ],
    [
      'pain 7 to 3 and ODI 50 to 30, good?',
      /Pain 7\/10 to 3\/10 and ODI 50% to 30%: both meet the minimal important change/,
    ],
  ])('%s', (q, title) => {
    expect(reply(q)).toMatch(title);
  });
});
