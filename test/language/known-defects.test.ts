import { describe, expect, it } from 'vitest';
import { anyPsychosocialFactor } from '../../machines/case-guards.js';
import { caseFactsSchema } from '../../machines/case-facts.js';
import { nsaidExcluded } from '../../machines/drug-guards.js';
import { answerToFact, extractCaseFacts, findDrugs } from '../../src/language/index.js';

const AT = '2026-11-29T10:00:00.000Z';
const patch = (t: string) => extractCaseFacts(t, AT).patch;
const therapy = (t: string, id: string) => patch(t).nonDrugTherapies?.find((x) => x.therapy === id)?.status;
const outcomeOf = (t: string, drug: string) => patch(t).medications?.find((m) => m.drug === drug)?.outcome;

describe('therapies sharing one outcome', () => {
  it.each([
    ['PT and CBT, no benefit'],
    ['Tried PT and CBT, neither helped.'],
    ['PT, CBT: no benefit'],
  ])('"%s": both tried without benefit', (text) => {
    expect(therapy(text, 'exercise')).toBe('tried-no-benefit');
    expect(therapy(text, 'cbt')).toBe('tried-no-benefit');
  });
});

describe('age is not a pain duration', () => {
  it.each(['80 year old', '80 yo', '80yo F', '80 year old woman with LBP', '80-year-old M', '80 y.o. male, LBP'])('"%s"', (text) => {
    const p = patch(text);
    expect(p.age).toBe(80);
    expect(p.painDurationWeeks).toBeUndefined();
  });

  it('still reads a duration next to the age', () => {
    expect(patch('80 year old with LBP for 2 years')).toMatchObject({ age: 80, painDurationWeeks: 104 });
  });
});

describe('psychosocial answer to the walk-through question', () => {
  const facts = (p: object | undefined) => caseFactsSchema.parse(p ?? {});
  it.each(['yes', 'Yes, some', 'y', 'present'])('"%s" marks factors present (the statechart sees them)', (text) => {
    const p = answerToFact('psychosocial', text, AT);
    expect(p).toBeDefined();
    expect(anyPsychosocialFactor(facts(p))).toBe(true);
  });

  it('"no" marks all four absent', () => {
    expect(answerToFact('psychosocial', 'no', AT)).toEqual({ psychosocial: { depression: 'no', anxiety: 'no', catastrophizing: 'no', workDissatisfaction: 'no' } });
    expect(anyPsychosocialFactor(facts(answerToFact('psychosocial', 'none', AT)))).toBe(false);
  });

  it('names only what is named', () => {
    expect(answerToFact('psychosocial', 'depression and anxiety', AT)).toEqual({ psychosocial: { depression: 'yes', anxiety: 'yes' } });
  });

  it('"not sure" is unknown, never present', () => {
    const p = answerToFact('psychosocial', 'not sure', AT);
    expect(p).toBeDefined();
    expect(anyPsychosocialFactor(facts(p))).toBe(false);
  });
});

describe('a ruled-out NSAID class', () => {
  it.each(['No NSAIDs.', 'NSAIDs contraindicated', "can't take NSAIDs (CKD)", 'No NSAIDs (CKD 3b, eGFR 35).', "Can't take NSAIDs.", 'NSAIDs avoided.', 'no nsaids d/t GI bleed'])(
    '"%s" -> NSAID contraindicated, and the pathway sees an excluded NSAID',
    (text) => {
      const p = patch(text);
      expect(p.medications).toContainEqual({ drug: 'other-nsaid', outcome: 'contraindicated' });
      expect(nsaidExcluded(caseFactsSchema.parse(p))).toBe(true);
    },
  );

  it.each(['No NSAIDs tried yet.', 'has not tried NSAIDs', 'no NSAID trial so far'])('"%s" is not a contraindication', (text) => {
    expect(outcomeOf(text, 'other-nsaid')).toBeUndefined();
  });
});

describe('a dose typed with a stray minus', () => {
  it.each(['naproxen -500 mg', 'naproxen -500 mg bid', 'naproxen - -500'])('"%s" carries no dose', (text) => {
    const [m] = findDrugs(text);
    expect(m?.drug).toBe('naproxen');
    expect(m?.doseMg).toBeUndefined();
    expect(m?.dailyMg).toBeUndefined();
  });

  it('a dash used as a separator still gives the dose', () => {
    expect(findDrugs('naproxen - 500 mg bid')[0]).toMatchObject({ doseMg: 500, timesPerDay: 2 });
    expect(findDrugs('naproxen: 500 bid')[0]).toMatchObject({ doseMg: 500, timesPerDay: 2 });
  });
});

describe('scoping found by the fourth held-out set', () => {
  it('a negation does not reach into a parenthesis: "Naproxen not tried (on apixaban)"', () => {
    expect(patch('Naproxen not tried (on apixaban).').medications).toEqual([{ drug: 'anticoagulant', outcome: 'current' }]);
  });

  it('a therapy arranged for later is not tried', () => {
    expect(therapy('Starting PT next week.', 'exercise')).toBe('not-tried');
    expect(therapy('PT 6 wks, no change; acupuncture booked.', 'acupuncture')).toBe('not-tried');
    expect(therapy('PT 6 wks, no change; acupuncture booked.', 'exercise')).toBe('tried-no-benefit');
  });

  it('"Duloxetine 60 x 3 months" keeps the dose and the duration', () => {
    expect(patch('Duloxetine 60 x 3 months no relief').medications).toEqual([{ drug: 'duloxetine', doseMg: 60, durationWeeks: 13, outcome: 'ineffective' }]);
  });

  it('"wants to talk about injections" is considering a procedure', () => {
    expect(patch('Wants to talk about injections.').consideringInterventional).toBe('yes');
  });
});
