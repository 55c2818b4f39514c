import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePathway } from '../../machines/pathway.js';
import { caseFactsArbitrary } from './case-arbitrary.js';
import { facts } from './case-samples.js';
import { oracleGateHolds } from './gate-oracle.js';
import { startsOpioid } from './safety-properties.js';

/**
 * The opioid gate as reference version 2 reads it (docs/pathway.md, "The gate reading"): one row per rule, each
 * against a case that opens the gate, then changed in one way. Issue 13's examples are the rows.
 */
const naproxen = { drug: 'naproxen', doseMg: 500, timesPerDay: 2, durationWeeks: 8, outcome: 'ineffective' };
const duloxetine = { drug: 'duloxetine', doseMg: 60, timesPerDay: 1, durationWeeks: 8, outcome: 'ineffective' };
const OPEN = {
  redFlagScreen: 'no',
  medications: [naproxen, duloxetine],
  nonDrugTherapies: [
    { therapy: 'exercise', status: 'tried-no-benefit' },
    { therapy: 'cbt', status: 'partial' },
  ],
  opioidRiskAssessment: 'yes',
  opioidDiscussion: 'yes',
};

const startLines = (f: ReturnType<typeof facts>) =>
  evaluatePathway(f).recommendations.filter((id) => id.startsWith('opioid.framework.'));
const unmet = (f: ReturnType<typeof facts>) =>
  evaluatePathway(f)
    .gate.conditions.filter((c) => !c.met)
    .map((c) => c.id);

describe('the opioid gate, reference v2 (issue 13)', () => {
  it('the base case opens the gate', () => {
    const v = evaluatePathway(facts(OPEN));
    expect(v.gate.open).toBe(true);
    expect(startLines(facts(OPEN))).toContain('opioid.framework.lowest-dose');
  });

  it.each([
    [
      '"naproxen for 1 week", "duloxetine for 3 days": not adequate trials',
      {
        medications: [
          { ...naproxen, durationWeeks: 1 },
          { ...duloxetine, durationWeeks: 0.4 },
        ],
      },
      ['documented-failure'],
    ],
    [
      'naproxen 3 weeks: shorter than 4 weeks',
      { medications: [{ ...naproxen, durationWeeks: 3 }, duloxetine] },
      ['documented-failure'],
    ],
    [
      'massage and spinal manipulation only: low-quality evidence, not "intensive" non-drug therapy',
      {
        nonDrugTherapies: [
          { therapy: 'massage', status: 'tried-no-benefit' },
          { therapy: 'spinal-manipulation', status: 'tried-no-benefit' },
        ],
      },
      ['nondrug-tried'],
    ],
    [
      'duloxetine not tolerated and tramadol never tried: tramadol first',
      { medications: [naproxen, { drug: 'duloxetine', outcome: 'not-tolerated' }] },
      ['documented-failure'],
    ],
    [
      'alprazolam three times daily, risk not acknowledged',
      {
        medications: [
          naproxen,
          duloxetine,
          { drug: 'benzodiazepine', doseMg: 0.5, timesPerDay: 3, outcome: 'current' },
        ],
      },
      ['sedatives-acknowledged'],
    ],
    [
      'a muscle relaxant, acknowledgement answered no',
      {
        medications: [naproxen, duloxetine, { drug: 'muscle-relaxant', outcome: 'current' }],
        opioidSedativeAcknowledged: 'no',
      },
      ['sedatives-acknowledged'],
    ],
    ['red-flag screen answered "not sure"', { redFlagScreen: 'unknown' }, ['red-flags-screened']],
    ['red-flag screen skipped', { redFlagScreen: undefined, skipped: ['redFlags'] }, ['red-flags-screened']],
  ])('closed: %s', (_label, change, expected) => {
    const f = facts({ ...OPEN, ...change });
    expect(unmet(f)).toEqual(expected);
    expect(startLines(f)).toEqual([]);
  });

  it.each([
    [
      'massage, manipulation, and exercise declined: a moderate-evidence therapy declined counts',
      {
        nonDrugTherapies: [
          { therapy: 'massage', status: 'tried-no-benefit' },
          { therapy: 'spinal-manipulation', status: 'tried-no-benefit' },
          { therapy: 'exercise', status: 'declined' },
        ],
      },
    ],
    [
      'duloxetine not tolerated, tramadol 50 mg every 6 h failed after 6 weeks',
      {
        medications: [
          naproxen,
          { drug: 'duloxetine', outcome: 'not-tolerated' },
          { drug: 'tramadol', doseMg: 50, timesPerDay: 4, durationWeeks: 6, outcome: 'ineffective' },
        ],
      },
    ],
    [
      'duloxetine contraindicated, tramadol contraindicated too',
      {
        medications: [
          naproxen,
          { drug: 'duloxetine', outcome: 'contraindicated' },
          { drug: 'tramadol', outcome: 'contraindicated' },
        ],
      },
    ],
    [
      'alprazolam three times daily, risk acknowledged',
      {
        medications: [
          naproxen,
          duloxetine,
          { drug: 'benzodiazepine', doseMg: 0.5, timesPerDay: 3, outcome: 'current' },
        ],
        opioidSedativeAcknowledged: 'yes',
      },
    ],
    [
      'durations answered to the gate question rather than written with the drug',
      {
        medications: [
          { ...naproxen, durationWeeks: undefined },
          { ...duloxetine, durationWeeks: undefined },
        ],
        nsaidTrialWeeks: 6,
        duloxetineTrialWeeks: 12,
      },
    ],
  ])('open: %s', (_label, change) => {
    const f = facts({ ...OPEN, ...change });
    expect(unmet(f)).toEqual([]);
    expect(startLines(f)).toContain('opioid.framework.lowest-dose');
  });

  it('a trial with no duration is asked, never assumed: the gate stays closed and asks each duration in turn', () => {
    const f = facts({
      ...OPEN,
      medications: [
        { ...naproxen, durationWeeks: undefined },
        { ...duloxetine, durationWeeks: undefined },
      ],
    });
    const v = evaluatePathway(f);
    expect(v.gate.open).toBe(false);
    expect(v.activeSteps).toContain('opioidGate.closed');
    const gateFacts = (missing: string[]) => missing.filter((k) => /TrialWeeks|^opioid/.test(k));
    expect(gateFacts(v.missing)).toEqual(['nsaidTrialWeeks', 'duloxetineTrialWeeks']);
    const after = evaluatePathway(facts({ ...f, nsaidTrialWeeks: 8 }));
    expect(gateFacts(after.missing)).toEqual(['duloxetineTrialWeeks']);
    expect(evaluatePathway(facts({ ...f, nsaidTrialWeeks: 8, duloxetineTrialWeeks: 2 })).gate.open).toBe(false);
  });

  it('a current benzodiazepine: the acknowledgement is asked at the gate', () => {
    const f = facts({
      ...OPEN,
      medications: [naproxen, duloxetine, { drug: 'benzodiazepine', outcome: 'current' }],
    });
    const v = evaluatePathway(f);
    expect(v.missing).toContain('opioidSedativeAcknowledged');
    expect(evaluatePathway(facts({ ...f, opioidSedativeAcknowledged: 'yes' })).gate.open).toBe(true);
    expect(v.warnings).toContain('interaction.opioid-benzodiazepine');
  });

  it('"not sure" to the red-flag screen: never a red flag, the care pathway goes on, the screen is asked again at the gate', () => {
    const v = evaluatePathway(facts({ ...OPEN, redFlagScreen: 'unknown' }));
    expect(v.status).toBe('active');
    expect(v.recommendations.some((id) => id.startsWith('redflag.') && id !== 'redflag.urgent-evaluation')).toBe(false);
    expect(v.nextMissing).toBe('redFlags');
  });

  it('property: no opioid-start line unless the gate holds under the v2 rules (independent oracle), and always then', () => {
    fc.assert(
      fc.property(caseFactsArbitrary, (f) => {
        const v = evaluatePathway(f);
        const start = startsOpioid(v);
        const holds = oracleGateHolds(f);
        if (start) expect(holds).toBe(true);
        if (v.status === 'active') expect(v.gate.open).toBe(holds);
      }),
      { numRuns: 1000 },
    );
  });
});
