import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * A patient already on an opioid (helper fa18 class 1): the step line judges the opioid taken (its MME where
 * computable, the guideline's review: continue only with a meaningful gain in function), never "not yet (gate
 * closed)", and the plan never starts a first opioid or tramadol on top. Contrasts keep the gate line: no opioid, an
 * opioid only planned or refused, a companion's opioid.
 */
let n = 0;
const replies = (...says: string[]) => converse(says, { key: `opioid-in-use-${n++}` }).replies;
const GATE = 'Opioids: not yet (gate closed)';
const REVIEW = 'Opioid already taken';
const RULE = 'stop if function does not improve meaningfully (not just pain scores)';

describe('already on an opioid: the review, not the gate', () => {
  it.each([
    ['terse', '58M CLBP 2y, naproxen failed 8 wk, no red flags, oxycodone 10 mg qid', '60 MME/day'],
    [
      'GP chatty',
      "Seeing a 61 year old man with back pain for about two years, no red flags, ibuprofen didn't help over 6 weeks. He's on Norco 5/325 four times a day.",
      '20 MME/day',
    ],
    ['NP shorthand', 'pt 55F LBP x18/12, no RF, NSAID fail, fentanyl 25 mcg/hr patch', '60 MME/day'],
    [
      'UK',
      '64F, chronic LBP 3 yrs, nil red flags, naproxen no good. Takes co-codamol 30/500 2 tabs qds and tramadol stopped last year',
      undefined,
    ],
    [
      'dictated',
      'new patient fifty two year old female chronic low back pain three years no red flags naproxen failed currently on morphine 15 mg twice daily',
      '30 MME/day',
    ],
    [
      'EHR paste',
      'Age: 49 M\nDx: chronic LBP > 12 months\nRed flags: none\nMeds: tramadol 50 mg QID (current); naproxen 500 BID (ineffective)',
      '40 MME/day',
    ],
  ])('%s', (_style, text, mme) => {
    const [reply] = replies(text);
    expect(reply).not.toContain(GATE);
    expect(reply).toContain(REVIEW);
    if (mme) expect(reply).toContain(`${REVIEW} (${mme})`);
    expect(reply).toContain(RULE);
    expect(reply).not.toMatch(/Start with the lowest effective dose|Add tramadol/);
  });

  it('the plan keeps the review mid-case', () => {
    const [, plan] = replies('58M CLBP 2y, naproxen failed 8 wk, no red flags, oxycodone 10 mg qid', 'plan');
    expect(plan).toContain(`${REVIEW} (60 MME/day)`);
    expect(plan).not.toContain(GATE);
  });

  it('"why", the note and the case list say the review; "why" keeps the gate checklist', () => {
    const [, why, note, cases] = replies(
      '58M CLBP 2y, naproxen failed 8 wk, no red flags, oxycodone 10 mg qid',
      'why',
      'note',
      'cases',
    );
    for (const reply of [why, note, cases]) expect(reply).toContain(`${REVIEW} (60 MME/day)`);
    expect(why).toContain('**Opioid gate**');
  });

  it('an opioid said later turns the gate into the review', () => {
    const [first, second] = replies(
      '58M CLBP 2y, naproxen failed 8 wk, no red flags',
      'he is also on oxycodone 5 mg bd',
    );
    expect(first).not.toContain(REVIEW);
    expect(second).toContain(REVIEW);
  });
});

describe('contrasts: the gate line stays', () => {
  it.each([
    ['no opioid', '58M CLBP 2y, naproxen failed 8 wk, duloxetine 60 mg 8 wk failed, no red flags'],
    [
      'opioid only planned',
      '58M CLBP 2y, naproxen failed 8 wk, duloxetine 60 mg 8 wk failed, no red flags. Thinking of starting oxycodone',
    ],
    [
      'opioid refused',
      '58M CLBP 2y, naproxen failed 8 wk, duloxetine 60 mg 8 wk failed, no red flags. Refused tramadol',
    ],
    [
      'opioid stopped',
      '58M CLBP 2y, naproxen failed 8 wk, duloxetine 60 mg 8 wk failed, no red flags, oxycodone stopped last year',
    ],
    [
      "a companion's opioid",
      '58M CLBP 2y, naproxen failed 8 wk, duloxetine 60 mg 8 wk failed, no red flags. His wife takes oxycodone',
    ],
  ])('%s', (_name, text) => {
    const [reply] = replies(text);
    expect(reply).toContain(GATE);
    expect(reply).not.toContain(REVIEW);
  });
});

/**
 * Past use and intolerance (reviewer item 6): "was on", "previously", "used to", "until <a past time>" and an
 * opioid that made him vomit are not taken now, so the gate line and its unmet conditions stay, said in the case's
 * first message or in a later turn (the case reader's stop rows and outcome rows, stopped.ts and outcomes.ts).
 */
describe('past or not-tolerated opioid: the gate line stays', () => {
  const CASE = '58M CLBP 2y, naproxen failed 8 wk, duloxetine 60 mg 8 wk failed, no red flags';
  it.each([
    ['terse', 'was on oxycodone until March'],
    ['NP shorthand', 'previously on tramadol 50 qid'],
    ['GP chatty', 'he used to take tramadol but not any more'],
    ['UK', 'co-codamol 30/500 till last month'],
    ['dictated', 'codeine made him vomit'],
    ['EHR paste', 'Meds: oxycodone 5 mg (not tolerated)'],
  ])('%s: "%s" later', (_style, said) => {
    const [, , plan] = replies(CASE, said, 'plan');
    expect(plan).toContain(GATE);
    expect(plan).not.toContain(REVIEW);
    expect(plan).toMatch(/Opioid gate not open/);
  });

  it.each([
    ['terse', `${CASE}, was on oxycodone until March`],
    ['GP chatty', `${CASE}. He was previously on tramadol 50 qid`],
  ])('%s: said in the first message', (_style, text) => {
    const [reply] = replies(text);
    expect(reply).toContain(GATE);
    expect(reply).not.toContain(REVIEW);
  });

  it.each([
    ['taken now', 'on tramadol 50 qid'],
    ['an until-word with no past time is a plan, still taken', 'he is on oxycodone 5 mg bd until his review'],
    ['past use then taken again', 'was on oxycodone, and still on it'],
  ])('contrast, %s: the review', (_name, said) => {
    const [, second] = replies(CASE, said);
    expect(second).toContain(REVIEW);
  });
});
