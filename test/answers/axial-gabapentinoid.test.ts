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

  it.each([
    ['terse', 'pregabalin 300 bd for axial LBP, no leg symptoms, eGFR 20 - continue?', '600 mg/day', '150 mg/day'],
    [
      'GP',
      'gabapentin 600 tds for 2 yrs, back pain only no leg pain, eGFR 25. continue?',
      '1,800 mg/day',
      '700 mg/day',
    ],
    ['NP', 'lyrica 150 bd x 6/12, axial LBP, no radicular sx, CrCl 25. cont?', '300 mg/day', '150 mg/day'],
    [
      'pharmacist',
      'Rx gabapentin 300 tds, back pain no leg symptoms, eGFR 22 - ok to dispense?',
      '900 mg/day',
      '700 mg/day',
    ],
    [
      'UK',
      'Repeat script pregabalin 150 bd, on it 3 months, back pain without sciatica, eGFR 28. Carry on?',
      '300 mg/day',
      '150 mg/day',
    ],
  ])('%s, taken or prescribed above the renal maximum: the cap in the headline "%s"', (_style, text, daily, cap) => {
    const reply = ask(text);
    const title = reply.split('\n')[0]!;
    expect(title).toContain('not for axial pain');
    expect(title).toContain(`${daily} is above this patient's maximum of ${cap}`);
    expect(reply).toMatch(/\*\*Renal \((?:eGFR|CrCl) \d+/);
  });

  it.each([
    'pregabalin 75 bd for 4 months, axial pain only, no leg symptoms, eGFR 70 - keep it going?',
    'gabapentin 300 tds x 6/12, axial LBP, no radicular sx. continue?',
  ])('contrast: within the limits: no dose finding in the headline "%s"', (text) => {
    const title = ask(text).split('\n')[0]!;
    expect(title).toMatch(
      /^\*\*(?:Gabapentin|Pregabalin): not for axial pain; the guideline places gabapentinoids in the radicular branch\*\*$/,
    );
  });

  it.each([
    'pregabalin 75 bd for 6 months, axial back pain only, no leg symptoms, really helping her - ok to continue?',
    'gabapentin 300 tds, axial LBP no leg sx, helps a lot, continue?',
  ])('said to help: no "ineffective medications" pitfall "%s"', (text) => {
    const reply = ask(text);
    expect(reply).toContain('not for axial pain');
    expect(reply).not.toContain('Do not continue ineffective medications');
    expect(reply).toMatch(/taken now: if stopping, taper over at least 1 week/);
  });

  it.each([
    'pregabalin 300 bd for axial LBP, no radicular sx, on oxycodone 10 qid too - stop it?',
    'gabapentin 600 tds, back pain only no sciatica, also on morphine 10 bd. stop it?',
  ])('an opioid only beside it: the axial answer with its taper and the pair "%s"', (text) => {
    const reply = ask(text);
    expect(reply).toContain('not for axial pain');
    expect(reply).toMatch(/taken now: if stopping, taper over at least 1 week/);
    expect(reply).toContain('Opioid + gabapentin or pregabalin: serious breathing problems');
    expect(reply).not.toContain('Stopping or tapering opioids');
  });

  it('the axial dose above the usual label maximum is said: "pregabalin 300 bd ... stop it?"', () => {
    expect(ask('pregabalin 300 bd for axial LBP, no radicular sx, on oxycodone 10 qid too - stop it?')).toContain(
      '600 mg/day: above the usual label maximum of 300 mg/day',
    );
  });

  it.each(['pregabalin 150 bd axial LBP no leg pain - switch to oxycodone?', 'on oxycodone 10 qid, stop it?'])(
    'contrast: another drug asked about is not the axial answer "%s"',
    (text) => {
      expect(ask(text)).not.toContain('not for axial pain; the guideline places');
    },
  );
});
