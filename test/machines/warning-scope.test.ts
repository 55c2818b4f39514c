import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Medication } from '../../src/clinical/case/case-facts.js';
import { evaluatePathway } from '../../machines/pathway.js';
import { STEP_UP_OVERLAPS } from '../../src/clinical/case/case-interactions.js';
import { drugNames } from '../../src/clinical/knowledge/drug-catalogue.js';
import { interactionRules, type InteractionSide } from '../../src/clinical/knowledge/reference-interactions.js';
import { caseFactsArbitrary } from './case-arbitrary.js';
import { duloxetine60Fail, facts, naproxenAdequateFail, screened, twoNonDrug } from './case-samples.js';

/**
 * Which warnings belong to THIS case (docs/pathway.md, "Interactions"): a pair needs one drug held (outcome current,
 * effective, partial or not recorded) and the other held or recommended now; MME and CDC opioid notes need an opioid
 * held or the gate open; label notes concern drugs held or recommended now.
 * The shared samples' trials are adequate: the adequate dose for >= 4 weeks (clinical-reference.md v2, section 2).
 */

type Row = [name: string, input: Record<string, unknown>, present: string[], absent: string[]];

const ROWS: Row[] = [
  [
    'NSAID stopped (no relief) and duloxetine only recommended: no NSAID + duloxetine pair',
    { ...screened, medications: [{ drug: 'naproxen', doseMg: 250, timesPerDay: 2, outcome: 'ineffective' }] },
    [],
    ['interaction.nsaid-duloxetine'],
  ],
  [
    'NSAID taken now and duloxetine recommended: warned before the pair is created',
    { ...screened, medications: [{ drug: 'naproxen', doseMg: 250, timesPerDay: 2, outcome: 'current' }] },
    ['interaction.nsaid-duloxetine'],
    [],
  ],
  [
    'NSAID with no outcome recorded counts as held',
    { ...screened, medications: [{ drug: 'ibuprofen', doseMg: 400, timesPerDay: 3 }] },
    ['interaction.nsaid-duloxetine'],
    [],
  ],
  [
    'anticoagulant held and an NSAID recommended at an adequate dose',
    {
      ...screened,
      medications: [
        { drug: 'anticoagulant', outcome: 'current' },
        { drug: 'ibuprofen', doseMg: 400, timesPerDay: 3, outcome: 'ineffective' },
      ],
    },
    ['interaction.nsaid-anticoagulant'],
    [],
  ],
  [
    'duloxetine taken now (partial) and tramadol recommended',
    { ...screened, medications: [naproxenAdequateFail, { drug: 'duloxetine', doseMg: 60, outcome: 'partial' }] },
    ['interaction.duloxetine-tramadol'],
    ['mme.thresholds', 'opioid.cdc-naloxone', 'opioid.cdc-no-abrupt-taper'],
  ],
  [
    // the failed duloxetine is stopped as tramadol steps up; until it is, the two overlap (STEP_UP_OVERLAPS)
    'tramadol recommended after duloxetine failed: the serotonin pair, no MME note while the gate is closed',
    { ...screened, medications: [naproxenAdequateFail, duloxetine60Fail] },
    ['interaction.duloxetine-tramadol'],
    ['mme.thresholds', 'opioid.cdc-naloxone'],
  ],
  [
    'tramadol recommended, duloxetine not tolerated (stopped): no interaction',
    { ...screened, medications: [naproxenAdequateFail, { drug: 'duloxetine', outcome: 'not-tolerated' }] },
    [],
    ['interaction.duloxetine-tramadol'],
  ],
  [
    'an opioid taken now: MME thresholds and no abrupt taper',
    { ...screened, medications: [{ drug: 'oxycodone', doseMg: 5, timesPerDay: 4, outcome: 'current' }] },
    ['mme.thresholds', 'opioid.cdc-no-abrupt-taper'],
    [],
  ],
  [
    'gate open: MME thresholds and PDMP for the opioid about to be started',
    {
      ...screened,
      medications: [naproxenAdequateFail, duloxetine60Fail],
      nonDrugTherapies: twoNonDrug,
      opioidRiskAssessment: 'yes',
      opioidDiscussion: 'yes',
    },
    ['mme.thresholds', 'opioid.cdc-pdmp'],
    ['opioid.cdc-no-abrupt-taper'],
  ],
  [
    'no radicular symptoms: pregabalin is neither held nor recommended, so no pregabalin label note',
    {
      ...screened,
      radicular: 'no',
      medications: [{ drug: 'naproxen', doseMg: 250, timesPerDay: 2, outcome: 'ineffective' }],
    },
    [],
    ['label.pregabalin', 'renal.pregabalin'],
  ],
  [
    'radicular symptoms: pregabalin recommended, its label note beside it',
    {
      ...screened,
      radicular: 'yes',
      medications: [{ drug: 'naproxen', doseMg: 250, timesPerDay: 2, outcome: 'ineffective' }],
    },
    ['label.pregabalin'],
    [],
  ],
  [
    'gabapentinoid only recommended and no opioid held: no opioid + gabapentinoid pair',
    {
      ...screened,
      radicular: 'yes',
      medications: [naproxenAdequateFail, duloxetine60Fail],
      nonDrugTherapies: twoNonDrug,
      opioidRiskAssessment: 'yes',
      opioidDiscussion: 'yes',
    },
    [],
    ['interaction.opioid-gabapentinoid'],
  ],
  [
    'gabapentin held and the gate open: the opioid about to be started is warned against it',
    {
      ...screened,
      medications: [
        naproxenAdequateFail,
        duloxetine60Fail,
        { drug: 'gabapentin', doseMg: 300, timesPerDay: 3, outcome: 'current' },
      ],
      nonDrugTherapies: twoNonDrug,
      opioidRiskAssessment: 'yes',
      opioidDiscussion: 'yes',
    },
    ['interaction.opioid-gabapentinoid'],
    [],
  ],
  [
    'a co-medication is held whatever outcome the sentence attached to it ("on warfarin, ibuprofen x 4 wk no help")',
    {
      ...screened,
      medications: [
        { drug: 'anticoagulant', outcome: 'ineffective' },
        { drug: 'ibuprofen', doseMg: 400, timesPerDay: 3, outcome: 'ineffective' },
      ],
    },
    ['interaction.nsaid-anticoagulant'],
    [],
  ],
];

describe('warnings concern drugs the patient holds or is recommended now', () => {
  it.each(ROWS)('%s', (_name, input, present, absent) => {
    const v = evaluatePathway(facts(input));
    for (const id of present) expect(v.warnings).toContain(id);
    for (const id of absent) expect(v.warnings).not.toContain(id);
  });
});

/** Held, written here independently of machines/: not stopped, or a co-medication not ruled out. */
const STOPPED = ['ineffective', 'not-tolerated', 'contraindicated'];
const CO_MEDICATION = ['anticoagulant', 'antiplatelet', 'ssri', 'maoi'];
const held = (m: Medication) =>
  !STOPPED.includes(m.outcome ?? '') ||
  (CO_MEDICATION.includes(drugNames(m.drug).drugClass) && m.outcome === 'ineffective');
const onSide = (side: InteractionSide, m: Medication) =>
  (side.drugs?.includes(m.drug) ?? false) || (side.classes?.includes(drugNames(m.drug).drugClass) ?? false);

describe('property: no drug + drug interaction warning without a held drug of the pair', () => {
  it('over random case facts', () => {
    fc.assert(
      fc.property(caseFactsArbitrary, (f) => {
        const v = evaluatePathway(f);
        for (const id of v.warnings.filter((w) => w.startsWith('interaction.'))) {
          const rule = interactionRules.find((r) => r.id === id)!;
          if (rule.a.conditions?.length || rule.b.conditions?.length) continue;
          // alcohol is the CNS depressant of this pair: an opioid offered to a patient who drinks (case-warnings.ts)
          const drinks = f.conditions['regular-alcohol'] === 'yes' || f.conditions['heavy-alcohol'] === 'yes';
          if (id === 'interaction.opioid-cns-depressant' && drinks) continue;
          const heldOnPair = f.medications.some((m) => held(m) && (onSide(rule.a, m) || onSide(rule.b, m)));
          // a failed drug the next option steps up after (duloxetine, then tramadol) overlaps until it is stopped
          const overlap = STEP_UP_OVERLAPS.some(
            (o) => o.id === id && f.medications.some((m) => m.drug === o.failed && m.outcome === 'ineffective'),
          );
          expect(heldOnPair || overlap, `${id} for ${JSON.stringify(f.medications)}`).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
