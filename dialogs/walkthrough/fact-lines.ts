import { aspirinDoseLabel } from '../../src/clinical/knowledge/aspirin-dose-reading.js';
import { type CaseFacts, DIALYSIS_LABEL, type FactKey, type Medication } from '../../src/clinical/case/case-facts.js';
import { medicationName, planNotes, stoppedText } from '../../src/clinical/case/medication-facts.js';
import {
  cockcroftGaultText,
  creatinineText,
  odiNotScoredText,
  odiText,
} from '../../src/clinical/language/understood.js';
import { QUESTIONS } from './questions.js';

const FREQ: Record<number, string> = { 1: 'daily', 2: 'twice daily', 3: 'three times daily', 4: 'four times daily' };

/** "naproxen 250 mg twice daily", "ibuprofen 400 mg as needed", "duloxetine 60 mg daily": a record's regimen. */
export function regimenText(m: Medication): string {
  const dose = m.doseMg ? ` ${m.doseMg} ${m.drug === 'fentanyl' ? 'mcg/hr' : 'mg'}` : '';
  const times = m.timesPerDay ?? (m.drug === 'duloxetine' && m.doseMg ? 1 : undefined);
  const freq = times ? ` ${FREQ[times] ?? `${times}x/day`}` : '';
  const daily = !m.doseMg && m.dailyMg ? ` ${m.dailyMg} mg/day` : '';
  return `${medicationName(m)}${dose}${freq}${daily}${m.prn ? ' as needed' : ''}`;
}

function medicationLine(m: Medication): string {
  const dose = m.doseMg ? ` ${m.doseMg} ${m.drug === 'fentanyl' ? 'mcg/hr' : 'mg'}` : '';
  const freq = m.timesPerDay ? ` ${FREQ[m.timesPerDay] ?? `${m.timesPerDay}x/day`}` : '';
  const prn = m.prn ? ' as needed' : '';
  const weeks = m.durationWeeks !== undefined ? `, ${m.durationWeeks} wk` : '';
  const aspirin = aspirinDoseLabel(m.name, m.doseMg, m.timesPerDay, m.forPain);
  const plan = planNotes(m);
  const said = [
    ...(m.outcome && plan.sayCurrent ? [m.outcome.replace('-', ' ')] : []),
    ...(m.stopped ? [stoppedText(m)] : []),
    ...plan.notes,
    ...(aspirin ? [aspirin] : []),
  ];
  const outcome = said.length ? `: ${said.join(', ')}` : '';
  return `${medicationName(m)}${dose}${freq}${prn}${weeks}${outcome}`;
}

/** Weeks, with months beside them once past 6 months ("9 months (39 weeks)"): the 12-week referral rule counts weeks. */
const duration = (weeks: number) =>
  weeks >= 26
    ? `${Math.round((weeks * 12) / 52)} months (${Math.round(weeks)} weeks)`
    : `${Math.round(weeks * 10) / 10} weeks`;

/** Therapy ids as clinicians write them. */
const THERAPY_NAMES: Readonly<Record<string, string>> = { cbt: 'CBT', mbsr: 'MBSR', 'tai-chi-yoga': 'tai chi / yoga' };
const therapyName = (t: string) => THERAPY_NAMES[t] ?? t.replace(/-/g, ' ');

/** A trial question answered "not tried" is stored as skipped (docs/pathway.md): the line must not say only "not known". */
const TRIALS = new Set<FactKey>(['nsaidTrial', 'duloxetineTrial', 'tramadolTrial']);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const tri = (label: string, v: string | undefined) => (v === undefined ? [] : [`${label}: ${v}`]);

/** What the case holds, one short line per fact (for plan, note and answers); never the clinician's own words. */
/** The schema's order, whatever order a reader set them in (a record read back from the store is in this order). */
const PSYCHOSOCIAL_ORDER = [
  'depression',
  'anxiety',
  'catastrophizing',
  'workDissatisfaction',
] as const satisfies readonly (keyof NonNullable<CaseFacts['psychosocial']>)[];

export function factLines(f: CaseFacts): string[] {
  const conditions = Object.entries(f.conditions)
    .filter(([, v]) => v === 'yes')
    .map(([k]) => k.replace(/-/g, ' '));
  const psycho = PSYCHOSOCIAL_ORDER.filter((k) => f.psychosocial?.[k] === 'yes').map((k) =>
    k.replace(/([A-Z])/g, ' $1').toLowerCase(),
  );
  const renal = f.renal
    ? [
        f.renal.crcl !== undefined ? `CrCl ${f.renal.crcl}` : '',
        cockcroftGaultText(f) ?? creatinineText(f.renal.creatinineMgDl),
        f.renal.egfr !== undefined ? `eGFR ${f.renal.egfr}` : '',
        f.renal.dialysis ? DIALYSIS_LABEL[f.renal.dialysis] : f.renal.ckdStage ? `CKD stage ${f.renal.ckdStage}` : '',
      ]
        .filter(Boolean)
        .join(', ')
    : '';
  return [
    ...(f.age !== undefined ? [`Age ${f.age}`] : []),
    ...(f.weightKg !== undefined ? [`Weight ${f.weightKg} kg`] : []),
    ...(f.painDurationWeeks !== undefined ? [`Pain for ${duration(f.painDurationWeeks)}`] : []),
    ...(f.redFlags.length
      ? [`Red flags: ${f.redFlags.join(', ')}`]
      : f.redFlagScreen === 'unknown'
        ? ['Red-flag screen: not completed']
        : tri('Red flags', f.redFlagScreen === 'no' ? 'none' : f.redFlagScreen)),
    ...tri('Radicular symptoms', f.radicular),
    ...tri('Prior MRI', f.priorMri),
    ...f.medications.map(medicationLine),
    ...f.nonDrugTherapies.map(
      (t) =>
        `${therapyName(t.therapy)}${t.weeks !== undefined ? ` ${t.weeks} wk` : ''}: ${t.status.replace(/-/g, ' ')}`,
    ),
    ...(conditions.length
      ? [`Conditions: ${conditions.join(', ')}`]
      : Object.keys(f.conditions).length
        ? ['Other conditions: none reported']
        : []),
    // drinking said with no word on heaviness: whether it is heavy, as answered (the reference sets no amount)
    ...(f.conditions['regular-alcohol'] === 'yes' && f.conditions['heavy-alcohol'] !== 'yes'
      ? [`Heavy alcohol use: ${f.conditions['heavy-alcohol'] ?? 'not said'}`]
      : []),
    ...(renal ? [`Renal: ${renal}`] : []),
    ...(psycho.length ? [`Psychosocial: ${psycho.join(', ')}`] : []),
    ...(f.startBack ? [`STarT Back ${f.startBack.total}/9, psychosocial ${f.startBack.psychosocial}/5`] : []),
    ...(f.startBackRisk && !f.startBack ? [`STarT Back ${f.startBackRisk} risk`] : []),
    ...(f.oswestryPercent !== undefined ? [`ODI ${odiText(f.oswestryPercent)}`] : []),
    ...(f.oswestryNotScored ? [odiNotScoredText(f.oswestryNotScored)] : []),
    ...(f.oswestryBaselinePercent !== undefined ? [`ODI at baseline ${f.oswestryBaselinePercent}%`] : []),
    ...(f.painScore !== undefined ? [`Pain ${f.painScore}/10`] : []),
    ...(f.painBaselineScore !== undefined ? [`Pain at baseline ${f.painBaselineScore}/10`] : []),
    ...(f.weeksOptimizedTherapy !== undefined ? [`${f.weeksOptimizedTherapy} weeks of optimized therapy`] : []),
    ...tri('Functional disability', f.functionalDisability),
    ...tri('Interventional procedure considered', f.consideringInterventional),
    ...tri('Opioid risk assessment done', f.opioidRiskAssessment),
    ...(f.pdmpRiskFinding === 'yes' ? ['PDMP or pharmacy risk finding: opioid gate held for your judgement'] : []),
    ...(f.sodiumMmolL !== undefined ? [`Sodium ${f.sodiumMmolL} mmol/L`] : []),
    ...(f.liverTestsAbnormal === 'yes' ? ['Liver tests abnormal'] : []),
    ...tri('Opioid benefits/risks discussed', f.opioidDiscussion),
    ...tri('Improved since last visit', f.improvedSinceLastVisit),
    ...f.skipped.filter((k) => TRIALS.has(k)).map((k) => `${capitalise(QUESTIONS[k].label)}: not tried or not known`),
    ...(f.skipped.some((k) => !TRIALS.has(k))
      ? [
          `Not known: ${f.skipped
            .filter((k) => !TRIALS.has(k))
            .map((k) => QUESTIONS[k].label)
            .join(', ')}`,
        ]
      : []),
  ];
}
