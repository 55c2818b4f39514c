import { sharedReading } from '../../src/clinical/language/shared-readings.js';

/**
 * Typos of the guideline's topic words ("opiod criteria", "nsiad choice", "physcio referral?"): each read as the
 * word it misspells before the guideline rules and the retrieval see the text, so a misspelt topic is answered like
 * the spelt one. Drug names have their own fuzzy matching (the drug catalogue's misspellings); these are the class,
 * therapy and procedure words around them.
 *
 * Data: one row per topic word, with the forms it is spelt in and a misspelling it must catch (the example, read by
 * test/answers/topic-typos.test.ts). Only words of five letters or more are corrected, and only to a word one edit
 * away (two for words of eleven letters or more, keeping the first letter), so everyday words are not bent into topics.
 */
export interface TopicWord {
  /** The spellings the guideline rules read (singular and plural). The first is what a typo is read as. */
  forms: readonly string[];
  /** A misspelling this row corrects. */
  example: string;
}

export const TOPIC_WORDS: readonly TopicWord[] = [
  { forms: ['opioid', 'opioids'], example: 'opiod' },
  { forms: ['nsaid', 'nsaids'], example: 'nsiad' },
  { forms: ['physio', 'physios'], example: 'physcio' },
  { forms: ['physiotherapy'], example: 'physiotherapie' },
  { forms: ['epidural', 'epidurals'], example: 'epidurel' },
  { forms: ['injection', 'injections'], example: 'injecton' },
  { forms: ['gabapentinoid', 'gabapentinoids'], example: 'gabapentinods' },
  { forms: ['antidepressant', 'antidepressants'], example: 'antidepresant' },
  { forms: ['acupuncture'], example: 'accupuncture' },
  { forms: ['chiropractor', 'chiropractors', 'chiropractic'], example: 'chiropracter' },
  { forms: ['osteopath', 'osteopathy', 'osteopaths'], example: 'osteopth' },
  { forms: ['radicular'], example: 'radiculer' },
  { forms: ['sciatica'], example: 'siatica' },
  { forms: ['naloxone'], example: 'naloxon' },
  { forms: ['mindfulness'], example: 'mindfullness' },
  { forms: ['catastrophizing', 'catastrophising'], example: 'catastrophysing' },
  { forms: ['oswestry'], example: 'oswestery' },
  { forms: ['benzodiazepine', 'benzodiazepines'], example: 'benzodiazapines' },
  { forms: ['neuropathic'], example: 'neuropatic' },
  { forms: ['multidisciplinary'], example: 'multidiciplinary' },
  { forms: ['rehabilitation'], example: 'rehabilitaion' },
  { forms: ['referral', 'referrals'], example: 'referal' },
  { forms: ['reassess', 'reassessment'], example: 'reasess' },
  { forms: ['imaging'], example: 'imageing' },
  { forms: ['steroid', 'steroids'], example: 'steriods' },
  { forms: ['massage'], example: 'massge' },
  { forms: ['flags', 'flag'], example: 'flgas' },
  { forms: ['exercise', 'exercises', 'exercised'], example: 'excercise' },
  { forms: ['stenosis', 'stenoses'], example: 'stenossis' },
  { forms: ['equina'], example: 'equnia' },
  { forms: ['bladder', 'bladders'], example: 'bladdr' },
  { forms: ['surgery', 'surgeries'], example: 'surgury' },
  { forms: ['failure', 'failures'], example: 'failiure' },
  { forms: ['adequate'], example: 'adequite' },
  { forms: ['escalation', 'escalate'], example: 'escalaton' },
];

/** Every spelling the rows know: a word already spelt right is left as it is. */
const KNOWN = new Set(TOPIC_WORDS.flatMap((w) => w.forms));
/** Real words one edit from a topic word: never corrected ("message" is not "massage", "imagine" not "imaging"). */
const REAL_WORDS = new Set([
  'message',
  'messages',
  'imagine',
  'passage',
  'sausage',
  'steroidal',
  'infection',
  'infections',
  'deferral',
  'physics',
  'physic',
  'flaps',
  'flats',
  'flaws',
  'slags',
  'flogs',
  'ladder',
  'blabber',
  'surgeon',
  'equine',
  'equity',
  'escalator',
]);

/**
 * Optimal string alignment distance (an adjacent swap is one edit) within `max`, stopping once every cell passes it.
 * Rows live in buffers made at load and grown when a longer word comes (no arrays per call: issue 16).
 */
let rowsOf = new Int32Array(3 * 32);
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // One edit of a word of three letters or more leaves its first or its last letter in place.
  if (max === 1 && a.length >= 3 && b.length >= 3 && a[0] !== b[0] && a.at(-1) !== b.at(-1)) return false;
  const w = b.length + 1;
  if (rowsOf.length < 3 * w) rowsOf = new Int32Array(3 * w);
  const rows = rowsOf;
  // three rows in turn: the one two back (for a swap), the previous one, the one being filled
  let prev2 = 0;
  let prev = w;
  let row = 2 * w;
  for (let j = 0; j < w; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[row] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[prev + j]! + 1, rows[row + j - 1]! + 1, rows[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[prev2 + j - 2]! + 1);
      rows[row + j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return false;
    const spare = prev2;
    prev2 = prev;
    prev = row;
    row = spare;
  }
  return rows[prev + b.length]! <= max;
}

/** The topic word a misspelt word stands for, if any. */
function correction(word: string): string | undefined {
  if (word.length < 5 || KNOWN.has(word) || REAL_WORDS.has(word)) return undefined;
  for (const row of TOPIC_WORDS) {
    for (const form of row.forms) {
      const max = form.length >= 11 && word[0] === form[0] ? 2 : 1;
      if (withinEdits(word, form, max)) return form;
    }
  }
  return undefined;
}

const WORD = /[a-z]+/g;

/** The (lower-case) text with misspelt topic words read as the words they stand for; the same text when none is. */
export function correctTopicTypos(lower: string): string {
  return sharedReading('correctTopicTypos', correctTopicTyposOnce, lower);
}

/** A term's last word typed alone ("equina symptoms?", typo-corrected "equnia"): read as the whole term. */
const BARE_TERMS: readonly (readonly [RegExp, string])[] = [[/(?<!\bcauda )\bequina\b/g, 'cauda equina']];

function correctTopicTyposOnce(lower: string): string {
  const corrected = lower.replace(WORD, (word) => correction(word) ?? word);
  return BARE_TERMS.reduce((text, [re, whole]) => text.replace(re, whole), corrected);
}
