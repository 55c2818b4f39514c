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
