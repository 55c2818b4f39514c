import { aspirinDoseLabel } from '../knowledge/aspirin-dose-reading.js';
import {
  DIALYSIS_LABEL,
  SCREENED_CONDITIONS,
  type CaseFacts,
  type Medication,
  type MedicationOutcome,
  type RedFlagId,
  type TriState,
} from '../case/case-facts.js';
import { OSWESTRY_MAX_UNANSWERED, oswestryBandLabel } from '../calculators/clinical-params.js';
import { COCKCROFT_GAULT } from '../calculators/cockcroft-gault.js';
import { computedCrcl, kidneyDisagreementText } from '../case/computed-crcl.js';
import { medicationName, planNotes, stoppedText } from '../case/medication-facts.js';
import { productByName } from '../knowledge/named-products.js';
import { THERAPY_LABEL } from './therapies.js';

const OUTCOME: Record<MedicationOutcome, string> = {
  ineffective: 'no relief',
  partial: 'partial relief',
  'not-tolerated': 'not tolerated',
  contraindicated: 'contraindicated',
  current: 'current',
  effective: 'helping',
};
const STATUS = {
  'tried-no-benefit': 'tried, no benefit',
  partial: 'partial benefit',
  current: 'current',
  'not-tried': 'not tried',
  declined: 'declined',
} as const;
const TIMES: Record<number, string> = {
  0.5: 'every other day',
  1: 'daily',
  2: 'twice daily',
  3: 'three times daily',
  4: 'four times daily',
};
const FLAG = {
  'cauda-equina': 'cauda equina signs',
  cancer: 'cancer signs',
  infection: 'infection signs',
  fracture: 'fracture risk',
  'progressive-neuro-deficit': 'progressive neurological deficit',
} as const;
/** A flag a later work-up excluded, as the acknowledgement names it ("infection: excluded"). */
const EXCLUDED_FLAG = {
  'cauda-equina': 'cauda equina',
  cancer: 'cancer',
  infection: 'infection',
  fracture: 'fracture',
  'progressive-neuro-deficit': 'progressive neurological deficit',
} as const;
const PSYCH = {
  depression: 'depression',
  anxiety: 'anxiety',
  catastrophizing: 'catastrophizing',
  workDissatisfaction: 'work dissatisfaction',
} as const;
const CONDITION = {
  ckd: 'CKD',
  'liver-disease': 'liver disease',
  'heavy-alcohol': 'heavy alcohol use',
  'regular-alcohol': 'regular alcohol use',
  'gi-bleed-history': 'GI bleed history',
  'gi-bleed-now': 'signs of a GI bleed now',
  'cardiovascular-disease': 'cardiovascular disease',
  'heart-failure': 'heart failure',
  'recent-cabg': 'recent CABG',
  'seizure-disorder': 'seizure disorder',
  copd: 'COPD',
  'substance-use-disorder': 'substance use disorder',
  'overdose-history': 'overdose history',
  // not said to be controlled: read as uncontrolled (case-facts.ts), and the line says so
  'narrow-angle-glaucoma': 'narrow-angle glaucoma (not said to be controlled)',
  'narrow-angle-glaucoma-controlled': 'controlled narrow-angle glaucoma',
  'glaucoma-type-unknown': 'glaucoma (type not given)',
  'open-angle-glaucoma': 'open-angle glaucoma',
} as const;

/**
 * Denied, where "no" and the label would misread ("no glaucoma (type not given)", "no narrow-angle glaucoma (not said
 * to be controlled)": a qualifier of a condition the patient does not have).
 */
const CONDITION_DENIED: Partial<Record<keyof typeof CONDITION, string>> = {
  'glaucoma-type-unknown': 'no glaucoma',
  'narrow-angle-glaucoma': 'no narrow-angle glaucoma',
};

/** "no other conditions" said of the whole list: "CKD", "no other conditions" rather than nine "no X" lines. */
function conditionLabels(conditions: NonNullable<CaseFacts['conditions']>): string[] {
  const entries = Object.entries(conditions) as [keyof typeof CONDITION, TriState][];
  const none = entries.filter(([, v]) => v === 'no');
  const named = entries.filter(([, v]) => v !== 'no').map(([k, v]) => yn(CONDITION[k], v)!);
  if (none.length < 5) return entries.map(([k, v]) => yn(CONDITION[k], v, CONDITION_DENIED[k])!);
  return [
    ...named,
    named.length || entries.length < SCREENED_CONDITIONS.length ? 'no other conditions' : 'no conditions',
  ];
}

/** "2/7", "5 days": a length under 2 weeks and not whole weeks, said in days ("2 days", never "0.3 wk"). */
export function daysText(w: number): string | undefined {
  if (w >= 2 || Number.isInteger(w)) return undefined;
  const days = Math.round(w * 7);
  return `${days} day${days === 1 ? '' : 's'}`;
}

export function weeksText(w: number): string {
  const days = daysText(w);
  if (days) return days;
  if (w < 13) return `${Math.round(w * 10) / 10} wk`;
  if (w < 104) return `${Math.round((w * 12) / 52)} months`;
  return `${Math.round(w / 52)} years`;
}

/**
 * A buprenorphine product by its name, since the form is what differs (clinical-reference.md section 2: Butrans and
 * Belbuca are ER/LA; a sublingual film or tablet is not named there): "Suboxone (buprenorphine sublingual)", "Butrans".
 * Other drugs keep the generic (the MME line names their product).
 */
export function labelName(m: Medication): string {
  const product = m.drug === 'buprenorphine' && m.product ? productByName(m.product) : undefined;
  if (!product) return medicationName(m);
  // "Suboxone (buprenorphine sublingual)", "Butrans"; a described form in the list's lower case
  return product.display.startsWith('Buprenorphine') ? product.display.toLowerCase() : product.display;
}

/** Patches are dosed per hour: the fentanyl patch and Butrans. */
const perHour = (m: Medication) => m.drug === 'fentanyl' || (m.drug === 'buprenorphine' && m.product === 'butrans');

export function medicationLabel(m: Medication): string {
  const parts = [labelName(m)];
  if (m.doseMg !== undefined) parts.push(perHour(m) ? `${m.doseMg} mcg/hr` : `${m.doseMg} mg`);
  if (m.dailyMg !== undefined && m.doseMg === undefined) parts.push(`${m.dailyMg} mg/day`);
  // "paracetamol 2 tabs qds": the tablets, their strength not given (asked)
  if (m.tablets !== undefined && m.doseMg === undefined && m.dailyMg === undefined)
    parts.push(`${m.tablets} tablet${m.tablets === 1 ? '' : 's'} (strength not given)`);
  if (m.timesPerDay !== undefined) parts.push(TIMES[m.timesPerDay] ?? `${m.timesPerDay} times daily`);
  if (m.prn) parts.push('as needed');
  // "Percocet 5/325 6-8 a day": the most the prescription allows, as the MME headline counts it (most-daily.ts)
  const scheduled = m.dailyMg ?? (m.doseMg !== undefined && m.timesPerDay ? m.doseMg * m.timesPerDay : undefined);
  if (m.mostDailyMg !== undefined && m.mostDailyMg !== scheduled) parts.push(`(at most ${m.mostDailyMg} mg/day)`);
  if (m.durationWeeks !== undefined) parts.push(`x ${weeksText(m.durationWeeks)}`);
  const aspirin = aspirinDoseLabel(m.name, m.doseMg, m.timesPerDay, m.forPain);
  // "stop planned (still taken)", "start planned (not yet taken)" say "current" already
  const plan = planNotes(m);
  const said = [
    ...(m.outcome && plan.sayCurrent ? [OUTCOME[m.outcome]] : []),
    ...(m.stopped ? [stoppedText(m)] : []),
    ...plan.notes,
    ...(aspirin ? [aspirin] : []),
  ];
  return parts.join(' ') + (said.length ? `: ${said.join(', ')}` : '');
}

const yn = (label: string, v: TriState | undefined, no = `no ${label}`): string | undefined =>
  v === undefined ? undefined : v === 'yes' ? label : v === 'no' ? no : `${label}: unknown`;

/**
 * The labels of a patch merged into a case whose red flags `cleared` the same text excluded ("cultures negative, the
 * fever was a UTI; infection excluded"): the acknowledgement shows the change ("infection: excluded"), never the flag
 * the words that raised it would read again.
 */
export function acknowledgedLabels(p: Partial<CaseFacts>, cleared: readonly RedFlagId[]): string[] {
  if (!cleared.length) return understoodLabels(p);
  const left = (p.redFlags ?? []).filter((f) => !cleared.includes(f));
  const rest: Partial<CaseFacts> = { ...p, redFlags: left };
  // the screen said yes only for the flags now excluded: it says nothing more
  if (!left.length && p.redFlagScreen === 'yes') delete rest.redFlagScreen;
  return [...cleared.map((f) => `${EXCLUDED_FLAG[f]}: excluded`), ...understoodLabels(rest)];
}

/** Short labels of what a patch says, in the order a clinician reads a case. */
/** "53% (severe disability)": the score with its band (clinical-reference section 5). */
export function odiText(percent: number): string {
  const band = oswestryBandLabel(percent);
  return band ? `${percent}% (${band})` : `${percent}%`;
}

/** An ODI with too many sections blank (clinical-reference.md section 5): no score, a complete ODI asked for. */
export function odiNotScoredText(n: NonNullable<CaseFacts['oswestryNotScored']>): string {
  return `ODI not scored: ${n.missing} of 10 sections unanswered (more than ${OSWESTRY_MAX_UNANSWERED}); ask for a complete ODI`;
}

export function understoodLabels(p: Partial<CaseFacts>): string[] {
  const out: (string | undefined)[] = [];
  if (p.age !== undefined) out.push(`age ${p.age}`);
  if (p.painDurationWeeks !== undefined) out.push(`pain for ${weeksText(p.painDurationWeeks)}`);
  if (p.redFlagScreen === 'no') out.push('no red flags');
  else if (p.redFlags?.length) out.push(`red flags: ${p.redFlags.map((f) => FLAG[f]).join(', ')}`);
  else if (p.redFlagScreen)
    out.push(
      p.redFlagScreen === 'yes'
        ? 'red flags: present'
        : p.unsureRedFlags?.length
          ? `red-flag screen not completed (unsure: check ${p.unsureRedFlags.map((f) => FLAG[f]).join(', ')})`
          : 'red-flag screen not completed',
    );
  out.push(yn('radicular symptoms', p.radicular));
  for (const m of p.medications ?? []) out.push(medicationLabel(m));
  for (const t of p.nonDrugTherapies ?? [])
    out.push(
      `${THERAPY_LABEL[t.therapy]}: ${STATUS[t.status]}${t.weeks !== undefined ? ` (${weeksText(t.weeks)})` : ''}`,
    );
  for (const [k, label] of Object.entries(PSYCH) as [keyof typeof PSYCH, string][])
    out.push(yn(label, p.psychosocial?.[k]));
  out.push(...conditionLabels(p.conditions ?? {}));
  if (p.renal?.crcl !== undefined) out.push(`CrCl ${p.renal.crcl}`);
  if (p.weightKg !== undefined) out.push(`weight ${p.weightKg} kg`);
  else if (p.weightToConfirm !== undefined)
    out.push(`weight ${p.weightToConfirm} without a unit: kg or lb? (not used until you say)`);
  const creatinine = creatinineText(p.renal?.creatinineMgDl);
  if (creatinine) out.push(creatinine);
  if (p.renal?.creatinineToConfirm)
    out.push('creatinine: which value is current? (none used until you confirm the latest result)');
  const computed = p.renal?.crcl === undefined ? cockcroftGaultText(p) : undefined;
  if (computed) out.push(computed);
  if (p.renal?.egfr !== undefined) out.push(`eGFR ${p.renal.egfr}`);
  const disagree = kidneyDisagreementText(p);
  if (disagree) out.push(disagree);
  if (p.renal?.dialysis !== undefined) out.push(DIALYSIS_LABEL[p.renal.dialysis]);
  else if (p.renal?.ckdStage !== undefined) out.push(`CKD stage ${p.renal.ckdStage}`);
  if (p.startBack) out.push(`STarT Back ${p.startBack.total}/9, psychosocial ${p.startBack.psychosocial}/5`);
  if (p.startBackRisk) out.push(`STarT Back ${p.startBackRisk} risk`);
  if (p.oswestryPercent !== undefined) out.push(`Oswestry ${odiText(p.oswestryPercent)}`);
  if (p.oswestryNotScored) out.push(odiNotScoredText(p.oswestryNotScored));
  if (p.oswestryBaselinePercent !== undefined) out.push(`Oswestry at baseline ${p.oswestryBaselinePercent}%`);
  if (p.painScore !== undefined) out.push(`pain ${p.painScore}/10`);
  if (p.painBaselineScore !== undefined) out.push(`pain at baseline ${p.painBaselineScore}/10`);
  out.push(yn('prior MRI', p.priorMri));
  if (p.weeksOptimizedTherapy !== undefined) out.push(`${weeksText(p.weeksOptimizedTherapy)} of optimized therapy`);
  out.push(yn('functional disability', p.functionalDisability));
  out.push(yn('considering a procedure', p.consideringInterventional, 'not considering a procedure'));
  out.push(yn('opioid risk assessment done', p.opioidRiskAssessment, 'no opioid risk assessment yet'));
  if (p.pdmpRiskFinding === 'yes') out.push('PDMP or pharmacy risk finding (opioid gate held for your judgement)');
  if (p.sodiumMmolL !== undefined) out.push(`sodium ${p.sodiumMmolL} mmol/L`);
  if (p.liverTestsAbnormal === 'yes') out.push('liver tests abnormal');
  out.push(
    yn('opioid benefits and risks discussed', p.opioidDiscussion, 'opioid benefits and risks not yet discussed'),
  );
  if (p.improvedSinceLastVisit) out.push(`improved since last visit: ${p.improvedSinceLastVisit}`);
  out.push(
    yn('sedative risk with opioids acknowledged', p.opioidSedativeAcknowledged, 'sedative risk not acknowledged'),
  );
  if (p.serotoninSigns?.length) out.push(`possible serotonin toxicity signs: ${p.serotoninSigns.join(', ')}`);
  return out.filter((x): x is string => x !== undefined);
}

/** "creatinine 1.67 mg/dL (148 micromol/L)": the case keeps mg/dL; both units, as notes give either. */
export function creatinineText(mgDl: number | undefined): string {
  if (mgDl === undefined) return '';
  return `creatinine ${mgDl} mg/dL (${Math.round(mgDl * COCKCROFT_GAULT.micromolPerMgDl)} micromol/L)`;
}

/**
 * "Cockcroft-Gault CrCl 28 (age 79, 62 kg, creatinine 1.9 mg/dL)": the CrCl the labels' kidney rows are read at, and
 * what it was computed from; undefined when a value is missing (the sex too).
 */
export function cockcroftGaultText(p: Partial<CaseFacts>): string | undefined {
  const crcl = computedCrcl(p);
  return crcl === undefined
    ? undefined
    : `Cockcroft-Gault CrCl ${crcl} (age ${p.age}, ${p.sex}, ${p.weightKg} kg, creatinine ${p.renal?.creatinineMgDl} mg/dL)`;
}
