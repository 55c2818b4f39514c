/**
 * "fail" inside the name of a condition: heart, cardiac, renal, kidney, liver, hepatic, respiratory or organ failure,
 * and the failed back (surgery) syndrome. A diagnosis, never a drug trial that failed: "naproxen 500 bd, heart
 * failure" is naproxen with heart failure (NSAIDs: avoid, clinical-reference.md section 2), not a failed NSAID. The
 * condition itself is read by its concept (concepts.ts) and kidney failure by measures.ts; here only the word "fail"
 * is kept from the readers of trial outcomes (outcomes.ts) and of "after a failure" questions (dialogs/answers).
 * "treatment failure on duloxetine", "naproxen failure" and "failed naproxen" stay trial failures.
 * Each row has an example whose "fail" word it must take and a counter-example whose word it must leave
 * (test/language/condition-failure.test.ts).
 */
export const CONDITION_FAILURE_ROWS: readonly { example: string; counter: string }[] = [
  { example: 'no NSAIDs - heart failure', counter: 'naproxen failure' },
  { example: 'congestive cardiac failure', counter: 'treatment failure on duloxetine' },
  { example: 'avoid naproxen, renal failure', counter: 'failed naproxen' },
  { example: 'kidney failure on dialysis', counter: 'duloxetine trial failure' },
  { example: 'hx liver failure', counter: 'NSAID failure' },
  { example: 'acute hepatic failure 2019', counter: 'failure of duloxetine' },
  { example: 'left ventricular failure', counter: 'failed 2 NSAIDs' },
  { example: 'type 2 respiratory failure on home oxygen', counter: 'documented failure' },
  { example: 'failed back surgery syndrome', counter: 'failed back exercises' },
];

/** The words that name an organ (or a graft) before "failure". */
const ORGAN = `(?:heart|cardiac|ventricular|lv|rv|biventricular|renal|kidney|liver|hepatic|hepatorenal|respiratory|pulmonary|lung|organ|multi-?organ|graft|transplant|adrenal|ovarian|bone marrow|marrow|pump)`;

/**
 * Before a "fail" word of the outcome and question readers: no organ word just before it. A lookbehind, so a
 * reader composes it in front of its own "fail" alternative (`${NOT_AFTER_ORGAN}fail(?:s|ed|ure)?`).
 */
export const NOT_AFTER_ORGAN = String.raw`(?<!\b${ORGAN}[ -])`;

/** "failed back surgery syndrome", "failed back syndrome", "FBSS": a back pain diagnosis, not a failed drug. */
const FAILED_BACK = String.raw`failed(?= (?:back|spinal|spine|lumbar)(?: surgery)? syndrome\b)`;

/** The "fail" word of a condition's name, wherever it is. */
const CONDITION_FAIL_WORD = new RegExp(String.raw`(?<=\b${ORGAN}[ -])failure\b|\b${FAILED_BACK}`, 'g');

/**
 * The text with the "fail" word of every condition name replaced, length kept: "heart failure" -> "heart disease"
 * (the organ word stays, so "stopped due to heart failure" is still a reason), "failed back surgery syndrome" ->
 * "______ back surgery syndrome". What the trial-outcome readers read.
 */
export function withoutConditionFailures(text: string): string {
  if (!text.includes('fail')) return text;
  return text.replace(CONDITION_FAIL_WORD, (m) => (m === 'failure' ? 'disease' : '_'.repeat(m.length)));
}
