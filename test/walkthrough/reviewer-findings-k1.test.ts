import { describe, expect, it } from 'vitest';
import { companionMedicineAsked } from '../../src/clinical/language/companion-question.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { pdmpOtherPrescriber } from '../../src/clinical/language/pdmp-finding.js';
import { clearedRedFlags } from '../../src/clinical/language/red-flag-clearance.js';
import { runScenario, textOf } from './drive.js';

/**
 * A reviewer's findings on the morning's reading changes: "on and off" is still taken; a loose "ok" or another
 * finding does not clear a red-flag sign; a limited "no new weakness" does not clear a foot drop; a history heading
 * ends a negation; a relative's drug the patient takes is hers; a negated PDMP line is no finding; the same grade
 * before and now is no progression. Several clinician styles each; none is a fixture sentence.
 */
const AT = '2026-11-29T10:00:00.000Z';
const run = (...turns: string[]): string[] =>
  runScenario({ name: turns[0]!.slice(0, 40), turns: turns.map((say) => ({ say })) }).outputs.map(textOf);
const meds = (text: string) => extractCaseFacts(text, AT).patch.medications ?? [];
const conditions = (text: string) => extractCaseFacts(text, AT).patch.conditions ?? {};

const EMERGENCY = /emergency, same-day assessment/;

describe('"on and off" a drug: still taken, not stopped', () => {
  it.each([
    ['reviewer', 'On and off oxycodone 10 mg q6h for years. Also takes alprazolam 0.5 bd. What next?', 'oxycodone'],
    ['GP note', '58F CLBP 2y, on and off sertraline 100, naproxen 500 bd 8 wk failed, RF neg', 'ssri'],
    ['NP shorthand', '55M CLBP, on/off tramadol 50 prn x 2 yrs, RF neg', 'tramadol'],
    ['EHR paste', 'Medications: intermittently off sertraline 50 mg daily', 'ssri'],
    ['dictated', 'he takes oxycodone off and on comma about 10 mg a day full stop', 'oxycodone'],
  ])('%s: "%s"', (_style, text, drug) => {
    const m = meds(text).find((x) => x.drug === drug);
    expect(m).toBeDefined();
    expect(m?.stopped).toBeUndefined();
  });

  it('the opioid with a benzodiazepine keeps MME, naloxone and the warning', () => {
    const out = run('On and off oxycodone 10 mg q6h for years. Also takes alprazolam 0.5 bd. What next?')[0]!;
    expect(out).toMatch(/60 MME\/day/);
    expect(out).toMatch(/Naloxone/);
    expect(out).toMatch(/benzodiazepine or other CNS depressant/);
  });

  it('an SSRI taken on and off still rules out duloxetine', () => {
    const out = run(
      '58F CLBP 2y, on and off sertraline 100, naproxen 500 bd 8 wk failed, RF neg, eGFR 80. What next?',
    )[0]!;
    expect(out).toMatch(/Not for this patient: duloxetine \(on an SSRI/);
    expect(out).not.toMatch(/sertraline 100 mg: stopped/);
  });

  it.each([
    ['off sertraline since March', 'ssri'],
    ['now day 16 off phenelzine', 'maoi'],
    ['came off the tramadol last yr', 'tramadol'],
    ['pt is now off oxycodone', 'oxycodone'],
    ['has been off the citalopram for 3 months', 'ssri'],
  ])('a real stop still reads: "%s"', (text, drug) => {
    const m = meds(text).find((x) => x.drug === drug);
    expect(m?.stopped).toBe(true);
  });
});

describe('a red-flag sign is not cleared by a loose "ok" or another finding', () => {
  it.each([
    ['reviewer', 'New urinary retention - OK to manage in primary care?'],
    ['reviewer', 'Saddle anaesthesia - fine to send home?'],
    ['reviewer', 'faecal incontinence ok per wife?'],
    ['reviewer', 'urinary incontinence nad otherwise'],
    ['ED handover', '61M, worsening saddle numbness, fine otherwise, can he go home'],
    ['UK letter', 'He reports new faecal incontinence. Otherwise well.'],
  ])('%s: "%s" stays an emergency', (_style, text) => {
    expect(run(text)[0]).toMatch(/Suspected cauda equina syndrome[^\n]*Emergency/);
  });

  it('"New left foot drop - preserved ankle reflex." stays a progressive deficit', () => {
    expect(run('New left foot drop - preserved ankle reflex.')[0]).toMatch(
      /progressive neurological deficit: emergency/,
    );
  });

  it.each([
    'CLBP 2y, no saddle change, bladder/bowel normal, naproxen failed 8 wk',
    '47F chronic LBP 3 yrs. Bladder and bowel function intact. Naproxen 500 bd x 8/52 no help.',
    'LBP 18/12, B&B: NAD, ibuprofen 600 tds 6 wk failed',
  ])('a normal finding of the sign itself still clears it: "%s"', (text) => {
    expect(run(text)[0]).not.toMatch(EMERGENCY);
  });
});

describe('a limited clearance does not clear a progressive deficit', () => {
  it.each([
    'no new weakness elsewhere',
    'other than the foot, no new weakness',
    'no new weakness on the other side',
    'apart from the L foot drop, no new deficit',
    'no new weakness in the other leg',
  ])('"%s" clears nothing', (text) => {
    expect(clearedRedFlags(text)).toEqual([]);
  });

  it('with a foot drop open, "no new weakness elsewhere" keeps the emergency', () => {
    const [, second] = run(
      '58F CLBP 2y, naproxen 500 bd 8 wk failed. New left foot drop since Tuesday.',
      'no new weakness elsewhere',
    );
    expect(second).not.toMatch(/progressive neurological deficit: excluded/);
    expect(second).not.toMatch(/Add duloxetine/);
  });

  it('an unlimited one still clears', () => {
    expect(clearedRedFlags('spinal team reviewed: no new deficit')).toContain('progressive-neuro-deficit');
  });
});

describe('a history heading and a sentence end close a negation', () => {
  it.each([
    ['reviewer', 'No red flags PMH HF. naproxen?'],
    ['reviewer', 'nil red flags bg HF. naproxen?'],
    ['EHR paste', 'No red flags PMHx: HF, AF'],
    ['GP note', 'Denies red flags. Background HF and T2DM.'],
    ['terse', 'RF nil, comorbidities HF'],
    ['sentence end', 'No red flags. HF. naproxen?'],
  ])('%s: "%s" holds heart failure', (_style, text) => {
    expect(conditions(text)['heart-failure']).toBe('yes');
  });

  it('in a case, naproxen is not offered with heart failure after "no red flags PMH HF"', () => {
    const out = run('64M CLBP 2y, duloxetine 60 mg 8 wk no help. No red flags PMH HF. naproxen?')[0]!;
    expect(out).toMatch(/Not for this patient: NSAIDs \(heart failure\)/);
  });

  it.each(['Considering HF-SCS trial', 'referred for HF SCS', 'HF10 stimulator discussed'])(
    '"%s" is neuromodulation, not heart failure',
    (text) => {
      expect(conditions(text)['heart-failure']).toBeUndefined();
    },
  );
});

describe("a relative's drug that the patient takes, or that is hers, is the patient's", () => {
  it.each([
    "her husband has leftover diazepam - she's been taking a few at night",
    'Her husband gets her oxycodone from the pharmacy',
    "his wife has oxycodone, he's been taking hers",
    'her son collects oxycodone for her every week',
    "my husband has spare diazepam and I've been taking them",
  ])('"%s": no companion line', (text) => {
    expect(companionMedicineAsked(text)).toBeUndefined();
  });

  it.each([
    'His mother, who lives with him, is on morphine - does that matter for his numbers?',
    'My husband has leftover Celebrex - can I take those instead?',
    'her husband is on oxycodone and she takes naproxen',
  ])('"%s": still a companion line', (text) => {
    expect(companionMedicineAsked(text)).toBeDefined();
  });

  it('mid-case, the leftover diazepam she takes joins her case with the opioid warning', () => {
    const [, second] = run(
      '58F CLBP 2y, oxycodone 5 q6h, naproxen failed 8 wk, RF neg. What next?',
      "her husband has leftover diazepam - she's been taking a few at night",
    );
    expect(second).not.toMatch(/not counted/);
    expect(second).toMatch(/diazepam/);
    expect(second).toMatch(/benzodiazepine or other CNS depressant/);
  });
});

describe('a negated PDMP line is no finding of another prescriber', () => {
  it.each([
    'PDMP: no oxycodone from other prescribers',
    'PDMP checked - nothing from other prescribers',
    'PMP: no other prescribers for his tramadol',
    'pdmp clean, no other prescriber of oxycodone',
  ])('"%s"', (text) => {
    expect(pdmpOtherPrescriber(text)).toBeUndefined();
  });

  it.each([
    ['PDMP shows oxycodone filled from two different prescribers', 'oxycodone'],
    ['PDMP: no early refills but oxycodone from 2 prescribers', 'oxycodone'],
    ['PDMP: no early refills, tramadol from a second prescriber', 'tramadol'],
  ])('a finding still reads: "%s"', (text, drug) => {
    expect(pdmpOtherPrescriber(text)).toContain(drug);
  });
});

describe('the same grade before and now is not progression', () => {
  it.each([
    'Power 4/5, previously 4/5, reflexes normal. CLBP 2y, naproxen failed',
    'EHL 4/5 L, was 4/5 at last review, sensation normal, chronic LBP 3 yrs',
  ])('"%s": no emergency', (text) => {
    expect(run(text)[0]).not.toMatch(/progressive neurological deficit: emergency/);
  });

  it.each(['power now 4-/5, was full last month', 'dorsiflexion 3/5; the GP letter 2 weeks ago documents 5/5'])(
    'a lower grade now still is: "%s"',
    (text) => {
      expect(run(text)[0]).toMatch(/progressive neurological deficit: emergency/);
    },
  );
});
