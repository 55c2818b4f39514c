import Fuse from 'fuse.js';
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

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\#/]/g, '\\$&').replace(/\s+/g, '\\s*');
const names = [...NAME_TO_DRUG.keys()].sort((a, b) => b.length - a.length);
/**
 * One alternation over all names, longest first, word-bounded. A name ending in a digit ("tylenol 3") must not
 * swallow an amount ("tylenol 3 g").
 */
export const EXACT_NAMES = new RegExp(
  `(?<![a-z0-9])(?:${names.map((n) => escape(n) + (/\d$/.test(n) ? '(?!\\s?(?:mg|g|gm|grams?)\\b)' : '')).join('|')})(?![a-z0-9])`,
  'gi',
);

export function drugForName(name: string): DrugId | undefined {
  return NAME_TO_DRUG.get(name.toLowerCase().replace(/\s+/g, ' '));
}

/** Fuzzy candidates: single-word names of 5+ letters (short brands like "soma" are matched exactly only). */
const fuzzyNames = names.filter((n) => /^[a-z]{5,}$/.test(n));
const fuse = new Fuse(fuzzyNames, { includeScore: true, threshold: 0.25, ignoreLocation: true, isCaseSensitive: false });

/** Tight enough that "naproxin"/"tramodol"/"gabapentn" match and everyday words do not (see common-words.ts). */
const MAX_SCORE = 0.22;
const cache = new Map<string, DrugId | null>();

export function fuzzyDrug(token: string): DrugId | undefined {
  const word = token.toLowerCase();
  if (word.length < 5 || COMMON_WORDS.has(word)) return undefined;
  const hit = cache.get(word);
  if (hit !== undefined) return hit ?? undefined;
  let found: DrugId | null = null;
  for (const r of fuse.search(word, { limit: 3 })) {
    const name = r.item;
    // Same length within 2 letters and same first letter or two shared leading letters: a misspelling, not a substring.
    if ((r.score ?? 1) <= MAX_SCORE && Math.abs(name.length - word.length) <= 2 && name[0] === word[0]) {
      found = NAME_TO_DRUG.get(name) ?? null;
      break;
    }
  }
  if (cache.size > 5000) cache.clear();
  cache.set(word, found);
  return found ?? undefined;
}
