import { describe, expect, it } from 'vitest';
import { runScenario } from './drive.js';

/**
 * Drinking told mid-case in cans, pints or drinks while another question is pending is recorded (alcohol use, heavy
 * not said) and the walk-through goes on; drinking words that are not alcohol are not read as alcohol use.
 */
const FIRST = '58M CLBP 9 mo RF neg, ibuprofen 400 tds 6 wk no help';
const reply = (turns: string[]) =>
  runScenario({ name: `etoh ${turns.join('|')}`, turns: turns.map((say) => ({ say })) })
    .outputs.at(-1)!
    .messages.map((m) => m.text)
    .join('\n\n');

describe('alcohol amounts told out of turn', () => {
  it.each([
    'he has 4-5 cans most nights',
    'a few pints at weekends',
    'pt drinks 3 cans a night',
    'update: he sinks 6 tins every evening',
  ])('"%s" is recorded, never a dead end', (update) => {
    const text = reply([FIRST, update]);
    expect(text).not.toMatch(/could not read that/);
    expect(text).toMatch(/regular alcohol/);
  });

  it.each(['he has 4 cans of coke a day', 'drinking more water since the summer', 'drinks a lot of tea and coffee'])(
    'contrast, not alcohol: "%s"',
    (update) => {
      const text = reply([`${FIRST}, ${update}`]);
      expect(text).not.toMatch(/regular alcohol|heavy alcohol|Is the alcohol use heavy/i);
    },
  );
});
