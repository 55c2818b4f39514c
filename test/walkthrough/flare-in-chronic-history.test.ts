import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { runScenario, textOf } from './drive.js';

/**
 * A flare of days inside a chronic history is recent worsening, not the pain's duration: the chronic duration stands
 * (clinical-reference.md section 2: chronic is more than 12 weeks) and the case stays on the pathway. Pain that is
 * genuinely recent is still not chronic.
 */
const AT = '2026-11-29T10:00:00.000Z';
const weeksOf = (text: string) => extractCaseFacts(text, AT).patch.painDurationWeeks;

function run(note: string): { chronicWeeks: number | undefined; text: string } {
  const { state, outputs } = runScenario({ name: `flare-${note.slice(0, 20)}`, turns: [{ say: note }] });
  return {
    chronicWeeks: activeRecord(state as ConversationState)?.facts.painDurationWeeks,
    text: textOf(outputs.at(-1)!),
  };
}

const NOT_CHRONIC = /not chronic|outside this pathway|not yet chronic/i;

describe('a flare inside a chronic history keeps the chronic duration', () => {
  it.each([
    // ED handover: the spell first, the history after it
    ['ED handover: 58M re-presented with 2 days of worse back pain. Known CLBP x 4 yrs, naproxen 500 bd x 6 wks.', 208],
    ['ED: 58M, 2 days of worse back pain on a background of known CLBP x 4 yrs, naproxen 500 bd 6/52', 208],
    ['58M re-presented with back pain for 2 days. Known CLBP x 4 yrs, on naproxen 500 bd x 6 wks, no help.', 208],
    // GP S/O/A/P
    ['S: 61M. Chronic LBP for many years. Flare x 4 days after gardening. Naproxen 500 bd 6/52 no help.', 104],
    // NP shorthand
    ['60F chronic back pain for years; flare since Tuesday. duloxetine 60 mg daily x 8 wks, partial relief.', 104],
    ['66M longstanding LBP 3 yrs, 1/52 flare after lifting, naproxen 500 bd 8 wk no better', 156],
    // EHR paste
    [
      'Problem list: chronic low back pain (onset 2019). Presenting: 3/7 hx acute exacerbation LBP. Meds: naproxen 500 mg bd 8 wk, no relief.',
      undefined,
    ],
    // dictated
    [
      '52 year old man comma known chronic low back pain for four years comma re presented with two days of worse back pain full stop naproxen 500 twice daily for six weeks no help full stop',
      208,
    ],
    // UK letter
    [
      'Dear Dr, I saw this 47 year old lady with long-standing LBP, worse for 10 days after a slip. Ibuprofen 600 tds for 6 weeks did not help. Yours sincerely',
      undefined,
    ],
  ])('%s', (note, weeks) => {
    const { chronicWeeks, text } = run(note);
    expect(text).not.toMatch(NOT_CHRONIC);
    if (weeks !== undefined) expect(Math.round(chronicWeeks ?? 0)).toBe(weeks);
    else expect(chronicWeeks === undefined || chronicWeeks > 12).toBe(true);
  });
});

describe('the words for a flare are read as a change, not the pain', () => {
  it.each([
    ['2 days of worse back pain', undefined],
    ['1/52 flare', undefined],
    ['10 days of increased pain', undefined],
    ['LBP for years, 5 days flare-up', 104],
  ])('%s', (text, weeks) => {
    expect(weeksOf(`58M ${text}`)).toBe(weeks);
  });
});

describe('pain that is genuinely recent is still not chronic', () => {
  it.each([
    '45M back pain for 5 weeks, no previous history. Ibuprofen 600 tds 4 wks no help.',
    'ED handover 49F, back pain for 3 days, no previous back problems, ibuprofen 400 tds 3 days',
    'S: 38M LBP 6/52 after lifting, first episode. naproxen 500 bd 4 wk no better',
  ])('%s', (note) => {
    const { chronicWeeks, text } = run(note);
    expect(chronicWeeks).toBeLessThanOrEqual(12);
    expect(text).toMatch(NOT_CHRONIC);
  });

  it('"70 years old" is an age, never years of pain', () => {
    expect(weeksOf('pt is 70 years old, back pain 3 weeks')).toBe(3);
  });
});
