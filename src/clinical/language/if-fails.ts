import { TRIAL_QUESTION } from './trial-questions.js';
import type { DrugId } from '../knowledge/drug-catalogue.js';
import { findDrugs } from './find-drugs.js';

/**
 * A question, asked with a case open, about what comes after a treatment fails ("ok and if that fails?", "what if the
 * duloxetine doesn't work", "and after duloxetine?"): answered from the case as if that treatment had an adequate
 * failed trial (dialogs/walkthrough/if-fails.ts). Each row is data with an example it must read
 * (test/walkthrough/if-fails.test.ts).
 */
export const IF_FAILS_ROWS: readonly { example: string; re: RegExp; clause?: true }[] = [
  {
    // "if that fails", "if the pregabalin doesn't help", "if duloxetine is not enough", "if she doesn't respond"
    example: 'ok and if that fails?',
    // a condition: a drug named after it is asked about next
    clause: true,
    re: /\bif (?:that|this|it|he|she|they|the \w+|\w+)(?: still)? (?:fails|failed|doesn'?t (?:work|help|do (?:it|anything)|respond)|does not (?:work|help|respond)|didn'?t (?:work|help)|isn'?t (?:enough|effective|working|helping)|is not (?:enough|effective|working|helping)|has no effect|is ineffective|no good)\b/i,
  },
  {
    // "suppose tramadol fails", "in case the duloxetine doesn't work", "say gabapentin doesn't help"
    example: 'suppose tramadol fails',
    // a condition: a drug named after it is asked about next
    clause: true,
    re: /\b(?:suppose|supposing|in case|say) (?:that |the )?\w+(?: still)? (?:fails|failed|doesn'?t (?:work|help)|does not (?:work|help)|didn'?t (?:work|help)|isn'?t (?:enough|working|helping)|is not (?:enough|working|helping))\b/i,
  },
  {
    // "if no response to duloxetine", "if no improvement", "if still no better", "if not better in 4 weeks"
    example: 'if no improvement on duloxetine, then what?',
    // a condition: a drug named after it is asked about next
    clause: true,
    re: /\bif (?:there'?s )?(?:still )?(?:no|not|nil) (?:improvement|response|benefit|relief|better|improving|responding)\b/i,
  },
  {
    // "and if still bad, tramadol?", "if she's still sore", "if pain still no better": the trial taken to fail
    example: 'and if still bad, tramadol?',
    // a condition: a drug named after it is asked about next
    clause: true,
    re: /\bif (?:(?:she|he|they|it|pain)(?:'s| is| are)? )?still (?:bad|sore|painful|no better|not better|not improving|the same|struggling)\b/i,
  },
  {
    // "what's after that?", "and what happens after this?", "where do we go after that?": the option the case offers
    // now, taken to fail
    example: "what's after that?",
    re: /^\W{0,3}(?:(?:and|ok|okay|so|right)\W{1,3})?(?:what'?s|what is|what happens|what do (?:i|we) do|where do (?:i|we) go)(?: next)? after (?:that|this|it)\b/i,
  },
  {
    // "and failing that?", "failing duloxetine, what next?"
    example: 'and failing that?',
    re: /^\W{0,3}(?:(?:and|ok|okay|so|right)\W{1,3})?failing\b/i,
  },
];

/**
 * "and after duloxetine?", "what comes after pregabalin?", "what's next after tramadol": a drug named right after
 * "after", in a short question.
 */
const AFTER_DRUG =
  /(?:^|\b(?:and|so|ok|okay|then|comes?|next|what'?s|what is|what))\W{0,3}(?:after|beyond) (?:the |a |an )?(?:(?:trial|course) of )?$/i;

/** A stretch of time said with the question: "after 3 months", "in 12 weeks", "by 6 wks". */
const OVER_TIME =
  /\b(?:after|in|by|at|within|over) (?:\d{1,3}|a few|a couple of|several|some) ?(?:months?|mos?|weeks?|wks?)\b/i;

/** A text that opens with "if", "what if", "suppose" or "in case" ("and if tramadol fails", "ok suppose it fails"). */
const OPENS_HYPOTHETICAL = /^\W{0,3}(?:(?:and|ok|okay|so|but)\W{1,3})?(?:what if|if|suppose|supposing|in case)\b/i;

function onlyHypothetical(text: string): boolean {
  if (!OPENS_HYPOTHETICAL.test(text)) return false;
  return IF_FAILS_ROWS.some((row) => {
    const m = row.re.exec(text);
    return m !== null && /^[\s.!,]*$/.test(text.slice(m.index + m[0].length));
  });
}

/** The longest message read as such a question: a case note is no "what if" question. */
const MAX_CHARS = 160;

export interface IfFailsQuestion {
  /** The drugs the question names (the first one is judged failed); none for "that" (the case's current option). */
  drugs: DrugId[];
  /**
   * A drug asked about as the next step, named after the "if" clause ("if that doesn't work can she have tramadol?",
   * "and if still bad, tramadol?"): the answer is about it, as the case would be then.
   */
  next?: DrugId;
}

/** Words before a drug that make it the failing trial's ("if no response to duloxetine", "no better on pregabalin"). */
const OF_THE_TRIAL = /\b(?:on|to|with|from|of|after|off)\s(?:the\s|her\s|his\s)?$/i;

/** The question, or undefined when the text asks something else. */
export function askedIfFails(text: string): IfFailsQuestion | undefined {
  if (text.length > MAX_CHARS) return undefined;
  // "how many weeks before I can say duloxetine didn't work?": what counts as a failure, not what follows one
  if (TRIAL_QUESTION.test(text.toLowerCase())) return undefined;
  // a question: a question mark, or words that ask ("what if that doesn't work", "if that fails then what")
  // or a text that is the hypothetical alone ("if tramadol fails", "suppose it doesn't work"): never a fact to store.
  // "if that fails she will see the pain clinic" goes on to a plan: not asked.
  if (!/\?|\bwhat\b|\bthen\b|\bnext\b/i.test(text) && !onlyHypothetical(text)) return undefined;
  const mentions = findDrugs(text);
  const drugs = [...new Set(mentions.map((m) => m.drug))];
  // "what if no improvement after 3 months?": the time on treatment as a whole (the referral's 12 weeks), not one
  // drug's trial
  if (!drugs.length && OVER_TIME.test(text)) return undefined;
  const clause = IF_FAILS_ROWS.filter((row) => row.clause)
    .map((row) => row.re.exec(text))
    .find((m) => m !== null);
  if (clause) {
    // a drug named after the "if" clause, not as the trial's own, is the one asked about next
    const end = clause.index + clause[0].length;
    const next = mentions.find(
      (m) => m.start >= end && !OF_THE_TRIAL.test(text.slice(Math.max(0, m.start - 12), m.start)),
    );
    if (next) {
      const failing = [...new Set(mentions.filter((m) => m !== next && m.drug !== next.drug).map((m) => m.drug))];
      return { drugs: failing, next: next.drug };
    }
    return { drugs };
  }
  if (IF_FAILS_ROWS.some((row) => row.re.test(text))) return { drugs };
  const after = mentions.find((m) => AFTER_DRUG.test(text.slice(Math.max(0, m.start - 40), m.start)));
  return after ? { drugs: [after.drug] } : undefined;
}
