import { z } from 'zod';
import { drugIdSchema } from '../knowledge/drug-catalogue.js';

/**
 * The longest duration a case records, in weeks (100 years): the duration reader (src/clinical/language/durations.ts)
 * drops anything longer, so every weeks field takes whatever it reads ("did PT for 30 years" once failed the old
 * 20-year bound and left the case unreadable).
 */
export const MAX_WEEKS = 5200;
const weeksSchema = z.number().min(0).max(MAX_WEEKS);

/**
 * The facts of one case: the statechart's context and what the language layer extracts.
 * Every field is optional: absent = not yet known (the walk-through may ask); a key listed in `skipped` was
 * skipped by the clinician and is treated as unknown without asking again.
 * 'yes' / 'no' / 'unknown' is used where the clinician may explicitly not know.
 */
export const triStateSchema = z.enum(['yes', 'no', 'unknown']);
export type TriState = z.infer<typeof triStateSchema>;

export const medicationOutcomeSchema = z.enum([
  'ineffective', // tried at some dose, no meaningful relief
  'partial', // some relief, not enough
  'not-tolerated', // stopped for adverse effects
  'contraindicated', // cannot be used for this patient
  'current', // taking now, outcome not yet judged
  'effective', // helping
]);
export type MedicationOutcome = z.infer<typeof medicationOutcomeSchema>;

export const medicationSchema = z.object({
  drug: drugIdSchema,
  /** Amount per dose in mg (for fentanyl patches: mcg/hr). */
  doseMg: z.number().positive().max(100_000).optional(),
  /** Doses per day (bid = 2, q6h = 4, q6-8h = 3-4 -> the lower bound, 3). */
  timesPerDay: z.number().positive().max(24).optional(),
  /** A daily total typed without a per-dose amount ("2.4 g/day"), in mg. */
  dailyMg: z.number().positive().max(100_000).optional(),
  prn: z.boolean().optional(),
  /** Taken on some days only ("3 days out of 7", "misses doses"): not the regular dose an adequate trial needs. */
  irregular: z.literal(true).optional(),
  /** Said taken for pain ("aspirin 325 mg daily for pain"): an analgesic use whatever the frequency. */
  forPain: z.literal(true).optional(),
  /** A non-oral route typed at the dose ("morphine 10 mg iv q4h"): the CDC factors are for oral doses, no MME. */
  nonOralRoute: z.string().min(2).max(16).optional(),
  durationWeeks: weeksSchema.optional(),
  outcome: medicationOutcomeSchema.optional(),
  /** Not tolerated: the side effects named with it ("dizziness", "unsteadiness"), for the plan to name. */
  sideEffects: z.array(z.string().min(2).max(30)).max(8).optional(),
  /**
   * Said to be stopped, before or now ("sertraline was stopped 6 months ago", "no longer on warfarin"): not taken, so
   * held for no rule; the outcome keeps the trial's history ("naproxen stopped after 6 weeks, no help": ineffective).
   */
  stopped: z.literal(true).optional(),
  /**
   * Days since a stop said with a count ("stopped 9 days ago", "day 16 off phenelzine"), recorded for drugs with a
   * washout after their stop (an MAOI: duloxetine and tramadol only after 14 days, option-rules.ts `withinDays`).
   */
  stoppedDaysAgo: z.number().int().min(0).max(36_500).optional(),
  /**
   * A stop planned, not done ("plan to stop sertraline", "will wean off the sertraline", "coming off citalopram next
   * month"): taken until then, so held for every rule (its interactions stand); shown so the clinician sees the plan
   * was read. A stop said later replaces it.
   */
  stopPlanned: z.literal(true).optional(),
  /**
   * A trial said with its time and no outcome, its score change said right after it ("naproxen 500 bd for 8 wk. Pain
   * 7 -> 6, ODI 40 -> 38"): the case's "no better" is this trial's outcome (medication-facts.ts hasFailed).
   */
  scored: z.literal(true).optional(),
  /**
   * A start planned, not made, of a drug that is no pain option of the pathway ("plan to start phenelzine next week",
   * "will start cipro tomorrow", "psych considering sertraline"): held as taken for every rule, so its interactions
   * route the plan before it starts (planned-change.ts). A later mention saying it is taken or stopped replaces it.
   */
  startPlanned: z.literal(true).optional(),
  /**
   * Declined or refused by the patient ("pt refused duloxetine (worried about side effects)"): neither tried, nor
   * contraindicated, nor not tolerated, so never taken and never ruled out: the option stays open for discussion.
   */
  declined: z.literal(true).optional(),
  /** An extended-release or long-acting product (OxyContin, MS Contin, a patch, methadone...). */
  extendedRelease: z.boolean().optional(),
  /**
   * An opioid's range or as-needed regimen read for its most, in mg a day ("10/325 1-2 tabs q4-6h prn, max 6 a day":
   * 60); the MME is computed on it (clinical-reference.md section 4). Dose and frequency keep the lower reading.
   */
  mostDailyMg: z.number().positive().max(100_000).optional(),
  /** The product as typed when a drug id cannot tell it apart ("norco", "anaprox ds"): lower case. */
  product: z.string().min(2).max(40).optional(),
  /** The class member as typed when the drug id is a class ("sertraline" for ssri): shown, never used for rules. */
  name: z.string().min(2).max(40).optional(),
  /** Acetaminophen mg in one dose of a combination product ("norco 10/325 2 tabs": 650), counted toward 4,000 mg/day. */
  acetaminophenMg: z.number().positive().max(100_000).optional(),
  /**
   * One tablet's strength as typed, for a combination whose strengths the reference does not list ("co-codamol
   * 30/500 2 tabs": 30 mg codeine, 500 mg paracetamol a tablet), so a later tablet count ("actually takes 6 a day")
   * is turned into mg. Optional: records saved before it was kept read as before, the strength then asked.
   */
  tablet: z
    .object({ opioidMg: z.number().positive().max(1000), acetaminophenMg: z.number().positive().max(1000) })
    .optional(),
  /**
   * Tablets a dose of a drug whose tablet strength was not given ("paracetamol 2 tabs qds": plain paracetamol comes in
   * more than one strength): never read as mg; the strength is asked and the dose is the tablets times it.
   */
  tablets: z.number().int().positive().max(20).optional(),
  /**
   * Tablets a day said as the actual use of a single-drug opioid's range or as-needed prescription ("oxycodone 5 mg
   * 1-2 q4h prn, actually takes 2 a day"): its MME is shown beside the prescription's maximum, which the MME total
   * keeps (clinical-reference.md section 4). A later dose for the drug drops it (mergeMedication).
   */
  takenTablets: z.number().int().positive().max(60).optional(),
});
export type Medication = z.infer<typeof medicationSchema>;

export const redFlagIdSchema = z.enum(['cauda-equina', 'cancer', 'infection', 'fracture', 'progressive-neuro-deficit']);
export type RedFlagId = z.infer<typeof redFlagIdSchema>;

/**
 * Signs of possible serotonin toxicity (duloxetine and tramadol labels: serotonin syndrome); with a serotonergic drug
 * in the case they pause the pathway (machines/case-guards.ts, serotoninToxicitySuspected).
 */
export const serotoninSignIdSchema = z.enum(['sweating', 'tremor', 'agitation', 'fever', 'diarrhoea', 'clonus']);
export type SerotoninSignId = z.infer<typeof serotoninSignIdSchema>;

export const nonDrugTherapyIdSchema = z.enum([
  'exercise',
  'multidisciplinary-rehab',
  'acupuncture',
  'mbsr',
  'tai-chi-yoga',
  'cbt',
  'spinal-manipulation',
  'massage',
  'progressive-relaxation',
]);
export type NonDrugTherapyId = z.infer<typeof nonDrugTherapyIdSchema>;

export const nonDrugTrialSchema = z.object({
  therapy: nonDrugTherapyIdSchema,
  status: z.enum(['tried-no-benefit', 'partial', 'current', 'not-tried', 'declined']),
  weeks: weeksSchema.optional(),
});
export type NonDrugTrial = z.infer<typeof nonDrugTrialSchema>;

/** Conditions that change what is safe (label limits and interactions, clinical-reference.md sections 2-3). */
export const conditionIdSchema = z.enum([
  'ckd',
  'liver-disease', // cirrhosis or chronic liver disease
  'heavy-alcohol',
  // Drinking said as an amount or a habit ("6 beers a night", "social drinker") with no word on whether it is heavy:
  // the reference gives no threshold (section 2), so acetaminophen's "regular alcohol use" note holds and the
  // walk-through asks whether it is heavy before duloxetine is called suitable (language/alcohol.ts, option-rules.ts).
  'regular-alcohol',
  'gi-bleed-history', // prior GI bleed or ulcer
  // Signs of a GI bleed now (black or tarry stools, vomiting blood): an NSAID stops (its boxed warning, reference
  // section 2) and the bleeding is assessed promptly; read from the clinician's words only, never asked.
  'gi-bleed-now',
  'cardiovascular-disease',
  'heart-failure', // NSAIDs: avoid (clinical-reference.md section 2)
  // Duloxetine: "Avoid in uncontrolled narrow-angle glaucoma" (section 2). Narrow-angle (angle-closure) glaucoma not
  // said to be controlled is read as uncontrolled: the conservative reading; open-angle glaucoma is not it.
  'narrow-angle-glaucoma',
  // Said to be controlled or treated: the avoid rule does not hold, the clinician confirms it first (option-rules.ts).
  'narrow-angle-glaucoma-controlled',
  // "Glaucoma" with no type: the rule may apply, so duloxetine waits for the type and whether it is controlled.
  'glaucoma-type-unknown',
  // Open-angle glaucoma: not in the duloxetine rule; read so that it answers "which type?" (merge-facts.ts).
  'open-angle-glaucoma',
  'recent-cabg',
  'seizure-disorder',
  'copd',
  'substance-use-disorder',
  'overdose-history',
]);
export type ConditionId = z.infer<typeof conditionIdSchema>;

/** The glaucoma readings: never asked, and a type said replaces "type not given" (merge-facts.ts). */
export const GLAUCOMA_CONDITIONS: readonly ConditionId[] = [
  'narrow-angle-glaucoma',
  'narrow-angle-glaucoma-controlled',
  'glaucoma-type-unknown',
  'open-angle-glaucoma',
];

/**
 * The conditions the walk-through's conditions question asks about: "none" to it, or "no other conditions" in a
 * narrative, records 'no' for these only. Glaucoma is not asked (it is read only when the clinician names it), so a
 * "none" never claims it was checked; nor is alcohol use short of heavy (the question asks about misuse).
 */
export const SCREENED_CONDITIONS: readonly ConditionId[] = conditionIdSchema.options.filter(
  (c) => !GLAUCOMA_CONDITIONS.includes(c) && c !== 'regular-alcohol' && c !== 'gi-bleed-now',
);

/** A fact the walk-through can ask for; the statechart's state meta names these. */
export const factKeySchema = z.enum([
  'redFlags',
  'painDurationWeeks',
  'nsaidTrial', // was an NSAID tried, at what dose, with what outcome
  'duloxetineTrial',
  // Drinking said with no word on whether it is heavy: asked before duloxetine is called suitable (conditions
  // 'regular-alcohol' without 'heavy-alcohol'); the answer is 'heavy-alcohol' yes, no or unknown.
  'heavyAlcohol',
  'tramadolTrial',
  'acetaminophenOnly',
  'nonDrugTherapies',
  'radicular',
  'priorMri',
  'age',
  'renalFunction',
  'conditions',
  'psychosocial',
  'startBack',
  'oswestry',
  'weeksOptimizedTherapy',
  'functionalDisability',
  'consideringInterventional',
  'opioidRiskAssessment',
  'opioidDiscussion',
  'improvedSinceLastVisit',
  // Asked at the opioid gate only (machines/opioid-gate.ts): an adequate trial lasts >= 4 weeks (reference v2).
  'nsaidTrialWeeks',
  'duloxetineTrialWeeks',
  'tramadolTrialWeeks',
  // A current benzodiazepine or other CNS depressant: its risk with an opioid explicitly acknowledged.
  'opioidSedativeAcknowledged',
]);
export type FactKey = z.infer<typeof factKeySchema>;

/** How a reply names the patient's dialysis ("on haemodialysis"). */
export const DIALYSIS_LABEL: Readonly<Record<'haemodialysis' | 'peritoneal' | 'unspecified', string>> = {
  haemodialysis: 'on haemodialysis',
  peritoneal: 'on peritoneal dialysis',
  unspecified: 'on dialysis',
};

export const caseFactsSchema = z.object({
  age: z.number().int().min(0).max(120).optional(),
  /** Body weight and sex as stated: with age and a creatinine they give CrCl by Cockcroft-Gault (option-status.ts). */
  weightKg: z.number().min(20).max(300).optional(),
  /** A weight said without a unit ("Wt 150"): never assumed to be kg; the reply asks kg or lb, no CrCl is computed. */
  weightToConfirm: z.number().min(0).max(1000).optional(),
  sex: z.enum(['female', 'male']).optional(),
  /** Said of the patient: outside the pathway's adults (language/populations.ts); the case pauses, no dose is given. */
  population: z
    .array(z.enum(['under-18', 'pregnancy', 'breastfeeding']))
    .max(3)
    .optional(),
  painDurationWeeks: weeksSchema.optional(),
  medications: z.array(medicationSchema).max(50).default([]),
  conditions: z.partialRecord(conditionIdSchema, triStateSchema).default({}),
  renal: z
    .object({
      crcl: z.number().min(0).max(250).optional(),
      egfr: z.number().min(0).max(250).optional(),
      /** Serum creatinine in mg/dL (micromol/L read as / 88.4): with age, weight and sex, CrCl by Cockcroft-Gault. */
      creatinineMgDl: z.number().min(0.1).max(20).optional(),
      /**
       * A creatinine was given but which value is current is unclear (several unmarked values, or only past ones:
       * "creatinine 1.0 last year"): none is used and the reply asks for the current one.
       */
      creatinineToConfirm: z.literal(true).optional(),
      ckdStage: z.number().int().min(1).max(5).optional(),
      /**
       * On dialysis (read with CKD stage 5: kidney failure, every CrCl < 15 row applies). Haemodialysis, or dialysis
       * not named, also gets the labels' supplemental-dose rows (reference section 2); peritoneal dialysis does not.
       */
      dialysis: z.enum(['haemodialysis', 'peritoneal', 'unspecified']).optional(),
    })
    .optional(),
  /** 'no' = screened and none present; any listed flag = present. */
  redFlagScreen: triStateSchema.optional(),
  redFlags: z.array(redFlagIdSchema).default([]),
  /**
   * Red flags answered "not sure" on the screen ("bladder question answered 'not sure'"): the screen is not completed
   * until they are checked (clinical-reference.md section 6). Held with redFlagScreen 'unknown' only.
   */
  unsureRedFlags: z.array(redFlagIdSchema).optional(),
  /** Leg pain, paresthesias or weakness, present or suspected ('yes' covers suspected). */
  radicular: triStateSchema.optional(),
  priorMri: triStateSchema.optional(),
  nonDrugTherapies: z.array(nonDrugTrialSchema).max(20).default([]),
  psychosocial: z
    .object({
      depression: triStateSchema.optional(),
      anxiety: triStateSchema.optional(),
      catastrophizing: triStateSchema.optional(),
      workDissatisfaction: triStateSchema.optional(),
    })
    .optional(),
  startBack: z
    .object({ total: z.number().int().min(0).max(9), psychosocial: z.number().int().min(0).max(5) })
    .optional(),
  /** The STarT Back risk group when only the group was written ("STarT Back high risk"), or derived from the scores. */
  startBackRisk: z.enum(['low', 'medium', 'high']).optional(),
  oswestryPercent: z.number().min(0).max(100).optional(),
  /**
   * The ODI said as the baseline, before treatment ("ODI was 24/50 at baseline, not 40%"): a correction of the earlier
   * score, never the current one (measures.ts BASELINE_SAID).
   */
  oswestryBaselinePercent: z.number().min(0).max(100).optional(),
  /**
   * The ODI said to have more sections unanswered than the reference allows (clinical-reference.md section 5: no
   * score, ask for the rest): an earlier score is taken back, and the reply asks for a complete ODI.
   */
  oswestryNotScored: z
    .object({ answered: z.number().int().min(0).max(10), missing: z.number().int().min(1).max(10) })
    .optional(),
  /** 0-10 pain intensity, latest. */
  painScore: z.number().min(0).max(10).optional(),
  /** 0-10 pain said as the baseline, before treatment ("pain was 8/10 at the start"): never the latest. */
  painBaselineScore: z.number().min(0).max(10).optional(),
  weeksOptimizedTherapy: weeksSchema.optional(),
  functionalDisability: triStateSchema.optional(),
  consideringInterventional: triStateSchema.optional(),
  opioidRiskAssessment: triStateSchema.optional(),
  opioidDiscussion: triStateSchema.optional(),
  /** At a follow-up visit: did pain and function improve since the last change? */
  improvedSinceLastVisit: z.enum(['yes', 'partial', 'no']).optional(),
  /**
   * Weeks the failed trial of each drug lasted, as answered to the gate's duration question; a duration written
   * with the drug itself (Medication.durationWeeks) comes first.
   */
  nsaidTrialWeeks: weeksSchema.optional(),
  duloxetineTrialWeeks: weeksSchema.optional(),
  tramadolTrialWeeks: weeksSchema.optional(),
  /** With a current benzodiazepine or other CNS depressant: the combined risk with an opioid acknowledged. */
  opioidSedativeAcknowledged: triStateSchema.optional(),
  /**
   * A PDMP check that found a risk (another prescriber, early refills, several pharmacies): 'yes' holds the opioid
   * gate for the clinician's judgement ("only when potential benefits clearly outweigh risks", guideline); 'no' is a
   * clean PDMP or the clinician's judgement that benefits clearly outweigh the risks (pdmp-finding.ts).
   */
  pdmpRiskFinding: triStateSchema.optional(),
  /** A serum sodium said in mmol/L ("sodium came back at 128"): recorded as said, judged against no cut-off. */
  sodiumMmolL: z.number().int().min(100).max(169).optional(),
  /** Liver tests said abnormal ("LFTs deranged"): a result, not a diagnosis of liver disease. */
  liverTestsAbnormal: triStateSchema.optional(),
  /** Drinking as written, short of heavy ("3 units/week"), for the duloxetine line's check; never judged by amount. */
  alcoholSaid: z.string().min(1).max(60).optional(),
  /** Signs of possible serotonin toxicity said in the latest message that named any (an empty list clears them). */
  serotoninSigns: z.array(serotoninSignIdSchema).max(6).optional(),
  skipped: z.array(factKeySchema).default([]),
});
export type CaseFacts = z.infer<typeof caseFactsSchema>;

/** A case with nothing known: what the schema makes of `{}` (test/machines/empty-facts.test.ts), without parsing. */
export function emptyFacts(): CaseFacts {
  return { medications: [], conditions: {}, redFlags: [], nonDrugTherapies: [], skipped: [] };
}

const FACT_KEYS = Object.entries(caseFactsSchema.shape).map(([key, schema]) => ({
  key,
  schema: schema as z.ZodType,
  /** A key left out passes (optional or defaulted): not parsed. */
  mayBeAbsent: (schema as z.ZodType).safeParse(undefined).success,
  /** Values (objects and arrays) this key's schema has already passed: read-only, like every facts object. */
  passed: new WeakSet<object>(),
  /** Plain values (numbers, strings) this key's schema has passed, up to PLAIN_KEPT of them. */
  passedPlain: new Set<unknown>(),
}));
/** A bound on each key's remembered plain values: a verdict on a number or a string never changes. */
const PLAIN_KEPT = 256;

/**
 * Whether `caseFactsSchema.safeParse(facts)` succeeds, without parsing again what passed before (issue 16): a plain
 * object passes exactly when each key's value passes that key's schema (the schema has no check on the whole object,
 * and keys it does not name are dropped, never refused). Facts objects are never changed once made, and a turn's
 * facts keep most values of the last turn's (the same objects, numbers and words): those were checked then and are
 * not parsed again. Each key keeps its own record: a value passed for one key says nothing of another.
 */
export function factsPass(facts: unknown): boolean {
  if (typeof facts !== 'object' || facts === null || Object.getPrototypeOf(facts) !== Object.prototype)
    return caseFactsSchema.safeParse(facts).success;
  const record = facts as Record<string, unknown>;
  for (const { key, schema, mayBeAbsent, passed, passedPlain } of FACT_KEYS) {
    const value = record[key];
    if (value === undefined) {
      if (mayBeAbsent) continue;
      return false;
    }
    if (typeof value === 'object' && value !== null) {
      if (passed.has(value)) continue;
      if (!schema.safeParse(value).success) return false;
      passed.add(value);
    } else {
      if (passedPlain.has(value)) continue;
      if (!schema.safeParse(value).success) return false;
      if (passedPlain.size < PLAIN_KEPT) passedPlain.add(value);
    }
  }
  return true;
}
