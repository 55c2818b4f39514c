import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { SOUND_ALIKE_LEAD } from '../../dialogs/spoken-names.js';
import type { OutputMessage } from '../../dialogs/turn-types.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * Dictated or autocorrected drug and score names (dialogs/spoken-names.ts): a turn that would dead-end, or asks about
 * a drug without naming one, gets "Did you mean ...?" with the corrected question as its button; the guess is never
 * acted on (no answer about it, no fact written). Ordinary English and texts that name a drug are answered as before.
 */
const reply = (text: string): OutputMessage[] => handleTurn(undefined, coreInput(text), CORE_OPTIONS).output.messages;

describe('a dictated name is offered, never acted on', () => {
  it.each([
    ['terse', 'pre gabba lin dose?', 'pregabalin dose?'],
    [
      'GP chatty',
      'hi, wondering what dose of pre gabba lin you would use for sciatica',
      'hi, wondering what dose of pregabalin you would use for sciatica',
    ],
    ['NP shorthand', 'do lox eh teen start dose?', 'duloxetine start dose?'],
    ['UK/AU', 'tram a doll max dose for an elderly chap?', 'tramadol max dose for an elderly chap?'],
    ['dictated voice', 'tap and tall for back pain question mark', 'tapentadol for back pain?'],
    ['score dictated', 'oh swest tree score meaning?', 'Oswestry score meaning?'],
    ['pharmacist', 'Rx pre gabba lin 75 bd ok to dispense?', 'Rx pregabalin 75 bd ok to dispense?'],
  ])('%s: %s', (_style, text, corrected) => {
    const [first, ...rest] = reply(text);
    expect(rest).toEqual([]);
    expect(first!.text.startsWith(SOUND_ALIKE_LEAD)).toBe(true);
    expect(first!.suggestedActions?.map((a) => a.value)).toEqual([corrected]);
    // the button's question is answered in full
    const [answer] = reply(corrected);
    expect(answer!.text.startsWith(SOUND_ALIKE_LEAD)).toBe(false);
    expect(answer!.text).not.toMatch(/I didn't recognise|^This pathway does not cover that/);
  });

  it('writes nothing into an open case, and asks its question again', () => {
    let state = handleTurn(
      undefined,
      coreInput('new case 58M chronic low back pain 6 months, failed naproxen 500 bd for 6 weeks, no red flags', 1),
      CORE_OPTIONS,
    ).state;
    const before = JSON.stringify(state?.cases);
    const turn = handleTurn(state, coreInput('do lox eh teen 60 mg dose ok?', 1), CORE_OPTIONS);
    state = turn.state;
    expect(turn.output.messages[0]!.text.startsWith(SOUND_ALIKE_LEAD)).toBe(true);
    expect(turn.output.messages.at(-1)!.text).toMatch(/^Back to case A/);
    expect(JSON.stringify(state?.cases)).toBe(before);
  });
});

describe('contrasts that do not change', () => {
  it.each([
    'what is the MME plan?',
    'last trial failed what next',
    'a level of pain 7',
    'do a lot of walking?',
    'tap and go?',
    'tramadol max dose?',
    'gaba pen tin dose',
    'what dose of it?',
  ])('%s', (text) => {
    for (const m of reply(text)) expect(m.text.startsWith(SOUND_ALIKE_LEAD)).toBe(false);
  });

  it('a score read out letter by letter is calculated', () => {
    const [first] = reply('O D I raw score thirty one out of forty five, one section skipped');
    expect(first!.text).toMatch(/Oswestry Disability Index: 68\.9%/);
  });
});
