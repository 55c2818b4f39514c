import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Scores at follow-up judge the trial once, one verdict per reply: a baseline the case holds and a score said later
 * (or a baseline corrected under a score it holds) are judged against the minimal important change
 * (clinical-reference.md section 5; function decides); a trial said with its time and no outcome word, followed by
 * its scores, is that trial's outcome (guideline: do not continue ineffective medicines).
 */
let n = 0;
const talk = (turns: string[]) => converse(turns, { key: `scores-follow-up-${n++}` }).replies;

describe('a baseline said in one turn, the latest scores in another', () => {
  it.each([
    [
      '45M CLBP 2y, no red flags, no leg pain. Pain 7/10 at baseline. ODI 48% at baseline. On duloxetine 60 mg 8 wks.',
      'pain now 6/10, ODI now 46%',
    ],
    [
      'Pt 50F, chronic LBP 3 yrs, RF neg, axial only. Baseline ODI 48%. Duloxetine 60 mg daily x 10 wks.',
      'f/u: ODI now 44%',
    ],
  ])('below the minimal important change after an adequate trial: failed (%s)', (first, later) => {
    const [, reply] = talk([first, later]);
    expect(reply).toMatch(/duloxetine failed \(60 mg daily, \d+ wk: an adequate trial\)/);
    expect(reply).not.toMatch(/Continue: duloxetine/);
  });

  it('a meaningful fall on the ODI: continued', () => {
    const [, reply] = talk([
      '45M CLBP 2y, no red flags, no leg pain. ODI 48% at baseline. On duloxetine 60 mg 8 wks.',
      'review today: ODI now 30%',
    ]);
    expect(reply).toMatch(/Continue: duloxetine 60 mg daily/);
    expect(reply).not.toMatch(/duloxetine failed/);
  });
});

describe('a corrected baseline re-judges the trial', () => {
  it.each(['sorry ODI was 60% at baseline not 40', 'correction: baseline ODI was 60%, not 40%'])(
    '60 -> 42 meets the minimal important change: continued (%s)',
    (correction) => {
      const [first, corrected, plan] = talk([
        '45M CLBP 2y, no red flags, no leg pain. On duloxetine 60 mg 8 wks. ODI 40% -> 42%, pain 7->4',
        correction,
        'plan',
      ]);
      expect(first).toMatch(/duloxetine failed/);
      expect(corrected).toMatch(/Continue: duloxetine 60 mg daily/);
      expect(plan).toMatch(/Continue: duloxetine 60 mg daily/);
      expect(plan).not.toMatch(/duloxetine failed/);
      // the corrected scores answer whether it helps
      expect(corrected).not.toMatch(/Duloxetine: is it helping/);
      expect(plan).not.toMatch(/Duloxetine: is it helping/);
    },
  );
});

describe('an NSAID trial said with its time and its scores: one verdict', () => {
  it.each([
    '52F CLBP 2y, no red flags, no leg pain. Naproxen 500 bd for 8 wk. Pain 7/10 -> 3/10, ODI 40% -> 36%.',
    '52 yo woman, chronic low back pain two years, no red flags, no sciatica, naproxen 500 mg twice daily for 8 weeks, pain 7 to 3, ODI 40 to 36',
    'NP: 52F CLBP, RF neg, axial. ibuprofen 600 tds x 6/52. ODI 40 -> 38, pain 6 -> 5.',
  ])('function not meaningfully better: failed, never continued (%s)', (text) => {
    const [reply] = talk([text]);
    expect(reply).toMatch(/(?:naproxen|ibuprofen) failed/);
    expect(reply).not.toMatch(/Continue: (?:naproxen|ibuprofen)/);
    expect(reply).not.toMatch(/(?:Naproxen|Ibuprofen): did it help/);
  });

  it('a meaningful functional gain: continued, not failed', () => {
    const [reply] = talk([
      '52F CLBP 2y, no red flags, no leg pain. Naproxen 500 bd for 8 wk. Pain 7/10 -> 3/10, ODI 40% -> 20%.',
    ]);
    expect(reply).toMatch(/Continue: naproxen 500 mg twice daily/);
    expect(reply).not.toMatch(/naproxen failed/);
  });
});

describe('two timed trials: the scores judge only the trial they are said of', () => {
  it.each([
    '52F CLBP 2y, no red flags, no leg pain. Tramadol 50 qid for 6 wk. Naproxen 500 bd for 8 wk. Pain 7/10 -> 6/10, ODI 40% -> 38%.',
    'NP: 52F CLBP, RF neg, axial. tramadol 50 qid x 6/52, naproxen 500 bd x 8/52. ODI 40 -> 38, pain 7 -> 6.',
  ])('the naproxen the scores follow fails; the tramadol is not judged (%s)', (text) => {
    const [reply] = talk([text]);
    expect(reply).toMatch(/naproxen failed/);
    expect(reply).not.toMatch(/tramadol failed/);
  });

  it.each([
    [
      '58M CLBP 3y, no red flags, no leg pain. Tramadol 50 qid for 6 wk, naproxen 500 bd for 8 wk.',
      '3-month review: function no better',
    ],
    [
      'Dictated: fifty eight year old man, back pain three years, no red flags. Tramadol 50 mg four times a day for 6 weeks and naproxen 500 twice daily for 8 weeks.',
      'follow up today, pain no better',
    ],
  ])('a later "no better" with two timed trials does not fail the tramadol (%s)', (first, later) => {
    // (it may answer the naproxen question the first reply asks)
    const [, reply] = talk([first, later]);
    expect(reply).not.toMatch(/tramadol failed/);
    expect(reply).not.toMatch(/opioid gate: near|Drug steps exhausted/i);
  });
});
