import { caseFactsSchema, type CaseFacts } from '../../src/clinical/case/case-facts.js';

/** Build CaseFacts from a partial input (zod fills the defaults). No patient identifiers anywhere. */
export function facts(input: Partial<Record<keyof CaseFacts, unknown>> = {}): CaseFacts {
  return caseFactsSchema.parse(input);
}

export const screened = { redFlagScreen: 'no' } as const;
// An adequate trial is the adequate dose for >= 4 weeks (clinical-reference.md version 2, section 2).
export const naproxenAdequateFail = {
  drug: 'naproxen',
  doseMg: 500,
  timesPerDay: 2,
  durationWeeks: 8,
  outcome: 'ineffective',
} as const;
export const duloxetine60Fail = {
  drug: 'duloxetine',
  doseMg: 60,
  timesPerDay: 1,
  durationWeeks: 8,
  outcome: 'ineffective',
} as const;
export const twoNonDrug = [
  { therapy: 'exercise', status: 'tried-no-benefit' },
  { therapy: 'cbt', status: 'partial' },
] as const;

/** Named cases covering every leaf state of the machine; the model-based tests send them as FACTS_UPDATED. */
export const SAMPLES: Record<string, CaseFacts> = {
  empty: facts(),
  redFlagCauda: facts({ redFlags: ['cauda-equina'] }),
  redFlagYesUnspecified: facts({ redFlagScreen: 'yes' }),
  screenedOnly: facts(screened),
  naproxenLowDose: facts({
    ...screened,
    medications: [{ drug: 'naproxen', doseMg: 250, timesPerDay: 2, outcome: 'ineffective' }],
  }),
  ibuprofenAdequate: facts({
    ...screened,
    medications: [{ drug: 'ibuprofen', doseMg: 600, timesPerDay: 3, outcome: 'partial' }],
  }),
  acetaminophenOnly: facts({
    ...screened,
    medications: [{ drug: 'acetaminophen', doseMg: 1000, timesPerDay: 3, outcome: 'current' }],
  }),
  duloxetine30NoImprovement: facts({
    ...screened,
    medications: [naproxenAdequateFail, { drug: 'duloxetine', doseMg: 30, outcome: 'current' }],
    improvedSinceLastVisit: 'no',
  }),
  firstLineDone: facts({ ...screened, medications: [naproxenAdequateFail, duloxetine60Fail], radicular: 'no' }),
  tramadolWithDuloxetine: facts({
    ...screened,
    medications: [
      naproxenAdequateFail,
      { drug: 'duloxetine', doseMg: 60, outcome: 'partial' },
      { drug: 'tramadol', doseMg: 50, timesPerDay: 4, outcome: 'current' },
    ],
  }),
  exhausted: facts({
    ...screened,
    medications: [
      { drug: 'naproxen', outcome: 'contraindicated' },
      { drug: 'duloxetine', outcome: 'not-tolerated' },
      { drug: 'tramadol', outcome: 'ineffective' },
    ],
  }),
  gateNear: facts({ ...screened, medications: [naproxenAdequateFail, duloxetine60Fail], nonDrugTherapies: twoNonDrug }),
  gateOpen: facts({
    ...screened,
    medications: [naproxenAdequateFail, duloxetine60Fail],
    nonDrugTherapies: twoNonDrug,
    opioidRiskAssessment: 'yes',
    opioidDiscussion: 'yes',
  }),
  gateOpenWithBenzo: facts({
    ...screened,
    medications: [
      naproxenAdequateFail,
      duloxetine60Fail,
      { drug: 'benzodiazepine', outcome: 'current' },
      { drug: 'gabapentin', doseMg: 300, timesPerDay: 3, outcome: 'current' },
    ],
    nonDrugTherapies: twoNonDrug,
    opioidRiskAssessment: 'yes',
    opioidDiscussion: 'yes',
    opioidSedativeAcknowledged: 'yes',
  }),
  gateMissingDiscussion: facts({
    ...screened,
    medications: [naproxenAdequateFail, duloxetine60Fail],
    nonDrugTherapies: twoNonDrug,
    opioidRiskAssessment: 'yes',
    opioidDiscussion: 'no',
  }),
  oxycodoneEarly: facts({
    ...screened,
    medications: [
      { drug: 'oxycodone', doseMg: 5, timesPerDay: 4, outcome: 'current' },
      { drug: 'pregabalin', doseMg: 75, timesPerDay: 2, outcome: 'current' },
    ],
  }),
  radicularNoMri: facts({ ...screened, radicular: 'yes', priorMri: 'no' }),
  radicularWithMri: facts({ ...screened, radicular: 'yes', priorMri: 'yes' }),
  radicularUnknown: facts({ ...screened, radicular: 'unknown' }),
  referral12Weeks: facts({ ...screened, weeksOptimizedTherapy: 12 }),
  referralStartBackHigh: facts({ ...screened, startBack: { total: 6, psychosocial: 4 } }),
  followUpNoImprovement3Months: facts({ ...screened, improvedSinceLastVisit: 'no', weeksOptimizedTherapy: 14 }),
  followUpImproved: facts({ ...screened, improvedSinceLastVisit: 'yes' }),
  skippedRedFlags: facts({ skipped: ['redFlags'], radicular: 'yes' }),
  // less than 12 weeks of pain: outside this chronic-pain pathway (clinical-reference.md section 2)
  acutePain: facts({ ...screened, painDurationWeeks: 5, medications: [naproxenAdequateFail] }),
};
