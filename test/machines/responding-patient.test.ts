import { describe, expect, it } from 'vitest';
import { evaluatePathway } from '../../machines/pathway.js';
import { facts } from './case-samples.js';

/** A patient responding to duloxetine at 60 mg daily at a 3-month visit: no "add duloxetine", no "pain persists" referral. */
const base = {
  redFlagScreen: 'no',
  radicular: 'no',
  medications: [
    { drug: 'naproxen', doseMg: 500, timesPerDay: 2, outcome: 'ineffective' },
    { drug: 'duloxetine', doseMg: 60, timesPerDay: 1, outcome: 'effective' },
  ],
  weeksOptimizedTherapy: 13,
} as const;

describe('a patient who is responding', () => {
  it('duloxetine helping at 60 mg daily is not offered again as a new start', () => {
    const v = evaluatePathway(facts({ ...base, improvedSinceLastVisit: 'yes' }));
    expect(v.recommendations).not.toContain('escalation.duloxetine');
    expect(v.recommendations).not.toContain('escalation.tramadol');
  });

  it('duloxetine helping at 30 mg daily: titrating to 60 is still recommended', () => {
    const v = evaluatePathway(
      facts({
        ...base,
        medications: [base.medications[0], { drug: 'duloxetine', doseMg: 30, timesPerDay: 1, outcome: 'effective' }],
      }),
    );
    expect(v.recommendations).toContain('escalation.duloxetine');
  });

  it('improved at the visit: 12 weeks reached is not "pain persists despite 12 weeks"', () => {
    const v = evaluatePathway(facts({ ...base, improvedSinceLastVisit: 'yes' }));
    expect(v.recommendations).not.toContain('referral.persistent-pain-12-weeks');
  });

  it.each([['no'], [undefined]])('improvement %s: the 12-week referral stands', (improved) => {
    const v = evaluatePathway(facts({ ...base, ...(improved ? { improvedSinceLastVisit: improved } : {}) }));
    expect(v.recommendations).toContain('referral.persistent-pain-12-weeks');
  });
});
