import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * A second patient pasted into a chat with an open case, with no "new patient" words and no sex word: the identity
 * facts that conflict (a bare opening age, a back-pain history shorter than the open case's with its own medicines)
 * open a new case, never a merge of two patients' drugs (read-text.ts describesAnotherPatient).
 */
const OPEN = '45M chronic LBP 6 months, naproxen 500 bd 6 wks no help, eGFR 80';

function second(text: string): string {
  let state: unknown;
  for (const [i, t] of [OPEN, text].entries()) {
    const r = handleTurn(state, coreInput(t, 9100 + i), CORE_OPTIONS);
    if (r.state !== undefined) state = r.state;
    if (i === 1) return r.output.messages.map((m) => m.text).join('\n');
  }
  return '';
}

describe('another patient, told by conflicting identity facts', () => {
  it.each([
    ['terse, bare age', '72, LBP 5 months, ibuprofen 400 tds 6 wks no help, on apixaban'],
    ['NP shorthand', '72yo, LBP 5 months, ibuprofen 400 tds 6 wks no help, on apixaban'],
    ['UK/AU', '68; back pain 3/12, naproxen 250 bd no good, takes warfarin'],
    ['pasted, no age', 'LBP 4 months, ibuprofen 400 tds 6 wks no help, on apixaban'],
    ['dictated', 'patient 70, low back pain for 2 months, ibuprofen 400 three times a day not helping, on clopidogrel'],
  ])('%s: "%s" opens case B', (_, text) => {
    expect(second(text)).toMatch(/New case B/);
  });

  it.each([
    ['a correction', 'actually LBP 4 months, naproxen 500 bd 6 wks no help'],
    ['later, longer pain', 'LBP 8 months now, naproxen stopped, duloxetine 60 started'],
    ['a birthday apart', '46, LBP 6 months, started duloxetine 30'],
    ['a follow-up', "he's now on apixaban, 6 wks later still sore"],
    [
      'a review, its drug weeks no pain history',
      'Six weeks on: duloxetine 60 mg od for the last 5 weeks, pain no better',
    ],
  ])('%s: "%s" stays case A', (_, text) => {
    expect(second(text)).not.toMatch(/New case B/);
  });
});
