import { describe, expect, it } from 'vitest';
import { evaluatePathway } from '../../machines/pathway.js';
import { duloxetine60Fail, facts, naproxenAdequateFail, twoNonDrug } from './case-samples.js';

/**
 * A red-flag screen NOT STATED (never asked) is not a red flag and not "not sure": the view still judges the care
 * regions as if the screen were clear, marked provisional, and asks the screen first. The opioid gate stays closed.
 */
const unscreened = {
  painDurationWeeks: 20,
  medications: [
    { drug: 'duloxetine', doseMg: 30, timesPerDay: 1, durationWeeks: 0.4, outcome: 'current' },
    { drug: 'naproxen', doseMg: 500, timesPerDay: 2, durationWeeks: 6, outcome: 'ineffective' },
  ],
};

describe('provisional plan while the red-flag screen is not stated', () => {
  it('shows the care options and recommendations, marked provisional, and asks the screen first', () => {
    const v = evaluatePathway(facts(unscreened));
    expect(v.provisional).toBe(true);
    expect(v.status).toBe('active');
    expect(v.activeSteps[0]).toBe('redFlagScreen');
    expect(v.nextMissing).toBe('redFlags');
    expect(v.missing.filter((k) => k === 'redFlags')).toHaveLength(1);
    expect(v.options.find((o) => o.option === 'duloxetine')?.status).toBe('current-below-target');
    expect(v.recommendations).toContain('escalation.duloxetine');
    expect(v.recommendations).not.toContain('escalation.tramadol');
  });

  it('keeps the gate closed with the red-flag condition unmet', () => {
    const v = evaluatePathway(
      facts({
        ...unscreened,
        medications: [naproxenAdequateFail, duloxetine60Fail],
        nonDrugTherapies: twoNonDrug,
        opioidRiskAssessment: 'yes',
        opioidDiscussion: 'yes',
      }),
    );
    expect(v.provisional).toBe(true);
    expect(v.gate.open).toBe(false);
    expect(v.gate.conditions.find((c) => c.id === 'red-flags-screened')?.met).toBe(false);
    expect(v.recommendations.some((id) => id.startsWith('opioid.framework.'))).toBe(false);
  });

  it.each([
    ['a red flag', { redFlags: ['infection'] }],
    ['the screen answered yes', { redFlagScreen: 'yes' }],
  ])('%s still stops the pathway, no plan', (_name, change) => {
    const v = evaluatePathway(facts({ ...unscreened, ...change }));
    expect(v.status).toBe('urgent');
    expect(v.provisional).toBeUndefined();
    expect(v.options).toEqual([]);
  });

  it('a screen answered "no" or "not sure" is not provisional', () => {
    expect(evaluatePathway(facts({ ...unscreened, redFlagScreen: 'no' })).provisional).toBeUndefined();
    expect(evaluatePathway(facts({ ...unscreened, redFlagScreen: 'unknown' })).provisional).toBeUndefined();
  });

  it('pain under 12 weeks leaves the pathway with no plan', () => {
    const v = evaluatePathway(facts({ ...unscreened, painDurationWeeks: 6 }));
    expect(v.activeSteps).toEqual(['notChronic']);
    expect(v.provisional).toBeUndefined();
  });
});
