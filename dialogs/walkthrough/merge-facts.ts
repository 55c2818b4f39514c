import {
  type CaseFacts,
  type FactKey,
  GLAUCOMA_CONDITIONS,
  type Medication,
  type RedFlagId,
} from '../../src/clinical/case/case-facts.js';
import { isExtendedRelease } from '../../src/clinical/case/case-opioids.js';
import { isOpioid, mergeMedication, otherStoppedMember } from '../../src/clinical/case/medication-facts.js';
import { ADULT_AGE, OTHER_PERSON_WORDS, POPULATION_IDS } from '../../src/clinical/language/populations.js';
import { clearedRedFlags } from '../../src/clinical/language/red-flag-clearance.js';
import { meetsMinimalChange } from '../../src/clinical/language/score-changes.js';
import { companionAges } from '../../src/clinical/language/stated-patient.js';
import { CORRECTION, IN_ADDITION } from './read-text.js';

type Patch = Partial<CaseFacts>;

function mergeBy<T, K extends keyof T>(base: T[], patch: T[] | undefined, key: K): T[] {
  if (!patch?.length) return base;
  const out = [...base];
  for (const item of patch) {
    const i = out.findIndex((o) => o[key] === item[key]);
    if (i >= 0) out[i] = { ...out[i]!, ...item };
    else out.push(item);
  }
  return out;
}

/**
 * Medications merge by drug (later statements win), the same product first. Two products of one drug that one
 * message gives each with its own dose stay two ("OxyContin 30 mg bd" and "oxycodone IR 10 mg": merged, the IR dose
 * took the ER product's place and the MME lost 60 mg/day; every opioid counts, clinical-reference.md section 4;
 * "naproxen 500 mg bid (rx)" and "Aleve 2 tabs on bad days": the same drug twice, said as such).
 * The same holds across messages for an extended-release and an immediate-release product of one opioid.
 * Otherwise a drug keeps one entry: a later statement updates it.
 */
function mergeMedications(base: Medication[], patch: Medication[] | undefined, addition = false): Medication[] {
  if (!patch?.length) return base;
  const out = [...base];
  const fromPatch = new Set<Medication>();
  const ownDose = (m: Medication) => m.doseMg !== undefined || m.dailyMg !== undefined;
  const dosed = (m: Medication) => isOpioid(m.drug) && ownDose(m);
  // An extended-release and an immediate-release product of one opioid, each with its own dose, are two
  // medications whichever message names them ("OxyContin 30 mg bd", later "also oxycodone IR 10 mg q6h prn").
  const otherRelease = (a: Medication, b: Medication) =>
    dosed(a) && dosed(b) && isExtendedRelease(a) !== isExtendedRelease(b);
  // said to be taken in addition ("another doctor is also prescribing him oxycodone 10 bd"): another regimen of the
  // opioid the case holds is a second medication, not a new dose of the first; the same regimen said again is one
  const secondRegimen = (a: Medication, b: Medication) => addition && dosed(a) && dosed(b) && !sameRegimen(a, b);
  for (const item of patch) {
    // a stopped class member is not another member still taken ("sertraline stopped" with citalopram held)
    const same = (o: Medication) => o.drug === item.drug && !otherStoppedMember(o, item);
    let i = out.findIndex((o) => same(o) && o.product === item.product);
    if (i < 0) i = out.findIndex((o) => same(o) && !otherRelease(o, item));
    if (i >= 0 && !out[i]!.stopped && secondRegimen(out[i]!, item)) i = -1;
    const other = i >= 0 ? out[i]! : undefined;
    if (other && !(fromPatch.has(other) && ownDose(other) && ownDose(item) && other.product !== item.product)) {
      const next = mergeMedication(other, item);
      out[i] = next;
      if (fromPatch.has(other)) fromPatch.add(next);
    } else {
      out.push(item);
      fromPatch.add(item);
    }
  }
  return out;
}

/** The same dose and frequency (or daily total): a regimen said again. */
function sameRegimen(a: Medication, b: Medication): boolean {
  return a.doseMg === b.doseMg && a.timesPerDay === b.timesPerDay && a.dailyMg === b.dailyMg;
}

/**
 * Merges what one message says into the case. Later statements win; medications merge by drug and non-drug
 * therapies by therapy (so "duloxetine 60 mg" updates the duloxetine already in the case); "no red flags"
 * clears flags said before. `text` is the message the patch was read from, when there is one (an age correction
 * needs its words: mergedPopulation).
 */
export function mergeFacts(facts: CaseFacts, said: Patch, text?: string): CaseFacts {
  const patch = text === undefined ? said : withoutCompanionAge(text, said);
  const next: CaseFacts = { ...facts };
  for (const [key, value] of Object.entries(patch) as [keyof CaseFacts, unknown][]) {
    if (value === undefined) continue;
    (next as Record<string, unknown>)[key] = value;
  }
  // a weight with its unit answers "kg or lb?"; a new weight without one takes back the weight before it
  if (patch.weightKg !== undefined) delete next.weightToConfirm;
  else if (patch.weightToConfirm !== undefined) delete next.weightKg;
  // an ODI with too many sections blank has no score: it takes back the score before it; a score said later answers it
  if (patch.oswestryNotScored !== undefined) delete next.oswestryPercent;
  else if (patch.oswestryPercent !== undefined) delete next.oswestryNotScored;
  // a clean PDMP or the clinician's judgement clears a PDMP risk finding; with none held there is nothing to record
  if (next.pdmpRiskFinding === 'no' && facts.pdmpRiskFinding !== 'yes') delete next.pdmpRiskFinding;
  const addition = text !== undefined && IN_ADDITION.test(text) && !CORRECTION.test(text);
  next.medications = mergeMedications(facts.medications, patch.medications, addition);
  next.nonDrugTherapies = mergeBy(facts.nonDrugTherapies, patch.nonDrugTherapies, 'therapy');
  next.conditions = { ...facts.conditions, ...patch.conditions };
  // a glaucoma type said later answers "which type?": "type not given" goes, unless this text says it again
  if (GLAUCOMA_CONDITIONS.some((c) => patch.conditions?.[c] === 'yes') && !patch.conditions?.['glaucoma-type-unknown'])
    delete next.conditions['glaucoma-type-unknown'];
  // "the NAG is controlled, had laser iridotomy": said controlled later takes back "not said to be controlled"
  if (
    patch.conditions?.['narrow-angle-glaucoma-controlled'] === 'yes' &&
    patch.conditions['narrow-angle-glaucoma'] === undefined &&
    next.conditions['narrow-angle-glaucoma'] === 'yes'
  )
    delete next.conditions['narrow-angle-glaucoma'];
  if (patch.renal) next.renal = { ...facts.renal, ...patch.renal };
  // a creatinine read cleanly answers "which is current?"; a new unclear one takes back the value before it
  if (patch.renal?.creatinineMgDl !== undefined && !patch.renal.creatinineToConfirm && next.renal) {
    const { creatinineToConfirm: _answered, ...rest } = next.renal;
    next.renal = rest;
  } else if (patch.renal?.creatinineToConfirm && next.renal) {
    const { creatinineMgDl: _unclear, ...rest } = next.renal;
    next.renal = rest;
  }
  // "CKD was a lab error, eGFR 85 on repeat": CKD said absent takes back the stage said before (the later word wins)
  if (patch.conditions?.ckd === 'no' && patch.renal?.ckdStage === undefined && next.renal?.ckdStage !== undefined) {
    const { ckdStage: _withdrawn, ...rest } = next.renal;
    next.renal = rest;
  }
  if (patch.psychosocial) next.psychosocial = { ...facts.psychosocial, ...patch.psychosocial };
  const population = mergedPopulation(facts, patch, text);
  if (population?.length) next.population = population;
  else if (population) delete next.population;
  next.redFlags = patch.redFlagScreen === 'no' ? [] : [...new Set([...facts.redFlags, ...(patch.redFlags ?? [])])];
  clearRedFlags(next, facts, patch, text);
  // signs answered "not sure" hold until the screen is answered again (none, or a flag present)
  if (patch.unsureRedFlags)
    next.unsureRedFlags = [...new Set([...(facts.unsureRedFlags ?? []), ...patch.unsureRedFlags])];
  if (next.redFlagScreen !== 'unknown') delete next.unsureRedFlags;
  const judged = baselineJudgement(next, patch);
  if (judged) next.improvedSinceLastVisit = judged;
  const answered = answeredKeys(patch);
  next.skipped = [...new Set([...facts.skipped, ...(patch.skipped ?? [])])].filter((k) => !answered.has(k));
  return next;
}

/** Each scale's baseline and latest keys, ODI (function) first: it decides when both are known. */
const SCORE_PAIRS = [
  { scale: 'odi', baseline: 'oswestryBaselinePercent', now: 'oswestryPercent' },
  { scale: 'pain', baseline: 'painBaselineScore', now: 'painScore' },
] as const;

/**
 * A score said against the baseline the case holds ("pain 7/10 at baseline. ODI 48% at baseline", later "pain now
 * 6/10, ODI now 46%"), or a baseline corrected under a score it holds ("ODI was 60% at baseline not 40"): the change
 * judged again against the minimal important change (clinical-reference.md section 5), function deciding as in a
 * message's own score changes (gate-facts.ts scoreChange): 'partial' when met (pain remains), 'no' when not.
 */
function baselineJudgement(next: CaseFacts, patch: Patch): 'partial' | 'no' | undefined {
  const pairs = SCORE_PAIRS.flatMap((p) => {
    const from = next[p.baseline];
    const to = next[p.now];
    return from === undefined || to === undefined ? [] : [{ ...p, from, to }];
  });
  const [decides] = pairs;
  if (!decides || !pairs.some((p) => patch[p.baseline] !== undefined || patch[p.now] !== undefined)) return undefined;
  return meetsMinimalChange({ scale: decides.scale, from: decides.from, to: decides.to }) ? 'partial' : 'no';
}

/**
 * A red flag the case holds, explicitly excluded by a later work-up ("MRI normal, infection excluded", "saddle
 * sensation normal"): it leaves the case, and the words that raised it in the same text ("the fever was a UTI") do not
 * raise it again. With none left the screen is answered no and the pathway resumes (clinical-reference.md section 6).
 * Only a flag already held clears: a first description is read as it stands.
 */
function clearRedFlags(next: CaseFacts, facts: CaseFacts, patch: Patch, text: string | undefined): void {
  const cleared = clearedFlags(facts, text);
  if (!cleared.length) return;
  next.redFlags = next.redFlags.filter((id) => !cleared.includes(id));
  if (!next.redFlags.length && patch.redFlagScreen !== 'unknown') next.redFlagScreen = 'no';
}

/** The red flags `facts` holds that `text` explicitly excludes: they leave the case when it is merged. */
export function clearedFlags(facts: CaseFacts, text: string | undefined): RedFlagId[] {
  if (text === undefined || !facts.redFlags.length) return [];
  return clearedRedFlags(text).filter((id) => facts.redFlags.includes(id));
}

/**
 * The patch without its age when that age is said next to another person ("her son (34) drove her", "lives with his
 * wife, 58": stated-patient.ts companionAges): a mention of someone else never sets the case's age. A text that opens
 * a case for that person ("his wife, 58, asks about her own back") reads its age without this (intake.ts).
 */
export function withoutCompanionAge(text: string, patch: Patch): Patch {
  if (patch.age === undefined || !companionAges(text).includes(patch.age)) return patch;
  const { age: _theirs, ...rest } = patch;
  return rest;
}

/**
 * The populations outside the pathway said of the patient add up ("Year 10 girl", then "20 weeks pregnant": both are
 * held). An age explicitly corrected from under 18 to an adult one ("sorry, 61 not 16", "correction: 19 not 16")
 * takes back the under-18 the old age brought, unless this text says it again. Any other adult age keeps it: it may
 * be someone else's ("her boyfriend (19 yo) also has LBP"), so a correction naming another person does not count
 * either. A correction the other way needs nothing here (an age under 18 is held by itself: casePopulations).
 * Undefined: nothing to change.
 */
function mergedPopulation(
  facts: CaseFacts,
  patch: Patch,
  text: string | undefined,
): CaseFacts['population'] | undefined {
  const nowAdult =
    facts.age !== undefined &&
    facts.age < ADULT_AGE &&
    patch.age !== undefined &&
    patch.age >= ADULT_AGE &&
    text !== undefined &&
    correctsPatientAge(text);
  if (!patch.population && !nowAdult) return undefined;
  const said = new Set([...(facts.population ?? []), ...(patch.population ?? [])]);
  if (nowAdult && !patch.population?.includes('under-18')) said.delete('under-18');
  return POPULATION_IDS.filter((id) => said.has(id));
}

/** Another person named: the age in a correction may be theirs ("actually her boyfriend is 19"). */
const OTHER_PERSON = new RegExp(`\\b${OTHER_PERSON_WORDS}\\b`, 'i');

/** The text corrects what was said, naming no one but the patient. */
function correctsPatientAge(text: string): boolean {
  return CORRECTION.test(text) && !OTHER_PERSON.test(text);
}

const DRUG_KEYS: Partial<Record<string, FactKey>> = {
  naproxen: 'nsaidTrial',
  ibuprofen: 'nsaidTrial',
  'other-nsaid': 'nsaidTrial',
  duloxetine: 'duloxetineTrial',
  tramadol: 'tramadolTrial',
};
const FIELD_KEYS: Partial<Record<keyof CaseFacts, FactKey>> = {
  redFlagScreen: 'redFlags',
  redFlags: 'redFlags',
  painDurationWeeks: 'painDurationWeeks',
  nonDrugTherapies: 'nonDrugTherapies',
  radicular: 'radicular',
  priorMri: 'priorMri',
  age: 'age',
  renal: 'renalFunction',
  conditions: 'conditions',
  psychosocial: 'psychosocial',
  startBack: 'startBack',
  oswestryPercent: 'oswestry',
  weeksOptimizedTherapy: 'weeksOptimizedTherapy',
  functionalDisability: 'functionalDisability',
  consideringInterventional: 'consideringInterventional',
  opioidRiskAssessment: 'opioidRiskAssessment',
  opioidDiscussion: 'opioidDiscussion',
  improvedSinceLastVisit: 'improvedSinceLastVisit',
};

/** Questions a patch answers after all: a skipped key stops being "not known" once the clinician gives it. */
function answeredKeys(patch: Patch): Set<FactKey> {
  const keys = new Set<FactKey>();
  for (const [field, value] of Object.entries(patch) as [keyof CaseFacts, unknown][]) {
    const key = FIELD_KEYS[field];
    if (key && patchSaysSomething({ [field]: value } as Patch)) keys.add(key);
  }
  for (const m of patch.medications ?? []) {
    const key = DRUG_KEYS[m.drug];
    if (key) keys.add(key);
  }
  return keys;
}

/** True when the patch says anything at all (empty lists and objects say nothing). */
export function patchSaysSomething(patch: Patch): boolean {
  return Object.values(patch).some((v) => {
    if (v === undefined) return false;
    if (Array.isArray(v)) return v.length > 0;
    if (typeof v === 'object' && v !== null) return Object.keys(v).length > 0;
    return true;
  });
}
