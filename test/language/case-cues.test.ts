import { describe, expect, it } from 'vitest';
import { CAUDA_EQUINA_CUES, SEROTONIN_CUES } from '../../src/clinical/language/concepts.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import {
  askingClause,
  CLOSING_FORMS,
  closingQuestion,
  isQuestion,
  QUESTION_FORMS,
} from '../../src/clinical/language/question-shape.js';

/**
 * Issue 13, part B, the language side: every cue row reads its own example (and respects a negation), the question
 * forms, referral triggers as clinicians write them, the minimal important change, proposed drugs.
 */
const AT = '2026-11-29T10:00:00.000Z';
const read = (text: string) => extractCaseFacts(text, AT);

describe('cauda equina cues (clinical-reference.md section 6), one row each', () => {
  it.each(CAUDA_EQUINA_CUES.map((c) => [c.example]))('"%s" is a cauda equina red flag', (example) => {
    expect(read(`58F chronic LBP, ${example}`).patch.redFlags).toContain('cauda-equina');
  });

  it.each([
    ['no saddle anaesthesia'],
    ['denies bladder issues'],
    ['denies numbness down below'],
    ['no incontinence'],
    ['no saddle numbness, no bladder problems'],
  ])('"%s" is not', (said) => {
    expect(read(`58F chronic LBP, ${said}`).patch.redFlags ?? []).not.toContain('cauda-equina');
  });

  it.each([["can't feel the toilet paper when wiping"], ['numbness in her groin'], ['unable to pass urine']])(
    'lay words: "%s"',
    (said) => {
      expect(read(said).patch.redFlags).toContain('cauda-equina');
    },
  );
});

describe('serotonin toxicity signs, one row each', () => {
  it.each(SEROTONIN_CUES.map((c) => [c.example, c.id]))('"%s" is the sign %s', (example, id) => {
    expect(read(`on duloxetine and tramadol, now ${example}`).patch.serotoninSigns).toContain(id);
  });

  it('fever is an infection red flag and a serotonin sign', () => {
    const { patch } = read('on duloxetine and tramadol, fever and tremor');
    expect(patch.redFlags).toContain('infection');
    expect(patch.serotoninSigns).toEqual(expect.arrayContaining(['fever', 'tremor']));
  });

  it('all signs denied clears them; a list after "no" shares the negation', () => {
    expect(read('no tremor or sweating now').patch.serotoninSigns).toEqual([]);
    expect(read('denies fever, weight loss or saddle numbness').patch.redFlagScreen).toBe('no');
  });
});

describe('question forms: one test for the case reader, the answers and the walk-through', () => {
  it.each(QUESTION_FORMS.map((f) => [f.example]))('"%s" is a question', (example) => {
    expect(isQuestion(example)).toBe(true);
  });

  it.each([["can't tolerate naproxen"], ['started duloxetine 30 mg'], ['no red flags']])(
    '"%s" is not a question',
    (text) => {
      expect(isQuestion(text)).toBe(false);
    },
  );

  it.each(CLOSING_FORMS.map((f) => [f.example]))('a case message closing with "%s" asks it', (example) => {
    expect(closingQuestion(`58F chronic LBP 1 yr, naproxen 500 bid no relief. ${example}`)).toBe(example);
  });

  it('the question is the last sentence, and its asking part is after the last comma or dash', () => {
    expect(closingQuestion('58F LBP. Wants to try Neurontin - dose?')).toBe('Wants to try Neurontin - dose?');
    expect(askingClause('failed naproxen, can I start oxycodone?')).toBe('can I start oxycodone?');
    expect(closingQuestion('58F LBP 1 yr, naproxen 7.5 mg daily.')).toBeUndefined();
  });

  it('a drug in the closing question is asked about, never taken', () => {
    const ex = read('50F chronic LBP 1 yr, naproxen 500 bid x 8 wks no relief. cymbalta next?');
    expect(ex.patch.medications?.map((m) => m.drug)).toEqual(['naproxen']);
    expect(ex.question).toBe('cymbalta next?');
  });
});

describe('referral triggers as written', () => {
  it.each([
    ['asking for facet injections'],
    ['wants an epidural'],
    ['keen on a nerve block'],
    ['requesting radiofrequency ablation'],
  ])('"%s": an interventional procedure is considered', (said) => {
    expect(read(said).patch.consideringInterventional).toBe('yes');
  });

  it('STarT Back item by item is scored by the Keele calculator; a missing item is never guessed', () => {
    const items = 'Q1 agree, Q2 disagree, Q3 agree, Q4 agree, Q5 agree, Q6 agree, Q7 agree, Q8 disagree, Q9 very much';
    expect(read(`STarT Back: ${items}`).patch).toMatchObject({
      startBack: { total: 7, psychosocial: 4 },
      startBackRisk: 'high',
    });
    expect(read('STarT Back: Q1 agree, Q2 agree, Q3 agree').patch.startBack).toBeUndefined();
  });

  it.each([
    ['pain 7->6 after 14 weeks', 'no'],
    ['pain 7/10 -> 6/10, slightly better at follow-up', 'no'],
    ['ODI 52 -> 46 at follow-up', 'no'],
    ['pain 8/10 -> 4/10 at follow-up', 'partial'],
    ['ODI 50 -> 38 at follow-up', 'partial'],
  ])('"%s": a change below the minimal important change is none (%s)', (said, expected) => {
    expect(read(said).patch.improvedSinceLastVisit).toBe(expected);
  });

  it.each([
    ['On duloxetine 60 mg and naproxen 500 bid plus PT for 14 weeks, pain 7->6.', 14],
    ['pain 7->6 after 14 weeks of duloxetine 60, naproxen and physio', 14],
    ['52F LBP 1 yr, 14 weeks of optimised therapy without meaningful change', 14],
  ])('"%s": weeks of optimised therapy %d', (said, weeks) => {
    expect(read(said).patch.weeksOptimizedTherapy).toBe(weeks);
  });

  it.each([
    ["58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, tingling down the left leg, hasn't done PT"],
    ['LBP x 2 yrs on duloxetine and PT'],
    ['pain 7->6 after 14 weeks'],
  ])('"%s": no course of optimised therapy read', (said) => {
    expect(read(said).patch.weeksOptimizedTherapy).toBeUndefined();
  });
});

describe('proposed drugs and trial durations', () => {
  it.each([
    [
      'pain clinic suggests OxyContin 20 mg twice daily',
      { drug: 'oxycodone', doseMg: 20, timesPerDay: 2, product: 'oxycontin' },
    ],
    ['colleague suggests MS Contin 15 bid', { drug: 'morphine', doseMg: 15, timesPerDay: 2 }],
    ['patient asking for oxycodone', { drug: 'oxycodone' }],
    ['Plan: start tramadol ER 100 daily', { drug: 'tramadol', extendedRelease: true }],
  ])('"%s" is proposed, not taken', (said, proposal) => {
    const ex = read(said);
    expect(ex.proposals).toEqual([expect.objectContaining(proposal)]);
    expect(ex.patch.medications ?? []).toEqual([]);
  });

  it.each([
    ['naproxen 500 bid for 1 week, no relief', 'naproxen', 1],
    ['duloxetine 60 mg for 3 days, no relief', 'duloxetine', 0.4],
  ])('"%s": the trial lasted %s weeks', (said, drug, weeks) => {
    expect(read(said).patch.medications).toEqual([expect.objectContaining({ drug, durationWeeks: weeks })]);
  });

  it('a sedative risk acknowledged', () => {
    expect(read('acknowledges the sedation risk with alprazolam').patch.opioidSedativeAcknowledged).toBe('yes');
  });
});
