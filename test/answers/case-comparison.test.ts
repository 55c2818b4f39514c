import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * A comparison asked inside a case ("naproxen or duloxetine for her?", "does that change which one?") judges both
 * options against this patient: the case's drugs (an anticoagulant with the NSAID), its rule-outs (fluvoxamine, an
 * MAOI, CrCl < 30 for duloxetine) and its closed trials; no single-drug case answer above it, and a co-medication named
 * in the question is no "not a pathway option" line.
 */
function talk(turns: readonly string[], n: number): string {
  let state: unknown;
  let last = '';
  for (const [i, t] of turns.entries()) {
    const r = handleTurn(state, coreInput(t, 9200 + n * 10 + i), CORE_OPTIONS);
    if (r.state !== undefined) state = r.state;
    last = r.output.messages.map((m) => m.text).join('\n');
  }
  return last;
}

describe('a comparison inside a case', () => {
  it('GP chatty: the anticoagulant judges the NSAID, no single-drug answer above it', () => {
    const out = talk(['58M LBP 5 months, on warfarin', 'ibuprofen vs duloxetine for him?'], 1);
    expect(out).toMatch(/Ibuprofen or Duloxetine/);
    expect(out).toMatch(/With case A's medicines:\*\* NSAID \+ anticoagulant/);
    expect(out).not.toMatch(/either is a guideline option/);
    expect(out).not.toMatch(/\*\*Answer: yes/);
  });

  it('NP shorthand: an MAOI rules duloxetine out', () => {
    const out = talk(
      ['58M LBP 5 months, naproxen 500 bd 2 wks partial, takes phenelzine', 'naproxen or duloxetine?'],
      2,
    );
    expect(out).toMatch(/Duloxetine:\*\* not for this patient \(on an MAOI\)/);
  });

  it('UK/AU: a trial the case closed is not offered again', () => {
    const out = talk(['58F chronic LBP 6/12, naproxen 500 bd 6/52 no help', 'naproxen or duloxetine for her?'], 3);
    expect(out).toMatch(/Naproxen:\*\* already tried in case A/);
    expect(out).toMatch(/Duloxetine:\*\* Add duloxetine/);
  });

  it('dictated: "does that change which one?" after fluvoxamine judges both against the case', () => {
    const out = talk(
      [
        '67F chronic LBP 6 months, on apixaban, no NSAID tried',
        'naproxen or duloxetine for her?',
        'on fluvoxamine too',
        'does that change which one?',
      ],
      4,
    );
    expect(out).toMatch(/Duloxetine:\*\* not for this patient \(on a potent CYP1A2 inhibitor/);
    expect(out).toMatch(/NSAID \+ anticoagulant/);
    expect(out).not.toMatch(/MRI/);
  });

  it('pharmacist style: fluvoxamine named with the question is no "not a pathway option" line', () => {
    const out = talk(
      [
        '58F chronic LBP 6 months, eGFR 70, no NSAID tried yet',
        "she's just been started on fluvoxamine - does that change which one?",
      ],
      5,
    );
    expect(out).not.toMatch(/not one of the pathway's options|not covered by this pathway/);
    expect(out).toMatch(/Duloxetine:\*\* not for this patient/);
  });

  it('contrast: with no case open, "naproxen or duloxetine?" stays the general comparison', () => {
    const out = talk(['naproxen or duloxetine?'], 6);
    expect(out).toMatch(/either is a guideline option/);
  });

  it('contrast: a single drug asked in a case keeps its case answer', () => {
    const out = talk(['58M LBP 5 months, on warfarin', 'duloxetine ok for him?'], 7);
    expect(out).toMatch(/\*\*Answer: /);
  });
});
