import { readDoseNotation } from './dose-notation.js';
import { readEhrSigs } from './ehr-sig.js';
import { sharedReading } from './shared-readings.js';
import { readSpoken } from './spoken-numbers.js';

/**
 * Lower case with clinicians' dotted and slashed shorthand unified, so later patterns stay simple. Offsets in the
 * result do not map back to the input: extraction reports facts, never spans of the clinician's text.
 *
 * Each row names a character that every match of its pattern contains (`needs`): a text without it is not scanned
 * for that row (most texts have no dotted or slashed shorthand). It is checked on the text as the earlier rows
 * left it, so a skipped row is one that could not have matched.
 */
const REPLACEMENTS: readonly { re: RegExp; by: string; needs: string }[] = [
  { re: /\b([a-z])\.([a-z])\.([a-z])\.?(?=\s|$|[,;:)?!])/g, by: '$1$2$3', needs: '.' }, // b.i.d. t.i.d. p.r.n.
  { re: /\b([a-z])\.([a-z])\.?(?=\s|$|[,;:)?!])/g, by: '$1$2', needs: '.' }, // q.d. h.s. y.o. (also before ? ! :)
  { re: /\bw\/o\b/g, by: 'without', needs: '/' },
  { re: /\bw\/(?=\s|[a-z])/g, by: 'with ', needs: '/' },
  { re: /\bh\/o\b|\bhx of\b|\bhx\b/g, by: 'history of', needs: 'h' },
  { re: /\bc\/o\b/g, by: 'complains of', needs: '/' },
  { re: /\bd\/c(?:'?d|ed)?\b/g, by: 'stopped', needs: '/' },
  { re: /\bs\/e\b|\bse's\b|\bside-effects?\b/g, by: 'side effects', needs: 's' },
  { re: /\bb\/l\b|\bbilat\b/g, by: 'bilateral', needs: 'b' },
  { re: /\bb\/b\b|\bbowel\s?\/\s?bladder\b|\bbladder\s?\/\s?bowel\b/g, by: 'bowel or bladder', needs: '/' },
  // NP shorthand outcome marks after a trial: "naproxen 500 bid x 8wk ✗" failed, "duloxetine 60 x 6wk ✓" helped
  { re: /\s?[✗✘❌✖]/gu, by: ' failed', needs: '' },
  { re: /\s?[✓✔✅]/gu, by: ' helped', needs: '' },
  { re: /[’‘`]/g, by: "'", needs: '' },
  // a dose glued to its frequency: "naproxen 500bd", "gabapentin 300tds" (read as "500 bd")
  { re: /\b(\d+(?:\.\d+)?)(bd|bid|tds|tid|qds|qid|od|nocte|mane)\b/g, by: '$1 $2', needs: '' },
  // Only runs that are not already one plain space: a single space is left as it is, so most texts are not copied.
  { re: /[ \t\u00a0]{2,}|[\t\u00a0]/g, by: ' ', needs: '' },
];

export function normalize(text: string): string {
  return sharedReading('normalize', normalizeOnce, text);
}

function normalizeOnce(text: string): string {
  let out = readClinicalText(text).toLowerCase();
  for (const { re, by, needs } of REPLACEMENTS) if (out.includes(needs)) out = out.replace(re, by);
  return out;
}

/**
 * What every reader reads first, case readers and quick answers alike: dictated numbers, spoken punctuation and
 * spelled abbreviations (spoken-numbers.ts), then EHR medication sigs (ehr-sig.ts) as the shorthand the drug
 * readers know, then two-part dose notations ("2 x 5mg", "half a gram": dose-notation.ts) as one amount. Idempotent:
 * reading its own output changes nothing.
 */
export function readClinicalText(text: string): string {
  return sharedReading('readClinicalText', readClinicalTextOnce, text);
}

function readClinicalTextOnce(text: string): string {
  return readDoseNotation(readEhrSigs(readSpoken(text)));
}

/**
 * `text` without its trailing run of any of `chars` ("yes!!" -> "yes"). A loop, not `/[.!]+$/`: an unanchored
 * `X+$` is retried from every character of a long run that is not at the end, quadratic in the run's length.
 */
export function stripTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Offset just past the last of `chars` in `text` (0 when none): where the last clause starts. */
export function afterLast(text: string, chars: string): number {
  let i = text.length;
  while (i > 0 && !chars.includes(text[i - 1]!)) i--;
  return i;
}
