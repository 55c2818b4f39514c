import { describe, expect, it } from 'vitest';
import { EVIDENCE_CUES, hasPatientEvidence, patientEvidence } from '../../src/clinical/language/patient-evidence.js';
import { normalize } from '../../src/clinical/language/normalize.js';

const reads = (cue: (typeof EVIDENCE_CUES)[number], text: string) =>
  cue.re ? cue.re.test(normalize(text)) : !!cue.test?.(normalize(text));

describe('each patient-evidence cue reads its example and not its counter-example', () => {
  it.each(EVIDENCE_CUES.map((c) => [c.kind, c.example, c]))('%s: %s', (_kind, example, cue) => {
    expect(reads(cue, example)).toBe(true);
    expect(reads(cue, cue.counter)).toBe(false);
    expect(patientEvidence(example)).toContain(cue.kind);
  });
});

describe('a described patient has evidence', () => {
  it.each([
    ['58F chronic LBP', 'age-sex'],
    ['72 yo with sciatica', 'age-sex'],
    ['M 64, back pain', 'age-sex'],
    ['a 58-year-old woman with back pain', 'age-sex'],
    ['aged 70, back pain', 'age-sex'],
    ['pt has sciatica', 'person'],
    ['he has sciatica, gabapentin or pregabalin?', 'person'],
    ['this gentleman with chronic back pain', 'person'],
    ['Patient with LBP for a while', 'person'],
    ['LBP 6 months', 'pain-duration'],
    ['back pain x 6/52', 'pain-duration'],
    ['2 years of chronic low back pain', 'pain-duration'],
    ['f/u: CLBP, duloxetine 60 mg x 8 wk. Anything to add?', 'visit'],
    ['seen today with worse back pain', 'visit'],
    ['NRS 7 -> 4, ODI 44 -> 30', 'measure'],
    ['pain 7/10 despite naproxen', 'measure'],
    ['STarT Back 6, psych 4', 'measure'],
    ['duloxetine 60 mg, tolerating ok', 'trial'],
    ['no fever but has unexplained weight loss', 'finding'],
    ['immunosuppressed (kidney transplant on tacrolimus), new LBP and fevers', 'finding'],
    ['sciatica, no red flags, no leg weakness', 'finding'],
    ['tried naproxen', 'trial'],
    ['failed duloxetine', 'trial'],
    ['on tramadol 50 bd', 'trial'],
    ['taking Neurontin 300 nocte', 'trial'],
    ['naproxen 500 bid no relief', 'trial'],
    ['could not tolerate duloxetine', 'trial'],
  ])('%s', (text, kind) => {
    expect(hasPatientEvidence(text)).toBe(true);
    expect(patientEvidence(text)).toContain(kind);
  });
});

describe('topic text alone is a question, with no patient evidence', () => {
  it.each([
    'pregabalin for sciatica',
    'tramadol in the elderly',
    'duloxetine vs pregabalin',
    'duloxetine vs pregabalin for sciatica',
    'gabapentin or pregabalin for radicular pain',
    'naproxen max dose',
    'naproxen 500 mg bid',
    'Neurontin 300 nocte',
    'tramadol with duloxetine safe',
    'naproxen in patients on warfarin',
    'chronic low back pain guideline',
    'red flags for back pain',
    'when to refer for MRI',
    'MME 90 threshold',
    'what does a pain score mean',
    'ODI bands',
    'how long should a duloxetine trial last',
    'duloxetine in patients with CKD',
    'is there no evidence for tramadol',
    'which drug has the lowest GI risk',
    'not sure which NSAID to choose',
    '',
  ])('%s', (text) => {
    expect(patientEvidence(text)).toEqual([]);
    expect(hasPatientEvidence(text)).toBe(false);
  });
});
