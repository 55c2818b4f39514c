import { adequateDailyMg } from '../../src/clinical/case/adequate-dose.js';
import { NOT_AFTER_ORGAN } from '../../src/clinical/language/condition-failure.js';
import type { AnswerLine } from './answer-message.js';
import { fmt } from './number-format.js';
import { type DrugMention, dosingFor, isDosedDrug } from './ports.js';
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

export function trialDoseVerdict(m: DrugMention): TrialVerdict | undefined {
  if (!isDosedDrug(m.drug) || m.doseMg === undefined || (m.unit !== undefined && m.unit !== 'mg')) return undefined;
  const adequateDaily = adequateDailyMg(m.drug);
  const g = dosingFor(m.drug).guideline;
  if (adequateDaily === undefined || !g) return undefined;
  const name = drugTitle(m.drug, m.matched);
  const perDose = adequateDaily / g.timesPerDay.min;
  const once = g.timesPerDay.min === 1 && g.timesPerDay.max === 1;
  // "500 mg twice daily", "600-800 mg three times daily", "60 mg once daily": the adequate dose as the guideline says it.
  const range =
    g.meaning === 'minimum' && g.perDoseMg.max > g.perDoseMg.min
      ? `${fmt(g.perDoseMg.min)}-${fmt(g.perDoseMg.max)}`
      : fmt(perDose);
  // Duloxetine's adequate dose is the top of its titration ("titrating to 60 mg daily"): its target.
  const adequate = `${range} mg ${g.frequencyText}`;
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
