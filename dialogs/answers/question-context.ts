import { drugNames } from '../../src/clinical/knowledge/drug-catalogue.js';
import { emptyFacts, type CaseFacts, type ConditionId, type TriState } from '../../src/clinical/case/case-facts.js';
import { heldProducts, isAnalgesicAspirin } from '../../src/clinical/case/case-interactions.js';
import { drugClassOf, isHeld, isInUse, isOpioid } from '../../src/clinical/case/medication-facts.js';
import { caseOpioids } from '../../src/clinical/case/case-opioids.js';
import {
  type CaseReason,
  caseKidney,
  DRUG_OPTIONS,
  type DrugOptionId,
  drugOptionStatus,
} from '../../src/clinical/case/option-status.js';
import { computedCrcl } from '../../src/clinical/case/computed-crcl.js';
import { extractCaseFacts } from '../../src/clinical/language/index.js';
import { conceptHits } from '../../src/clinical/language/concept-hits.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { normalize } from '../../src/clinical/language/normalize.js';
import { ALCOHOL_STOPPED, alcoholStopped } from '../../src/clinical/language/stopped.js';
import { liverTestsAbnormalNow } from '../../src/clinical/language/lab-findings.js';
import { alcoholUseSaid, HEAVY_ALCOHOL } from '../../src/clinical/language/alcohol.js';
import { HEART_FAILURE } from '../../src/clinical/language/concepts.js';
import { CIRRHOSIS } from '../../src/clinical/language/liver-words.js';
import { KIDNEY_FAILURE } from '../../src/clinical/language/measures.js';
import { aroundCabg } from '../../src/clinical/language/cabg.js';
import { glaucomaType, uncontrolledNarrowAngleGlaucoma } from '../../src/clinical/language/glaucoma.js';
import { measuresIn } from '../../src/clinical/language/measures.js';
import { sharedReading, turnReceivedAt } from '../../src/clinical/language/shared-readings.js';
import { statedSex } from '../../src/clinical/language/stated-patient.js';
import type { DrugId, PatientContext } from './ports.js';
import { saidNotTaken } from './not-taken.js';

/**
 * Patient facts given inside a quick question ("pregabalin with CrCl 25", "tramadol in an 80 year old",
 * "tramadol in cirrhosis"), for label adjustments. eGFR is read as an estimate of CrCl; a CKD stage is read as
 * the middle of its eGFR band, and the answer says which it used.
 */
export interface QuestionContext extends PatientContext {
  /** How the kidney figure was given, for the answer ("CrCl 25", "eGFR 12", "CKD stage 4"). */
  renalLabel?: string;
  /** The kidney figure was an upper bound ("CrCl < 30"): the lower tiers may apply too. */
  renalBelow?: boolean;
  /** Where each fact came from when not from the question itself ("case A"). */
  renalFrom?: string;
  ageFrom?: string;
  liverFrom?: string;
  /** Set only while a walk-through case is open: its radicular status (a radicular-only line needs 'yes'). */
  caseRadicular?: TriState;
  /** Set only while a case is open: its label and the drugs it holds (for interactions with the drug asked about). */
  caseLabel?: string;
  caseDrugs?: DrugId[];
  /** Products and class members the case holds by name ("norco", "aspirin"), for the rules that name them. */
  caseProducts?: string[];
  /** Set only while a case is open: the conditions it has ('yes'), for an interaction that names one (COPD). */
  caseConditions?: ConditionId[];
  /**
   * Set only while a case is open and its patient takes an opioid now: the opioids' generic names and their MME/day
   * when every one is computable, so a second opioid asked about is judged on top of them (drug-answer.ts).
   */
  caseOpioids?: { names: string[]; mme?: number };
  /**
   * The guideline drug options the open case's facts, or the question's own co-medications (withQuestionRules), rule
   * out, with the reason as the reply says it ("on an MAOI"), so an answer about the drug never shows the guideline's
   * start line unqualified.
   */
  caseRuledOut?: Partial<Record<DrugOptionId, string>>;
  /** The knowledge entries that state each caseRuledOut reason (cited when the answer lists the options judged). */
  ruledOutIds?: Partial<Record<DrugOptionId, string[]>>;
  /** Set only while a case is open: the guideline drug options it has tried and closed (failed, not tolerated). */
  caseTried?: DrugOptionId[];
  /**
   * Glaucoma named without its type, open-angle, or narrow-angle said to be controlled: the duloxetine rule is for
   * uncontrolled narrow-angle only (glaucoma.ts).
   */
  glaucoma?: 'unknown' | 'open-angle' | 'controlled-narrow-angle';
  /**
   * Drinking said as an amount or a habit, not as heavy ("6 beers a night"): the reference sets no amount for "heavy",
   * so the duloxetine answer asks ('heavy-not-said'); said to be light, it is not heavy ('not-heavy'). Either way
   * acetaminophen's "regular alcohol use" note holds (language/alcohol.ts).
   */
  alcoholUse?: 'heavy-not-said' | 'not-heavy';
  /** Liver tests said abnormal now ("LFTs deranged", lab-findings.ts): with drinking, duloxetine's 'confirm' rule. */
  liverTestsAbnormal?: true;
}

/** Facts of the open walk-through case that change a dose answer; the question's own facts win over them. */
export function caseContext(label: string, facts: CaseFacts): QuestionContext {
  const ctx: QuestionContext = {
    caseRadicular: facts.radicular ?? 'unknown',
    caseLabel: label,
    caseDrugs: facts.medications.filter(isHeld).map((m) => m.drug),
    caseProducts: heldProducts(facts),
  };
  const opioids = facts.medications.filter((m) => isInUse(m) && isOpioid(m.drug));
  if (opioids.length) {
    const { totalMme, incomplete } = caseOpioids(opioids);
    ctx.caseOpioids = {
      names: [...new Set(opioids.map((m) => drugNames(m.drug).generic.toLowerCase()))],
      ...(totalMme !== undefined && !incomplete ? { mme: totalMme } : {}),
    };
  }
  const conditions = (Object.entries(facts.conditions) as [ConditionId, TriState][]).filter(([, v]) => v === 'yes');
  if (conditions.length) ctx.caseConditions = conditions.map(([c]) => c);
  // the kidney the case's plan reads: a CrCl, an eGFR, else a CKD stage or dialysis read inside its band
  const kidney = caseKidney(facts);
  if (kidney) {
    ctx.crcl = kidney.crcl;
    ctx.renalLabel = kidney.label;
    ctx.renalFrom = `case ${label}`;
  }
  // the labels' supplemental dose after each session: haemodialysis, or dialysis not named
  if (facts.renal?.dialysis === 'haemodialysis' || facts.renal?.dialysis === 'unspecified') ctx.haemodialysis = true;
  if (facts.age !== undefined) [ctx.age, ctx.ageFrom] = [facts.age, `case ${label}`];
  if (facts.conditions['liver-disease'] === 'yes') [ctx.liverDisease, ctx.liverFrom] = [true, `case ${label}`];
  if (facts.conditions['heavy-alcohol'] === 'yes') [ctx.heavyAlcohol, ctx.liverFrom] = [true, `case ${label}`];
  if (facts.conditions['regular-alcohol'] === 'yes' && facts.conditions['heavy-alcohol'] !== 'yes')
    ctx.alcoholUse = facts.conditions['heavy-alcohol'] === 'no' ? 'not-heavy' : 'heavy-not-said';
  const ruledOut = DRUG_OPTIONS.map((o) => [o, drugOptionStatus(facts, o)] as const).filter(
    ([, s]) => s.status === 'not-for-this-patient' && s.reasons.length > 0,
  );
  if (ruledOut.length) {
    const reasons = Object.fromEntries(ruledOut.map(([o, s]) => [o, s.reasons]));
    ctx.caseRuledOut = reasonLabels(reasons);
    ctx.ruledOutIds = reasonIds(reasons);
  }
  const tried = DRUG_OPTIONS.filter((o) => ['failed', 'not-tolerated'].includes(drugOptionStatus(facts, o).status));
  if (tried.length) ctx.caseTried = tried;
  return ctx;
}

/** Outside a turn (tests): the reading date does not matter here, only co-medications and conditions are read. */
const EPOCH = '1970-01-01T00:00:00.000Z';

/**
 * The guideline drug options this question's own facts rule out, read as a case would read them (option-rules.ts and
 * the label rows, src/clinical/case/option-status.ts): "pt on phenelzine, duloxetine or tramadol?" takes both out.
 * The guideline drugs the question names are what it asks about, so they are not read as taken: only its
 * co-medications (an MAOI, fluvoxamine, an SSRI), conditions and patient facts decide.
 */
export function questionRuledOut(lower: string): Partial<Record<DrugOptionId, string>> {
  return reasonLabels(questionRuledOutReasons(lower));
}

/** The reasons behind questionRuledOut, with the knowledge entry of each (read once per turn for each text). */
export function questionRuledOutReasons(lower: string): RuledOutReasons {
  return sharedReading('questionRuledOut', questionRuledOutOnce, lower);
}

function questionRuledOutOnce(lower: string): RuledOutReasons {
  return mayRuleOut(lower) ? ruledOutReasonsAsCase(lower) : {};
}

/** The options the question's facts rule out, read as a case would read them (questionRuledOut without its gate). */
export function ruledOutAsCase(lower: string): Partial<Record<DrugOptionId, string>> {
  return reasonLabels(ruledOutReasonsAsCase(lower));
}

type RuledOutReasons = Partial<Record<DrugOptionId, readonly CaseReason[]>>;

/** Each option's reasons as the reply says them, joined ("on an MAOI; CrCl 24 < 30"). */
function reasonLabels(reasons: RuledOutReasons): Partial<Record<DrugOptionId, string>> {
  return Object.fromEntries(Object.entries(reasons).map(([o, rs]) => [o, rs.map((r) => r.label).join('; ')]));
}

/** Each option's reasons as the knowledge entries that state them. */
function reasonIds(reasons: RuledOutReasons): Partial<Record<DrugOptionId, string[]>> {
  return Object.fromEntries(Object.entries(reasons).map(([o, rs]) => [o, [...new Set(rs.map((r) => r.knowledgeId))]]));
}

/**
 * The reasons (as said, "on an SSRI or SNRI: ...") the given co-medications alone add to an option's for this
 * question: read with and without them. "Stopping sertraline next week, on cipro: duloxetine?": the SSRI's reason
 * goes with the stop, the CYP1A2 inhibitor's stays.
 */
export function reasonsOfDrugs(lower: string, drugs: readonly DrugId[], option: DrugOptionId): string[] {
  const labels = (r: RuledOutReasons) => (r[option] ?? []).map((x) => x.label);
  const without = new Set(labels(ruledOutReasonsAsCase(lower, drugs)));
  return labels(ruledOutReasonsAsCase(lower)).filter((l) => !without.has(l));
}

function ruledOutReasonsAsCase(lower: string, without: readonly DrugId[] = []): RuledOutReasons {
  const facts = questionFacts(lower, without);
  const out: RuledOutReasons = {};
  for (const option of DRUG_OPTIONS) {
    const status = drugOptionStatus(facts, option);
    if (status.status === 'not-for-this-patient' && status.reasons.length) out[option] = status.reasons;
  }
  return out;
}

/**
 * The checks the question's own co-medications ask before an option ("he's on warfarin, can I give ibuprofen?": on
 * an anticoagulant or antiplatelet), read as a case would read them: the reference asks about them before calling
 * an NSAID appropriate (section 2), so the answer says check first, and the next option if it is unsuitable.
 */
export function questionPairChecks(lower: string): RuledOutReasons {
  return sharedReading('questionPairChecks', questionPairChecksOnce, lower);
}

function questionPairChecksOnce(lower: string): RuledOutReasons {
  if (!mayRuleOut(lower)) return {};
  // a start only planned ("cardiology may start apixaban") keeps its planned-start answer (plannedChangeLines)
  const read = questionFacts(lower);
  // aspirin taken for pain is an NSAID in use, not an antiplatelet: its own row leads ("use one NSAID only")
  const facts = {
    ...read,
    medications: read.medications.filter((m) => !m.startPlanned && !isAnalgesicAspirin(m)),
  };
  const out: RuledOutReasons = {};
  for (const option of DRUG_OPTIONS) {
    const status = drugOptionStatus(facts, option);
    const pair = status.status === 'needs-data' ? status.reasons.filter((r) => r.coMedication) : [];
    if (pair.length) out[option] = pair;
  }
  return out;
}

/** The question's facts as a case would hold them: its co-medications and conditions, not the drug asked about. */
function questionFacts(lower: string, without: readonly DrugId[] = []): CaseFacts {
  const { patch, proposals = [] } = extractCaseFacts(lower, turnReceivedAt() ?? EPOCH);
  const said = (patch.medications ?? []).filter((m) => drugOptionOf(m.drug) === undefined && !without.includes(m.drug));
  // "Rx duloxetine 30 mg, pt on cipro - ok to dispense?": the reader takes the whole request as proposed; a medicine
  // beside the guideline drug asked about is read as taken (the safer reading), unless said otherwise.
  const proposed = proposals
    .filter(
      (p) => drugOptionOf(p.drug) === undefined && !without.includes(p.drug) && !said.some((m) => m.drug === p.drug),
    )
    // "Rx duloxetine 30 mg, pt no longer on an SSRI": said as not taken, no co-medication
    .filter((p) => !saidNotTaken(lower, p.drug))
    .map((p) => ({ drug: p.drug, outcome: 'current' as const }));
  const medications = [...said, ...proposed];
  // Kidney, age and liver are readContext's (its denials: "former heavy drinker"); the label rows read them there.
  const { 'heavy-alcohol': _alcohol, 'liver-disease': _liver, ...conditions } = patch.conditions ?? {};
  const facts: CaseFacts = { ...emptyFacts(), ...patch, conditions, medications };
  delete facts.renal;
  delete facts.age;
  return facts;
}

/**
 * Whether the question can rule an option out by itself: only its co-medications (a drug that is no guideline option)
 * and its conditions do (kidney, age and liver are deleted above; a CKD stage only asks, option-rules.ts). A question
 * naming neither is not read as a case (issue 16: that reading was a quarter of a varied question's time). The same
 * drug and condition readers the extraction runs, on the same normalised text, so no fact the extraction would find is
 * missed (test/answers/question-ruled-out-gate.test.ts).
 */
export function mayRuleOut(lower: string): boolean {
  const norm = normalize(lower);
  return (
    findDrugs(norm).some((d) => drugOptionOf(d.drug) === undefined) ||
    conceptHits(norm).some((h) => h.kind.fact === 'condition')
  );
}

/**
 * The context with the options this question's own facts rule out added (an open case's reasons kept first): its
 * co-medications, and conditions the case reader knows that readContext does not ("has HF").
 */
export function withQuestionRules(ctx: QuestionContext, lower: string): QuestionContext {
  const reasons = questionRuledOutReasons(lower);
  if (!Object.keys(reasons).length) return ctx;
  return {
    ...ctx,
    caseRuledOut: { ...reasonLabels(reasons), ...ctx.caseRuledOut },
    ruledOutIds: { ...reasonIds(reasons), ...ctx.ruledOutIds },
  };
}

/** The guideline option a drug answer is about (any NSAID is the NSAID option), if it is one. */
export function drugOptionOf(drug: DrugId): DrugOptionId | undefined {
  if (drugClassOf(drug) === 'nsaid') return 'nsaid';
  return (DRUG_OPTIONS as readonly string[]).includes(drug) ? (drug as DrugOptionId) : undefined;
}

/** A question that gives any patient fact of its own may be about another patient: then the case's facts are not used. */
export function withQuestion(known: QuestionContext, question: QuestionContext): QuestionContext {
  return hasContext(question) ? question : known;
}

/** "HD" for haemodialysis, only where it names the patient's treatment ("HD pt", "on HD"), not "HD" alone. */
const HD = /\bhd (?:pts?|patients?)\b|\bon hd\b/;
/** Ascites or varices: decompensated liver disease, read as cirrhosis (the NSAID rule's words, condition.nsaid-cirrhosis). */
const DECOMPENSATED = /\bascites\b|\b(?:oesophageal |esophageal )?varices\b|\bvariceal\b/;

/**
 * Heavy alcohol use, in the words clinicians use (duloxetine: "avoid in chronic liver disease or heavy alcohol use",
 * clinical-reference.md section 2). Each row reads its example (test/answers/next-step.test.ts); a row said after
 * "no", "not a" or "denies" is not read.
 */
/**
 * Heavy alcohol use as a quick question says it: the case reader's own words and reading (HEAVY_ALCOHOL,
 * language/alcohol.ts; heavyAlcohol below), one for both. Binge drinking is heavy drinking by its meaning ("binge
 * drinks at weekends" is read as heavy, as the case reads it). Examples the answers test; use said with no word on
 * heaviness ("alcohol use, most days", "6 beers a night") is asked, never read as heavy (alcoholUseSaid): the reference
 * sets no amount for "heavy".
 */
export const HEAVY_ALCOHOL_EXAMPLES: readonly string[] = [
  'heavy drinker by his own admission, duloxetine?',
  'drinks heavily most nights. duloxetine ok?',
  'hx EtOH excess - cymbalta?',
  'known alcoholic, is duloxetine safe?',
];
/**
 * "no", "not a", "denies", or past use only ("ex-alcoholic", "former heavy drinker", "non-drinker"): not current use.
 */
const ALCOHOL_DENIED = /(?:\b(?:no|not an?|denies|without|never(?: an?)?|former|previous|past)\s|\b(?:ex|non)-?\s?)$/;

/**
 * Alcohol named at `index` is denied or past use only, by the words just before it: the opioid + alcohol pair's
 * reading (interactions.ts CLASS_WORDS). Heavy use for duloxetine's row is the case reader's (heavyAlcohol).
 */
export function alcoholDeniedAt(lower: string, index: number): boolean {
  return ALCOHOL_DENIED.test(lower.slice(Math.max(0, index - 12), index));
}

/** "no", "without", "denies", "not" just before a condition's name: said not to have it. */
const DENIED_JUST_BEFORE = /\b(?:no|without|denies|not)\s$/;

/** A condition's words (a global pattern) said at least once and not denied. */
function saidNotDenied(lower: string, re: RegExp): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower))
    if (!DENIED_JUST_BEFORE.test(lower.slice(Math.max(0, m.index - 9), m.index))) return true;
  return false;
}

const kidneyFailureSaid = (lower: string) => saidNotDenied(lower, KIDNEY_FAILURE);

/**
 * Liver disease as the case reader reads it (concept-hits.ts, LIVER_DISEASE in liver-words.ts): said as the
 * patient's, not denied ("no hx of cirrhosis"), not a relative's ("mother had cirrhosis") and not a question still
 * open ("rule out cirrhosis pending US"). `cirrhosis`: one such mention names cirrhosis (CIRRHOSIS: "Child-Pugh B").
 */
function liverSaid(lower: string): { liver: boolean; cirrhosis: boolean } {
  const norm = normalize(lower);
  const present = conceptHits(norm).filter(
    (h) => h.kind.fact === 'condition' && h.kind.id === 'liver-disease' && h.polarity === 'present',
  );
  return {
    liver: present.length > 0,
    cirrhosis: present.some((h) => {
      CIRRHOSIS.lastIndex = 0;
      return CIRRHOSIS.test(norm.slice(h.start, h.end));
    }),
  };
}

/**
 * Heavy alcohol use said of the patient now, by the case reader's own reading (one reader for both paths): the
 * heavy-alcohol concept said present (concept-hits.ts: not denied, not asked and answered "no", not a companion's:
 * "his wife drinks heavily; he doesn't drink"), and not said to be over (stopped.ts alcoholStopped: "quit drinking
 * last year", "hx AUD, abstinent since 2019", "ETOH abuse in remission"). The reference's row is "heavy alcohol use",
 * present: past use in remission is no rule-out.
 */
function heavyAlcohol(lower: string): boolean {
  HEAVY_ALCOHOL.lastIndex = 0;
  if (!HEAVY_ALCOHOL.test(lower)) return recentlyStoppedHeavy(lower);
  const norm = normalize(lower);
  // "ex-alcoholic", "former heavy drinker": past use by the words just before it (alcoholDeniedAt) is not present
  const present = conceptHits(norm).some(
    (h) =>
      h.kind.fact === 'condition' &&
      h.kind.id === 'heavy-alcohol' &&
      h.polarity === 'present' &&
      !alcoholDeniedAt(norm, h.start),
  );
  return present && !alcoholStopped(norm, new Date().toISOString());
}

/**
 * Heavy drinking said as the past with a stop not yet sustained ("stopped drinking 2 weeks ago, was heavy", "sober
 * since last week, previously heavy"): heavy use counts until abstinence is (stopped.ts alcoholStopped,
 * SUSTAINED_MONTHS). A sustained stop ("quit drinking 2 years ago, was heavy") or no stop said is not this.
 */
const WAS_HEAVY =
  /\b(?:(?:was|were|previously|formerly|used to be|had been)(?: an?| very)? heavy|heavy (?:drinker|drinking|use|user) (?:before|previously|until)|(?:drank|drinking) heavily)\b/;
function recentlyStoppedHeavy(lower: string): boolean {
  if (!WAS_HEAVY.test(lower) || !ALCOHOL_STOPPED.test(lower)) return false;
  return !alcoholStopped(normalize(lower), new Date().toISOString());
}

/** Heavy alcohol use said and not denied ("drinks heavily", "heavy drinker"), for readers outside this file. */
export const saysHeavyAlcohol = (lower: string): boolean => heavyAlcohol(lower);

const CKD_STAGE_CRCL: Record<string, number> = { '3': 45, '3a': 52, '3b': 37, '4': 22, '5': 10 };

/** CrCl by Cockcroft-Gault from the question's own creatinine, age, weight and sex ("79M, 62 kg, Cr 1.9"). */
function questionCrcl(lower: string): number | undefined {
  if (!/\b(?:creatinine|creat|s?cr)\b/.test(lower)) return undefined;
  return computedCrcl({ ...measuresIn(lower), sex: statedSex(lower)?.sex });
}

/**
 * The patient facts a question states, read once per turn for each text (shared-readings.ts): the drug, product and
 * unchecked-partner answers all ask. Callers treat the context as read-only.
 */
export function readContext(lower: string): QuestionContext {
  return sharedReading('readContext', readContextOnce, lower);
}

function readContextOnce(lower: string): QuestionContext {
  const ctx: QuestionContext = {};
  // Each optional word carries its own trailing spaces: `\s*A?\s*B?\s*` splits a run of spaces in many ways (polynomial).
  const crcl =
    /\b(crcl|creatinine clearance|egfr|gfr)\s*(?:(?:of|is|=|:)\s*)?(?:(<|below|under|less than)\s*)?(\d{1,3})\b/.exec(
      lower,
    );
  const renal = measuresIn(lower).renal;
  const latest = renal?.crcl ?? renal?.egfr;
  const stage = /\bckd\s*(?:stage\s*)?(3a|3b|[345])\b|\bstage\s*(3a|3b|[345])\s*ckd\b/.exec(lower);
  // a creatinine with age, weight and sex: CrCl by Cockcroft-Gault, the labels' measure, over an eGFR or a stage
  const computed = crcl && /crcl|clearance/.test(crcl[1]!) ? undefined : questionCrcl(lower);
  if (computed !== undefined) {
    ctx.crcl = computed;
    ctx.renalLabel = `Cockcroft-Gault CrCl ${computed}`;
  } else if (crcl || latest) {
    const isCrcl = crcl ? /crcl|clearance/.test(crcl[1]!) : renal?.crcl !== undefined;
    // "eGFR was 75 in 2022, now 25": the value now, as the case reader reads it (measures.ts), over the first typed
    const now = (isCrcl ? renal?.crcl : renal?.egfr) ?? Number(crcl?.[3]);
    const below = crcl?.[2] !== undefined && now === Number(crcl[3]);
    // "CrCl < 30" is any value under 30: read just below it so the tier under the cut-off applies, and say "< 30".
    ctx.crcl = now - (below ? 0.5 : 0);
    ctx.renalLabel = `${isCrcl ? 'CrCl' : 'eGFR'} ${below ? '< ' : ''}${now}`;
    if (below) ctx.renalBelow = true;
  } else if (stage) {
    const s = (stage[1] ?? stage[2])!;
    const stageCrcl = CKD_STAGE_CRCL[s];
    if (stageCrcl !== undefined) ctx.crcl = stageCrcl;
    ctx.renalLabel = `CKD stage ${s}`;
  } else if (/\b(?:esrd|(?:ha?emo)?dialysis|end[- ]stage renal)\b/.test(lower) || HD.test(lower)) {
    ctx.crcl = 10;
    ctx.renalLabel = 'end-stage renal disease';
  } else if (kidneyFailureSaid(lower)) {
    // end-stage kidney failure (ESKD, ESRF, "end-stage kidney failure"), as the case reads it (measures.ts); plain
    // "renal failure" is CKD of a stage not given (clinicians use it for any stage): no kidney figure is assumed
    ctx.crcl = 10;
    ctx.renalLabel = 'end-stage kidney failure, CKD stage 5';
  }
  // The labels' supplemental dose is for haemodialysis; "on dialysis" is read as that, peritoneal dialysis is not.
  if ((/\b(?:ha?emo)?dialysis\b/.test(lower) && !/\bperitoneal dialysis\b/.test(lower)) || HD.test(lower))
    ctx.haemodialysis = true;
  if (saidNotDenied(lower, HEART_FAILURE)) ctx.heartFailure = true;
  // named and not said to be controlled or absent: read as uncontrolled (duloxetine: avoid; glaucoma.ts)
  if (uncontrolledNarrowAngleGlaucoma(lower)) ctx.narrowAngleGlaucoma = true;
  // any CABG named and not denied: NSAIDs are contraindicated around it (cabg.ts)
  if (aroundCabg(lower)) ctx.recentCabg = true;
  const glaucoma = glaucomaType(lower);
  if (glaucoma) ctx.glaucoma = glaucoma;
  const age =
    /\b(\d{2,3})\s*(?:-| )?(?:years?|yrs?|y)[- ]?(?:\/)?(?:o\b|old\b|of age\b)|\b(\d{2,3})\s*y\/?o\b|\bage[ds]?\s*(\d{2,3})\b|\b(\d{2,3})\s*[mf]\b/.exec(
      lower,
    );
  const said = age ?? /\b(?:patient|pt|he|she|they)(?: is|'s| aged?)\s+(\d{2,3})\b/.exec(lower);
  if (said) {
    const n = Number(said[1] ?? said[2] ?? said[3] ?? said[4]);
    if (n >= 12 && n <= 120) ctx.age = n;
  }
  const liver = liverSaid(lower);
  if (
    // Alcohol is read only by heavyAlcohol, which sees a denial ("not a heavy drinker", "no alcohol use").
    // the case reader's liver words and reading (liverSaid); "hepatic" alone asks
    liver.liver ||
    /\bhepatic\b/.test(lower) ||
    DECOMPENSATED.test(lower)
  ) {
    ctx.liverDisease = true;
  }
  // Heavy alcohol use is not liver disease: only a liver rule worded for it applies (liverRuleApplies).
  if (heavyAlcohol(lower)) ctx.heavyAlcohol = true;
  else {
    const use = alcoholUseSaid(lower);
    if (use) ctx.alcoholUse = use;
    if (use === 'heavy-not-said' && liverTestsAbnormalNow(lower)) ctx.liverTestsAbnormal = true;
  }
  if (liver.cirrhosis || (DECOMPENSATED.test(lower) && !/\b(?:no|without|not)\s(?:ascites|varices)/.test(lower)))
    ctx.cirrhosis = true;
  return ctx;
}

export function hasContext(ctx: QuestionContext): boolean {
  return (
    ctx.crcl !== undefined ||
    ctx.age !== undefined ||
    ctx.liverDisease === true ||
    ctx.heavyAlcohol === true ||
    ctx.cirrhosis === true ||
    ctx.heartFailure === true ||
    ctx.narrowAngleGlaucoma === true ||
    ctx.recentCabg === true ||
    ctx.glaucoma !== undefined ||
    ctx.alcoholUse !== undefined ||
    ctx.haemodialysis === true
  );
}
