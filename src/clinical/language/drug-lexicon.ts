import Fuse from 'fuse.js';
import { combinationGenericNames } from '../knowledge/combination-products.js';
import { drugCatalogue, type DrugId } from '../knowledge/drug-catalogue.js';
import { COMMON_WORDS } from './common-words.js';

/** Every exact name (generic, brands, class members, known misspellings) -> drug id, built once. */
const NAME_TO_DRUG = new Map<string, DrugId>();
for (const d of drugCatalogue) {
  for (const n of [d.generic, ...d.names, ...d.misspellings]) {
    const name = n.toLowerCase();
    if (!/[()]/.test(name) && !NAME_TO_DRUG.has(name)) NAME_TO_DRUG.set(name, d.id);
  }
}
// "hydrocodone/acetaminophen", "APAP/codeine", "oxycodone-apap": one name of the combination's opioid, so the
// strength typed after it is the tablet's ("10/325"), not an acetaminophen dose.
for (const { name, drug } of combinationGenericNames) if (!NAME_TO_DRUG.has(name)) NAME_TO_DRUG.set(name, drug);

/**
 * Names that are a drug only with a tablet sig after them: the bare "T3"/"T4" are also thyroid hormones ("free T3
 * 4.5", "T4 level"), but "T3 2 q4h prn", "T3 1-2 tabs q6h", "T4 i po qid" are the numbered Tylenol with codeine
 * tablets. Each row is data with an example it reads and a counter-example it does not (test/answers/review-fr19a.test.ts).
 */
export const GUARDED_NAMES: readonly { name: string; drug: DrugId; after: string; example: string; counter: string }[] =
  [
    ...(['t3', 't4'] as const).map((name) => ({
      name,
      drug: 'codeine' as DrugId,
      after: String.raw`\s(?:x\s?)?(?:[1-4]|i{1,3}|iv|one|two)(?:\s?-\s?(?:[1-4]|i{1,3}))?\s(?:(?:tabs?|tablets?|po|bid|tid|qid|bd|tds|qds|prn|every)\b|q\.?\s?\d{1,2}(?:\s?-\s?\d{1,2})?\s?h)|\s?(?:tabs?|tablets?)\b`,
      example: `${name} 2 q4h prn mme?`,
      counter: `free ${name} 4.5, ${name} level normal`,
    })),
  ];
for (const g of GUARDED_NAMES) if (!NAME_TO_DRUG.has(g.name)) NAME_TO_DRUG.set(g.name, g.drug);
const GUARD = new Map(GUARDED_NAMES.map((g) => [g.name, g.after]));

/** "hydrocodone / apap" is looked up as "hydrocodone/apap". */
const spacedSlash = (name: string): string => name.replace(/ ?\/ ?/g, '/');

/** A space may stand around a slash ("tramadol / APAP"); each is optional and single, so the pattern stays linear. */
const escapeName = (s: string): string =>
  s
    .replace(/[.*+?^${}()|[\]\\#/]/g, '\\$&')
    .replace(/\s+/g, '\\s*')
    .replace(/\\\//g, ' ?\\/ ?');
const names = [...NAME_TO_DRUG.keys()].sort((a, b) => b.length - a.length);
/**
 * One alternation over all names, longest first, word-bounded. A name ending in a digit ("tylenol 3") must not
 * swallow an amount ("tylenol 3 g").
 */
export const EXACT_NAMES = new RegExp(
  `(?<![a-z0-9])(?:${names.map((n) => escapeName(n) + (GUARD.has(n) ? `(?=${GUARD.get(n)})` : /\d$/.test(n) ? '(?!\\s?(?:mg|g|gm|grams?)\\b)' : '')).join('|')})(?![a-z0-9])`,
  'gi',
);

export function drugForName(name: string): DrugId | undefined {
  return NAME_TO_DRUG.get(spacedSlash(name.toLowerCase().replace(/\s+/g, ' ')));
}

/**
 * Fuzzy candidates: single-word names of 5+ letters (short brands like "soma" are matched exactly only), one
 * Fuse index per two-letter prefix. Misspellings typed in practice keep the first two letters (the others, like
 * "symbalta", are listed in the catalogue), and small indexes keep a 1,000-character narrative well under 2 ms.
 */
const byKey = new Map<string, string[]>();
for (const n of names) {
  if (!/^[a-z]{5,}$/.test(n)) continue;
  for (let len = n.length - 2; len <= n.length + 2; len++) {
    const key = `${n.slice(0, 2)}${len}`;
    byKey.set(key, [...(byKey.get(key) ?? []), n]);
  }
}
const OPTIONS = { includeScore: true, threshold: 0.2, ignoreLocation: true } as const;
/** Keyed by prefix and token length: only names within two letters of the token's length are searched. */
const fuses = new Map([...byKey].map(([key, list]) => [key, new Fuse(list, OPTIONS)]));

/**
 * Both ways within about one letter in six: the token matches the name and the name matches the token, so a
 * word that merely starts like a name ("cymbal", "warfare", "neurons") is not taken for it.
 */
const MAX_SCORE = 0.17;
const cache = new Map<string, DrugId | null>();

export function fuzzyDrug(token: string): DrugId | undefined {
  const word = token.toLowerCase();
  if (word.length < 5 || COMMON_WORDS.has(word)) return undefined;
  const hit = cache.get(word);
  if (hit !== undefined) return hit ?? undefined;
  let found: DrugId | null = transposed(word) ?? null;
  const fuse = found ? undefined : fuses.get(`${word.slice(0, 2)}${word.length}`);
  for (const r of fuse ? fuse.search(word, { limit: 3 }) : []) {
    if ((r.score ?? 1) > MAX_SCORE) continue;
    const back = new Fuse([word], OPTIONS).search(r.item)[0];
    if (back && (back.score ?? 1) <= MAX_SCORE) {
      found = NAME_TO_DRUG.get(r.item) ?? null;
      break;
    }
  }
  if (cache.size > 5000) cache.clear();
  cache.set(word, found);
  return found ?? undefined;
}

/**
 * Two neighbouring letters typed the wrong way round ("gabapenitn", "duloxeitne", "naporxen"): the bitap search
 * scores a swap near the end as two errors, so one swap is checked against the exact names (a lookup per letter).
 */
function transposed(word: string): DrugId | undefined {
  for (let i = 0; i < word.length - 1; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    const drug = NAME_TO_DRUG.get(swapped);
    if (drug && swapped.length >= 5) return drug;
  }
  return undefined;
}
