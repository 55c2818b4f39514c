import { combinationByBrand } from '../knowledge/combination-products.js';
import { drugNames, type DrugId } from '../knowledge/drug-catalogue.js';
import type { CaseFacts, Medication } from './case-facts.js';
import { adequateDailyMg } from './adequate-dose.js';

/** Outcomes that mean the drug was given and did not help enough. */
const FAILED = new Set(['ineffective', 'partial']);
/** Outcomes that rule the drug out for this patient. */
const EXCLUDED = new Set(['not-tolerated', 'contraindicated']);
/** Outcomes under which the patient is taking the drug now (or may be: outcome not recorded). */
const IN_USE = new Set([undefined, 'current', 'effective', 'partial']);

/** A case medication as the clinician named it: the member typed for a class row ("sertraline"), else the generic. */
export function medicationName(m: Medication): string {
  return m.name ?? drugNames(m.drug).generic;
}

export function drugClassOf(drug: DrugId): string {
  return drugNames(drug).drugClass;
}

export function isNsaid(m: Medication): boolean {
  return drugClassOf(m.drug) === 'nsaid';
}

export function isOpioid(drug: DrugId): boolean {
  return drugClassOf(drug) === 'opioid';
}

export function isExcluded(m: Medication): boolean {
  return m.outcome !== undefined && EXCLUDED.has(m.outcome);
}

/** Taken now: an outcome under which it is (or may be) taken, and not said to be stopped. */
export function isInUse(m: Medication): boolean {
  return m.stopped !== true && m.declined !== true && IN_USE.has(m.outcome);
}

/**
 * Taken now, or perhaps still taken: in use, or tried without relief or tolerance and not said to be stopped ("On
 * gabapentin 600 tds, no help": how to come off it still matters).
 */
export function mayStillBeTaken(m: Medication): boolean {
  return (
    isInUse(m) ||
    (m.stopped !== true && m.declined !== true && (m.outcome === 'ineffective' || m.outcome === 'not-tolerated'))
  );
}

/**
 * How a stop reads in the case lists: "stopped", "stopped 9 d ago", "stopped 1 yr ago" (a count of whole years, as
 * "last year" or "2 years ago" was said, reads in years, not as a day count nobody said).
 */
export function stoppedText(m: Medication): string {
  const d = m.stoppedDaysAgo;
  if (d === undefined) return 'stopped';
  return d >= 365 && d % 365 === 0 ? `stopped ${d / 365} yr ago` : `stopped ${d} d ago`;
}

/**
 * What a case line says of a medication's planned change: a planned stop is taken until then, a planned start is
 * held as taken though not yet started; either way "current" is said by the note, not again.
 */
export function planNotes(m: Medication): { sayCurrent: boolean; notes: string[] } {
  const planned = (m.stopPlanned || m.startPlanned) && m.outcome === 'current';
  return {
    sayCurrent: !planned,
    notes: m.stopped
      ? []
      : [
          ...(m.declined ? ['declined by the patient'] : []),
          ...(m.stopPlanned ? ['stop planned (still taken)'] : []),
          ...(m.startPlanned && !m.stopPlanned ? ['start planned (not yet taken)'] : []),
        ],
  };
}

/** Co-medications that do not treat back pain: "no relief" says nothing about stopping them. */
const CO_MEDICATION = new Set(['anticoagulant', 'antiplatelet', 'ssri', 'maoi']);

/** A co-medication (an anticoagulant, antiplatelet, SSRI or MAOI): it routes the pathway's drugs, never treats the pain. */
export function isCoMedication(m: Medication): boolean {
  return CO_MEDICATION.has(drugClassOf(m.drug));
}

/**
 * Held for interaction warnings: in use, or a co-medication not ruled out ("on warfarin, ibuprofen x 4 wk no help"
 * leaves the warfarin taken whatever outcome the sentence attached to it).
 */
export function isHeld(m: Medication): boolean {
  return isInUse(m) || (m.stopped !== true && m.declined !== true && isCoMedication(m) && !isExcluded(m));
}

/**
 * A later mention of a medication merged into the earlier one. A mention saying it is stopped drops a bare "current"
 * (taken is no longer true) and keeps any trial outcome; a later mention that does not say stopped and may say it is
 * taken ("restarted", "on it again", a dose) lifts the stop: when unclear the drug stays held.
 */
export function mergeMedication(earlier: Medication, later: Medication): Medication {
  const next = { ...earlier, ...later };
  // a new regimen said without its use: the use said of the old one no longer stands
  if (later.takenTablets === undefined && (later.doseMg !== undefined || later.mostDailyMg !== undefined))
    delete next.takenTablets;
  // "plan to start sertraline" then "started it last week": taken now, no longer a plan; nor declined any more
  if (later.startPlanned !== true && (later.stopped === true || later.outcome !== undefined)) delete next.startPlanned;
  if (later.declined !== true && (later.stopped === true || later.outcome !== undefined)) delete next.declined;
  if (later.stopped === true) {
    delete next.stopPlanned;
    if (later.outcome === undefined && earlier.outcome === 'current') delete next.outcome;
  } else if (earlier.stopped === true && IN_USE.has(later.outcome)) {
    delete next.stopped;
    delete next.stoppedDaysAgo;
  }
  return next;
}

/**
 * A stopped mention of a class member and a mention of another member of that class ("sertraline stopped, now on
 * citalopram"): two medications, never one, so the member still taken stays held.
 */
export function otherStoppedMember(a: Medication, b: Medication): boolean {
  return (
    (a.stopped === true) !== (b.stopped === true) && a.name !== undefined && b.name !== undefined && a.name !== b.name
  );
}

/**
 * Daily mg: a typed daily total ("2.4 g/day") when that is all the text gave; else dose x times a day, where
 * duloxetine is a once-daily drug in the guideline, so a missing frequency means once daily.
 */
export function dailyMg(m: Medication): number | undefined {
  if (m.doseMg === undefined) return m.dailyMg;
  const times = m.timesPerDay ?? (m.drug === 'duloxetine' ? 1 : undefined);
  return times === undefined ? undefined : m.doseMg * times;
}

/** Taken on schedule: not as needed (prn), nor on some days only ("3 days out of 7"). */
export const takenRegularly = (m: Medication): boolean => m.prn !== true && m.irregular !== true;

export function reachesAdequateDose(m: Medication): boolean {
  const adequate = adequateDailyMg(m.drug);
  const daily = dailyMg(m);
  // as-needed or irregular use is not a scheduled trial at the adequate dose.
  return adequate !== undefined && daily !== undefined && takenRegularly(m) && daily >= adequate;
}

/** Given and not enough: recorded as ineffective/partial, or current with no improvement at a follow-up visit. */
export function hasFailed(m: Medication, facts: CaseFacts): boolean {
  if (m.outcome !== undefined && FAILED.has(m.outcome)) return true;
  // taken now ("on duloxetine"), or a trial said with its time and no outcome whose scores were said ("naproxen 500
  // bd for 8 wk. Pain 7 -> 3, ODI 40 -> 36"): the case's "no better" is that trial's outcome. A timed trial the
  // scores were not said of fails only as the case's one drug with a time and none taken now; with two ("naproxen 8
  // wk, tramadol 6 wk") the "no better" is no verdict on either.
  const taken = m.outcome === 'current' || (m.outcome === undefined && timedTrialScored(m, facts));
  return taken && m.stopped !== true && facts.improvedSinceLastVisit === 'no';
}

function timedTrialScored(m: Medication, facts: CaseFacts): boolean {
  if (m.durationWeeks === undefined) return false;
  if (m.scored === true) return true;
  const timed = facts.medications.filter((x) => x.durationWeeks !== undefined);
  return (
    timed.length === 1 &&
    !facts.medications.some((x) => x.scored === true || (x.outcome === 'current' && x.stopped !== true))
  );
}

/**
 * Acetaminophen mg a day in one held medicine (clinical-reference.md section 2: count acetaminophen inside
 * combination products and add it up across every product): plain acetaminophen's daily dose, or a combination
 * product's acetaminophen per dose x doses a day (for a range or as-needed regimen, the most it allows). Undefined when the medicine holds none or how often is unknown.
 */
export function acetaminophenDailyMg(m: Medication): number | undefined {
  if (m.drug === 'acetaminophen') return dailyMg(m);
  if (m.acetaminophenMg === undefined) return undefined;
  // a range or as-needed combination ("Percocet 5/325 1-2 tabs q6h prn, max 8/day"): the most the prescription
  // allows, as its MME is (section 4): the opioid's most a day in tablets' worth, times the acetaminophen per dose
  if (m.mostDailyMg !== undefined && m.doseMg !== undefined)
    return Math.round((m.mostDailyMg / m.doseMg) * m.acetaminophenMg);
  if (m.timesPerDay === undefined) return undefined;
  return m.acetaminophenMg * m.timesPerDay;
}

/**
 * A medicine that carries acetaminophen whose daily amount cannot be counted ("Norco 10/325 prn" with no doses a
 * day, "Percocet" with no strength): a total without it is a floor, and the answer names it.
 */
export function acetaminophenUncounted(m: Medication): boolean {
  if (acetaminophenDailyMg(m) !== undefined) return false;
  if (m.drug === 'acetaminophen' || m.acetaminophenMg !== undefined) return true;
  return m.product !== undefined && combinationByBrand(m.product) !== undefined;
}

/** Acetaminophen mg a day across every medicine the case holds, with each holder; undefined parts are left out. */
export function caseAcetaminophen(facts: CaseFacts): { totalMg: number; holders: Medication[] } {
  const holders = facts.medications.filter((m) => isHeld(m) && acetaminophenDailyMg(m) !== undefined);
  return { totalMg: holders.reduce((sum, m) => sum + (acetaminophenDailyMg(m) ?? 0), 0), holders };
}
