import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * A gabapentinoid asked for axial pain: the guideline places gabapentinoids in the radicular branch, so the answer
 * says so and gives the axial options (duloxetine, an NSAID at an adequate dose), never the dose alone.
 */
let n = 0;
const ask = (text: string) => converse([text], { key: `axial-gaba-${n++}` }).replies[0]!;

describe('gabapentinoid for axial pain', () => {
  it.each([
    ['terse', 'gabapentin for axial back pain, no leg sx?', 'Gabapentin'],
    ['GP', 'Would pregabalin help? Her pain is axial only, no sciatica.', 'Pregabalin'],
    ['NP', 'lyrica for non-radicular LBP, ok to start?', 'Pregabalin'],
    ['pharmacist', 'Rx gabapentin 300 tds for LBP, no leg symptoms - ok to dispense?', 'Gabapentin'],
  ])('%s: "%s"', (_style, text, name) => {
    const reply = ask(text);
    expect(reply).toMatch(
      new RegExp(`^\\*\\*${name}: not for axial pain; the guideline places gabapentinoids in the radicular branch`),
    );
    expect(reply).toContain('**For axial pain:** Add duloxetine 30 mg daily');
    expect(reply).toContain('naproxen 500 mg twice daily');
  });

  it.each(['gabapentin for sciatica?', 'gabapentin dose?', 'pregabalin for leg pain and back pain?'])(
    'contrast: "%s" keeps the dose answer',
    (text) => {
      expect(ask(text)).not.toContain('not for axial pain');
    },
  );
});
