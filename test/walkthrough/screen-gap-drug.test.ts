import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * A drug asked with the red-flag screen done except the cauda equina items ("didn't get to ask about bladder or saddle
 * numbness, rest fine, ok to start naproxen?"): not yet, those questions first (reference section 6), then the drug's
 * answer. Contrast: a complete screen gets the drug answer alone.
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `screen-gap-${n++}`, at: AT });

describe('a quick drug question with the cauda equina items not asked', () => {
  it.each([
    ['terse', "didn't get to ask about bladder or saddle numbness, rest fine, ok to start naproxen?"],
    [
      'GP chatty',
      'Ran out of time to ask about saddle numbness or bladder - rest of red flags fine. OK to start duloxetine?',
    ],
    ['NP shorthand', 'RF neg apart from CES qs not asked - ok to start dulox?'],
    [
      'UK',
      "haven't asked about saddle anaesthesia or bladder yet, otherwise no red flags. can I start naproxen 500 bd?",
    ],
    [
      'pharmacist',
      'Rx naproxen 500 bd. forgot to ask re bladder/bowel and saddle sensation, other red flags negative. ok to dispense?',
    ],
  ])('%s: "%s"', (_style, ask) => {
    const text = run(ask).replies[0]!;
    expect(text).toMatch(/^\*\*Not yet: first complete the red-flag screen: check [^\n]*\(cauda equina syndrome\)/);
    expect(text).toMatch(/\*\*(?:Naproxen|Duloxetine)/);
    expect(text.indexOf('Not yet')).toBeLessThan(text.search(/\*\*(?:Naproxen|Duloxetine)/));
  });

  it.each(['no red flags, ok to start naproxen?', 'red flags all negative incl bladder and saddle, dulox ok?'])(
    'contrast, a screen completed: "%s" gets no "not yet"',
    (ask) => {
      expect(run(ask).replies[0]).not.toContain('first complete the red-flag screen');
    },
  );
});

describe('a case opened with the cauda equina items not asked, and a drug asked', () => {
  it.each([
    "58M chronic LBP 6 months, naproxen 500 bd 6 wks no help. red flags negative except didn't ask about bladder or saddle numbness. ok to start duloxetine?",
    '58M cLBP 6/12, naproxen 500 bid x6wk failed. RF neg, CES qs not asked. dulox ok?',
  ])('"%s" leads with not yet', (note) => {
    expect(run(note).replies[0]).toMatch(
      /^\*\*Answer: not yet: first complete the red-flag screen \(not completed: check/,
    );
  });
});
