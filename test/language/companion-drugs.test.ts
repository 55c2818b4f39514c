import { describe, expect, it } from 'vitest';
import { COMPANION_DRUG_ROWS, PERSON_NAMED, companionDrugSpans } from '../../src/clinical/language/companion-drugs.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { normalize } from '../../src/clinical/language/normalize.js';
import { loadQuestions } from '../../scripts/eval/question-suite.js';

const AT = '2026-11-29T10:00:00.000Z';

const spansOf = (text: string) => {
  const norm = normalize(text);
  return companionDrugSpans(
    norm,
    findDrugs(norm).map((m) => m.start),
  );
};
const drugsOf = (text: string) => (extractCaseFacts(text, AT).patch.medications ?? []).map((m) => m.drug);

/** A companion's or relative's own medicines stay out of the case; a relative reporting the patient's stay in. */
describe('companion drugs', () => {
  it.each(COMPANION_DRUG_ROWS)('$id reads "$example" and not "$counter"', (row) => {
    expect(spansOf(row.example).length).toBeGreaterThan(0);
    expect(spansOf(row.counter)).toEqual([]);
  });

  it.each([
    ['68F chronic LBP 2 yrs, naproxen helped partly, came with her husband, he takes warfarin', 'anticoagulant'],
    ['72F CLBP, on naproxen 500 bd. Her son’s on sertraline and asked about his own back', 'ssri'],
    ['64M LBP 9/12, ibuprofen no help. wife is on tramadol', 'tramadol'],
    ['pt 70F, lbp 3y, accompanied by daughter (45) who takes duloxetine 60', 'duloxetine'],
    ['59 yo man, CLBP x 2 yrs, failed naproxen; his wife, she is on gabapentin for her nerve pain', 'gabapentin'],
    ['81F, LBP 1 yr. Husband 83 has been on Eliquis since his AF. Paracetamol regular.', 'anticoagulant'],
    // past tense: still the companion's, never the patient's
    ['64M LBP, naproxen helped, wife was on tramadol', 'tramadol'],
    ['Dear Dr, 70F, CLBP. Her husband was taking co-codamol for his knee, she has tried paracetamol only.', 'codeine'],
    ["72M LBP, brought by his daughter, she's on sertraline for her own low mood", 'ssri'],
    ['66M LBP, wife takes her own sertraline', 'ssri'],
    ['NP: 58M LBP 4/12, partner used to take pregabalin, pt on paracetamol', 'pregabalin'],
    // the person came along, then the pronoun: "her husband came with her - he's on diazepam"
    ["70F CLBP 2 yrs, her husband came with her - he's on diazepam 5 mg tds; tramadol 50 q6h", 'benzodiazepine'],
    ['66M LBP, his wife is here today, she takes sertraline; naproxen 500 bd', 'ssri'],
    // the relative's own event on the drug: theirs
    ['72M CLBP 1y. Wife had a bleed on warfarin. Failed paracetamol.', 'anticoagulant'],
    ['60F LBP, mum had a bleed when she was on warfarin', 'anticoagulant'],
    ['NP: 55M CLBP, brother died of an overdose on oxycodone, pt on naproxen', 'oxycodone'],
  ])('%j leaves the companion drug %s out', (text, drug) => {
    expect(drugsOf(text)).not.toContain(drug);
  });

  it.each([
    ['74F LBP 2 yrs, her daughter says she takes extra paracetamol', 'acetaminophen'],
    ['66M CLBP, wife says he is on warfarin', 'anticoagulant'],
    ["70M LBP 6 months, lives with his wife, he's on apixaban", 'anticoagulant'],
    ['Mum, 34, is on ibuprofen 400 tds, LBP since the baby', 'ibuprofen'],
    ['58F, son takes her to physio, on naproxen 500 bd', 'naproxen'],
    ['62F LBP, husband is on warfarin but she is on naproxen', 'naproxen'],
    // the companion handles the patient's drug: it stays the patient's (held, the safer reading)
    ['68F CLBP 2 yrs, carer takes warfarin to her every morning', 'anticoagulant'],
    ['80F LBP, daughter takes warfarin out of the blister pack for her', 'anticoagulant'],
    ['77M LBP, his partner takes his warfarin out for him each night', 'anticoagulant'],
    ['70F LBP, friend is using her tramadol too', 'tramadol'],
    ['70F LBP, mum is using her oxycodone', 'oxycodone'],
    ['ED handover: 84M, LBP after fall excluded, son takes apixaban to him at 8am daily', 'anticoagulant'],
    ["GP letter - 79F lives alone, neighbour takes the pt's tramadol round each evening", 'tramadol'],
    [
      '76 year old lady comma LBP 5 months comma her carer takes her rivaroxaban out each morning full stop',
      'anticoagulant',
    ],
    // the patient's event, noticed or reported by the relative: the drug is the patient's
    [
      '72M CLBP 1y, no red flags, no leg pain. Wife had noticed he bruises easily on warfarin. Failed paracetamol. Next?',
      'anticoagulant',
    ],
    ['GP: 70F LBP, her daughter has seen her get confused on tramadol', 'tramadol'],
    ['dictated: seventy year old man, his wife has noticed he is drowsy on gabapentin', 'gabapentin'],
    ['80M, son had reported bruising on apixaban', 'anticoagulant'],
    ['72F, husband has had a fright as the pt bled on warfarin', 'anticoagulant'],
  ])('%j keeps the patient drug %s', (text, drug) => {
    expect(drugsOf(text)).toContain(drug);
  });
});

describe('companion drugs: the pronoun is the companion only when the patient is of the other sex', () => {
  it.each([
    ['came with her husband, he takes warfarin', 1],
    ['came with husband, he takes warfarin', 0],
    ['70F came with husband, he takes warfarin', 1],
    ['52F lives with her daughter, she takes gabapentin', 0],
    ["his wife - she's on sertraline 50", 1],
  ])('%j: %i spans', (text, n) => {
    expect(spansOf(text).length).toBe(n);
  });
});

/**
 * companionDrugLists scans row by row only a text that names a person (PERSON_NAMED): every row's match must hold one,
 * over every row's example and counter-example and the question suite.
 */
describe('the person gate passes over no row match', () => {
  const texts = [...COMPANION_DRUG_ROWS.flatMap((r) => [r.example, r.counter]), ...loadQuestions().map((q) => q.q)].map(
    (t) => normalize(t),
  );

  it('each row match names a person', () => {
    for (const row of COMPANION_DRUG_ROWS)
      for (const text of texts)
        for (const m of text.matchAll(row.re)) expect(PERSON_NAMED.test(m[0]), `${row.id}: ${text}`).toBe(true);
  });
});
