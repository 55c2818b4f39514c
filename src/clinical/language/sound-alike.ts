import { drugCatalogue } from '../knowledge/drug-catalogue.js';

/**
 * Drug and score names split or misheard by dictation ("pre gabba lin", "do lox eh teen", "tram a doll", "oh swest
 * tree" for Oswestry, "tap and tall" for tapentadol). A run of two to five neighbouring words, joined, is compared by
 * its sound-alike key (consonant skeleton) with a key per name built at load. What it finds is only ever OFFERED
 * ("Did you mean pregabalin?" with a button that sends the corrected question): never read as a drug, never written
 * into a case (ordinary English can sound like a drug: "last trial" ~ Lustral, "MME plan" ~ Marplan).
 *
 * The names: each single-drug catalogue row's generic name (never brands nor class members, where the everyday
 * sound-alikes are) and the score names in SCORE_NAMES. Bounded work: at most MAX_WORDS words, each starting at most
 * four joins, each key linear in its letters.
 */

export interface SpokenName {
  /** The name the button says. */
  name: string;
  /** Dictated the way the key must catch (test/language/sound-alike.test.ts reads each). */
  example: string;
  /** Ordinary words near it that must not be offered as it. */
  counter: string;
}

/** Score and instrument names dictated as syllables (the drug names come from the catalogue). */
export const SCORE_NAMES: readonly SpokenName[] = [
  { name: 'Oswestry', example: 'oh swest tree score 40%?', counter: 'oh west street clinic' },
];

/**
 * Reference opioid names dictated in ways the consonant key misses: a syllable heard as "own" or "bew" (a "w" the key
 * keeps), a name too short to key safely ("co deen"), or a brand (never keyed: the everyday sound-alikes are brands').
 * Each `heard` form is matched as its words joined, exactly, so only these runs are offered. Names: the reference's
 * only (clinical-reference.md sections 2 and 4).
 */
export const SPOKEN_FORMS: readonly (SpokenName & { heard: readonly string[] })[] = [
  {
    name: 'hydromorphone',
    heard: ['hydro morph own', 'hydro morf own', 'hydro more fone own', 'hydro morph on'],
    example: 'hydro morph own 2 mg q4h, MME?',
    counter: 'hydro pool more often on Mondays',
  },
  {
    name: 'buprenorphine',
    heard: ['bew prenor feen', 'bew pre nor feen', 'bew pren or feen', 'byoo pre nor feen', 'bew prenor fine'],
    example: 'switch to bew prenor feen patch?',
    counter: 'a few pre-nursing forms',
  },
  {
    name: 'codeine',
    heard: ['co deen', 'ko deen', 'code een', 'co deine', 'code eene'],
    example: 'co deen 30 qds, max dose?',
    counter: 'code in the notes, co dean of the unit',
  },
  {
    name: 'OxyContin',
    heard: ['oxy con tin', 'ox e con tin', 'oxi con tin', 'oxy con ten', 'ox ee con tin'],
    example: 'oxy con tin 10 bd ok to dispense?',
    counter: 'oxygen tank in the car',
  },
  {
    name: 'Percocet',
    heard: ['perk o set', 'per co set', 'perk a set', 'perco set', 'perk oh set'],
    example: 'perk o set 5/325 q6h prn, max a day?',
    counter: 'perfect set of exercises',
  },
  {
    name: 'Nucynta',
    heard: ['new sin ta', 'nu sin ta', 'new cin ta', 'new sinta', 'noo sin ta'],
    example: 'new sin ta 50 tds dose?',
    counter: 'new sink at home',
  },
];

/** A name sounded out: joined runs of this many words at most. */
const MAX_RUN = 5;
/** Words read per message (a pasted note is not read for sound-alikes past this). */
const MAX_WORDS = 80;
/** A key shorter than this is too common among English words to offer. */
const MIN_KEY = 4;
/** A key this long may differ by one swapped pair or one changed consonant; a shorter one needs three words. */
const LOOSE_KEY = 5;

const LETTERS = /[a-z]+/gi;
const SOFT_C = /c(?=[eiy])/g;
/** Spellings of one sound: ph f, ck k, qu kw, x ks, c k, q k, z s, h dropped (th t, wh w, "eh" e). */
const SOUNDS: readonly [RegExp, string][] = [
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/qu/g, 'kw'],
  [/x/g, 'ks'],
  [SOFT_C, 's'],
  [/[cq]/g, 'k'],
  [/z/g, 's'],
  [/h/g, ''],
];
const VOWELS = /[aeiouy]+/g;

/** The consonant skeleton of letters: one consonant per sound, doubled ones once, vowels dropped. */
export function soundKey(letters: string): string {
  let s = letters.toLowerCase();
  for (const [re, by] of SOUNDS) s = s.replace(re, by);
  s = s.replace(VOWELS, '');
  let out = '';
  for (const ch of s) if (ch !== out[out.length - 1]) out += ch;
  return out;
}

/** How many vowel groups (about the syllables): a run and its name may differ by one. */
const syllables = (letters: string): number => letters.toLowerCase().match(VOWELS)?.length ?? 0;

interface Target {
  name: string;
  key: string;
  syllables: number;
}

const SINGLE_WORD = /^[a-z]+$/;

/** One target per name, built at load. */
export const SOUND_TARGETS: readonly Target[] = [
  ...drugCatalogue
    .filter((d) => !d.classRow)
    .map((d) => d.generic.split(' (')[0]!)
    .filter((name) => SINGLE_WORD.test(name)),
  ...SCORE_NAMES.map((s) => s.name),
]
  .map((name) => ({ name, key: soundKey(name), syllables: syllables(name) }))
  .filter((t) => t.key.length >= MIN_KEY);

const BY_KEY = new Map(SOUND_TARGETS.map((t) => [t.key, t]));

/** Keys equal, or (long keys of equal length) one adjacent pair swapped or one consonant changed. */
function nearKey(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length || a.length < LOOSE_KEY) return false;
  let first = -1;
  let diffs = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (++diffs > 2) return false;
    if (first < 0) first = i;
  }
  if (diffs === 1) return true;
  return a[first] === b[first + 1] && a[first + 1] === b[first] && a[first + 2] === b[first + 2];
}

/** Each SPOKEN_FORMS form, its words joined -> its name (built once). */
const FORMS = new Map(
  SPOKEN_FORMS.flatMap((row) =>
    row.heard.map((h) => [h.replace(/[^a-z]/gi, '').toLowerCase(), { name: row.name, key: '', syllables: 0 }] as const),
  ),
);

function targetFor(joined: string): Target | undefined {
  const form = FORMS.get(joined.toLowerCase());
  if (form) return form;
  const key = soundKey(joined);
  if (key.length < MIN_KEY) return undefined;
  const exact = BY_KEY.get(key);
  const near = exact ?? SOUND_TARGETS.find((t) => nearKey(key, t.key));
  return near && Math.abs(near.syllables - syllables(joined)) <= 1 ? near : undefined;
}

export interface SoundAlike {
  /** The catalogue or score name it sounds like. */
  name: string;
  /** The words heard, as the clinician's text has them ("pre gabba lin"). */
  heard: string;
  /** The clinician's text with the heard words replaced by the name. */
  corrected: string;
}

/**
 * Runs of two or more words of `text` that, joined, sound like a catalogue drug or score name: at most one per
 * name, the shortest run at each place (never "pre gabba lin you"). A word with no consonant sound ("a", "oh", "you")
 * starts a run only for a name that starts with a vowel ("oh swest tree"), and never ends one.
 */
export function soundAlikes(text: string): SoundAlike[] {
  const words = [...text.matchAll(LETTERS)].slice(0, MAX_WORDS);
  const keyless = words.map((w) => soundKey(w[0]) === '');
  const found: SoundAlike[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 2; n <= Math.min(MAX_RUN, words.length - i); n++) {
      if (keyless[i + n - 1]) continue;
      const run = words.slice(i, i + n);
      const target = targetFor(run.map((w) => w[0]).join(''));
      if (!target || found.some((f) => f.name === target.name)) continue;
      // "more fun" is not morphine: two words rarely sound out a short name (a SPOKEN_FORMS form is exact)
      if (target.key && target.key.length < LOOSE_KEY && n < 3) continue;
      if (keyless[i] && !STARTS_WITH_VOWEL.test(target.name)) continue;
      const start = run[0]!.index!;
      const end = run[n - 1]!.index! + run[n - 1]![0].length;
      found.push({
        name: target.name,
        heard: text.slice(start, end),
        corrected: `${text.slice(0, start)}${target.name}${text.slice(end)}`,
      });
      i += n - 1;
      break;
    }
  }
  return found;
}

const STARTS_WITH_VOWEL = /^[aeiouy]/i;

/**
 * A question about a drug, by its words: with no drug named and a sound-alike run, the run is offered (the answer
 * would otherwise be about no drug, or the wrong one). Each row: an example it reads, a counter-example it does not.
 */
export const DRUG_QUESTION_CUES: readonly { re: RegExp; example: string; counter: string }[] = [
  {
    re: /\b(?:doses?|dosing|dosage|max(?:imum)?|how much|titrat\w*|mg)\b/,
    example: 'what dose of pre gabba lin for sciatica',
    counter: 'what is the MME plan?',
  },
  {
    re: /\b(?:start|starting|stop|stopping|switch\w*|taper\w*|wean\w*|add|adding)\b/,
    example: 'can I start do lox eh teen',
    counter: 'last trial failed, what next?',
  },
  {
    re: /\b(?:dispense|dispensing|prescrib\w*|rx|script)\b/,
    example: 'Rx pre gabba lin 75 bd ok to dispense?',
    counter: 'a level of pain 7/10',
  },
  {
    re: /\b(?:safe|ok to|okay to|side effects?|interact\w*|for (?:back|leg|nerve) pain)\b/,
    example: 'tap and tall for back pain?',
    counter: 'do a lot of walking?',
  },
];

export const asksAboutADrug = (lower: string): boolean => DRUG_QUESTION_CUES.some((c) => c.re.test(lower));
