import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NEXT_PATIENT_ROWS,
  OTHER_PERSON_ROWS,
  describesAnotherPatient,
  looksLikeNewPatient,
} from '../../dialogs/walkthrough/read-text.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { anotherPatientScores, type AnotherPatientCase } from '../../scripts/eval/another-patient-scoring.js';

/**
 * Another patient pasted while a case is open opens a new case; more about the same patient (a later visit, a
 * correction, new results) updates the open one. Merging two people would mix their medicines and findings.
 */
const AT = '2026-11-29T10:00:00.000Z';

describe('another patient mid-case', () => {
  it.each(NEXT_PATIENT_ROWS)('"$cue" before a description is another patient: $example', ({ example }) => {
    expect(looksLikeNewPatient(example)).toBe(true);
  });

  it.each([
    ['ED handover: 66M, LBP 1 yr, naproxen 500 bid 6/52 no better', 45, true],
    ['Dear Dr,\nRe: 71F with mechanical low back pain for 2 years', 62, true],
    ['S: 49 year old male presents with low back pain for six months', 58, true],
    ['sorry, she is 64 not 46', 46, false],
    ['6 weeks later, 58M, naproxen stopped, pain unchanged', 58, false],
    ['his eGFR came back at 48', 58, false],
    ['duloxetine in a 60 year old?', 45, false],
  ] as const)('%j with the open case aged %i: another patient = %s', (text, caseAge, expected) => {
    const stated = /(\d{2})\s?(?:m|f|yo|year)/i.exec(text)?.[1];
    const age = stated === undefined ? undefined : Number(stated);
    const patch = age === undefined ? {} : { age };
    expect(describesAnotherPatient(text, patch, { facts: { age: caseAge } }, AT)).toBe(expected);
  });

  it.each(OTHER_PERSON_ROWS)('"$cue" in the opening is another patient: $example', ({ example }) => {
    expect(describesAnotherPatient(example, {}, { facts: { age: 58 }, sex: 'male' }, AT)).toBe(true);
  });

  /** Whole conversations through handleTurn: the last turn opens a new case or keeps the open one. */
  const last = (turns: string[], expect: AnotherPatientCase['expect']) =>
    anotherPatientScores([{ id: 'own', turns, expect }])[0]!;

  const MAN = '64M, CLBP 2 yrs, naproxen 500 bd x 6/52 no help, paracetamol 1 g qds, eGFR 80, no red flags';
  const WOMAN =
    'Lady of 52, LBP 10 months, ibuprofen 400 tds 4 wks minimal relief, physio x 4. eGFR 91. She has asthma.';
  const AT_SAME = [
    // class 1: the sex the case's first description stated
    ['a woman here 64, back pain a year, ibuprofen not helping, eGFR 70', MAN, 'new-case'],
    ['handover: 64F known CLBP, seen in ED overnight, GP f/u please', MAN, 'new-case'],
    ['sorry, typo in the first one - female not male, 64F', MAN, 'same-case'],
    ['review 6/52: the 52 yo lady is better on duloxetine 60, pain 4/10', WOMAN, 'same-case'],
    ["she's not sleeping well, PHQ-9 11", WOMAN, 'same-case'],
    // class 2: ages said in other ways
    ['CLBP 4 yrs, failed ibuprofen and physio, wants something stronger. She is 81.', WOMAN, 'new-case'],
    ['woman in her 70s, LBP 2 yrs, naproxen upset her stomach, eGFR 50', WOMAN, 'new-case'],
    ['F30 LBP 6/12, ibuprofen helped a bit, wants physio', WOMAN, 'new-case'],
    ['sixty four year old man, back pain for two years, now on duloxetine sixty, pain better', MAN, 'same-case'],
    // class 3: someone else named or asked about
    ['what about a 39M on pregabalin 150 bd, can he have tramadol too?', WOMAN, 'new-case'],
    ['he is 52 as well, on sertraline 50 - can he have tramadol?', WOMAN, 'new-case'],
    ['pregabalin in a 39 year old?', WOMAN, 'same-case'],
    ["her husband rang: says she's taking extra ibuprofen at night", WOMAN, 'same-case'],
    // round 2, class 1: a companion asking about their own problem, unlike a companion reporting on the patient
    [
      'Her son came too, he is 30 and wants advice on his own back: 6 months, ibuprofen helps. Ideas?',
      WOMAN,
      'new-case',
    ],
    ['his wife asked about her knees - OA, on naproxen 500 bd, is that ok with her asthma?', MAN, 'new-case'],
    ['the carer has back pain too, co-codamol 30/500 - could she take naproxen?', WOMAN, 'new-case'],
    ['her daughter says she takes an extra ibuprofen at night', WOMAN, 'same-case'],
    ["wife rang: he's worse since the weekend, pain 8/10", MAN, 'same-case'],
    // class 2: a hypothetical patient is another patient only with another age or sex
    ['what if I had a 40-year-old woman with the same story, would duloxetine be first?', MAN, 'new-case'],
    ['what if she were 75, would you still use naproxen?', WOMAN, 'new-case'],
    ['what if he were 65, would you still use naproxen?', MAN, 'same-case'],
    ['say a 64M with that history, what is the max tramadol?', MAN, 'same-case'],
    // class 3: dictated ages
    ['lady of seventy two comma back pain for years comma ibuprofen not helping full stop what next', MAN, 'new-case'],
    // class 4: comparison and next headers, bracketed age and sex
    ['Similar case - 38M warehouse worker, LBP 5 months, naproxen helped, eGFR 99. Next step?', WOMAN, 'new-case'],
    [
      'Different one: builder, 52, LBP 2 yrs, pregabalin 300 bd for 6 months, eGFR 70, wants to come off it.',
      MAN,
      'new-case',
    ],
    ['Pt (70, F): LBP 3 yrs, paracetamol only, eGFR 45', MAN, 'new-case'],
    // class 5: a bracket between the person and the verb
    ['Off topic - my mum (she is 79) takes ibuprofen daily with her ramipril. Is that a problem?', MAN, 'new-case'],
    // class 6: a re-paste that says it corrects stays the same case
    [`${MAN.replace('eGFR 80', 'eGFR 40')} (eGFR above was wrong)`, MAN, 'same-case'],
    [`amended: ${MAN.replace('6/52', '8/52')}`, MAN, 'same-case'],
    // round 3 (blind v10): an age or decade dating the history is not the patient's age now
    [
      'worth knowing: at age 50 he had a discectomy and was on tramadol for a few weeks afterwards with no side effects at all',
      MAN,
      'same-case',
    ],
    [
      'He had a fusion in his forties and did well for years after that; physio then too, no problems with any of the drugs',
      MAN,
      'same-case',
    ],
    // shorthand age and sex ("NN yr M") pasted with no cue is another patient when they differ
    ['29 yr M, courier, c/o LBP since 5 mths, no radiation. Tab naproxen 250 BD. Can we increase?', WOMAN, 'new-case'],
    // a companion, an age in brackets and a long clause before "his own"
    ['Her brother (47), who came in with her, asks if some of her ibuprofen is ok for his own back', WOMAN, 'new-case'],
    // a decade attached to the person is the age now (safety review round 4): another man in his forties is not the 62M
    [
      'Another man with chronic LBP in his forties, on tramadol 50 qds, eGFR 25',
      '62M, chronic LBP 2 years, failed naproxen, on sertraline',
      'new-case',
    ],
    ['forgot to say he had a discectomy in his forties, L4/5, good result at the time', MAN, 'same-case'],
    // a companion with their own age and their own back pain is another patient (their age and drugs are theirs)
    // a bare remark about the companion's back pain keeps the case (its age is set aside, below)
    ['her boyfriend (19 yo) also has LBP', WOMAN, 'same-case'],
    ['his wife, 58, is here too and asks about her own back pain', MAN, 'new-case'],
    ['her partner (45) also has LBP, on naproxen', WOMAN, 'new-case'],
    ['Hubby 70 has sciatica too - on pregabalin 75 bd, ok with her naproxen?', WOMAN, 'new-case'],
    ["FYI the pt's wife, 60F, also c/o chronic LBP, on tramadol", MAN, 'new-case'],
    // a mention of someone else's age is not another patient, and never the case's age (below)
    ['her son (34 yo) drove her in today', WOMAN, 'same-case'],
    ['his wife, 58, drove him in today', MAN, 'same-case'],
    ['mum 80 has dementia, he cares for her', MAN, 'same-case'],
    ['Daughter, 24, is a physio and showed him some stretches', MAN, 'same-case'],
    ['father died at 70, MI', MAN, 'same-case'],
  ] as const;

  it.each(AT_SAME)('%j after %j: %s', (text, first, wanted) => {
    expect(last([first, text], wanted).got).toBe(wanted);
  });

  it.each([
    ['her son (34 yo) drove her in today', WOMAN, 52],
    ['his wife, 58, drove him in today', MAN, 64],
    ['lives with his wife (61 yo), she does the lifting', MAN, 64],
    ['came with his 58 yo wife today, she is worried about the naproxen', MAN, 64],
    ['mum 80 has dementia, he cares for her', MAN, 64],
    ['her boyfriend (19 yo) also has LBP', WOMAN, 52],
  ] as const)("%j after %j keeps the case's age %i", (text, first, age) => {
    const turns = [first, text];
    let state: unknown;
    for (const [i, t] of turns.entries()) {
      const r = handleTurn(
        state,
        {
          kind: 'message',
          conversationKey: 'companion-age',
          scope: 'personal',
          userId: 'eval',
          text: t,
          activityId: `c-${i}`,
          receivedAt: new Date(Date.parse(AT) + i * 60_000).toISOString(),
        },
        { retentionDays: 30 },
      );
      if (r.changed) state = r.state;
    }
    const cases = (state as { cases: { facts: { age?: number } }[] }).cases;
    expect(cases.map((c) => c.facts.age)).toEqual([age]);
  });

  it("a reply stating someone else's sex does not change the case's sex; a correction does", () => {
    // "mum F 45 is with him" is not the patient (a woman after it is another patient); "sorry, female" corrects it
    const woman = 'a woman here 64, back pain a year, ibuprofen not helping, eGFR 70';
    expect(last([MAN, 'no red flags. mum F 45 is with him', woman], 'new-case').got).toBe('new-case');
  });

  it('back after a sex correction restores the sex the case had', () => {
    const fix = 'sorry, typo - female not male, 64F';
    const woman = 'a woman here 64, back pain a year, ibuprofen not helping, eGFR 70';
    expect(last([MAN, fix, woman], 'same-case').got).toBe('same-case');
    expect(last([MAN, fix, 'back', woman], 'new-case').got).toBe('new-case');
  });

  // a re-paste with one value changed opens a new case, as another patient on the same template does: merging a
  // different patient is the harm to avoid; a needless new case costs one "switch to case A"
  const PASTE =
    '55F, CLBP 14 months, naproxen 500 bd x 8 wks no better, paracetamol 1 g qds, physio x 6, eGFR 72, no red flags';
  it.each([
    [PASTE.replace('eGFR 72', 'eGFR 27'), 'new-case'],
    ['55F, CLBP 3 yrs, ibuprofen 400 tds x 4 wks some relief, codeine 30 qds, yoga, eGFR 95, no red flags', 'new-case'],
    [PASTE.replace('55F', '57F'), 'new-case'],
  ] as const)('%j after the first paste: %s', (text, wanted) => {
    expect(last([PASTE, text], wanted).got).toBe(wanted);
  });

  // Floors per blind set (each written by a helper who never saw the code; README in its folder). A re-paste with one
  // value changed opens a new case by design (describesAnotherPatient): v5 p5-36 and v6 p6-21 stay "misses".
  it.each([
    ['v5', 'written before the fix, first run 35/60', 30, 29],
    ['v6', 'written before the fix, first run 41/50', 25, 24],
    ['v9', 'holdout after round 1; first run on main 6/20 + 19/20, before round 2 14/20 + 19/20', 20, 20],
    ['v10', 'holdout after round 2; first run on 41293e1 13/15 + 14/15', 15, 15],
  ] as const)('blind set %s (%s): at least %i new patients and %i same patients', (name, _first, newMin, sameMin) => {
    const set = JSON.parse(
      readFileSync(new URL(`../fixtures/blind-${name}/another-patient.json`, import.meta.url), 'utf8'),
    ) as AnotherPatientCase[];
    const rows = anotherPatientScores(set);
    const score = (expect: string) => rows.filter((r) => r.expect === expect && r.ok).length;
    expect(score('new-case')).toBeGreaterThanOrEqual(newMin);
    expect(score('same-case')).toBeGreaterThanOrEqual(sameMin);
  });
});
