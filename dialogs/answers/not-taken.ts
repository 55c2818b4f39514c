import { declinedAt } from '../../src/clinical/language/entity-cues.js';
import { plannedChangeAt } from '../../src/clinical/language/planned-change.js';

/**
 * A medicine named as not taken now: negated ("not on aspirin", "no omeprazole", "never took codeine") or stopped
 * ("stopped omeprazole last year", "came off aspirin", "omeprazole was stopped"). Such a name makes no current
 * interaction pair and no "not checked" pair (clinical-reference.md section 3: the pair must be present). Each row
 * reads its example and not its counter (test/answers/not-taken.test.ts).
 */
export const NOT_TAKEN_BEFORE =
  /\b(?:not on|not taking|no longer (?:on|taking)|never (?:on|took|taken|had)|no|nil|off|stopped|stopping|quit|ceased|discontinued|d\/c'?d|came off|denies|without|used to take|was on|previously on|ex)\s(?:(?:the|his|her|their|any|taking)\s)?$/;
export const NOT_TAKEN_AFTER =
  /^(?:\s\d+(?:\.\d+)?\s?mg)?[:,]?\s(?:was |were |has been |had been )?(?:stopped|discontinued|ceased|d\/c'?d|withdrawn|never (?:been )?(?:tried|taken|started|used)|not (?:yet )?(?:tried|taken|started))\b/;

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
];

/** "on and off oxycodone", "off and on", "on/off": taken now, irregularly (never a stop). */
const ON_AND_OFF = /\b(?:on (?:and|&|n) off|off (?:and|&|n) on|on\/off|off\/on)\s(?:(?:the|his|her|their)\s)?$/;

/**
 * The name at [start, end) of the lower-case text is said as not taken now: negated, stopped, or declined ("refused
 * to start apixaban", "apixaban suggested but he said no": entity-cues.ts, the case reader's reading). A stop only
 * planned ("stopping sertraline next week": planned-change.ts) is not a stop: the drug is still taken.
 */
export function notTakenAt(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 30), start);
  if (ON_AND_OFF.test(before) || plannedChangeAt(lower, start, end) === 'stop') return false;
  return (
    NOT_TAKEN_BEFORE.test(before) || NOT_TAKEN_AFTER.test(lower.slice(end, end + 40)) || declinedAt(lower, start, end)
  );
}
