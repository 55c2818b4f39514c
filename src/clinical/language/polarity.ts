import type { Item } from './clauses.js';
import { compileReader } from './cue-rules.js';
import { namesADrug } from './find-drugs.js';

/**
 * How a mention is asserted in its item. 'uncertain' ("?radicular", "possible sciatica") counts as present;
 * 'someone-else' (a relative's), 'discussed' (a risk talked about) and 'hypothetical' (safety-netting advice) are not
 * the patient's, and 'asked' ("is she losing weight?") is a question whether it is: the case reader records nothing
 * for them.
 */
export type Polarity =
  | 'present'
  | 'absent'
  | 'uncertain'
  | 'unknown'
  | 'someone-else'
  | 'discussed'
  | 'hypothetical'
  | 'asked';

// The cue words are rows of cue-rules.ts (each with an example, read by test/language/cue-rules.test.ts).
/** "family history of cancer", "mother had breast ca": a relative's condition, not the patient's. */
const FAMILY_BEFORE = compileReader('concept-relative-before');
/** "wife says he has had black stools", "carer reports she's been vomiting blood": the patient's, told by a relative. */
const REPORTED = compileReader('concept-reported-before', 'g');
/** How far before the concept the reporting verb may stand (the rows' scope, cue-rules.ts). */
const REPORT_REACH = 60;
const SENTENCE_END = /[.;?!]/;
/** "risks of overdose and dependence discussed", "counselled re overdose": a risk talked about, not a history. */
const DISCUSSED_BEFORE = compileReader('concept-discussed-before');
/** "overdose risk", "overdose and dependence risk discussed". */
const DISCUSSED_AFTER = compileReader('concept-discussed-after');
/** "scared of addiction", "worried about developing an addiction": a fear, not a history. */
const FEARED_BEFORE = compileReader('concept-feared-before');
/** "advised to return if saddle numbness", "safety netted re cauda equina": what the patient might develop. */
const HYPOTHETICAL_BEFORE = compileReader('concept-hypothetical-before');
/** "is she losing weight?", "does he have saddle numbness", "what if she has a fever?": a question, not a sign said. */
const ASKED_BEFORE = compileReader('concept-asked-before');
/** "58M, LBP 6 months. Any weight loss?": "any" asks only in a sentence that ends with "?". */
const ASKED_IN_QUESTION = compileReader('concept-asked-in-question-before');
const UNKNOWN_BEFORE = compileReader('concept-unknown-before');
const UNKNOWN_AFTER = compileReader('concept-unknown-after');
const NEGATION_BEFORE = compileReader('concept-negated-before');
const NEGATION_AFTER = compileReader('concept-negated-after');
const UNCERTAIN_BEFORE = compileReader('concept-uncertain-before');
/** Words between a cue and the mention that end the cue's reach ("no relief, pain radiating", "no conditions apart from CKD"). */
const BREAK = compileReader('concept-scope-break');
/** A dash or colon that ends a cue's reach when a drug comes before it ("no NSAID - GI bleed on ibuprofen"). */
const DRUG_REASON_BREAK = compileReader('concept-drug-reason-break');

/**
 * Polarity of the mention at [start, end) of the normalized text, within its item; `asking` when the item's sentence
 * ends with "?".
 */
export function polarityIn(item: Item, start: number, end: number, asking = false): Polarity {
  // Cues act within a few words: bounded slices also keep long pasted notes linear.
  const before = item.text.slice(Math.max(0, start - item.start - 80), Math.max(0, start - item.start));
  const after = item.text.slice(Math.max(0, end - item.start), Math.max(0, end - item.start) + 60);
  if (FAMILY_BEFORE.test(before) && !reportedOfPatient(before)) return 'someone-else';
  if (DISCUSSED_BEFORE.test(before) || DISCUSSED_AFTER.test(after) || FEARED_BEFORE.test(before)) return 'discussed';
  if (HYPOTHETICAL_BEFORE.test(before)) return 'hypothetical';
  if (ASKED_BEFORE.test(before) || (asking && ASKED_IN_QUESTION.test(before))) return 'asked';
  if (UNKNOWN_BEFORE.test(before) || UNKNOWN_AFTER.test(after)) return 'unknown';
  if (negatedBefore(before)) return 'absent';
  if (NEGATION_AFTER.test(after)) return 'absent';
  if (UNCERTAIN_BEFORE.test(before)) return 'uncertain';
  return 'present';
}

/** A reporting verb after the relative, and no other relative after the verb: the report is of the patient. */
function reportedOfPatient(before: string): boolean {
  let tail: string | undefined;
  for (const m of before.matchAll(REPORTED)) tail = before.slice(m.index + m[0].length);
  return tail !== undefined && tail.length <= REPORT_REACH && !SENTENCE_END.test(tail) && !FAMILY_BEFORE.test(tail);
}

/**
 * A negation cue reaches the mention with no scope break between them. The nearest cue counts: in "RF neg - no wt
 * loss" the dash ends the reach of "neg", and "no" after it still negates "wt loss". Each retry reads a shorter
 * text (what follows the cue found), so the loop ends.
 */
function negatedBefore(before: string): boolean {
  let neg = NEGATION_BEFORE.exec(before);
  while (neg && breaksScope(neg[1] ?? '')) neg = NEGATION_BEFORE.exec(neg[1] ?? '');
  return !!neg;
}

/** The words between a negation cue and a mention end the cue's reach. */
export function breaksScope(between: string): boolean {
  if (BREAK.test(between)) return true;
  const dash = DRUG_REASON_BREAK.exec(between);
  return !!dash && namesADrug(between.slice(0, dash.index));
}

/** True when the item says nothing but its mentions and list words (a continuation of a list after a cue). */
export function isBareListItem(item: Item, mentionText: string): boolean {
  if (item.text.length > 80) return false;
  const rest = item.text.replace(mentionText, '').replace(/\b(?:or|and|nor|any|other|new|recent|significant)\b/g, '');
  return rest.replace(/[\s/.-]/g, '').length <= 12;
}
