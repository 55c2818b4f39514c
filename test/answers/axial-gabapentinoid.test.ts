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

  it.each([
    'Repeat Rx pregabalin 150 mg bd. Patient tells me it has done nothing in 5 months; her back pain has no leg symptoms. Ok to dispense?',
    'on pregabalin 75 bd for 4 months, axial pain only, no leg symptoms, still sore - keep it going?',
    'NP: gaba 300 tds x 6/12, axial LBP, no radicular sx. continue?',
  ])('taken now for axial pain: not continued indefinitely, tapered when stopped: "%s"', (text) => {
    const reply = ask(text);
    expect(reply).toContain('not for axial pain');
    expect(reply).toContain('Do not continue ineffective medications indefinitely');
    expect(reply).toMatch(/taken now: if stopping, taper over at least 1 week/);
  });

  it.each([
    'gabapentin for axial back pain, no leg sx?',
    'Rx gabapentin 300 tds for LBP, no leg symptoms - ok to dispense?',
  ])('contrast: asked or newly prescribed, not taken: no taper line: "%s"', (text) => {
    expect(ask(text)).not.toContain('taken now: if stopping');
  });
});
