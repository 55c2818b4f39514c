import { describe, expect, it } from 'vitest';
import { notTakenAt } from '../../dialogs/answers/not-taken.js';
import { ask } from '../../scripts/eval/question-suite.js';
import { conceptHits } from '../../src/clinical/language/concept-hits.js';
import { deniedInListAt } from '../../src/clinical/language/denied-list.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { normalize } from '../../src/clinical/language/normalize.js';

/**
 * A denial over a list of drugs ("NOT ON: tramadol, sertraline, warfarin", "denies benzos", "neg for anticoagulants",
 * "nil anticoagulants") reaches to the list's end, one reader (denied-list.ts) for the case reader and the quick
 * answers; a following positive item, a dose or a stop said still count. Concepts: a said item ends a denied list.
 */
const AT = '2026-01-15T10:00:00.000Z';
const meds = (text: string) => (extractCaseFacts(text, AT).patch.medications ?? []).filter((m) => !m.declined);
const taken = (text: string) =>
  meds(text)
    .filter((m) => !m.stopped)
    .map((m) => m.drug);
const reply = (text: string, n = 0): string => ask(text, n).join('\n');
const title = (text: string): string => text.split('\n')[0]!;
/** The lower-case text as a quick answer reads it (line breaks are spaces there) and the name's span. */
const at = (text: string, name: string): [string, number, number] => {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const i = lower.indexOf(name);
  return [lower, i, i + name.length];
};
const polarity = (text: string, said: string): string | undefined => {
  const n = normalize(text);
  const i = n.indexOf(said);
  return conceptHits(n).find((h) => h.start === i)?.polarity;
};

describe('the case reader: a denied drug or class is not recorded', () => {
  it.each([
    ['62M, LBP 8/12. Meds: naproxen 500 bd. Denies benzos. eGFR 70', 'benzodiazepine'],
    ['pt denies any regular opioids or benzo use. on naproxen', 'benzodiazepine'],
    ['58F LBP 1 yr. paracetamol 1g qds. Neg for anticoagulants.', 'anticoagulant'],
    ['meds: naproxen 500 bd; nil anticoagulants; never took opioids', 'anticoagulant'],
    ['Medications:\nnaproxen 500 mg BD\nNOT ON: tramadol, sertraline, warfarin', 'ssri'],
    ['Medications:\nnaproxen 500 mg BD\nNOT ON: tramadol, sertraline, warfarin', 'anticoagulant'],
    ['Pt says she denies taking sertraline now. ibuprofen 400 tds', 'ssri'],
    ['UK GP: not currently on any SSRIs, apixaban or clopidogrel. Co-codamol 30/500 prn', 'antiplatelet'],
    ['dictated: patient denies benzodiazepines comma denies alcohol full stop on naproxen', 'benzodiazepine'],
  ])('"%s": no %s', (text, drug) => {
    expect(taken(text)).not.toContain(drug);
  });

  it.each([
    ['denies benzos. takes zopiclone nightly', 'hypnotic'],
    ['denies benzos, takes zopiclone nightly', 'hypnotic'],
    ['denies benzos but takes zopiclone 7.5 nocte', 'hypnotic'],
    ['not on tramadol, sertraline 50 mg daily', 'ssri'],
    ['neg for red flags, on warfarin 5 mg', 'anticoagulant'],
    ['nil relief, warfarin 5 mg daily', 'anticoagulant'],
    ["doesn't want to stop sertraline", 'ssri'],
    ['NOT ON: tramadol, warfarin\nON: sertraline 50 mg daily, naproxen 500 bd', 'ssri'],
    ['no better on naproxen 500 bd', 'naproxen'],
  ])('"%s": %s still taken', (text, drug) => {
    expect(taken(text)).toContain(drug);
  });

  it('a stop said stays a stop: history, not a denial', () => {
    for (const text of ['not on sertraline anymore since March', 'no longer taking sertraline, on naproxen'])
      expect(meds(text).find((m) => m.drug === 'ssri')).toEqual(expect.objectContaining({ stopped: true }));
  });

  it("a relative's list stays the relative's; the patient's denial is the patient's", () => {
    expect(taken('Wife on warfarin and sertraline; pt denies anticoagulants')).toEqual([]);
  });
});

describe('the quick answers read the same list', () => {
  it.each([
    ['NOT ON: tramadol, sertraline, warfarin. duloxetine dose?', 'sertraline'],
    ['NOT ON: tramadol, sertraline, warfarin. duloxetine dose?', 'warfarin'],
    ['NOT ON: tramadol, warfarin\nduloxetine ok?', 'warfarin'],
    ['NOT ON: tramadol, warfarin\nON: sertraline 50 mg daily\nduloxetine ok?', 'warfarin'],
    ['Rx tramadol 50 mg qid prn. pt denies benzos, neg for SSRIs. ok to dispense?', 'ssris'],
    ['np: denies etoh/benzos/opioids. tramadol?', 'benzos'],
    ['np: 45F cLBP, nil anticoag/antiplatelet, ibuprofen ok?', 'antiplatelet'],
    ['no thinners or antiplatelets, naproxen ok?', 'antiplatelets'],
  ])('"%s": %s not taken', (text, name) => {
    expect(notTakenAt(...at(text, name))).toBe(true);
  });

  it.each([
    ['no SSRIs, no thinners, tramadol ok?', 'tramadol'],
    ['NOT ON: tramadol, warfarin\nON: sertraline 50 mg daily\nduloxetine ok?', 'sertraline'],
    ['denies benzos, takes zopiclone nightly. tramadol ok?', 'zopiclone'],
    ['no relief from naproxen, tramadol 50 qds. duloxetine?', 'tramadol'],
    ['GP: no relief from naproxen, tramadol prn since. duloxetine?', 'tramadol'],
  ])('"%s": %s taken', (text, name) => {
    expect(notTakenAt(...at(text, name))).toBe(false);
    expect(deniedInListAt(...at(text, name))).toBe(false);
  });

  it('a "NOT ON:" list gives no warning or pair of its drugs', () => {
    const text = reply('NOT ON: tramadol, sertraline, warfarin. duloxetine dose?');
    expect(title(text)).toMatch(/^\*\*Duloxetine\*\*/);
    expect(text).not.toMatch(/serotonin syndrome|bleeding risk/);
  });

  it('"nil anticoagulants" leaves no check-first for an anticoagulant', () => {
    const text = reply('meds: naproxen 500 bd; nil anticoagulants; never took opioids - add tramadol?');
    expect(text).not.toMatch(/on an anticoagulant or antiplatelet/);
  });

  it('a denied class leaves no check-first; a named one after the denial keeps it', () => {
    expect(title(reply('no thinners or antiplatelets, naproxen ok?'))).not.toMatch(/Antiplatelets|check first/);
    expect(title(reply('no thinners, on clopidogrel 75, naproxen ok?'))).toMatch(/Clopidogrel.*check first/);
  });

  it('a positive item after the denial still counts: the boxed warning stays', () => {
    expect(reply('denies benzos. takes zopiclone nightly. tramadol ok?')).toMatch(/Boxed warning/);
  });

  it('"NOT ON" above a later "ON:" section: the ON drugs still pair', () => {
    const text = title(
      reply('NOT ON: tramadol, warfarin\nON: sertraline 50 mg daily, naproxen 500 bd\nduloxetine ok?'),
    );
    expect(text).toMatch(/Sertraline/);
    expect(text).not.toMatch(/Warfarin/);
  });
});

describe('concepts: a said item ends a denied list', () => {
  it.each([
    ['denies night pain, reports saddle numbness', 'saddle numbness'],
    ['denies fever, has weight loss', 'weight loss'],
    ['Denies fever, reports night pain. Meds: naproxen', 'night pain'],
    ['denies alcohol use, drinks heavily', 'drinks heavily'],
  ])('"%s": %s present', (text, said) => {
    expect(polarity(text, said)).toBe('present');
  });

  it.each([
    ['denies fever, weight loss, night pain', 'night pain'],
    ['RF neg - no wt loss, fever or night pain', 'night pain'],
    ['no hx of GI bleed, CKD or heart failure', 'heart failure'],
    ['denies night pain, reports saddle numbness', 'night pain'],
  ])('"%s": %s denied', (text, said) => {
    expect(polarity(text, said)).toBe('absent');
  });

  it('a negated red flag and a present one in one paste', () => {
    const { patch } = extractCaseFacts('64M LBP 9 mo. Denies fever, weight loss. Reports saddle numbness.', AT);
    expect(patch.redFlags).toEqual(['cauda-equina']);
  });
});

describe('an ambiguous bare item after a denial keeps the safe reading: taken', () => {
  const CASE =
    '67M CLBP 8 months. PMH AF. Social: nil ETOH, warfarin. No red flags. Exercise and physio tried. What next?';
  it.each([
    ['nil antiplatelets, warfarin. naproxen 500 bd ok?', 'warfarin'],
    ['GP here - nil alcohol, apixaban 5 bd, wondering re naproxen?', 'apixaban'],
    ['NP: no etoh, clopidogrel. ibuprofen?', 'clopidogrel'],
    ['Rx naproxen 500 bd. nil benzos, rivaroxaban. ok to dispense?', 'rivaroxaban'],
    ['dictated: patient denies alcohol comma warfarin full stop naproxen okay', 'warfarin'],
  ])('"%s": %s taken', (text, name) => {
    expect(notTakenAt(...at(text, name))).toBe(false);
  });

  it('the quick answer keeps the interaction line', () => {
    expect(title(reply('nil antiplatelets, warfarin. naproxen 500 bd ok?'))).toMatch(/Warfarin.*Naproxen/);
  });

  it('the case reader keeps the anticoagulant and lists it', () => {
    expect(taken(CASE)).toContain('anticoagulant');
    expect(reply(CASE)).toMatch(/I understood[\s\S]*- warfarin/);
  });

  it.each([
    ['NOT ON: warfarin, aspirin. naproxen ok?', 'aspirin'],
    ['not on warfarin or aspirin. naproxen ok?', 'aspirin'],
    ['not taking sertraline, warfarin. naproxen?', 'warfarin'],
    ['denies: benzos, warfarin. naproxen?', 'warfarin'],
    ['no SSRIs, no thinners, tramadol ok?', 'thinners'],
    ['UK: no SSRIs, apixaban or clopidogrel. naproxen?', 'apixaban'],
  ])('contrast "%s": %s still denied', (text, name) => {
    expect(notTakenAt(...at(text, name))).toBe(true);
  });
});
