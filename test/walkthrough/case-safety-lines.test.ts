import { describe, expect, it } from 'vitest';
import { runScenario, textOf } from './drive.js';

/**
 * A case reply carries every safety line of the reference that applies to the patient, whether the fact is told in
 * the first paste or mid-case: an opioid held or offered with drinking (opioid + alcohol: CNS depressants), and
 * duloxetine in play with a low sodium (its hyponatraemia note). Where the reference says to avoid the drug (heavy
 * alcohol with duloxetine) the drug leaves the plan with its reason. Several clinician styles; contrasts unchanged.
 */
const run = (...turns: string[]): string[] =>
  runScenario({ name: turns[0]!.slice(0, 40), turns: turns.map((say) => ({ say })) }).outputs.map(textOf);
const CNS = /Any opioid \+ a skeletal muscle relaxant[^\n]*alcohol: CNS depressants/;
const HYPONATRAEMIA = /Duloxetine: hyponatraemia risk/;

describe('opioid with drinking: the co-sedation line, in the first paste or mid-case', () => {
  it.each([
    ['terse', ['55M CLBP 2y, tramadol 50 qds x 3/12, eGFR 90, RF neg, heavy drinker']],
    [
      'GP chatty',
      [
        'Chap of 55, back pain for years, on tramadol 50 mg four times a day for 3 months, no red flags',
        'he drinks 6 pints a night',
      ],
    ],
    ['NP shorthand', ['55yo M, CLBP, tramadol 50mg QID x 3 mo, RF neg, etoh 6 beers/night']],
    [
      'UK/AU',
      ['55M, chronic LBP, on tramadol 50 mg qds 3/12, red flags screened negative', 'Drinks about 40 units a week'],
    ],
    [
      'dictated',
      [
        'fifty five year old man chronic low back pain on tramadol fifty milligrams four times a day for three months no red flags',
        'he drinks six pints a night',
      ],
    ],
  ])('%s', (_style, turns) => {
    const out = run(...turns);
    expect(out.at(-1)).toMatch(CNS);
  });

  // the bot itself offering or dosing an opioid to a patient who drinks says the pair too
  const FAILED = 'naproxen 500 bd 6 wks no help, duloxetine 60 mg 8 wks no help';
  it.each([
    ['terse, offered', [`58M LBP 8 months, ${FAILED}, drinks 4 beers every night, no red flags`]],
    ['terse, dose asked', [`58M LBP 8 months, ${FAILED}, drinks 4 beers every night, no red flags`, 'tramadol dose?']],
    [
      'GP chatty, dose asked',
      [
        `Fella of 58, back pain 8 months, ${FAILED}, likes a bottle of wine most nights, no red flags`,
        'what dose of tramadol would you start him on?',
      ],
    ],
    ['NP shorthand', [`58M CLBP 8/12, ${FAILED}, etoh 4 beers/night, RF neg`, 'tramadol dosing?']],
    ['UK/AU', [`58M, chronic LBP 8/12, ${FAILED}, drinks 30 units a week, red flags negative`, 'tramadol dose?']],
    [
      'pharmacist',
      [`58M LBP 8 months, ${FAILED}, heavy drinker, no red flags`, 'Rx tramadol 50 mg qid ok to dispense?'],
    ],
  ])('an opioid offered or dosed to a patient who drinks carries the line: %s', (_style, turns) => {
    expect(run(...turns).at(-1)).toMatch(CNS);
  });

  it('contrast: the same dose question with no drinking carries no alcohol line', () => {
    const out = run(`58M LBP 8 months, ${FAILED}, no alcohol, no red flags`, 'tramadol dose?');
    expect(out.at(-1)).not.toMatch(CNS);
    expect(out.at(-1)).toMatch(/Tramadol 50-100 mg/);
  });

  it('contrast: an opioid with no drinking said carries no alcohol line', () => {
    const out = run('55M CLBP 2y, tramadol 50 qds x 3/12, eGFR 90, RF neg, no alcohol');
    expect(out.at(-1)).not.toMatch(CNS);
  });

  it('heavy alcohol said mid-case takes duloxetine out of the plan, with its reason', () => {
    const out = run('58M CLBP 6/12, naproxen 500 bd 8/52 no help, eGFR 80, no red flags', "he's a heavy drinker");
    expect(out.at(-1)).toMatch(/Not for this patient: duloxetine \(heavy alcohol\)/);
    expect(out.at(-1)).not.toMatch(/Add duloxetine 30 mg daily/);
  });

  it('drinking with no word on how heavy, said mid-case, shows the duloxetine check again', () => {
    const out = run('58M CLBP 6/12, naproxen 500 bd 8/52 no help, eGFR 80, no red flags', 'he drinks 6 pints a night');
    expect(out.at(-1)).toMatch(/First confirm the drinking \(6 pints a night\) is not heavy/);
  });
});

describe('duloxetine with a low sodium: the hyponatraemia note, in the first paste or mid-case', () => {
  it.each([
    ['terse', ['62F CLBP 1y, naproxen 500 bd 8/52 no help, RF neg, eGFR 80, Na 126']],
    [
      'GP chatty',
      [
        'Lady of 62 with a year of back pain, naproxen 500 twice a day for 8 weeks did nothing, no red flags, eGFR 80',
        'Na 126 last week',
      ],
    ],
    [
      'EHR paste',
      [
        'Age: 62\nSex: F\nDx: chronic low back pain 12 months\nMeds: duloxetine 60 mg daily x 8 wk\nRed flags: none\nLabs: Na 128 mmol/L, eGFR 75',
      ],
    ],
    [
      'pharmacist',
      ['Rx duloxetine 30 mg daily for a 50F with chronic LBP, naproxen failed, no red flags. sodium 127 last month'],
    ],
  ])('%s', (_style, turns) => {
    const out = run(...turns);
    expect(out.join('\n')).toMatch(HYPONATRAEMIA);
  });

  it('contrast: a normal sodium in a younger adult adds no note', () => {
    const out = run('62F CLBP 1y, naproxen 500 bd 8/52 no help, RF neg, eGFR 80, Na 139');
    expect(out.join('\n')).not.toMatch(HYPONATRAEMIA);
  });
});
