import fc from 'fast-check';
import {
  caseFactsSchema,
  conditionIdSchema,
  factKeySchema,
  medicationOutcomeSchema,
  nonDrugTherapyIdSchema,
  redFlagIdSchema,
  type CaseFacts,
} from '../../src/clinical/case/case-facts.js';

/**
 * Random case facts for the property tests. Doses are picked around the adequate ones (naproxen 250/500 x 1-2,
 * ibuprofen 200-800 x 1-3, duloxetine 30/60), every outcome, red flags, radicular yes/no/unknown, prior MRI, and
 * the gate facts; one generator in three builds a case near the opioid gate so the open gate is well covered.
 */
const tri = fc.constantFrom('yes' as const, 'no' as const, 'unknown' as const);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const outcome = opt(fc.constantFrom(...medicationOutcomeSchema.options));

const DOSES: Record<string, number[]> = {
  naproxen: [220, 250, 375, 500],
  ibuprofen: [200, 400, 600, 800],
  'other-nsaid': [7.5, 15],
  duloxetine: [20, 30, 60],
  tramadol: [50, 100],
  gabapentin: [300, 600],
  pregabalin: [75, 150],
  acetaminophen: [500, 1000],
  oxycodone: [5, 10],
  benzodiazepine: [2, 5],
  'systemic-corticosteroid': [5, 20],
  anticoagulant: [5],
  maoi: [15],
};

const medication = fc.constantFrom(...Object.keys(DOSES)).chain((drug) =>
  fc.record({
    drug: fc.constant(drug),
    doseMg: opt(fc.constantFrom(...DOSES[drug]!)),
    timesPerDay: opt(fc.constantFrom(1, 2, 3, 4)),
    prn: opt(fc.boolean()),
    outcome,
  }),
);

const nonDrug = fc.record({
  therapy: fc.constantFrom(...nonDrugTherapyIdSchema.options),
  status: fc.constantFrom(
    'tried-no-benefit' as const,
    'partial' as const,
    'current' as const,
    'not-tried' as const,
    'declined' as const,
  ),
});

const anyFacts = fc.record(
  {
    age: opt(fc.integer({ min: 18, max: 95 })),
    medications: fc.array(medication, { maxLength: 6 }),
    conditions: fc.dictionary(fc.constantFrom(...conditionIdSchema.options), tri, { maxKeys: 3 }),
    renal: opt(fc.record({ crcl: opt(fc.integer({ min: 10, max: 120 })) })),
    redFlagScreen: opt(tri),
    redFlags: fc.oneof(
      { weight: 4, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.subarray(redFlagIdSchema.options) },
    ),
    radicular: opt(tri),
    priorMri: opt(tri),
    nonDrugTherapies: fc.array(nonDrug, { maxLength: 5 }),
    psychosocial: opt(fc.record({ depression: opt(tri), catastrophizing: opt(tri) })),
    startBack: opt(
      fc
        .integer({ min: 0, max: 5 })
        .chain((p) => fc.record({ psychosocial: fc.constant(p), total: fc.integer({ min: p, max: 9 }) })),
    ),
    weeksOptimizedTherapy: opt(fc.constantFrom(0, 4, 11, 12, 20)),
    functionalDisability: opt(tri),
    consideringInterventional: opt(tri),
    opioidRiskAssessment: opt(tri),
    pdmpRiskFinding: opt(tri),
    opioidDiscussion: opt(tri),
    improvedSinceLastVisit: opt(fc.constantFrom('yes' as const, 'partial' as const, 'no' as const)),
    nsaidTrialWeeks: opt(fc.constantFrom(2, 6)),
    duloxetineTrialWeeks: opt(fc.constantFrom(2, 6)),
    tramadolTrialWeeks: opt(fc.constantFrom(2, 6)),
    oswestryPercent: opt(fc.constantFrom(20, 40, 41, 60)),
    skipped: fc.subarray(factKeySchema.options, { maxLength: 4 }),
  },
  { requiredKeys: ['medications', 'conditions', 'redFlags', 'nonDrugTherapies', 'skipped'] },
);

const failing = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'ineffective' as const,
      'partial' as const,
      'not-tolerated' as const,
      'contraindicated' as const,
    ),
  },
  { weight: 1, arbitrary: outcome },
);
/** Trial weeks around the adequate trial's 4 (reference v2), often given, sometimes not (asked at the gate). */
const trialWeeks = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(4, 8, 12) },
  { weight: 1, arbitrary: opt(fc.constantFrom(1, 3)) },
);
const mostlyYes = fc.oneof({ weight: 3, arbitrary: fc.constant('yes' as const) }, { weight: 1, arbitrary: tri });

/** Near the gate: NSAID and duloxetine trials with doses either side of adequate, non-drug therapies, gate facts. */
const nearGate = fc
  .record({
    base: anyFacts,
    nsaid: fc.record({
      drug: fc.constantFrom('naproxen', 'ibuprofen'),
      doseMg: fc.constantFrom(250, 500, 600, 800),
      timesPerDay: fc.constantFrom(1, 2, 2, 3, 3),
      durationWeeks: trialWeeks,
      outcome: failing,
    }),
    dulox: fc.record({
      drug: fc.constant('duloxetine'),
      doseMg: fc.constantFrom(30, 60, 60),
      durationWeeks: trialWeeks,
      outcome: failing,
    }),
    tried: fc.subarray(nonDrugTherapyIdSchema.options, { minLength: 1, maxLength: 3 }),
    triedStatus: fc.constantFrom('tried-no-benefit' as const, 'partial' as const, 'current' as const),
    risk: mostlyYes,
    discussion: mostlyYes,
    acknowledged: opt(mostlyYes),
  })
  .map(({ base, nsaid, dulox, tried, triedStatus, risk, discussion, acknowledged }) => ({
    ...base,
    redFlagScreen: 'no' as const,
    redFlags: [],
    medications: [nsaid, dulox, ...base.medications.slice(0, 2)],
    nonDrugTherapies: tried.map((therapy, i) => ({
      therapy,
      status: i === 0 ? triedStatus : ('tried-no-benefit' as const),
    })),
    opioidRiskAssessment: risk,
    opioidDiscussion: discussion,
    opioidSedativeAcknowledged: acknowledged,
  }));

export const caseFactsArbitrary: fc.Arbitrary<CaseFacts> = fc
  .oneof({ weight: 2, arbitrary: anyFacts }, { weight: 1, arbitrary: nearGate })
  .map((raw) => caseFactsSchema.parse(JSON.parse(JSON.stringify(raw))));
