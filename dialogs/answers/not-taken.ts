import { isExcluded, isOpioid } from '../../src/clinical/case/medication-facts.js';
import { deniedInListAt } from '../../src/clinical/language/denied-list.js';
import { declinedAt, laterRefusal } from '../../src/clinical/language/entity-cues.js';
import { type DrugMention, extractCaseFacts, findDrugs } from '../../src/clinical/language/index.js';
import type { DrugId } from '../../src/clinical/knowledge/drug-catalogue.js';
import { plannedChangeAt } from '../../src/clinical/language/planned-change.js';
import { pastUseStillCurrent } from '../../src/clinical/language/stopped.js';
import { turnReceivedAt } from '../../src/clinical/language/shared-readings.js';

/**
 * A medicine named as not taken now: negated ("not on aspirin", "no omeprazole", "never took codeine") or stopped
 * ("stopped omeprazole last year", "came off aspirin", "omeprazole was stopped"). Such a name makes no current
 * interaction pair and no "not checked" pair (clinical-reference.md section 3: the pair must be present). Each row
 * reads its example and not its counter (test/answers/not-taken.test.ts).
 */
export const NOT_TAKEN_BEFORE =
  /\b(?:not on|not taking|no longer (?:on|taking)|never (?:on|took|taken|had)|no|nil|off|stopped|stopping|quit|ceased|discontinued|d\/c'?d|came off|denies|without|used to take|was on|previously(?: on)?|formerly(?: on)?|ex|held|withheld|allerg(?:y|ies|ic)(?: to)?|nkda except)[:-]?\s(?:(?:the|his|her|their|any|taking|an?)\s)?$/;
export const NOT_TAKEN_AFTER =
  /^(?:\s\d+(?:\.\d+)?\s?mg)?[:,]?\s(?:was |were |has been |had been )?(?:stopped|discontinued|ceased|d\/c'?d|withdrawn|never (?:been )?(?:tried|taken|started|used)|not (?:yet )?(?:tried|taken|started))\b|^[^.;\n]{0,30}?[-:,(]\s?(?:held|withheld|on hold|suspended)\b/;

export const NOT_TAKEN_EXAMPLES: readonly { text: string; name: string; notTaken: boolean }[] = [
  { text: 'ibuprofen ok? not on aspirin', name: 'aspirin', notTaken: true },
  { text: 'stopped omeprazole last year, duloxetine ok?', name: 'omeprazole', notTaken: true },
  { text: 'omeprazole 20 mg was stopped, duloxetine ok?', name: 'omeprazole', notTaken: true },
  { text: 'pt on atorvastatin, duloxetine ok?', name: 'atorvastatin', notTaken: false },
  { text: 'on aspirin 81 for stents, ibuprofen ok?', name: 'aspirin', notTaken: false },
  { text: 'on and off oxycodone 10 mg q6h, also alprazolam. what next?', name: 'oxycodone', notTaken: false },
  { text: 'takes tramadol off and on, naproxen ok?', name: 'tramadol', notTaken: false },
  { text: 'Rx tramadol 50 mg q6h. duloxetine never tried. ok?', name: 'duloxetine', notTaken: true },
  { text: 'tramadol ok? duloxetine: not yet started', name: 'duloxetine', notTaken: true },
  { text: 'tramadol ok? duloxetine tried 8 weeks, no help', name: 'duloxetine', notTaken: false },
  { text: 'not on an snri, ok to start duloxetine?', name: 'snri', notTaken: true },
  { text: 'was on an ssri years ago, duloxetine 30 ok?', name: 'ssri', notTaken: true },
  { text: 'previously tramadol, current oxycodone 10 qid. MME?', name: 'tramadol', notTaken: true },
  { text: 'formerly on codeine, now oxycodone 5 q6h, MME?', name: 'codeine', notTaken: true },
  { text: 'on an snri for mood, duloxetine ok?', name: 'snri', notTaken: false },
  { text: 'mme? oxycodone 10 mg q6h; morphine sr 30 mg bd - held on admission', name: 'morphine', notTaken: true },
  { text: 'mme: hydromorphone 2 mg q4h. allergies: codeine', name: 'codeine', notTaken: true },
  { text: 'mme: oxycodone 5 q6h. stopped: tramadol 50 qid', name: 'tramadol', notTaken: true },
  { text: 'allergic to codeine, mme of oxycodone 5 q6h?', name: 'codeine', notTaken: true },
  { text: 'mme: oxycodone 5 q6h, tramadol 50 qid - holding steady', name: 'tramadol', notTaken: false },
];

/** A sentence's end: a stop, "?", "!", ";" or a line break (not a decimal point). */
const SENTENCE_END = /[;!?\n]|\.(?!\d)/;
const SENTENCE_ENDS = /[;!?\n]|\.(?!\d)/g;
/** The sentence up to `start` (at most 120 characters of it). */
function sentenceBefore(lower: string, start: number): string {
  const text = lower.slice(Math.max(0, start - 120), start);
  let from = 0;
  SENTENCE_ENDS.lastIndex = 0;
  for (let m = SENTENCE_ENDS.exec(text); m; m = SENTENCE_ENDS.exec(text)) from = m.index + 1;
  return text.slice(from);
}
/** The rest of the sentence after `end`. */
function sentenceAfter(lower: string, end: number): string {
  const text = lower.slice(end, end + 120);
  const stop = text.search(SENTENCE_END);
  return stop < 0 ? text : text.slice(0, stop);
}

/** "on and off oxycodone", "off and on", "on/off": taken now, irregularly (never a stop). */
const ON_AND_OFF = /\b(?:on (?:and|&|n) off|off (?:and|&|n) on|on\/off|off\/on)\s(?:(?:the|his|her|their)\s)?$/;

/** A later clause of the name's line takes it back (laterRefusal); the drugs are found only when one is said. */
function refusedLater(lower: string, end: number): boolean {
  if (laterRefusal(lower, end, lower.length) === undefined) return false;
  const next = findDrugs(lower).find((m) => m.start >= end)?.start ?? lower.length;
  return laterRefusal(lower, end, next) !== undefined;
}

/**
 * The name at [start, end) of the lower-case text is said as not taken now: negated, stopped, or declined ("refused
 * to start apixaban", "apixaban suggested but he said no": entity-cues.ts, the case reader's reading). A stop only
 * planned ("stopping sertraline next week": planned-change.ts) is not a stop: the drug is still taken.
 */
export function notTakenAt(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 30), start);
  if (ON_AND_OFF.test(before) || plannedChangeAt(lower, start, end) === 'stop') return false;
  // "when I saw her last week she was on sertraline", "was on sertraline 50, increased to 100": still taken
  if (pastUseStillCurrent(sentenceBefore(lower, start), sentenceAfter(lower, end))) return false;
  return (
    NOT_TAKEN_BEFORE.test(before) ||
    NOT_TAKEN_AFTER.test(lower.slice(end, end + 40)) ||
    declinedAt(lower, start, end) ||
    refusedLater(lower, end) ||
    deniedInListAt(lower, start, end)
  );
}

/**
 * Every mention of the drug is said as not taken now (notTakenAt): "not on aspirin", "no longer on an SSRI". The
 * mentions default to the text's own (findDrugs).
 */
export function saidNotTaken(
  lower: string,
  drug: DrugId,
  mentions: readonly DrugMention[] = findDrugs(lower),
): boolean {
  return mentions.every((m) => m.drug !== drug || notTakenAt(lower, m.start, m.end));
}

const EPOCH = '1970-01-01T00:00:00.000Z';
/** A prescription being dispensed or repeated: its drugs are the patient's now. */
const DISPENSING = /\b(?:rx|script|dispens\w*|refill\w*|repeat prescription)\b/;
/** "is it worth keeping her on the oxycodone?": a drug kept on is taken now, though the question reads as a proposal. */
const KEPT_ON = /\b(?:keep(?:ing)?|stay(?:ing)?) (?:(?:her|him|them|pt|the patient) )?on\b/;
/** The opioid class words ("on opioids", "opioid review", "narcotics"), each read for its status. */
const OPIOID_CLASS_WORD = /\b(?:opioids?|opiates?|narcotics?)\b/g;

/**
 * An opioid the patient takes now is named: a drug the case reader reads as taken, helping or not (not negated,
 * stopped, past, not tolerated, refused, planned or a companion's: stopped.ts, the outcome rows) or a prescription
 * being dispensed, or a class word not said as not taken (notTakenAt) nor as a start planned. The opioid review (continue only with
 * a meaningful gain in function, guideline L43) is for such an opioid alone; "no opioids, on naproxen" is not one.
 */
export function opioidTakenNow(lower: string): boolean {
  const read = extractCaseFacts(lower, turnReceivedAt() ?? EPOCH);
  // a trial that has not helped is still taken ("oxycodone 3 weeks, no change in function: continue?"): the review
  // a refused or declined drug is recorded as declined (fh18): never taken
  const taken = (read.patch.medications ?? []).filter(
    (m) => m.stopped !== true && m.declined !== true && !isExcluded(m),
  );
  // "Rx oxycodone 5mg bd ... ok to dispense?": a prescription handed over is taken, not a start thought of
  const dispensed = DISPENSING.test(lower) || KEPT_ON.test(lower) ? read.proposals : [];
  if ([...taken, ...dispensed].some((m) => isOpioid(m.drug))) return true;
  OPIOID_CLASS_WORD.lastIndex = 0;
  for (let m = OPIOID_CLASS_WORD.exec(lower); m; m = OPIOID_CLASS_WORD.exec(lower)) {
    const end = m.index + m[0].length;
    if (!notTakenAt(lower, m.index, end) && plannedChangeAt(lower, m.index, end) !== 'start') return true;
  }
  return false;
}
