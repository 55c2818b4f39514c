import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * A fact told late with a choice between two options in the same turn: the choice is answered first, both options
 * judged against the case with the new fact (intake.ts answerFirst), then the case update.
 */
function second(first: string, text: string, n: number): string[] {
  let state: unknown;
  let out: string[] = [];
  for (const [i, t] of [first, text].entries()) {
    const r = handleTurn(state, coreInput(t, n + i), CORE_OPTIONS);
    if (r.state !== undefined) state = r.state;
    out = r.output.messages.map((m) => m.text);
  }
  return out;
}

const TRIED = '45F LBP 8 months, naproxen 500 bd 6 wk no help, no red flags';
const UNTRIED = '58F LBP 5 months, paracetamol 1 g qds no help, no red flags';

describe('a late fact and a two-option choice in one turn', () => {
  it.each([
    ['GP chatty', TRIED, 'Oh, forgot - she is on apixaban since a DVT. eGFR 71. Naprosyn or Cymbalta for her?'],
    ['terse', TRIED, 'on apixaban, egfr 71. naproxen vs duloxetine?'],
    ['UK/AU', UNTRIED, 'She takes rivaroxaban for AF; eGFR 64. Naproxen or duloxetine for her?'],
    ['dictated', UNTRIED, 'also she is on warfarin since a valve. which is better naproxen or duloxetine'],
  ])('%s: the comparison comes first, then the update', (_, first, text) => {
    const out = second(first, text, 9400);
    expect(out[0]).toMatch(/naproxen\)? (?:or|vs) .*duloxetine|naproxen.*duloxetine/i);
    expect(out[0]).toMatch(/anticoagulant/i);
    expect(out[1]).toMatch(/^Case A updated/);
  });

  it('an untried NSAID carries the anticoagulant told with the question', () => {
    const out = second(UNTRIED, 'She takes rivaroxaban for AF; eGFR 64. Naproxen or duloxetine for her?', 9410);
    expect(out[0]).toMatch(/NSAID \+ anticoagulant/);
    expect(out[0]).not.toMatch(/already tried/);
  });

  it.each([
    ['a late fact, no question', TRIED, 'Oh, forgot - she is on apixaban since a DVT. eGFR 71.'],
    ['one drug asked', TRIED, 'she is on apixaban since a DVT. is duloxetine ok?'],
  ])('contrast, %s: no comparison leads', (_, first, text) => {
    const out = second(first, text, 9420);
    expect(out.join('\n')).not.toMatch(/\bor Cymbalta|\bor duloxetine|vs duloxetine/i);
  });
});
