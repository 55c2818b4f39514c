import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { runScenario, textOf } from './drive.js';

/**
 * A reviewer's findings (fd18): heart failure given only as a reduced ejection fraction; a prior GI bleed in its
 * other words; drug classes and brands; liver and alcohol facts that are a relative's, negated, past or pending; a
 * relative's medicine in a case. Several clinician styles each, and contrasts that must not change.
 */
const AT = '2026-12-07T10:00:00.000Z';
const first = (text: string): string =>
  textOf(runScenario({ name: text.slice(0, 40), turns: [{ say: text }] }).outputs[0]!);
const headline = (text: string): string => first(text).split('\n')[0]!;
const conditions = (text: string) => extractCaseFacts(text, AT).patch.conditions ?? {};

describe('heart failure given only as a reduced ejection fraction (40% or less: a sign-off reading)', () => {
  it.each([
    ['terse', 'LVEF 20%, ibuprofen ok?'],
    ['pharmacist', 'Rx naproxen 500mg bd for 71F, echo: EF 25-30%. ok to dispense?'],
    ['GP chatty', 'His ejection fraction is 35% on the last echo, would ibuprofen be alright for his back?'],
    ['NP shorthand', 'pt w/ reduced EF, naproxen?'],
    ['UK', 'known LVSD, can I give naproxen 500 bd?'],
  ])('%s: "%s" rules the NSAID out', (_style, text) => {
    expect(headline(text)).toMatch(/not for this patient \(Avoid NSAIDs in heart failure/);
  });

  it.each([
    ['normal EF', 'EF 60%, ibuprofen ok?'],
    ['preserved EF', 'echo normal, preserved EF. naproxen 500 bd ok?'],
    ['mid-range', 'LVEF 40-45%, ibuprofen ok?'],
    ['borderline normal', 'EF 55%, ibuprofen ok?'],
  ])('%s: "%s" does not', (_style, text) => {
    expect(headline(text)).not.toMatch(/heart failure/);
  });

  it('a case reads it as heart failure', () => {
    expect(
      conditions('67M chronic LBP 4 months, paracetamol not helping, no red flags, EF 30%.')['heart-failure'],
    ).toBe('yes');
    expect(conditions('67M chronic LBP 4 months, no red flags, EF 65%.')['heart-failure']).toBeUndefined();
  });
});

describe('a prior GI bleed in its other words: with an anticoagulant the NSAID is ruled out', () => {
  it.each([
    ['terse', 'on apixaban, GIB 2019, naproxen ok?'],
    ['UK', 'on warfarin, prior melaena, ibuprofen?'],
    ['US', 'on warfarin, prior melena, ibuprofen?'],
    ['NP shorthand', 'pt on rivaroxaban with h/o GI hemorrhage - naproxen 500 bd?'],
    ['AU', 'on apixaban, h/o GI haemorrhage, naproxen?'],
    ['pharmacist', 'Rx ibuprofen 400 tds, pt on apixaban, upper GI bleed 2020. ok to dispense?'],
    ['GP chatty', 'She is on warfarin and had a bleeding ulcer in 2018, can she have naproxen?'],
    ['dictated', 'on dabigatran, haematemesis two years ago, is naproxen okay?'],
    ['EHR paste', 'PMH: hematemesis 2017. Meds: apixaban 5 mg bd. Q: ibuprofen?'],
  ])('%s: "%s"', (_style, text) => {
    expect(headline(text)).toMatch(/not for this patient \(anticoagulant or antiplatelet with a prior GI bleed\)/);
  });

  it.each([
    ['denied', 'on warfarin, no melena, no haematemesis. naproxen?'],
    ['no bleed named', 'on apixaban, naproxen ok?'],
  ])('%s: "%s" keeps the caution only', (_style, text) => {
    expect(headline(text)).not.toMatch(/prior GI bleed/);
  });

  it('a case reads "GIB 2019" as a prior GI bleed', () => {
    expect(conditions('68M CLBP, on apixaban, GIB 2019, RF neg')['gi-bleed-history']).toBe('yes');
    expect(conditions('68M CLBP, on apixaban, gibberish note, RF neg')['gi-bleed-history']).toBeUndefined();
  });
});

describe('drug classes and brands the reference covers', () => {
  it.each([
    ['terse', 'pt on an SNRI, add duloxetine?', /Duloxetine not for this patient \(on an SSRI or SNRI/],
    ['GP chatty', 'SNRI for depression from psych, can I add duloxetine?', /Duloxetine not for this patient/],
    ['US brand', 'on Azilect, can I start tramadol?', /Tramadol not for this patient \(on an MAOI\)/],
    [
      'selegiline brand',
      'pt on Zelapar for parkinsons, duloxetine ok?',
      /Duloxetine not for this patient \(on an MAOI\)/,
    ],
    ['UK brand', 'on cipralex 10mg, add duloxetine?', /Duloxetine not for this patient/],
    ['pharmacist', 'Rx duloxetine 30mg for pt on Lustral 100mg. ok to dispense?', /Duloxetine not for this patient/],
    ['AU brand', 'taking faverin, duloxetine?', /on a potent CYP1A2 inhibitor/],
    ['UK antibiotic brand', 'ciproxin course, duloxetine?', /on a potent CYP1A2 inhibitor/],
  ])('%s: "%s"', (_style, text, expected) => {
    expect(headline(text)).toMatch(expected);
  });

  it('"SNRI for back pain?" still answers with duloxetine', () => {
    expect(headline('SNRI for back pain?')).toMatch(/Duloxetine \(the SNRI the pathway uses\)/);
  });
});

describe('liver disease: the case reader serves the quick answers (denied, a relative, pending are not the patient)', () => {
  it.each([
    ['negated', 'no hx of cirrhosis. naproxen 500 bd?'],
    ['a relative', 'mother had cirrhosis. pt wants cymbalta'],
    ['pending', 'rule out cirrhosis pending US. naproxen?'],
    ['a relative, UK', 'Brother has cirrhosis. naproxen?'],
    ['denied', 'no liver disease, duloxetine?'],
  ])('%s: "%s" rules nothing out', (_style, text) => {
    expect(headline(text)).not.toMatch(/not for this patient/);
  });

  it.each([
    ['terse', 'Child-Pugh B, tramadol dose?', /Tramadol: adjusted for this patient/],
    ['NP shorthand', 'Child Pugh A, naproxen?', /Naproxen: not for this patient \(Avoid NSAIDs in cirrhosis/],
    ['GP chatty', 'She has PBC on ursodiol, is duloxetine alright?', /Duloxetine: not for this patient/],
    ['stated', 'known cirrhosis, naproxen?', /Naproxen: not for this patient \(Avoid NSAIDs in cirrhosis/],
  ])('%s: "%s"', (_style, text, expected) => {
    expect(headline(text)).toMatch(expected);
  });
});
