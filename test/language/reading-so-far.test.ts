import { describe, expect, it } from 'vitest';
import { companionMedicineAsked } from '../../src/clinical/language/companion-question.js';
import { conceptHits, conceptHitsSoFar } from '../../src/clinical/language/concept-hits.js';
import { extractCaseFacts, mayNameRedFlags } from '../../src/clinical/language/extract-case-facts.js';
import { normalize } from '../../src/clinical/language/normalize.js';
import { readingSoFar, withSharedReadings } from '../../src/clinical/language/shared-readings.js';

/**
 * Issue 16: a cheap pre-check is skipped when the full reading it stands in front of is already in hand this turn
 * (readingSoFar), and a reader whose every result needs a person word does not read the drugs of a text without one.
 * Speed only: each verdict must be the one the plain reading gives, whichever order the readers ran in.
 */
const AT = '2026-01-01T00:00:00.000Z';

/** Clinician styles, with and without red-flag words (said, denied, asked, answered) and companions' drugs. */
const TEXTS = [
  'saddle numbness?',
  'pregabalin with CrCl 25',
  'tramadol for a 78 yo',
  '58M LBP 9/12, denies b/b change, no saddle anaesthesia, naproxen 500 bd failed',
  "Hi, quick one - my pt's had new urinary retention since yesterday, ok to start duloxetine?",
  'Rx: duloxetine 30 mg od x 7/7 then 60 mg od - ok to dispense? Pt on sertraline 100 mg.',
  'Dear Dr, Re: 71F, mechanical LBP 2 yrs, no red flags, paracetamol 1 g qds. Kind regards',
  'fever? no. wt loss? no. bladder? ?',
  'patient is seventy two comma on naproxen full stop any bowel incontinence question mark',
  'Medications: naproxen 500 mg tablet, 1 tab PO BID; sertraline 50 mg tablet, 1 tab PO daily',
  'his wife is on citalopram, can he have tramadol?',
  'Lives with wife who is on phenelzine. pt on sertraline. tramadol ok?',
  'dtr takes gabapentin - is pregabalin ok for pt',
];

describe('readingSoFar', () => {
  it('hands back only what the turn has already read, and nothing outside a turn', () => {
    const norm = normalize('no saddle numbness, fever');
    expect(conceptHitsSoFar(norm)).toBeUndefined();
    withSharedReadings(() => {
      expect(conceptHitsSoFar(norm)).toBeUndefined();
      const hits = conceptHits(norm);
      expect(conceptHitsSoFar(norm)).toBe(hits);
      expect(readingSoFar('conceptHits', `${norm} `)).toBeUndefined();
    });
    expect(conceptHitsSoFar(norm)).toBeUndefined();
  });
});

describe('the red-flag pre-check gives the same verdict with or without the concept reading in hand', () => {
  it.each(TEXTS.map((t) => [t]))('%s', (text) => {
    const alone = mayNameRedFlags(text);
    const first = withSharedReadings(() => mayNameRedFlags(text));
    const afterExtraction = withSharedReadings(() => {
      extractCaseFacts(text, AT);
      return [mayNameRedFlags(text), mayNameRedFlags(text)];
    });
    expect(first).toBe(alone);
    expect(afterExtraction).toEqual([alone, alone]);
  });

  it('the contrast holds: a sign named gives true, none named gives false', () => {
    const afterExtraction = (text: string) =>
      withSharedReadings(() => {
        extractCaseFacts(text, AT);
        return mayNameRedFlags(text);
      });
    expect(mayNameRedFlags('saddle numbness?')).toBe(true);
    expect(afterExtraction('saddle numbness?')).toBe(true);
    expect(afterExtraction('tramadol for a 78 yo')).toBe(false);
  });
});

describe('companion medicines: the person-word gate changes no answer', () => {
  it.each(TEXTS.map((t) => [t]))('%s', (text) => {
    expect(withSharedReadings(() => companionMedicineAsked(text))).toEqual(companionMedicineAsked(text));
  });

  it('still finds the companion of a text that names one', () => {
    expect(
      companionMedicineAsked('Lives with wife who is on phenelzine. pt on sertraline. tramadol ok?')?.drug,
    ).toBeDefined();
  });
});
