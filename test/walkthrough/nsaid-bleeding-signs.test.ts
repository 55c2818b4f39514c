import { describe, expect, it } from 'vitest';
import { GI_BLEED_NOW } from '../../src/clinical/language/concepts.js';
import { runScenario } from './drive.js';

/**
 * A sign of a GI bleed now, told with or after an NSAID the patient takes (NSAID boxed warning: GI bleeding,
 * clinical-reference.md section 2): the NSAID stops with its reason and the bleeding's prompt assessment, as the
 * first Do-now line; the guideline's next option steps up. A past bleed, or black stools on iron, is not it.
 */
const reply = (turns: string[]) =>
  runScenario({ name: `bleed ${turns.join('|')}`, turns: turns.map((say) => ({ say })) })
    .outputs.at(-1)!
    .messages.map((m) => m.text)
    .join('\n\n');

const STOP =
  /\*\*Do now\*\*\s+- Stop (?:naproxen|ibuprofen|diclofenac|meloxicam)[^\n]*: not for this patient \(signs of a GI bleed now: the bleeding needs prompt assessment\)/;

describe('bleeding signs on an NSAID taken now', () => {
  it.each([
    [
      '58M CLBP 7 months, no red flags. naproxen 500 mg bd for 5 weeks, pain 7->4, ODI 44->30. no CKD.',
      "he's now had black tarry stools for 2 days",
    ],
    [
      'GP note: 63F chronic LBP 6 mo, on ibuprofen 400 tds x 6 wk which helps (pain 8->5). RF screen neg.',
      'new: vomited blood this morning',
    ],
    [
      'Pt 70M, CLBP 1 yr, red flags screened negative, naproxen 250 mg twice daily 8 weeks, good effect',
      'melaena since yesterday',
    ],
    ['CLBP 6/12, RF neg, naproxen 500 bd x 6/52 helping', 'update - he threw up blood last night'],
  ])('mid-case: %s / "%s"', (first, update) => {
    const text = reply([first, update]);
    expect(text).toMatch(STOP);
    expect(text).not.toMatch(/Continue: (?:naproxen|ibuprofen)/);
    expect(text).toMatch(/Add duloxetine/);
    expect(text).not.toMatch(/could not read that/);
  });

  it.each([
    'Dear Dr, 66M with chronic LBP 8/12, RF screen neg. Naproxen 250mg bd 6/52 helping. He now reports melaena since yesterday.',
    '59F, CLBP 9 mo, RF neg. Meds: naproxen 500 mg BID x 6 wk (helping). Presenting complaint today: black, tarry stools x3 days.',
  ])('in the first narrative: %s', (first) => {
    const text = reply([first]);
    expect(text).toMatch(STOP);
    expect(text).not.toMatch(/Continue: naproxen/);
  });

  it.each([
    '58M CLBP 7 months, no red flags. naproxen 500 mg bd for 5 weeks, helping. hx melaena 2019, no bleed since.',
    '58M CLBP 7 months, no red flags. naproxen 500 mg bd for 5 weeks, helping. black stools on ferrous sulfate.',
    '58M CLBP 7 months, no red flags. naproxen 500 mg bd for 5 weeks, helping. no melaena, no haematemesis.',
  ])('contrast, the NSAID is not stopped for a bleed: %s', (first) => {
    const text = reply([first]);
    expect(text).not.toMatch(/- Stop naproxen/);
    expect(text).not.toMatch(/not for this patient \(signs of a GI bleed now/);
  });
});

describe('the chart note', () => {
  it('names the stop with its reason', () => {
    const text = reply(['CLBP 6/12, RF neg, naproxen 500 bd x 6/52 helping', 'melaena since yesterday', 'note']);
    expect(text).toMatch(/- Stop naproxen[^\n]*: not for this patient \(signs of a GI bleed now/);
  });
});

describe('the words of a GI bleed now', () => {
  const reads = (s: string) =>
    new RegExp(GI_BLEED_NOW.source, GI_BLEED_NOW.flags.replace('g', '')).test(s.toLowerCase());
  it.each([
    'black tarry stools',
    'melaena since yesterday',
    'vomited blood',
    'vomiting up blood',
    'coffee ground vomit x1',
    'blood in her vomit',
    'passing black stools',
    'haematemesis this morning',
  ])('reads "%s"', (s) => expect(reads(s)).toBe(true));
  it.each([
    'hx melaena',
    'previous haematemesis',
    'melaena 2019',
    'haematemesis two years ago',
    'history of coffee ground vomiting',
    'black stools on iron',
    'nosebleed',
    'coughed up blood',
  ])('does not read "%s"', (s) => expect(reads(s)).toBe(false));
});
