import { describe, expect, it } from 'vitest';
import { answerToFact } from '../../src/clinical/language/index.js';

const AT = '2026-11-29T10:00:00.000Z';

describe('answerToFact', () => {
  it.each([
    ['radicular', 'yes', { radicular: 'yes' }],
    ['radicular', 'no', { radicular: 'no' }],
    ['radicular', 'not sure', { radicular: 'unknown' }],
    ['radicular', 'tingling down the right leg', { radicular: 'yes' }],
    ['priorMri', 'Yes.', { priorMri: 'yes' }],
    ['redFlags', 'none', { redFlagScreen: 'no', redFlags: [] }],
    ['redFlags', 'night pain and weight loss', { redFlagScreen: 'yes', redFlags: ['cancer'] }],
    ['age', '58', { age: 58 }],
    ['oswestry', '48', { oswestryPercent: 48 }],
    ['oswestry', 'ODI 48%', { oswestryPercent: 48 }],
    ['painDurationWeeks', '9 months', { painDurationWeeks: 39 }],
    ['painDurationWeeks', '14 weeks', { painDurationWeeks: 14 }],
    ['weeksOptimizedTherapy', '12', { weeksOptimizedTherapy: 12 }],
    ['startBack', '6, psychosocial 4', { startBack: { total: 6, psychosocial: 4 } }],
    ['startBack', 'high risk', { startBackRisk: 'high' }],
    ['startBack', 'not done', { skipped: ['startBack'] }],
    ['renalFunction', 'CrCl 45', { renal: { crcl: 45 } }],
    ['renalFunction', 'normal', { conditions: { ckd: 'no' } }],
    ['improvedSinceLastVisit', 'partly', { improvedSinceLastVisit: 'partial' }],
    ['improvedSinceLastVisit', 'No', { improvedSinceLastVisit: 'no' }],
    [
      'psychosocial',
      'depression and fear of movement',
      { psychosocial: { depression: 'yes', catastrophizing: 'yes' } },
    ],
    ['opioidRiskAssessment', 'yes', { opioidRiskAssessment: 'yes' }],
  ] as const)('%s <- "%s"', (key, text, expected) => {
    expect(answerToFact(key, text, AT)).toEqual(expected);
  });

  it('reads drug trials from a bare regimen, an outcome, or a named drug', () => {
    expect(answerToFact('duloxetineTrial', '60 mg daily 8 weeks, partial', AT)).toEqual({
      medications: [{ drug: 'duloxetine', doseMg: 60, timesPerDay: 1, durationWeeks: 8, outcome: 'partial' }],
    });
    expect(answerToFact('tramadolTrial', '50 q6h, no relief', AT)).toEqual({
      medications: [{ drug: 'tramadol', doseMg: 50, timesPerDay: 4, outcome: 'ineffective' }],
    });
    expect(answerToFact('nsaidTrial', 'naproxen 250 bid 6 weeks, no relief', AT)).toEqual({
      medications: [{ drug: 'naproxen', doseMg: 250, timesPerDay: 2, durationWeeks: 6, outcome: 'ineffective' }],
    });
    expect(answerToFact('nsaidTrial', 'Not tolerated', AT)).toEqual({
      medications: [{ drug: 'other-nsaid', outcome: 'not-tolerated' }],
    });
    expect(answerToFact('nsaidTrial', 'Not tried', AT)).toEqual({ skipped: ['nsaidTrial'] });
  });

  it('reads non-drug therapies, and "none yet" as none tried', () => {
    expect(answerToFact('nonDrugTherapies', 'she did 8 weeks of PT', AT)).toEqual({
      nonDrugTherapies: [{ therapy: 'exercise', status: 'tried-no-benefit', weeks: 8 }],
    });
    const none = answerToFact('nonDrugTherapies', 'None yet', AT);
    expect(none?.nonDrugTherapies?.every((t) => t.status === 'not-tried')).toBe(true);
  });

  it('returns undefined when the text does not answer the question', () => {
    expect(answerToFact('age', 'hello there', AT)).toBeUndefined();
    expect(answerToFact('radicular', 'what is the max dose of naproxen?', AT)).toBeUndefined();
    expect(answerToFact('oswestry', '', AT)).toBeUndefined();
  });
});
