import type { DrugId } from '../knowledge/drug-catalogue.js';
import { ADEQUATE_TRIAL } from '../knowledge/case-readings.js';
import { guidelineDailyRange, isDosedDrug } from '../knowledge/dosing.js';
import type { CaseFacts, Medication } from './case-facts.js';
import { adequateDailyMg } from './adequate-dose.js';
import { dailyMg, hasFailed, isExcluded, isNsaid, reachesAdequateDose, takenRegularly } from './medication-facts.js';

/**
 * An adequate trial as the clinical reference (version 2, section 2) reads it: the guideline's adequate dose taken
 * for at least ADEQUATE_TRIAL.minWeeks weeks (duloxetine 60 mg daily; naproxen 500 mg twice daily or ibuprofen
 * 600-800 mg three times daily; tramadol 50-100 mg every 6-8 h). A trial with no duration is asked about, never
 * assumed adequate; not tolerated or contraindicated needs no duration (the drug cannot be used).
 */
export type TrialReading =
  /** Failed at the adequate dose for long enough. */
  | 'adequate'
  /** Not tolerated or contraindicated. */
  | 'excluded'
  /** Failed at the adequate dose; how long it was taken is not known (ask). */
  | 'duration-unknown'
  /** Failed at the adequate dose, for less than the minimum weeks. */
  | 'too-short'
  /** Failed below the adequate dose, as needed, or at an unknown dose. */
  | 'below-dose'
  /** Not (yet) failed: current, helping, or outcome not recorded. */
  | 'not-failed';

export type TrialGroup = 'nsaid' | 'duloxetine' | 'tramadol';

/** The case fact holding the answer to "how many weeks?" for each group. */
export const TRIAL_WEEKS_FIELD = {
  nsaid: 'nsaidTrialWeeks',
  duloxetine: 'duloxetineTrialWeeks',
  tramadol: 'tramadolTrialWeeks',
} as const satisfies Record<TrialGroup, keyof CaseFacts>;

export function trialGroupOf(m: Medication): TrialGroup | undefined {
  if (isNsaid(m)) return 'nsaid';
  if (m.drug === 'duloxetine' || m.drug === 'tramadol') return m.drug;
  return undefined;
}

/** Weeks the trial lasted: written with the drug, else the answer to the gate's duration question. */
export function trialWeeks(m: Medication, f: CaseFacts): number | undefined {
  const group = trialGroupOf(m);
  return m.durationWeeks ?? (group ? f[TRIAL_WEEKS_FIELD[group]] : undefined);
}

/**
 * Tramadol has a per-dose range, not an adequate dose: a known daily dose below the guideline's lowest
 * (50 mg every 8 h) is below dose; an unknown dose is not held against the trial (the tramadol question asks how it
 * went, not the dose). NSAIDs and duloxetine use the project's adequate dose (src/clinical/case/adequate-dose.ts).
 */
function atAdequateDose(m: Medication): boolean {
  if (m.drug !== 'tramadol') return reachesAdequateDose(m);
  if (!takenRegularly(m)) return false;
  const daily = dailyMg(m);
  const lowest = guidelineDailyRange('tramadol')?.min;
  return daily === undefined || lowest === undefined || daily >= lowest;
}

export function readTrial(m: Medication, f: CaseFacts): TrialReading {
  if (isExcluded(m)) return 'excluded';
  if (!hasFailed(m, f)) return 'not-failed';
  // Other NSAIDs (meloxicam...) have no guideline dose: their failure is not NSAID failure (docs/pathway.md).
  if (!atAdequateDose(m)) return 'below-dose';
  const weeks = trialWeeks(m, f);
  if (weeks === undefined) return 'duration-unknown';
  return weeks >= ADEQUATE_TRIAL.minWeeks ? 'adequate' : 'too-short';
}

/** How a group of trials stands for the opioid gate: met, waiting for a duration, or not met. */
export type GroupReading = 'met' | 'pending-duration' | 'unmet';

const IN_GROUP: Record<TrialGroup, (d: DrugId) => boolean> = {
  nsaid: (d) => d === 'naproxen' || d === 'ibuprofen' || d === 'other-nsaid',
  duloxetine: (d) => d === 'duloxetine',
  tramadol: (d) => d === 'tramadol',
};

export function trialsOf(f: CaseFacts, group: TrialGroup): Medication[] {
  return f.medications.filter((m) => IN_GROUP[group](m.drug));
}

export function readGroup(f: CaseFacts, group: TrialGroup): GroupReading {
  const readings = trialsOf(f, group).map((m) => readTrial(m, f));
  if (readings.some((r) => r === 'adequate' || r === 'excluded')) return 'met';
  return readings.includes('duration-unknown') ? 'pending-duration' : 'unmet';
}

/**
 * A trial judged as "did it fail?" asks (the clinician's "counts as failed?", "not helping - move on?"), for any
 * pathway drug with a guideline dose, gabapentin and pregabalin too: the length first (under ADEQUATE_TRIAL.minWeeks
 * weeks is too short to judge, whatever the dose), then the dose (below the guideline's adequate dose is no adequate
 * trial, however long), then what the case says of its outcome. The opioid gate reads `readTrial`; this is the
 * answer's reading, which also names what is not known (the weeks, the dose).
 */
export type TrialJudgement =
  | { kind: 'excluded' }
  | { kind: 'too-short'; weeks: number; belowDose: boolean }
  /**
   * `asNeeded`: taken as needed (prn), never regularly at the guideline dose; `irregular`: taken on some days only
   * ("3 days out of 7").
   */
  | { kind: 'below-dose'; weeks?: number; asNeeded?: true; irregular?: true }
  | { kind: 'duration-unknown' }
  | { kind: 'dose-unknown'; weeks: number }
  /** Long enough at the guideline dose, and said not to help. */
  | { kind: 'failed'; weeks: number }
  /** Long enough at the guideline dose, its outcome not said: a failure if it has not helped. */
  | { kind: 'adequate'; weeks: number }
  | { kind: 'helping'; weeks: number };

/**
 * At the guideline's adequate dose: NSAIDs and duloxetine by the project's adequate dose (adequate-dose.ts), tramadol
 * at or above its lowest guideline dose, gabapentin and pregabalin within their guideline range (the dose the
 * guideline gives them: "150-300 mg twice daily"). Undefined: the dose or how often is not known.
 */
function atGuidelineDose(m: Medication): boolean | undefined {
  if (!isDosedDrug(m.drug)) return undefined;
  // as needed ("tramadol prn once or twice a week") or on some days only: never the guideline's regular dose
  if (!takenRegularly(m)) return false;
  const daily = dailyMg(m);
  if (daily === undefined) return undefined;
  const adequate = adequateDailyMg(m.drug);
  if (adequate !== undefined) return daily >= adequate;
  const lowest = guidelineDailyRange(m.drug)?.min;
  return lowest === undefined ? undefined : daily >= lowest;
}

export function judgeTrial(m: Medication, f: CaseFacts): TrialJudgement {
  if (isExcluded(m)) return { kind: 'excluded' };
  const weeks = trialWeeks(m, f);
  const atDose = atGuidelineDose(m);
  if (weeks !== undefined && weeks < ADEQUATE_TRIAL.minWeeks)
    return { kind: 'too-short', weeks, belowDose: atDose === false };
  if (atDose === false)
    return {
      kind: 'below-dose',
      ...(weeks !== undefined ? { weeks } : {}),
      ...(m.prn === true ? { asNeeded: true as const } : {}),
      ...(m.irregular === true ? { irregular: true as const } : {}),
    };
  if (weeks === undefined) return { kind: 'duration-unknown' };
  if (atDose === undefined) return { kind: 'dose-unknown', weeks };
  // taken with no outcome said and no better at this visit: not helped
  const noBetter = m.outcome === undefined && m.stopped !== true && f.improvedSinceLastVisit === 'no';
  if (hasFailed(m, f) || noBetter) return { kind: 'failed', weeks };
  return m.outcome === 'effective' ? { kind: 'helping', weeks } : { kind: 'adequate', weeks };
}
