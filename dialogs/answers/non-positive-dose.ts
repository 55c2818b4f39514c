import { UNCLEAR_DOSE } from '../../src/clinical/language/dose-notation.js';
import type { DrugMention } from './ports.js';

/**
 * A zero or negative amount typed right after a drug name ("naproxen -500 mg bid", "ibuprofen 0 mg tid"). The
 * language layer reads no dose from it, so without this check the answer would silently ignore the number.
 * A spaced dash ("naproxen - 500 mg") is a separator, not a sign.
 */
const NON_POSITIVE =
  /^\s*(?:of\s+)?((?:-|\u2212|minus\s+)\d+(?:\.\d+)?|0+(?:\.0+)?(?![\d.]))\s*(mg|g|gm|mcg(?:\/hr?)?)?\b/i;

/** The amount as typed ("-500 mg", "0 mg"), or undefined when the text after the name is no such amount. */
export function nonPositiveDose(text: string, mention: DrugMention): string | undefined {
  const m = NON_POSITIVE.exec(text.slice(mention.end));
  if (!m) return undefined;
  const amount = m[1]!.replace(/^(?:\u2212|minus\s+)/i, '-');
  return `${amount}${m[2] ? ` ${m[2].toLowerCase()}` : ''}`;
}

export const NON_POSITIVE_REASON = 'a dose must be more than 0.';

/**
 * A dose said two ways that disagree ("oxycodone 5mg of the 20s, 2 tabs": 5 mg, or 2 x 20 = 40 mg), which the
 * language layer reads as no amount (dose-notation.ts UNCLEAR_DOSE): asked, never guessed.
 */
const UNCLEAR = new RegExp(String.raw`^\s*${UNCLEAR_DOSE}\b`, 'i');

export const unclearDose = (text: string, mention: DrugMention): boolean => UNCLEAR.test(text.slice(mention.end));

/** What the reply asks for an unclear dose. */
export const UNCLEAR_DOSE_ASK =
  'the dose is said two ways that disagree (an amount, and a count of tablets that comes to another). Which is it? Say it one way: the mg taken each time and how often, or the tablet strength, how many tablets each time and how often. No dose or MME was computed from it.';
