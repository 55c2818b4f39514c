import { readEhrSigs } from './ehr-sig.js';
import { sharedReading } from './shared-readings.js';
import { readSpoken } from './spoken-numbers.js';

/**
 * Lower case with clinicians' dotted and slashed shorthand unified, so later patterns stay simple. Offsets in the
 * result do not map back to the input: extraction reports facts, never spans of the clinician's text.
 */
const REPLACEMENTS: readonly [RegExp, string][] = [
  [/\b([a-z])\.([a-z])\.([a-z])\.?(?=\s|$|[,;:)?!])/g, '$1$2$3'], // b.i.d. t.i.d. p.r.n.
  [/\b([a-z])\.([a-z])\.?(?=\s|$|[,;:)?!])/g, '$1$2'], // q.d. h.s. y.o. (also before ? ! :)
  [/\bw\/o\b/g, 'without'],
  [/\bw\/(?=\s|[a-z])/g, 'with '],
  [/\bh\/o\b|\bhx of\b|\bhx\b/g, 'history of'],
  [/\bc\/o\b/g, 'complains of'],
  [/\bd\/c(?:'?d|ed)?\b/g, 'stopped'],
  [/\bs\/e\b|\bse's\b|\bside-effects?\b/g, 'side effects'],
  [/\bb\/l\b|\bbilat\b/g, 'bilateral'],
  [/\bb\/b\b|\bbowel\s?\/\s?bladder\b|\bbladder\s?\/\s?bowel\b/g, 'bowel or bladder'],
  [/[’‘`]/g, "'"],
  [/[ \t\u00a0]+/g, ' '],
];

export function normalize(text: string): string {
  return sharedReading('normalize', normalizeOnce, text);
}

function normalizeOnce(text: string): string {
  let out = readClinicalText(text).toLowerCase();
  for (const [re, by] of REPLACEMENTS) out = out.replace(re, by);
  return out;
}

/**
 * What every reader reads first, case readers and quick answers alike: dictated numbers, spoken punctuation and
 * spelled abbreviations (spoken-numbers.ts), then EHR medication sigs (ehr-sig.ts) as the shorthand the drug
 * readers know. Idempotent: reading its own output changes nothing.
 */
export function readClinicalText(text: string): string {
  return sharedReading('readClinicalText', readClinicalTextOnce, text);
}

function readClinicalTextOnce(text: string): string {
  return readEhrSigs(readSpoken(text));
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
