import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { SOUND_ALIKE_LEAD } from '../../dialogs/spoken-names.js';
import type { OutputMessage } from '../../dialogs/turn-types.js';
import { SPOKEN_FORMS, soundAlikes } from '../../src/clinical/language/sound-alike.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * Class: reference opioid names dictated in ways the sound-alike key misses ("hydro morph own", "bew prenor feen",
 * "co deen", "oxy con tin") are offered as "Did you mean" buttons from SPOKEN_FORMS rows, never acted on; English
 * phrases near them are not drug names.
 */
let n = 0;
const reply = (text: string): OutputMessage[] =>
  handleTurn(undefined, coreInput(text, n++), CORE_OPTIONS).output.messages;
const names = (text: string) => soundAlikes(text).map((s) => s.name);

describe('SPOKEN_FORMS rows', () => {
  it.each(SPOKEN_FORMS.map((r) => [r.name, r.example, r.counter] as const))('%s: %s / not: %s', (name, ex, counter) => {
    expect(names(ex)).toContain(name);
    expect(names(counter)).not.toContain(name);
  });
  it('every form of a row is read as its name', () => {
    for (const row of SPOKEN_FORMS) for (const h of row.heard) expect(names(`${h} dose?`), h).toContain(row.name);
  });
});

describe('a dictated opioid name is offered, never acted on', () => {
  it.each([
    ['terse', 'hydro morph own dose?', 'hydromorphone dose?'],
    [
      'GP chatty',
      'hi there, thinking of bew prenor feen patch for back pain?',
      'hi there, thinking of buprenorphine patch for back pain?',
    ],
    ['NP shorthand', 'co deen 30 qds, max dose?', 'codeine 30 qds, max dose?'],
    ['pharmacist', 'Rx oxy con tin 10 bd ok to dispense?', 'Rx OxyContin 10 bd ok to dispense?'],
    ['UK/AU', 'what is the max dose of perk o set a day', 'what is the max dose of Percocet a day'],
    ['dictated voice', 'new sin ta 50 tds dose question mark', 'Nucynta 50 tds dose?'],
  ])('%s: %s', (_style, text, corrected) => {
    const [first, ...rest] = reply(text);
    expect(rest).toEqual([]);
    expect(first!.text.startsWith(SOUND_ALIKE_LEAD)).toBe(true);
    expect(first!.suggestedActions?.map((a) => a.value)).toEqual([corrected]);
    const [answer] = reply(corrected);
    expect(answer!.text.startsWith(SOUND_ALIKE_LEAD)).toBe(false);
  });

  it.each([
    'code in the notes says tramadol, is that ok?',
    'co dean of the unit asked about the pathway, dose?',
    'oxygen tank in the car, ok to drive?',
    'perfect set of exercises for back pain?',
    'new sink at home, ok to start?',
    // a drug named outside the run keeps its answer
    'oxycodone 10 bd, max dose?',
  ])('not offered: %s', (text) => {
    expect(
      reply(text)
        .map((m) => m.text)
        .join('\n'),
    ).not.toContain(SOUND_ALIKE_LEAD);
  });
});
