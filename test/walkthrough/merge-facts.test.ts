import { describe, expect, it } from 'vitest';
import { mergeFacts } from '../../dialogs/walkthrough/merge-facts.js';
import { withElapsedTime } from '../../dialogs/walkthrough/follow-up.js';
import { caseFactsSchema } from '../../src/clinical/case/case-facts.js';

const base = caseFactsSchema.parse({
  age: 58,
  painDurationWeeks: 39,
  redFlagScreen: 'yes',
  redFlags: ['cancer'],
  medications: [{ drug: 'naproxen', doseMg: 250, timesPerDay: 2, outcome: 'ineffective' }],
  nonDrugTherapies: [{ therapy: 'exercise', status: 'not-tried' }],
  conditions: { ckd: 'no' },
  skipped: ['duloxetineTrial', 'priorMri'],
});

describe('merging what a message says into the case', () => {
  it('updates a drug already in the case instead of adding it twice, and keeps the others', () => {
    const f = mergeFacts(base, {
      medications: [
        { drug: 'naproxen', doseMg: 500 },
        { drug: 'duloxetine', doseMg: 60, outcome: 'current' },
      ],
    });
    expect(f.medications).toEqual([
      { drug: 'naproxen', doseMg: 500, timesPerDay: 2, outcome: 'ineffective' },
      { drug: 'duloxetine', doseMg: 60, outcome: 'current' },
    ]);
  });

  it('updates a therapy by name; merges conditions', () => {
    const f = mergeFacts(base, {
      nonDrugTherapies: [{ therapy: 'exercise', status: 'tried-no-benefit', weeks: 8 }],
      conditions: { 'gi-bleed-history': 'yes' },
    });
    expect(f.nonDrugTherapies).toEqual([{ therapy: 'exercise', status: 'tried-no-benefit', weeks: 8 }]);
    expect(f.conditions).toEqual({ ckd: 'no', 'gi-bleed-history': 'yes' });
  });

  it('"no red flags" clears flags said before; a new flag adds to them', () => {
    expect(mergeFacts(base, { redFlagScreen: 'no' }).redFlags).toEqual([]);
    expect(mergeFacts(base, { redFlags: ['fracture'] }).redFlags).toEqual(['cancer', 'fracture']);
  });

  it('a skipped fact given later is no longer skipped; others stay skipped', () => {
    const f = mergeFacts(base, { medications: [{ drug: 'duloxetine', doseMg: 60, outcome: 'ineffective' }] });
    expect(f.skipped).toEqual(['priorMri']);
  });

  it('"N weeks later" moves pain duration and weeks of optimized therapy unless the message states them', () => {
    expect(withElapsedTime({}, '4 weeks later, pain unchanged', base)).toEqual({
      painDurationWeeks: 43,
      weeksOptimizedTherapy: 4,
    });
    expect(withElapsedTime({}, '3 months later', { ...base, weeksOptimizedTherapy: 4 })).toEqual({
      painDurationWeeks: 52,
      weeksOptimizedTherapy: 17,
    });
    expect(withElapsedTime({ weeksOptimizedTherapy: 12 }, '4 weeks later', base)).toEqual({
      weeksOptimizedTherapy: 12,
      painDurationWeeks: 43,
    });
    expect(withElapsedTime({}, 'pain unchanged', base)).toEqual({});
  });

  it('populations said of the patient add up; an age corrected to an adult one takes back under 18', () => {
    const teen = caseFactsSchema.parse({ population: ['under-18'] });
    expect(mergeFacts(teen, { population: ['pregnancy'] }).population).toEqual(['under-18', 'pregnancy']);
    const sixteen = caseFactsSchema.parse({ age: 16, population: ['under-18'] });
    expect(mergeFacts(sixteen, { age: 61 }, 'sorry, 61 not 16').population).toBeUndefined();
    expect(mergeFacts(sixteen, { age: 19 }, 'typo: she is 19').population).toBeUndefined();
    expect(mergeFacts(sixteen, { age: 61, population: ['under-18'] }, 'sorry, 61 not 16').population).toEqual([
      'under-18',
    ]);
    // an adult age that is not an explicit correction of the patient's may be someone else's: still under 18
    expect(mergeFacts(sixteen, { age: 19 }, 'her boyfriend (19 yo) also has LBP').population).toEqual(['under-18']);
    expect(mergeFacts(sixteen, { age: 19 }, 'came with her partner, 19 yo').population).toEqual(['under-18']);
    expect(mergeFacts(sixteen, { age: 19 }, 'actually her brother is 19').population).toEqual(['under-18']);
    expect(mergeFacts(sixteen, { age: 61 }).population).toEqual(['under-18']);
    // no age was known: a stated adult age does not undo a school level or "teen" said before
    expect(mergeFacts(teen, { age: 45 }).population).toEqual(['under-18']);
    expect(mergeFacts(base, { age: 40 }).population).toBeUndefined();
  });
});

describe('opioid products across messages', () => {
  const er = caseFactsSchema.parse({
    medications: [{ drug: 'oxycodone', product: 'oxycontin', doseMg: 30, timesPerDay: 2 }],
  });

  it('an immediate-release product said later stays beside the extended-release one of the same opioid', () => {
    const f = mergeFacts(er, { medications: [{ drug: 'oxycodone', doseMg: 10, timesPerDay: 4, prn: true }] });
    expect(f.medications).toEqual([
      { drug: 'oxycodone', product: 'oxycontin', doseMg: 30, timesPerDay: 2 },
      { drug: 'oxycodone', doseMg: 10, timesPerDay: 4, prn: true },
    ]);
  });

  it('a new dose of the same product replaces the old one', () => {
    const f = mergeFacts(er, {
      medications: [{ drug: 'oxycodone', product: 'oxycontin', doseMg: 40, timesPerDay: 2 }],
    });
    expect(f.medications).toEqual([{ drug: 'oxycodone', product: 'oxycontin', doseMg: 40, timesPerDay: 2 }]);
  });

  it('an outcome with no dose updates the product in the case', () => {
    const f = mergeFacts(er, { medications: [{ drug: 'oxycodone', outcome: 'not-tolerated' }] });
    expect(f.medications).toHaveLength(1);
    expect(f.medications[0]).toMatchObject({ product: 'oxycontin', outcome: 'not-tolerated' });
  });

  it('a brand and then its generic stay one drug ("Aleve", then "naproxen 500 bid")', () => {
    const aleve = caseFactsSchema.parse({ medications: [{ drug: 'naproxen', product: 'aleve', doseMg: 220 }] });
    const f = mergeFacts(aleve, { medications: [{ drug: 'naproxen', doseMg: 500, timesPerDay: 2 }] });
    expect(f.medications).toHaveLength(1);
  });
});
