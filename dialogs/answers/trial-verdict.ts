import { capital } from '../capital.js';
import { adequateDailyMg } from '../../src/clinical/case/adequate-dose.js';
import { NOT_AFTER_ORGAN } from '../../src/clinical/language/condition-failure.js';
import { judgeTrial, type TrialJudgement } from '../../src/clinical/case/adequate-trial.js';
import { emptyFacts, type Medication } from '../../src/clinical/case/case-facts.js';
import { durationsIn } from '../../src/clinical/language/durations.js';
import { medicationName } from '../../src/clinical/case/medication-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { daysText, medicationLabel } from '../../src/clinical/language/understood.js';
import type { OutputMessage } from '../turn-types.js';
import { renderAnswer } from './answer-message.js';
import { ADEQUATE_TRIAL } from '../../src/clinical/knowledge/case-readings.js';
import { getEntry } from '../../src/clinical/knowledge/knowledge-base.js';
import type { AnswerLine } from './answer-message.js';
import { fmt } from './number-format.js';
import { nextAfterTried, uniqueText } from './next-option.js';
import { entryLine } from './knowledge-lines.js';
import { productByName } from '../../src/clinical/knowledge/named-products.js';
import { type DrugId, type DrugMention, dosingFor, findDrugs, isDosedDrug } from './ports.js';
import { drugTitle } from './tablet-mme.js';

/**
 * The stated dose of a trial held against the guideline's adequate dose ("dulox 30 x 6/52, counts as failed?"): an
 * adequate trial is the guideline's adequate dose taken for at least 4 weeks (reading.adequate-trial), the dose from
 * the dosing data (duloxetine's 60 mg daily target; naproxen 500 mg twice daily; ibuprofen 600-800 mg three times
 * daily; adequate-dose.ts). Undefined for a drug with no adequate dose or no amount typed.
 */
export interface TrialVerdict {
  /** "Duloxetine 30 mg: below the 60 mg daily target; not yet an adequate trial". */
  title: string;
  line: AnswerLine;
  below: boolean;
}

/**
 * The guideline dose a trial is judged at, as the guideline says it, with its entry: the adequate dose ("500 mg twice
 * daily", "600-800 mg three times daily"), duloxetine's target, the top of its titration ("60 mg once daily"), else
 * the guideline's range ("50-100 mg every 6-8 hours", "150-300 mg twice daily"). Undefined for a drug without one.
 */
export function guidelineDoseText(drug: DrugId): { text: string; id: string } | undefined {
  if (!isDosedDrug(drug)) return undefined;
  const g = dosingFor(drug).guideline;
  if (!g) return undefined;
  const adequate = adequateDailyMg(drug);
  const { min, max } = g.perDoseMg;
  const amount =
    adequate !== undefined && g.meaning === 'range'
      ? fmt(adequate / g.timesPerDay.min)
      : max > min
        ? `${fmt(min)}-${fmt(max)}`
        : fmt(min);
  return { text: `${amount} mg ${g.frequencyText}`, id: g.knowledgeId };
}

export function trialDoseVerdict(m: DrugMention): TrialVerdict | undefined {
  if (!isDosedDrug(m.drug) || m.doseMg === undefined || (m.unit !== undefined && m.unit !== 'mg')) return undefined;
  const adequateDaily = adequateDailyMg(m.drug);
  const g = dosingFor(m.drug).guideline;
  if (adequateDaily === undefined || !g) return undefined;
  const name = drugTitle(m.drug, m.matched);
  const perDose = adequateDaily / g.timesPerDay.min;
  const once = g.timesPerDay.min === 1 && g.timesPerDay.max === 1;
  const adequate = guidelineDoseText(m.drug)!.text;
  const what = g.meaning === 'range' ? 'target' : 'adequate dose';
  const cites = g.cites;
  const times = once ? 1 : m.timesPerDay;
  const said = times !== undefined && !once ? `${fmt(m.doseMg)} mg x ${fmt(times)}/day` : `${fmt(m.doseMg)} mg`;
  if (m.doseMg < perDose)
    return {
      title: `${name} ${said}: below the ${what} (${adequate}); not yet an adequate trial`,
      line: {
        text: `${name} ${fmt(m.doseMg)} mg a dose is below the guideline's ${what} of ${adequate}: not yet an adequate trial, however long it was taken.`,
        cites,
      },
      below: true,
    };
  if (times !== undefined && m.doseMg * times < adequateDaily)
    return {
      title: `${name} ${said} = ${fmt(m.doseMg * times)} mg/day: below the adequate ${fmt(adequateDaily)} mg/day; not yet an adequate trial`,
      line: {
        text: `${name} ${said} = ${fmt(m.doseMg * times)} mg/day is below the guideline's adequate dose of ${adequate} (${fmt(adequateDaily)} mg/day): not yet an adequate trial.`,
        cites,
      },
      below: true,
    };
  if (times === undefined) return undefined;
  return {
    title: `${name} ${said}: the adequate dose; adequate once taken for at least 4 weeks`,
    line: {
      text: `${name} ${said} reaches the guideline's ${what} of ${adequate}.`,
      cites,
    },
    below: false,
  };
}

/**
 * The question asks whether a trial was adequate or failed ("counts as failed?", "NSAID failure?", "adequate
 * trial?"), not for a dose check alone.
 */
export const ASKS_TRIAL_VERDICT = new RegExp(
  String.raw`\badequate (?:trial|dose|course)\b|\b(?:counts?|counted|count it) as (?:an? )?(?:\w+ )?(?:fail(?:ed|ure)?|trial|adequate|proper|fair|full)\b|${NOT_AFTER_ORGAN}\bfailure\?|\bfailed\?|\b(?:is|was) (?:that|this|it) (?:a )?(?:failure|failed|adequate|enough)\b`,
);

/** One line of a trial's verdict and the knowledge entry it cites (a guideline line, or the reference's reading). */
export interface VerdictLine {
  text: string;
  id: string;
}

/** "10 days", "2 weeks", "6 weeks", "1 month": how long a trial ran, as a clinician says it. */
export function trialLength(weeks: number): string {
  const days = daysText(weeks);
  if (days) return days;
  // "x 1/12", "for 3 months": said in months
  if (weeks >= 4 && !Number.isInteger(weeks)) {
    const months = Math.round((weeks * 12) / 52);
    return `${months} month${months === 1 ? '' : 's'}`;
  }
  const w = Math.round(weeks * 10) / 10;
  return `${fmt(w)} week${w === 1 ? '' : 's'}`;
}

/**
 * "Counts as failed?", "not helping - move on?": the trial judged (judgeTrial), worded once for the quick answer and
 * the case alike. `verdict` is the short answer; `lines` say why and what to do, each with the entry it cites. A
 * trial under the minimum weeks is too short, never a failure: continue to the full length at the guideline dose
 * (reading.adequate-trial, the guideline's dose line, reassess every 2-4 weeks). Undefined for a drug the pathway
 * does not dose.
 */
export function trialJudgementText(
  drug: DrugId,
  name: string,
  j: TrialJudgement,
): { verdict: string; lines: VerdictLine[] } | undefined {
  const dose = guidelineDoseText(drug);
  if (!dose) return undefined;
  const min = ADEQUATE_TRIAL.minWeeks;
  const reading = ADEQUATE_TRIAL.entry;
  const adequateLine = (weeks: number): VerdictLine => ({
    text: `${capital(name)} at the guideline dose for ${trialLength(weeks)} (at least ${min} weeks): an adequate trial.`,
    id: reading,
  });
  switch (j.kind) {
    case 'too-short':
      return {
        verdict: `not a failure yet: ${trialLength(j.weeks)} is too short`,
        lines: [
          {
            text: `An adequate trial is the guideline dose taken for at least ${min} weeks; ${trialLength(j.weeks)} is not one yet.`,
            id: reading,
          },
          {
            text: j.belowDose
              ? `Raise ${name} to the guideline dose (${dose.text}) and continue it to ${min} weeks at that dose; then judge it on pain and function.`
              : `Continue ${name} at the guideline dose (${dose.text}) to ${min} weeks; then judge it on pain and function.`,
            id: dose.id,
          },
          { text: getEntry('monitor.reassess-2-4-weeks').text, id: 'monitor.reassess-2-4-weeks' },
        ],
      };
    case 'below-dose':
      if (j.irregular)
        return {
          verdict: 'not an adequate trial: not taken regularly at the guideline dose',
          lines: [
            {
              text: `${capital(name)} taken on some days only, or with doses missed, is not an adequate trial: it needs the guideline dose (${dose.text}) taken regularly for at least ${min} weeks.`,
              id: reading,
            },
            { text: `${capital(name)} guideline dose: ${dose.text}.`, id: dose.id },
          ],
        };
      if (j.asNeeded)
        return {
          verdict: 'not an adequate trial: taken as needed, not regularly at the guideline dose',
          lines: [
            {
              text: `${capital(name)} taken as needed is not an adequate trial: it needs the guideline dose (${dose.text}) taken regularly for at least ${min} weeks.`,
              id: reading,
            },
            { text: `${capital(name)} guideline dose: ${dose.text}.`, id: dose.id },
          ],
        };
      return {
        verdict: 'not an adequate trial: below the guideline dose',
        lines: [
          {
            text: `${capital(name)} below the guideline dose (${dose.text}) is not an adequate trial, however long it was taken: raise it and give it ${min} weeks at that dose.`,
            id: dose.id,
          },
          { text: getEntry(reading).text, id: reading },
        ],
      };
    case 'duration-unknown':
      return {
        verdict: `a failure only after at least ${min} weeks at the guideline dose: for how long was it taken?`,
        lines: [{ text: getEntry(reading).text, id: reading }],
      };
    case 'dose-unknown':
      return {
        verdict: `a failure only if taken at the guideline dose (${dose.text}): what dose was it?`,
        lines: [
          {
            text: `${trialLength(j.weeks)} is long enough (at least ${min} weeks) if taken at the guideline dose.`,
            id: reading,
          },
          { text: `${capital(name)} guideline dose: ${dose.text}.`, id: dose.id },
        ],
      };
    case 'failed':
    case 'adequate':
      return {
        verdict:
          j.kind === 'failed' ? 'yes, a failed adequate trial' : 'an adequate trial: a failure if it has not helped',
        lines: [
          adequateLine(j.weeks),
          { text: getEntry('pitfall.continuing-ineffective').text, id: 'pitfall.continuing-ineffective' },
        ],
      };
    case 'helping':
      return {
        verdict: `not a failure: ${name} is helping; continue it`,
        lines: [adequateLine(j.weeks)],
      };
    case 'excluded':
      return {
        verdict: `${name} is ruled out (not tolerated or contraindicated): no trial length is needed`,
        lines: [],
      };
  }
}

/** A verdict line as an answer line: a guideline entry's citation numbers, or the reference's named source. */
export function verdictAnswerLine(line: VerdictLine): AnswerLine {
  const entry = getEntry(line.id);
  return entry.origin === 'guideline'
    ? { text: line.text, cites: entry.cites }
    : { text: line.text, source: entry.source, review: entry.review };
}

/**
 * "is 2 weeks of duloxetine enough to call it failed?": the trial asked about, not said of a patient (the case reader
 * leaves a question's drugs out): its one dosed drug, with its dose, and its one length.
 */
function askedTrial(lower: string, receivedAt: string): Medication | undefined {
  const drugs = findDrugs(lower).filter((d) => guidelineDoseText(d.drug));
  const lengths = durationsIn(lower, receivedAt);
  const d = drugs[0];
  if (drugs.length !== 1 || lengths.length !== 1 || !d) return undefined;
  return {
    drug: d.drug,
    durationWeeks: lengths[0]!.weeks,
    ...(d.doseMg !== undefined && d.unit === 'mg' ? { doseMg: d.doseMg } : {}),
    ...(d.timesPerDay !== undefined ? { timesPerDay: d.timesPerDay } : {}),
  };
}

/** Poor tolerance is not a failed trial: the drug cannot be used, and the next option steps up all the same. */
export const NOT_TOLERATED_VERDICT = 'not tolerated (not a failed trial): no trial length is needed';

/** The judgements the quick answer words itself; the others are the dose verdict's (trialDoseVerdict). */
const OWN_VERDICTS: ReadonlySet<TrialJudgement['kind']> = new Set([
  'too-short',
  'failed',
  'dose-unknown',
  'helping',
  'excluded',
  'adequate',
]);
/** A failed adequate trial, or a drug not tolerated: the option is done and the guideline's next option steps up. */
const STEPS_UP: ReadonlySet<TrialJudgement['kind']> = new Set(['failed', 'excluded', 'adequate']);

/**
 * "duloxetine 60 x 2 wk - counts as failed?", "been on naproxen 10 days, not helping, failed?": the trial the question
 * describes, read as the case reader reads a trial (drug, dose, weeks, outcome), judged. Undefined when it gives no
 * length (the dose verdict answers) or names no drug the pathway doses.
 */
export function trialJudgementAnswer(lower: string, receivedAt: string): OutputMessage | undefined {
  const { patch } = extractCaseFacts(lower, receivedAt);
  const m =
    (patch.medications ?? []).find((x) => x.durationWeeks !== undefined && guidelineDoseText(x.drug)) ??
    askedTrial(lower, receivedAt);
  if (!m) return undefined;
  const { outcome: _outcome, durationWeeks, product: typed, ...regimen } = m;
  // a named product is said as typed and in its drug ("Anaprox DS = naproxen 500 mg twice daily"), with its label line
  const product = typed === undefined ? undefined : productByName(typed);
  const label = product ? `${product.display} = ${medicationLabel(regimen)}` : medicationLabel(regimen);
  const said = `${label} for ${trialLength(durationWeeks!)}`;
  const productLines = (product?.entries ?? []).filter((id) => id.startsWith('label.')).map((id) => entryLine(id));
  const judged = judgeTrial(m, { ...emptyFacts(), ...patch });
  // a dose below the guideline's, or a length and dose that only need the outcome: the dose verdict says it
  // ... but below a dose range with no adequate dose of its own (tramadol 50 once daily), or taken as needed: said here
  // (or said in words the dose verdict does not read: "four hundred milligrams")
  const ownBelow =
    judged.kind === 'below-dose' &&
    (judged.asNeeded === true ||
      judged.irregular === true ||
      adequateDailyMg(m.drug) === undefined ||
      !findDrugs(lower).some((d) => trialDoseVerdict(d) !== undefined));
  if (!OWN_VERDICTS.has(judged.kind) && !ownBelow) return undefined;
  const text = trialJudgementText(m.drug, medicationName(m), judged);
  if (!text) return undefined;
  // poor tolerance is not a failed trial: the drug cannot be used, and the next option steps up all the same
  const verdict = m.outcome === 'not-tolerated' ? NOT_TOLERATED_VERDICT : text.verdict;
  const next = STEPS_UP.has(judged.kind) ? nextAfterTried({}, [m.drug]) : undefined;
  return renderAnswer({
    // an adequate trial whose outcome is not said steps up only if it has not helped
    title: `${capital(said)}: ${verdict}${judged.kind === 'adequate' ? (next?.title.replace(/^; /, '; if not, ') ?? '') : (next?.title ?? '')}`,
    lines: uniqueText([...productLines, ...text.lines.map(verdictAnswerLine), ...(next?.lines ?? [])]),
  });
}
