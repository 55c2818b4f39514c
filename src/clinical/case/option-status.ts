import {
  ageAdjustment,
  conditionAdjustments,
  dialysisAdjustment,
  liverAdjustment,
  renalAdjustment,
  type AdjustmentResult,
} from '../knowledge/dose-adjustments.js';
import { drugNames, type DrugId } from '../knowledge/drug-catalogue.js';
import { rowBreaches } from '../knowledge/dose-check-findings.js';
import { dosingFor, guidelineDailyRange, isDosedDrug } from '../knowledge/dosing.js';
import type { DosedDrugId } from '../knowledge/dosing-schema.js';
import { ADEQUATE_TRIAL } from '../knowledge/case-readings.js';
import {
  CKD_STAGE_BANDS,
  CONDITION_RULE_CONDITIONS,
  LIVER_RULE_CONDITIONS,
  optionRules,
  type DrugOptionId,
  type OptionRule,
} from '../knowledge/option-rules.js';
import { trialWeeks } from './adequate-trial.js';
import { adequateDailyMg } from './adequate-dose.js';
import {
  DIALYSIS_LABEL,
  nonDrugTherapyIdSchema,
  type CaseFacts,
  type Medication,
  type NonDrugTherapyId,
  type NonDrugTrial,
} from './case-facts.js';
import { heldDrugs, isAnalgesicAspirin } from './case-interactions.js';
import { kidneyFigure } from './computed-crcl.js';
import { KeyedFactsMemo } from './facts-memo.js';
import {
  dailyMg,
  drugClassOf,
  hasFailed,
  isInUse,
  mayStillBeTaken,
  medicationName,
  takenRegularly,
} from './medication-facts.js';

/**
 * Each guideline option judged against the case (issue 13): the one place that says whether an option is to be
 * started, raised, continued, or is out for this patient and why. The statechart's recommendation guards
 * (machines/guard-registry.ts) and the walk-through's "Do now" read these statuses, so both say the same thing.
 * Pure: case facts (and, for the options the statechart decides, its verdict) in, statuses out.
 */

export type { DrugOptionId };
export type OptionId = DrugOptionId | NonDrugTherapyId | 'referral' | 'opioid-framework';

export type OptionStatusKind =
  /** Helping: continue. */
  | 'effective'
  /** Taken at the guideline's adequate dose (a trial under way, or too short to judge): continue. */
  | 'current-at-target'
  /** Taken (or tried) below the adequate dose: raise or titrate before calling it failed. */
  | 'current-below-target'
  /** An adequate trial failed: the adequate dose for >= 4 weeks (reference v2 reading); not offered again. */
  | 'failed'
  | 'not-tolerated'
  /** Ruled out by the case (label avoid / contraindicated / not recommended) or recorded as contraindicated. */
  | 'not-for-this-patient'
  /** A dose, a trial duration, or the clinician's confirmation of named risks is missing. */
  | 'needs-data'
  /** To start now. */
  | 'recommended'
  /** The guideline's condition for this option does not hold (yet): no radicular symptoms, earlier steps open. */
  | 'not-indicated';

export interface CaseReason {
  /** Short, as the reply says it: "on an MAOI", "CrCl 24 < 30", "age 79 > 65". */
  label: string;
  /** The knowledge entry that states the rule (the reply cites its source). */
  knowledgeId: string;
  /** Where the rule is read. */
  source: string;
  /** The reason reads the kidney function (the reply says once that an eGFR was read as CrCl). */
  kidney?: boolean;
  /**
   * The reason holds only until a date is given ("linezolid stopped, date not given"): it asks, and never stops a drug
   * taken now by itself (option-lines.ts stopLines).
   */
  needsDate?: true;
  /**
   * The reason is a co-medication the reference rules out with it ("on an MAOI": clinical-reference.md section 3): a
   * drug taken now stops for the pair, without the slow taper of a stop for no benefit (option-lines.ts stopLines).
   */
  coMedication?: true;
}

export type MissingData = 'dose' | 'duration' | 'confirm';

export interface OptionStatus {
  option: OptionId;
  status: OptionStatusKind;
  /** The case's record that decided the status (naproxen for the NSAID option), if any. */
  record?: Medication;
  /** This patient's daily dose and the adequate one, in mg (drug options with a guideline dose). */
  dailyMg?: number;
  targetDailyMg?: number;
  /** Weeks the drug was taken (as written with it, else the answer to the trial-duration question). */
  weeks?: number;
  /** Not for this patient: why. Needs data with 'confirm': the risks to check first. */
  reasons: CaseReason[];
  /** Checks the offered option's own line carries (option-rules.ts verdict 'check'); they hold nothing back. */
  checks?: CaseReason[];
  /** A drug taken now at its dose or helping: the co-medication checks that hold it (pairChecks). */
  pairChecks?: CaseReason[];
  missing: MissingData[];
  /** This patient's label dose rows for the option (renal, age, liver): tramadol every 12 h, max 200 mg/day. */
  adjustments: AdjustmentResult[];
  /** Why each row applies ("eGFR 24 < 30", "age 79 > 75"), in the same order. */
  adjustmentReasons: CaseReason[];
  /** The regimen those rows give the guideline's drug (tramadol every 12 h, max 200 mg/day), when they change it. */
  regimen?: AdjustedRegimen;
  /** A gabapentinoid taken above this patient's range (its kidney row, else the guideline's top): reduce. */
  above?: { maxDailyMg: number; row?: AdjustmentResult };
  /** A drug taken now past one of this patient's label rows (tramadol qds with CrCl < 30): reduce, never continue. */
  overRow?: RowExcess;
  /**
   * A gabapentinoid offered or taken, for an older or low-weight patient, whose kidney function is not known as a
   * CrCl: 'missing' (no figure: ask creatinine and weight before dosing) or 'egfr' (an eGFR read as CrCl, which
   * overestimates clearance in older and low-weight patients, clinical-reference.md section 2). `who`: "age 79".
   */
  kidneyAsk?: { kind: 'missing' | 'egfr'; who: string };
}

/** Statuses under which the option is offered as an action (start, or raise to the adequate dose). */
export const OFFERED: ReadonlySet<OptionStatusKind> = new Set(['recommended', 'current-below-target']);
/**
 * Offered as an action now: to start, to raise to the adequate dose, or, for an option whose guideline line is itself
 * the dose check ("before declaring NSAID failure, make sure the dose was adequate", 1), taken at a dose not known.
 */
export function isOffered(s: OptionStatus): boolean {
  if (OFFERED.has(s.status)) return true;
  const option = s.option as DrugOptionId;
  return (
    s.status === 'needs-data' &&
    s.missing.length > 0 &&
    s.missing.every((m) => m === 'dose') &&
    option in OFFERED_DRUGS &&
    OFFERED_DRUGS[option].every((d) => guidelineDailyRange(d)?.meaning === 'minimum')
  );
}

/** Statuses under which the patient keeps taking it: "continue", never "add" or "start". */
export const CONTINUED: ReadonlySet<OptionStatusKind> = new Set(['effective', 'current-at-target']);
/** Statuses that close the option and let the guideline's next option step up. */
export const DONE: ReadonlySet<OptionStatusKind> = new Set(['failed', 'not-tolerated', 'not-for-this-patient']);

const OPTION_DRUGS: Record<DrugOptionId, readonly DrugId[]> = {
  nsaid: ['naproxen', 'ibuprofen', 'other-nsaid'],
  duloxetine: ['duloxetine'],
  tramadol: ['tramadol'],
  gabapentin: ['gabapentin'],
  pregabalin: ['pregabalin'],
};

/** The drugs the option offers, when it is offered (the guideline's named NSAIDs, not "other NSAID"). */
export const OFFERED_DRUGS: Record<DrugOptionId, readonly DosedDrugId[]> = {
  nsaid: ['naproxen', 'ibuprofen'],
  duloxetine: ['duloxetine'],
  tramadol: ['tramadol'],
  gabapentin: ['gabapentin'],
  pregabalin: ['pregabalin'],
};

/**
 * The option no longer holds the guideline's next step back: done, or failed at the adequate dose with only its
 * duration still to ask. "if duloxetine and NSAIDs are contraindicated or ineffective" (1, 2) is the tramadol
 * line's own condition; the >= 4 weeks is the opioid gate's documented failure, which asks the duration
 * (machines/opioid-gate.ts).
 */
export function givesWayToNextStep(s: OptionStatus): boolean {
  return (
    DONE.has(s.status) ||
    (s.status === 'needs-data' && s.missing.length > 0 && s.missing.every((m) => m === 'duration'))
  );
}

/**
 * Drugs whose trial question asks the dose (the NSAID and duloxetine questions; machines/missing-facts.ts): a
 * failure at an unknown dose needs it. The tramadol and gabapentinoid questions ask how it went, not the dose, so a
 * failure there is not held back by an unknown dose.
 */
const DOSE_ASKED: ReadonlySet<DrugId> = new Set(['naproxen', 'ibuprofen', 'duloxetine']);

/** Drugs the reference's adequate-trial reading covers (section 2): their failure needs >= 4 weeks at the dose. */
const TRIAL_READING: ReadonlySet<DrugId> = new Set(['naproxen', 'ibuprofen', 'duloxetine', 'tramadol']);

// ---------------------------------------------------------------------------------------------------------------
// The kidney function the labels' rows are read against

export interface CaseKidney {
  /** The CrCl the label rows are read at. */
  crcl: number;
  /** What the case gave: a CrCl, an eGFR (read as CrCl: the labels state CrCl), only a CKD stage, or dialysis. */
  from: 'crcl' | 'cockcroft-gault' | 'egfr' | 'ckd-stage' | 'dialysis';
  /** As the reply says it: "CrCl 24", "eGFR 24", "CKD stage 4", "on haemodialysis". */
  label: string;
  /** A stated figure and the computed CrCl disagree at a cut-off: the other one, shown with the reason. */
  disagrees?: { label: string; cutoff: number };
}

/** "; Cockcroft-Gault CrCl 34 disagrees (the lower is used): confirm kidney function", after a kidney reason. */
const disagreement = (k: CaseKidney) =>
  k.disagrees ? `; ${k.disagrees.label} disagrees (the lower is used): confirm kidney function` : '';

/**
 * CrCl, else CrCl by Cockcroft-Gault, else eGFR read as CrCl (clinical-reference.md section 2), else a CKD stage read inside its band; dialysis is
 * kidney failure, stage 5 (CrCl < 15), and the reply names it ("on haemodialysis").
 */
export function caseKidney(f: CaseFacts): CaseKidney | undefined {
  const r = f.renal;
  // on dialysis the kidney has failed whatever number is also on file (an eGFR means little on dialysis)
  if (r?.dialysis) return { crcl: CKD_STAGE_BANDS[5]!.min, from: 'dialysis', label: DIALYSIS_LABEL[r.dialysis] };
  // numbers: a stated CrCl or eGFR and a computed CrCl; the lower when they disagree at a cut-off (computed-crcl.ts)
  const figure = kidneyFigure(f);
  if (figure) return figure;
  const band = r?.ckdStage !== undefined ? CKD_STAGE_BANDS[r.ckdStage] : undefined;
  if (!band) return undefined;
  // a value strictly inside the band, so a label row that holds for the whole band is the one found
  const crcl = band.below === undefined ? band.min : Math.floor((band.min + band.below) / 2);
  return { crcl, from: 'ckd-stage', label: `CKD stage ${r!.ckdStage}` };
}

/** A kidney read from a band (a CKD stage, dialysis), not a number: the reply gives the cut-off in brackets. */
const byBand = (k: CaseKidney) => k.from === 'ckd-stage' || k.from === 'dialysis';

/** Haemodialysis, or dialysis not named: the labels' haemodialysis rows apply (peritoneal dialysis: not). */
const onHaemodialysis = (f: CaseFacts) => f.renal?.dialysis === 'haemodialysis' || f.renal?.dialysis === 'unspecified';

// ---------------------------------------------------------------------------------------------------------------
// The label rows (dosing data) and the option rules (option-rules.ts) that apply to this case

const yes = (f: CaseFacts, conditions: readonly string[]) =>
  conditions.some((c) => f.conditions[c as keyof CaseFacts['conditions']] === 'yes');

/**
 * Label rows already read for a facts object, by drug: an option's verdicts, its dose to reach and its regimen each
 * read them. Case facts are never changed in place, so they cannot go stale; frozen, as every reader shares them.
 */
const adjustmentsOf = new KeyedFactsMemo<DosedDrugId, AdjustmentResult[]>();

/** This patient's renal, age, liver and condition rows for a dosed drug (none-listed rows left out). */
export function caseAdjustments(f: CaseFacts, drug: DosedDrugId): AdjustmentResult[] {
  return adjustmentsOf.get(f, drug, () => Object.freeze(readAdjustments(f, drug)) as AdjustmentResult[]);
}

function readAdjustments(f: CaseFacts, drug: DosedDrugId): AdjustmentResult[] {
  const kidney = caseKidney(f);
  const liverConditions = LIVER_RULE_CONDITIONS[drug] ?? ['liver-disease'];
  const rows = [
    ...(kidney ? [renalAdjustment(drug, kidney.crcl)] : []),
    // the labels' supplemental dose after each session: haemodialysis, or dialysis not named (as the dose answers read it)
    ...(onHaemodialysis(f) ? [dialysisAdjustment(drug)].filter((r) => r !== undefined) : []),
    ...(f.age !== undefined ? [ageAdjustment(drug, f.age)] : []),
    ...(dosingFor(drug).liver && yes(f, liverConditions) ? [liverAdjustment(drug)] : []),
    ...conditionAdjustments(drug, {
      cirrhosis: yes(f, CONDITION_RULE_CONDITIONS.cirrhosis),
      heartFailure: yes(f, CONDITION_RULE_CONDITIONS['heart-failure']),
      narrowAngleGlaucoma: yes(f, CONDITION_RULE_CONDITIONS['narrow-angle-glaucoma']),
      // recent CABG is not passed: the case reads it through its option rule (option-rules.ts), one reason, not two
    }),
  ];
  return rows.filter((r) => r.action !== 'none-listed' && r.action !== 'no-change');
}

const OUT_ACTIONS = new Set(['avoid', 'not-recommended']);

/** A label row as a reason: "CrCl 24 < 30", "age 79 > 65", "liver disease", "heart failure". */
function rowReason(f: CaseFacts, row: AdjustmentResult, drug: DosedDrugId): CaseReason {
  const source = row.source ?? dosingFor(drug).label.source;
  const knowledgeId = row.knowledgeId ?? dosingFor(drug).label.knowledgeId;
  if (row.kind === 'renal') {
    const kidney = caseKidney(f)!;
    const tier = dosingFor(drug).renal.find((t) => t.knowledgeId === row.knowledgeId && t.text === row.text);
    const below = tier?.crclBelow ?? tier?.crclMax;
    const edge = below === undefined ? '' : byBand(kidney) ? ` (CrCl < ${below})` : ` < ${below}`;
    return { label: `${kidney.label}${edge}${disagreement(kidney)}`, knowledgeId, source, kidney: true };
  }
  if (row.kind === 'dialysis') return { label: caseKidney(f)?.label ?? 'on dialysis', knowledgeId, source };
  if (row.kind === 'age') {
    const rule = dosingFor(drug).age.find((r) => r.text === row.text);
    return { label: `age ${f.age}${rule ? ` > ${rule.olderThan}` : ''}`, knowledgeId, source };
  }
  if (row.kind === 'liver') {
    const named = (LIVER_RULE_CONDITIONS[drug] ?? ['liver-disease']).filter((c) => yes(f, [c]));
    return { label: named.map((c) => c.replace(/-/g, ' ')).join(', '), knowledgeId, source };
  }
  const rule = dosingFor(drug).conditions.find((r) => r.knowledgeId === row.knowledgeId);
  const named = rule ? CONDITION_RULE_CONDITIONS[rule.condition].filter((c) => yes(f, [c])) : [];
  const label = named.length ? named.map((c) => c.replace(/-/g, ' ')).join(', ') : (rule?.condition ?? 'condition');
  return { label, knowledgeId, source };
}

function heldMatch(rule: OptionRule, drug: DrugId): boolean {
  return rule.held!.drugs.includes(drug) || (rule.held!.classes as readonly string[]).includes(drugClassOf(drug));
}

/**
 * A stopped co-medication the rule still counts: within its `withinDays` of the stop (an MAOI: "or within 14 days",
 * clinical-reference.md section 2), or with no stop date said (the safer reading; the reason asks when).
 */
function inWashout(f: CaseFacts, rule: OptionRule): Medication | undefined {
  const days = rule.held?.withinDays;
  if (days === undefined) return undefined;
  return f.medications.find(
    (m) => m.stopped === true && heldMatch(rule, m.drug) && (m.stoppedDaysAgo === undefined || m.stoppedDaysAgo < days),
  );
}

function ruleHolds(f: CaseFacts, rule: OptionRule, held: readonly DrugId[]): boolean {
  const heldOk = !rule.held || held.some((d) => heldMatch(rule, d)) || inWashout(f, rule) !== undefined;
  const conditionsOk = !rule.conditions || yes(f, rule.conditions);
  const unansweredOk =
    !rule.unanswered || rule.unanswered.every((c) => f.conditions[c] !== 'yes' && f.conditions[c] !== 'no');
  const liverOk = !rule.liverTestsAbnormal || f.liverTestsAbnormal === 'yes';
  const kidney = caseKidney(f);
  const kidneyOk = rule.kidneyBelow === undefined || (kidney !== undefined && kidney.crcl < rule.kidneyBelow);
  return heldOk && conditionsOk && unansweredOk && liverOk && kidneyOk;
}

/** "phenelzine stopped 9 days ago, under 14: possible in 5 days", "phenelzine stopped, date not given: when? ..." */
function washoutLabel(m: Medication, days: number): string {
  const name = medicationName(m);
  if (m.stoppedDaysAgo === undefined)
    return `${name} stopped, date not given: when was it stopped? (only once ${days} days have passed)`;
  const left = days - m.stoppedDaysAgo;
  return `${name} stopped ${m.stoppedDaysAgo} day${m.stoppedDaysAgo === 1 ? '' : 's'} ago, under ${days}: possible in ${left} day${left === 1 ? '' : 's'}`;
}

/** The held co-medications a rule names, for its label ("on an MAOI"). */
function ruleReason(f: CaseFacts, rule: OptionRule, held: readonly DrugId[]): CaseReason {
  const stopped = rule.held && !held.some((d) => heldMatch(rule, d)) ? inWashout(f, rule) : undefined;
  if (stopped)
    return {
      label: washoutLabel(stopped, rule.held!.withinDays!),
      knowledgeId: rule.knowledgeId,
      source: rule.source,
      ...(stopped.stoppedDaysAgo === undefined ? { needsDate: true as const } : {}),
      coMedication: true,
    };
  const kidney = rule.kidneyBelow !== undefined ? caseKidney(f) : undefined;
  return {
    label: !kidney
      ? rule.label.replace('{said}', f.alcoholSaid ? ` (${f.alcoholSaid})` : '')
      : byBand(kidney)
        ? `${kidney.label} (CrCl < ${rule.kidneyBelow})`
        : `${kidney.label} < ${rule.kidneyBelow}${disagreement(kidney)}`,
    knowledgeId: rule.knowledgeId,
    source: rule.source,
    ...(kidney ? { kidney: true } : {}),
    ...(rule.held ? { coMedication: true as const } : {}),
  };
}

interface CaseVerdicts {
  out: CaseReason[];
  confirm: CaseReason[];
  /** The confirm rules a co-medication holds, analgesic aspirin left out (pairChecks). */
  pairs: CaseReason[];
  check: CaseReason[];
  adjustments: AdjustmentResult[];
  adjustmentReasons: CaseReason[];
}

/** Adds a reason unless one with the same label is listed. */
function addReason(list: CaseReason[], r: CaseReason): void {
  if (!list.some((x) => x.label === r.label)) list.push(r);
}

/** What the case says about an option before any trial: ruled out (why), to confirm (which risks), dose rows. */
function caseVerdicts(f: CaseFacts, option: DrugOptionId): CaseVerdicts {
  const held = heldDrugs(f);
  const out: CaseReason[] = [];
  const confirm: CaseReason[] = [];
  const check: CaseReason[] = [];
  const adjustments: AdjustmentResult[] = [];
  const adjustmentReasons: CaseReason[] = [];
  for (const drug of OFFERED_DRUGS[option]) {
    for (const row of caseAdjustments(f, drug)) {
      if (OUT_ACTIONS.has(row.action)) addReason(out, rowReason(f, row, drug));
      // the dialysis row (a supplemental dose after each session) is part of this patient's dose, not a risk to confirm
      else if (row.action === 'caution' && row.kind !== 'dialysis') addReason(confirm, rowReason(f, row, drug));
      // a 'note' row (duloxetine over 65: hyponatraemia risk) asks nothing: the case's safety notes say it
      else if (row.action === 'reduce' || row.kind === 'dialysis') {
        adjustments.push(row);
        adjustmentReasons.push(rowReason(f, row, drug));
      }
    }
  }
  const pairs: CaseReason[] = [];
  const asCoMedication = heldDrugs({ ...f, medications: f.medications.filter((m) => !isAnalgesicAspirin(m)) });
  for (const rule of optionRules) {
    if (rule.option !== option || !ruleHolds(f, rule, held)) continue;
    const list = { 'not-for-this-patient': out, confirm, check }[rule.verdict];
    addReason(list, ruleReason(f, rule, held));
    if (rule.verdict === 'confirm' && rule.held && ruleHolds(f, rule, asCoMedication))
      addReason(pairs, ruleReason(f, rule, asCoMedication));
  }
  // a kidney risk already ruling the option out is not also asked about ("CrCl 24 < 30" and "CrCl 24 < 60")
  const kidneyOut = out.some((o) => o.kidney);
  return {
    out,
    confirm: confirm.filter((r) => !(r.kidney && kidneyOut)),
    pairs,
    check,
    adjustments,
    adjustmentReasons,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The dose to reach

/**
 * The daily dose at which the option counts as given at its guideline dose for this patient: NSAIDs the guideline
 * minimum, duloxetine 60 mg (src/clinical/case/adequate-dose.ts); tramadol and the gabapentinoids the lowest daily
 * dose of the guideline's range, or of this patient's label row where one applies (tramadol every 12 h with
 * CrCl < 30; gabapentin 400-1,400 mg/day with CrCl 30-59). Undefined: no guideline dose (other NSAIDs).
 */
export function targetDailyMg(f: CaseFacts, drug: DrugId): number | undefined {
  const adequate = adequateDailyMg(drug);
  if (adequate !== undefined) return adequate;
  if (!isDosedDrug(drug)) return undefined;
  const titrated = gabapentinoidTarget(f, drug);
  if (titrated !== undefined) return titrated;
  const guideline = dosingFor(drug).guideline;
  const range = guidelineDailyRange(drug);
  if (!guideline || !range) return undefined;
  let target = range.min;
  for (const row of caseAdjustments(f, drug).filter((r) => r.action === 'reduce')) {
    if (row.dailyMg) target = Math.min(target, row.dailyMg.min);
    if (row.intervalHours) {
      const perDose = row.perDoseMg ?? guideline.perDoseMg.min;
      target = Math.min(target, perDose * Math.floor(24 / row.intervalHours));
    }
  }
  return target;
}

/** The gabapentinoids: titrated to a target the label names, within this patient's kidney row. */
const GABAPENTINOIDS: ReadonlySet<DrugId> = new Set(['gabapentin', 'pregabalin']);

/** This patient's kidney row for a dosed drug that narrows its daily range (gabapentin 400-1,400 mg/day), if any. */
export function kidneyRow(f: CaseFacts, drug: DosedDrugId): AdjustmentResult | undefined {
  return caseAdjustments(f, drug).find((r) => r.kind === 'renal' && r.action === 'reduce' && r.dailyMg !== undefined);
}

/**
 * A gabapentinoid's dose to titrate to (clinical-reference.md section 2): gabapentin the label's neuropathic target
 * (1,800 mg/day, no added benefit above it), pregabalin the label's usual maximum for neuropathic pain (300 mg/day,
 * the guideline's lowest daily dose), each no higher than this patient's kidney row allows (gabapentin with CrCl
 * 30-59: at most 1,400 mg/day). Undefined for other drugs.
 */
export function gabapentinoidTarget(f: CaseFacts, drug: DrugId): number | undefined {
  if (!GABAPENTINOIDS.has(drug) || !isDosedDrug(drug)) return undefined;
  const label = dosingFor(drug).label;
  const target = label.noAddedBenefitAboveDailyMg ?? label.usualMaxDailyMg;
  if (target === undefined) return undefined;
  const row = kidneyRow(f, drug);
  return row?.dailyMg ? Math.min(target, row.dailyMg.max) : target;
}

/**
 * Older or low-weight (project reading: over 65, as the reference's NSAID check; under 50 kg), for the kidney ask
 * before a gabapentinoid dose: "age 79", "52 kg". Undefined when neither.
 */
function olderOrLight(f: CaseFacts): string | undefined {
  const said = [
    ...(f.age !== undefined && f.age > 65 ? [`age ${f.age}`] : []),
    ...(f.weightKg !== undefined && f.weightKg < 50 ? [`${f.weightKg} kg`] : []),
  ];
  return said.length ? said.join(', ') : undefined;
}

/** An older or low-weight patient's kidney function not known as a CrCl (no figure, or only an eGFR). */
function askKidney(f: CaseFacts): OptionStatus['kidneyAsk'] {
  const who = olderOrLight(f);
  if (!who) return undefined;
  const kidney = caseKidney(f);
  if (!kidney) return f.renal?.ckdStage === undefined ? { kind: 'missing', who } : undefined;
  return kidney.from === 'egfr' ? { kind: 'egfr', who } : undefined;
}

/**
 * The most this patient's gabapentinoid may be (its kidney row's top, else the guideline's top daily dose), when the
 * dose taken is above it: reduce, never continue.
 */
export function gabapentinoidAbove(
  f: CaseFacts,
  m: Medication,
): { maxDailyMg: number; row?: AdjustmentResult } | undefined {
  if (!GABAPENTINOIDS.has(m.drug) || !isDosedDrug(m.drug) || !mayStillBeTaken(m)) return undefined;
  const daily = dailyMg(m);
  if (daily === undefined) return undefined;
  const row = kidneyRow(f, m.drug);
  const max = row?.dailyMg?.max ?? guidelineDailyRange(m.drug)?.max;
  if (max === undefined || daily <= max) return undefined;
  return { maxDailyMg: max, ...(row ? { row } : {}) };
}

/** A held drug's regimen past one of this patient's label rows (kidney, age, liver, condition): which, and how. */
export interface RowExcess {
  row: AdjustmentResult;
  reason: CaseReason;
  tooOften: boolean;
  perDose: boolean;
  daily: boolean;
}

/**
 * The first of this patient's label rows that a drug taken now breaks ("tramadol 50 mg qds" with CrCl < 30: every
 * 12 h, at most 200 mg/day, so too often although 200 mg/day): reduce, never continue (clinical-reference section
 * 2). The same reading as the quick dose check (rowBreaches). Rows that rule the drug out are the stop lines' job.
 */
export function patientRowExcess(f: CaseFacts, m: Medication): RowExcess | undefined {
  if (!isDosedDrug(m.drug) || !mayStillBeTaken(m) || m.doseMg === undefined || m.timesPerDay === undefined)
    return undefined;
  for (const row of caseAdjustments(f, m.drug)) {
    if (OUT_ACTIONS.has(row.action) || row.kind === 'dialysis') continue;
    const over = rowBreaches(m.doseMg, m.timesPerDay, row);
    if (over.tooOften || over.perDose || over.daily) return { row, reason: rowReason(f, row, m.drug), ...over };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// One record, then the option

/** A drug whose guideline dose is titrated to a target (duloxetine 30 -> 60): helping below it still titrates. */
const titrates = (drug: DrugId) => isDosedDrug(drug) && dosingFor(drug).guideline?.titration !== undefined;

type RecordStatus = Pick<OptionStatus, 'status' | 'missing' | 'dailyMg' | 'targetDailyMg' | 'weeks'> & {
  record: Medication;
  reasons: CaseReason[];
};

function recordStatus(f: CaseFacts, m: Medication): RecordStatus | undefined {
  const base = { record: m, reasons: [] as CaseReason[], missing: [] as MissingData[] };
  if (m.outcome === 'contraindicated') {
    const source = isDosedDrug(m.drug) ? dosingFor(m.drug).label.source : 'the clinician';
    const knowledgeId = isDosedDrug(m.drug) ? dosingFor(m.drug).label.knowledgeId : '';
    return {
      ...base,
      status: 'not-for-this-patient',
      reasons: [{ label: 'recorded as contraindicated', knowledgeId, source }],
    };
  }
  if (m.outcome === 'not-tolerated') return { ...base, status: 'not-tolerated' };
  // declined by the patient: never taken, never ruled out; the option stays open for discussion
  if (m.declined === true) return undefined;
  // stopped with no failed trial said ("sertraline was stopped", "came off duloxetine"): not taken, no trial judged
  if (m.stopped === true && !hasFailed(m, f)) return undefined;
  const target = targetDailyMg(f, m.drug);
  // no guideline dose (meloxicam...): the record decides nothing (docs/pathway.md); an exclusion did, above
  if (target === undefined) return undefined;
  const daily = dailyMg(m);
  const weeks = trialWeeks(m, f);
  const dose = {
    ...(daily !== undefined ? { dailyMg: daily } : {}),
    targetDailyMg: target,
    ...(weeks !== undefined ? { weeks } : {}),
  };
  const atTarget = takenRegularly(m) && daily !== undefined && daily >= target;
  if (hasFailed(m, f)) {
    const doseUnknown = daily === undefined && m.prn !== true;
    if (doseUnknown && DOSE_ASKED.has(m.drug)) return { ...base, ...dose, status: 'needs-data', missing: ['dose'] };
    if (!atTarget && !doseUnknown) return { ...base, ...dose, status: 'current-below-target' };
    if (!TRIAL_READING.has(m.drug)) return { ...base, ...dose, status: 'failed' };
    if (weeks === undefined) return { ...base, ...dose, status: 'needs-data', missing: ['duration'] };
    // too short to call failed: an adequate trial is the adequate dose for >= 4 weeks (reference v2)
    return { ...base, ...dose, status: weeks >= ADEQUATE_TRIAL.minWeeks ? 'failed' : 'current-at-target' };
  }
  if (m.outcome === 'effective') {
    const below = m.prn === true || (daily !== undefined && daily < target);
    return { ...base, ...dose, status: below && titrates(m.drug) ? 'current-below-target' : 'effective' };
  }
  if (daily === undefined && m.prn !== true) return { ...base, ...dose, status: 'needs-data', missing: ['dose'] };
  return { ...base, ...dose, status: atTarget ? 'current-at-target' : 'current-below-target' };
}

/** Which record speaks for the option when there are several (an NSAID switched for another). */
const RECORD_ORDER: readonly OptionStatusKind[] = [
  'effective',
  'current-at-target',
  'failed',
  'not-tolerated',
  'not-for-this-patient',
  'current-below-target',
  'needs-data',
];

function fromRecords(f: CaseFacts, option: DrugOptionId): RecordStatus | undefined {
  const found = f.medications
    .filter((m) => OPTION_DRUGS[option].includes(m.drug))
    .map((m) => recordStatus(f, m))
    .filter((r) => r !== undefined);
  return found.sort((a, b) => RECORD_ORDER.indexOf(a.status) - RECORD_ORDER.indexOf(b.status))[0];
}

/** Whether the guideline's condition for offering the option holds (no record decided it). */
function indicated(f: CaseFacts, option: DrugOptionId): boolean {
  if (option === 'nsaid' || option === 'duloxetine') return true;
  if (option === 'tramadol') {
    // "if duloxetine and NSAIDs are contraindicated or ineffective" (1, 2); never on top of another opioid taken now
    // (tramadol is an opioid too, reference section 2: the opioid framework applies to what is taken)
    return (
      !otherOpioidInUse(f) &&
      (['nsaid', 'duloxetine'] as const).every((o) => givesWayToNextStep(drugOptionStatus(f, o)))
    );
  }
  // gabapentinoids: radicular symptoms present or suspected (5, 3), and not while the other one is taken
  const other = option === 'gabapentin' ? 'pregabalin' : 'gabapentin';
  return f.radicular === 'yes' && !f.medications.some((m) => m.drug === other && isInUse(m) && !hasFailed(m, f));
}

/**
 * An opioid other than tramadol taken now (oxycodone, morphine, a patch): the guideline's tramadol step comes before
 * opioids, so it is not added on top; the case is in the opioid framework (reassess function, MME, naloxone).
 */
export function otherOpioidInUse(f: CaseFacts): boolean {
  return f.medications.some((m) => m.drug !== 'tramadol' && drugClassOf(m.drug) === 'opioid' && isInUse(m));
}

/**
 * Statuses already computed for a facts object: the statechart's guards ask the same options of the same facts many
 * times while it settles. Case facts are never changed in place (each turn merges into a new object), so a facts
 * object's statuses cannot go stale.
 */
const computed = new KeyedFactsMemo<DrugOptionId, OptionStatus>();

/** One drug option judged against the case. */
/**
 * The co-medication checks that hold a drug taken now at its dose or helping ("started rivaroxaban last week" beside
 * the naproxen): the reference asks about anticoagulant or antiplatelet use before calling an NSAID appropriate
 * (section 2) and warns of the pair when it is present (section 3). It says check, not avoid: the drug is neither
 * continued as if the pair were absent nor stopped; empty when none holds. Aspirin taken for pain is an NSAID in
 * use, not an antiplatelet: its own row ("use one NSAID only") says it.
 */
export function pairChecks(s: OptionStatus): CaseReason[] {
  return s.pairChecks ?? [];
}

export function drugOptionStatus(f: CaseFacts, option: DrugOptionId): OptionStatus {
  return computed.get(f, option, () => frozen(judgeDrugOption(f, option)));
}

/** A status shared by every reader of these facts: frozen, so no reader can change what another reads. */
function frozen(status: OptionStatus): OptionStatus {
  for (const list of [
    status.reasons,
    status.missing,
    status.adjustments,
    status.adjustmentReasons,
    status.checks ?? [],
  ])
    Object.freeze(list);
  return Object.freeze(status);
}

function judgeDrugOption(f: CaseFacts, option: DrugOptionId): OptionStatus {
  const verdicts = caseVerdicts(f, option);
  const fromRecord = fromRecords(f, option);
  const [only] = OFFERED_DRUGS[option];
  const regimen = OFFERED_DRUGS[option].length === 1 && only ? adjustedRegimen(f, only) : undefined;
  const [status, extra] = verdictOf(f, option, verdicts, fromRecord);
  // taken above this patient's range: said whether it is continued or stopped (failed, not tolerated, not for this
  // patient), as the dose to come down from
  const above = fromRecord ? gabapentinoidAbove(f, fromRecord.record) : undefined;
  const overRow = fromRecord ? patientRowExcess(f, fromRecord.record) : undefined;
  const kidneyAsk =
    (option === 'gabapentin' || option === 'pregabalin') && !DONE.has(status) && status !== 'not-indicated'
      ? askKidney(f)
      : undefined;
  return {
    ...(above ? { above } : {}),
    ...(overRow ? { overRow } : {}),
    ...(kidneyAsk ? { kidneyAsk } : {}),
    option,
    status,
    reasons: [],
    missing: [],
    adjustments: verdicts.adjustments,
    adjustmentReasons: verdicts.adjustmentReasons,
    ...(regimen ? { regimen } : {}),
    ...(verdicts.check.length && !DONE.has(status) ? { checks: verdicts.check } : {}),
    ...(fromRecord
      ? {
          record: fromRecord.record,
          ...(fromRecord.dailyMg !== undefined ? { dailyMg: fromRecord.dailyMg } : {}),
          ...(fromRecord.targetDailyMg !== undefined ? { targetDailyMg: fromRecord.targetDailyMg } : {}),
          ...(fromRecord.weeks !== undefined ? { weeks: fromRecord.weeks } : {}),
        }
      : {}),
    ...extra,
  };
}

/** The option's status, with its reasons and missing data where it has any. */
function verdictOf(
  f: CaseFacts,
  option: DrugOptionId,
  verdicts: CaseVerdicts,
  fromRecord: RecordStatus | undefined,
): [OptionStatusKind, Partial<OptionStatus>?] {
  // tried and done: the case's rules change nothing about that history
  if (fromRecord && (fromRecord.status === 'failed' || fromRecord.status === 'not-tolerated'))
    return [fromRecord.status];
  // a gabapentinoid taken with no radicular symptoms: the guideline gives it for neuropathic (radicular) pain (1)
  if (
    fromRecord &&
    isInUse(fromRecord.record) &&
    (option === 'gabapentin' || option === 'pregabalin') &&
    f.radicular === 'no'
  )
    return [
      'not-for-this-patient',
      {
        reasons: [
          {
            label: 'no radicular symptoms',
            knowledgeId: `radicular.${option}`,
            source: 'the guideline',
          },
        ],
      },
    ];
  // "no NSAIDs - HF": recorded as contraindicated, and the case says why (heart failure): the reason the reference gives
  if (fromRecord?.status === 'not-for-this-patient')
    return ['not-for-this-patient', { reasons: verdicts.out.length ? verdicts.out : fromRecord.reasons }];
  // ruled out for this patient, taken now or not: never "continue" or "start" with a warning beside it
  if (verdicts.out.length) return ['not-for-this-patient', { reasons: verdicts.out }];
  if (fromRecord) {
    // raising (or checking) the dose of an NSAID with a risk factor waits for the clinician's check, as a start does
    if ((fromRecord.status === 'current-below-target' || fromRecord.status === 'needs-data') && verdicts.confirm.length)
      return ['needs-data', { missing: [...fromRecord.missing, 'confirm'], reasons: verdicts.confirm }];
    const taken = fromRecord.status === 'current-at-target' || fromRecord.status === 'effective';
    return [
      fromRecord.status,
      {
        missing: fromRecord.missing,
        reasons: verdicts.confirm,
        ...(taken && isInUse(fromRecord.record) && verdicts.pairs.length ? { pairChecks: verdicts.pairs } : {}),
      },
    ];
  }
  if (!indicated(f, option)) return ['not-indicated'];
  if (verdicts.confirm.length) return ['needs-data', { missing: ['confirm'], reasons: verdicts.confirm }];
  return ['recommended'];
}

// ---------------------------------------------------------------------------------------------------------------
// Non-drug therapies, referral and the opioid framework

/**
 * Non-drug statuses already judged for a facts object: each untried-therapy guard and the view's option list ask,
 * while one turn settles. As for the drug options: never stale (facts are not changed in place), frozen (shared).
 */
const judgedTherapies = new KeyedFactsMemo<NonDrugTherapyId, OptionStatus>();

/** A therapy tried without enough benefit is not offered again; declined is not pressed (acupuncture, 1). */
export function nonDrugOptionStatus(f: CaseFacts, therapy: NonDrugTherapyId): OptionStatus {
  return judgedTherapies.get(f, therapy, () => frozen(judgeTherapy(f, therapy)));
}

function judgeTherapy(f: CaseFacts, therapy: NonDrugTherapyId): OptionStatus {
  const trials = f.nonDrugTherapies.filter((t) => t.therapy === therapy && t.status !== 'not-tried');
  const base = { option: therapy, reasons: [], missing: [], adjustments: [], adjustmentReasons: [] };
  if (hasTrial(trials, 'current')) return { ...base, status: 'current-at-target' };
  if (hasTrial(trials, 'tried-no-benefit') || hasTrial(trials, 'partial')) return { ...base, status: 'failed' };
  if (hasTrial(trials, 'declined'))
    return {
      ...base,
      status: 'not-for-this-patient',
      reasons: [{ label: 'declined', knowledgeId: `nondrug.${therapy}`, source: 'the case' }],
    };
  return { ...base, status: 'recommended' };
}

const hasTrial = (trials: readonly NonDrugTrial[], status: NonDrugTrial['status']) =>
  trials.some((t) => t.status === status);

/** What the statechart decides for the options it owns: the referral triggers and the opioid gate. */
export interface PathwayVerdicts {
  referralIndicated: boolean;
  opioidGateOpen: boolean;
}

export const DRUG_OPTIONS: readonly DrugOptionId[] = ['nsaid', 'duloxetine', 'tramadol', 'gabapentin', 'pregabalin'];

/** Every guideline option judged against the case, in the guideline's order. */
export function optionStatuses(f: CaseFacts, pathway: PathwayVerdicts): OptionStatus[] {
  return [
    ...DRUG_OPTIONS.map((o) => drugOptionStatus(f, o)),
    ...nonDrugTherapyIdSchema.options.map((t) => nonDrugOptionStatus(f, t)),
    plain('referral', pathway.referralIndicated),
    plain('opioid-framework', pathway.opioidGateOpen),
  ];
}

/** An option the statechart decides (referral, the opioid framework): recommended or not indicated. */
function plain(option: OptionId, on: boolean): OptionStatus {
  return {
    option,
    status: on ? 'recommended' : 'not-indicated',
    reasons: [],
    missing: [],
    adjustments: [],
    adjustmentReasons: [],
  };
}

/** "naproxen", "duloxetine", "an NSAID": how the reply names an option. */
export function optionName(s: OptionStatus): string {
  if (s.record && s.option === 'nsaid' && s.record.drug !== 'other-nsaid') return drugNames(s.record.drug).generic;
  if (s.option === 'nsaid') return 'NSAID';
  if ((DRUG_OPTIONS as readonly string[]).includes(s.option)) return drugNames(s.option as DrugId).generic;
  return s.option.replace(/-/g, ' ');
}

/**
 * The regimen this patient's label rows give a recommended drug (tramadol with CrCl < 30: every 12 h, max
 * 200 mg/day; in cirrhosis 50 mg every 12 h; over 75: max 300 mg/day), on the guideline's per-dose range.
 * Undefined when no row changes the guideline's own dose.
 */
export interface AdjustedRegimen {
  drug: DosedDrugId;
  perDoseMg: { min: number; max: number };
  /** "every 12 hours", or the guideline's frequency when no row changes it. */
  frequency: string;
  maxDailyMg?: number;
  /** The rows it was read from (each with its knowledge id and source). */
  rows: AdjustmentResult[];
}

export function adjustedRegimen(f: CaseFacts, drug: DosedDrugId): AdjustedRegimen | undefined {
  const guideline = dosingFor(drug).guideline;
  const rows = caseAdjustments(f, drug).filter(
    (r) =>
      r.action === 'reduce' &&
      (r.intervalHours !== undefined || r.maxDailyMg !== undefined || r.perDoseMg !== undefined),
  );
  if (!guideline || !rows.length) return undefined;
  const perDose = rows.reduce(
    (p, r) =>
      r.perDoseMg !== undefined ? { min: Math.min(p.min, r.perDoseMg), max: Math.min(p.max, r.perDoseMg) } : p,
    { ...guideline.perDoseMg },
  );
  const interval = Math.max(0, ...rows.map((r) => r.intervalHours ?? 0));
  const timesPerDay = interval ? Math.floor(24 / interval) : guideline.timesPerDay.max;
  const caps = rows.flatMap((r) => (r.maxDailyMg !== undefined ? [r.maxDailyMg] : []));
  const cap = caps.length ? Math.min(...caps) : undefined;
  return {
    drug,
    perDoseMg: perDose,
    frequency: interval ? `every ${interval} hours` : guideline.frequencyText,
    // a cap the regimen cannot reach is not worth a word
    ...(cap !== undefined && cap <= perDose.max * timesPerDay ? { maxDailyMg: cap } : {}),
    rows,
  };
}
