import { drugCatalogue, type DrugId } from '../knowledge/drug-catalogue.js';
import { drugForName, EXACT_NAMES } from './drug-lexicon.js';

/**
 * A drug name broken up by speech recognition or phone autocorrect ("trammer doll", "dual ox a teen", "sim balta",
 * "nap rocks in", "sit a low pram"): two to four words whose letters, joined, sound like one catalogue name (generic
 * or brand) are read as that name before any other reader runs, and the reply says what was read so the clinician can
 * correct it. The sound is a key of the joined letters (soundKey): the consonants as heard, vowels dropped but the
 * first, doubled letters single, an "r" after a vowel silent (the non-rhotic "trammer"). A key two drugs share is no
 * reading.
 *
 * Read only when safe: no word of the run is one the project reads otherwise (STRUCTURAL_WORDS: "for", "with",
 * "no"...; digits never join, nor a word without a vowel, nor a lone letter but "a"), no drug name already read lies
 * in it (but a short name of the same drug starting it: "gaba pen tin"), and a dose or frequency follows it, a
 * question about its dose or use follows it, a word of taking or prescribing comes just before it (CONTEXT_ROWS), or
 * the message is the run alone. Single words are never read here ("lyrics", "oxygen", "tram", "nap" stay words;
 * one-word misspellings are drug-lexicon.ts's fuzzy match). Rows with an example and a counter-example
 * (test/language/dictated-drugs.test.ts).
 */
export interface DictatedDrug {
  /** The words as typed ("trammer doll"). */
  typed: string;
  /** The catalogue name read ("tramadol", "cymbalta"). */
  name: string;
  drug: DrugId;
  /** How the reply names it: the name, with its generic when a brand ("cymbalta (duloxetine)"). */
  as: string;
}

/** Sound-alike rewrites, in order, applied to the joined lower-case letters. */
const SOUND_STEPS: readonly [RegExp, string][] = [
  [/ph/g, 'f'],
  [/sh/g, 'S'],
  [/ch/g, 'k'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/kn/g, 'n'],
  [/c(?=[eiy])/g, 's'],
  [/[cqx]/g, 'k'],
  [/z/g, 's'],
  [/ks/g, 'k'],
  // a silent final "e", a silent "h" (not the first letter), "w" not before a vowel, "r" after a vowel and not
  // before one
  [/(?<=[^aeiouy])e$/, ''],
  [/(?<=.)h/g, ''],
  [/w(?![aeiouy])/g, ''],
  [/(?<=[aeiouy])r(?![aeiouy])/g, ''],
  // each run of vowels is one vowel sound, whichever it is ("dual ox" ~ "dulox")
  [/[aeiouy]+/g, 'V'],
];

/** The sound of joined letters ("trammerdoll" -> "trVmVdVl", the key of "tramadol"). */
export function soundKey(letters: string): string {
  let s = letters.toLowerCase();
  for (const [re, by] of SOUND_STEPS) s = s.replace(re, by);
  // doubled letters said once ("trammer" -> "tramer"): a loop, not a backreference
  let key = '';
  for (const c of s) if (c !== key.at(-1)) key += c;
  return key;
}

/** Keys of fewer consonants than this are too common to read ("lyrica" has three: l, r, k). */
const MIN_KEY = 3;
/** Catalogue names of letters only, at least this long, are the names a run may be read as. */
const MIN_NAME = 5;

/** Sound key -> the one name it reads as (undefined where two drugs share it). */
const BY_KEY = new Map<string, { name: string; drug: DrugId; as: string } | undefined>();
for (const d of drugCatalogue) {
  for (const raw of [d.generic, ...d.names, ...d.misspellings]) {
    const name = raw.toLowerCase();
    if (!/^[a-z]+$/.test(name) || name.length < MIN_NAME) continue;
    const key = soundKey(name);
    if (key.replaceAll('V', '').length < MIN_KEY) continue;
    const as = /^[a-z]+$/.test(d.generic) && name !== d.generic ? `${name} (${d.generic})` : name;
    if (!BY_KEY.has(key)) BY_KEY.set(key, { name: misspelt(d, name) ? d.generic : name, drug: d.id, as });
    else if (BY_KEY.get(key)?.drug !== d.id) BY_KEY.set(key, undefined);
  }
}

/** A catalogue misspelling is read as the generic it misspells. */
function misspelt(d: (typeof drugCatalogue)[number], name: string): boolean {
  return d.misspellings.includes(name) && !d.names.includes(name);
}

/**
 * Words that are read as themselves: a run holding one is a phrase, not a broken name ("pain for ten" never joins,
 * "cod in" may).
 */
export const STRUCTURAL_WORDS: ReadonlySet<string> = new Set(
  'and or but with without for on of to the at by from as if so then than not no nor is was are were be been being has had have do does did can could will would should may might must he she his her him hers they them their it its this that these those there here we you your my me our us pt pts patient patients mg mcg g ml bd bid tds tid qds qid od prn daily nightly nocte mane weekly hours hour days day weeks week months month years year yo old back pain leg legs what when where which who why how max dose doses dosing ok okay safe yes very after before since about into over under per via also still just only'.split(
    ' ',
  ),
);

export interface DictatedContextRow {
  id: string;
  /** Where the row reads: the text just after the run, or just before it. */
  reads: 'after' | 'before';
  re: RegExp;
  example: string;
  counter: string;
}

/**
 * When a sound-alike run may be read as a drug: a dose or frequency right after it, a question about its dose or use
 * right after it ("max dose", "for sciatica"), or a word of taking or prescribing right before it ("on", "Rx", "dose
 * of"). Each row reads its example and not its counter-example (the text after, or before, the run).
 */
export const CONTEXT_ROWS: readonly DictatedContextRow[] = [
  {
    id: 'dose-after',
    reads: 'after',
    re: /^[\s,:-]{0,3}(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b|(?:bd|bid|tds|tid|qds|qid|od|prn|nocte|mane|daily|nightly|q\s?\d|er|xr|sr|cr|ir|la)\b)/i,
    example: ' 300 tds?',
    counter: ' rocks in the garden',
  },
  {
    id: 'asks-after',
    reads: 'after',
    re: /^[\s,:-]{0,3}(?:dose|doses|dosing|dosage|max|maximum|mme|titrat\w*|renal dose|interact\w*|safe|ok|okay|side effects?|taper|for (?:sciatica|radicular|nerve pain|neuropathic|back pain|lbp|clbp|pain))\b/i,
    example: ' max dose',
    counter: ' stay, with the not-checked note',
  },
  {
    id: 'taken-or-asked-before',
    reads: 'before',
    re: /\b(?:dose of|dosing of|max(?:imum)? dose of|mme (?:of|on|for)|start(?:ing)?|switch(?:ing)? (?:to|from)|add(?:ing)?|on|taking|takes|tried|rx|dispense|prescribe|prescribed|stop(?:ping)?|taper(?:ing)?|wean(?:ing)?)[\s:]{1,2}$/i,
    example: 'pt on ',
    counter: 'the label, renal and liver ',
  },
];
const [DOSE_AFTER, ASKS_AFTER, TAKEN_BEFORE] = CONTEXT_ROWS.map((r) => r.re) as [RegExp, RegExp, RegExp];
/** Only punctuation and spaces around the run: the message is the run alone ("sell a brex", "sell a brex?"). */
const BARE = /^[\s.,!?:;-]*$/;

const WORDS = /[a-z]+/gi;
/** Between two words of one run: one space or one hyphen. */
const JOIN = /^(?: |-| - )$/;
const MAX_WORDS = 4;

/** A word with no vowel is an abbreviation ("hx", "bp"), never a syllable of a name. */
const HAS_VOWEL = /[aeiouy]/;
/**
 * Whether the run's words may join: none read as itself, none without a vowel, and no single letter but "a" ("M M E
 * oxycodone" is spelled out; "lyric a" is a syllable).
 */
function joinable(words: readonly string[]): boolean {
  return words.every((w) => !STRUCTURAL_WORDS.has(w) && HAS_VOWEL.test(w) && (w.length > 1 || w === 'a'));
}

/** The text with each sound-alike run replaced by the drug name it was read as, and what was read. */
export function readDictatedDrugs(text: string): { text: string; read: DictatedDrug[] } {
  // names the drug finder reads already: a run they cover whole ("co-codamol") is named, and one holding another
  // drug's name is no broken name; only a short name of the same drug may start it ("gaba pen tin", "oxy cod own")
  const named = [...text.matchAll(EXACT_NAMES)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    drug: drugForName(m[0]),
  }));
  const tokens = [...text.matchAll(WORDS)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (tokens.length < 2) return { text, read: [] };
  const read: DictatedDrug[] = [];
  const spans: { start: number; end: number; name: string }[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 2; n--) {
      const run = tokens.slice(i, i + n);
      if (!run.slice(1).every((t, k) => JOIN.test(text.slice(run[k]!.end, t.start)))) continue;
      const words = run.map((t) => t.word);
      if (!joinable(words)) continue;
      const hit = BY_KEY.get(soundKey(words.join('')));
      if (!hit) continue;
      const start = run[0]!.start;
      const end = run.at(-1)!.end;
      const clash = named.some(
        (x) => x.start < end && x.end > start && (x.drug !== hit.drug || x.start !== start || x.end >= end),
      );
      if (clash) continue;
      const after = text.slice(end, end + 24);
      const safe =
        DOSE_AFTER.test(after) ||
        ASKS_AFTER.test(after) ||
        TAKEN_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
        (BARE.test(text.slice(0, start)) && BARE.test(text.slice(end)));
      if (!safe) continue;
      read.push({ typed: text.slice(start, end), name: hit.name, drug: hit.drug, as: hit.as });
      spans.push({ start, end, name: hit.name });
      i += n - 1;
      break;
    }
  }
  if (!spans.length) return { text, read };
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.name;
    at = s.end;
  }
  return { text: out + text.slice(at), read };
}
