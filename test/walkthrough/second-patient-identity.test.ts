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

/**
 * The bare age that opened the second description is case B's age (measures.ts OPENING_AGE): never "Age?" asked
 * again, and the NSAID age > 65 check applies to case B.
 */
describe('the bare opening age stays with the new case', () => {
  const FIRST = '64M LBP 9 months, naproxen 500 bd 8 wk no help, on apixaban, no red flags';
  function caseB(text: string): string {
    let state: unknown;
    let out = '';
    for (const [i, t] of [FIRST, text].entries()) {
      const r = handleTurn(state, coreInput(t, 9200 + i), CORE_OPTIONS);
      if (r.state !== undefined) state = r.state;
      out = r.output.messages.map((m) => m.text).join('\n');
    }
    return out;
  }
  it.each([
    ['terse', '72, LBP 5 months, ibuprofen 600 tds, on apixaban', 72],
    ['GP chatty', '68, LBP 3 months, ibuprofen 400 tds', 68],
    ['UK/AU', '70; low back pain 4/12, naproxen 250 bd, takes warfarin', 70],
    ['dictated', 'patient 71, back pain for 2 months, ibuprofen 400 three times a day', 71],
  ])('%s: "%s" opens case B aged %i', (_, text, age) => {
    const out = caseB(text);
    expect(out).toMatch(/New case B/);
    expect(out).toContain(`- age ${age}`);
    expect(out).not.toMatch(/^- Age\?$/m);
  });

  it('a fresh conversation reads the bare opening age too', () => {
    const r = handleTurn(undefined, coreInput('68, LBP 3 months, ibuprofen 400 tds', 9210), CORE_OPTIONS);
    const out = r.output.messages.map((m) => m.text).join('\n');
    expect(out).toContain('- age 68');
    expect(out).toMatch(/age 68 > 65/);
  });

  it.each([
    ['a list number', '2, LBP 5 months, ibuprofen 600 tds'],
    ['a pain score first', 'LBP 5 months, 7/10, ibuprofen 600 tds'],
  ])('contrast, %s: "%s" gives no age', (_, text) => {
    const r = handleTurn(undefined, coreInput(text, 9220), CORE_OPTIONS);
    expect(r.output.messages.map((m) => m.text).join('\n')).not.toMatch(/^- age \d/m);
  });
});
