import { readerSource } from './cue-rules.js';

/**
 * The text cut into sentences and, inside a sentence, comma items. Negation and uncertainty are scoped to an
 * item (a cue in "no red flags" does not reach "tingling down the left leg" after the comma); a list after a
 * cue ("denies fever, weight loss or saddle numbness") is handled by the caller, which knows the categories.
 */
export interface Item {
  text: string;
  /** Offset of the item in the normalized text. */
  start: number;
  sentence: number;
}

/**
 * Sentence breaks: a run of . ! ? ; that ends at a space or the end, a line break, a contrast word (cue-rules.ts), a bar. The run is
 * matched whole and judged in `spans` (`[.!?;]+(?=\s|$)` was retried from each character of a long run not followed
 * by a space, quadratic in the run's length).
 */
const SENTENCE = new RegExp(String.raw`[.!?;]+|\n+|${readerSource('sentence-break')}|\|`, 'g');
const ENDS_SENTENCE = /^[.!?;]/;
const COMMA = /,|\s\+\s|\s&\s/g;

/** The last text read and its items: one turn reads the same normalized text for concepts and for populations. */
let lastItems: { text: string; items: readonly Item[] } | undefined;

export function itemsOf(text: string): Item[] {
  if (lastItems?.text !== text) lastItems = { text, items: readItems(text) };
  return lastItems.items.slice();
}

function readItems(text: string): Item[] {
  const items: Item[] = [];
  let sentence = 0;
  for (const [sStart, sEnd] of spans(
    text,
    SENTENCE,
    (m) => !ENDS_SENTENCE.test(m[0]) || isBreakAt(text, m.index + m[0].length),
  )) {
    for (const [iStart, iEnd] of spans(text.slice(sStart, sEnd), COMMA)) {
      const raw = text.slice(sStart + iStart, sStart + iEnd);
      if (raw.trim()) items.push({ text: raw, start: sStart + iStart, sentence });
    }
    sentence++;
  }
  return items;
}

/** Punctuation ends a sentence only before whitespace or the end of the text. */
const isBreakAt = (text: string, i: number): boolean => i === text.length || /\s/.test(text[i]!);

function spans(text: string, sep: RegExp, accept: (m: RegExpExecArray) => boolean = () => true): [number, number][] {
  const out: [number, number][] = [];
  let last = 0;
  sep.lastIndex = 0;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    if (!accept(m)) continue;
    out.push([last, m.index]);
    last = m.index + m[0].length;
    if (m[0].length === 0) sep.lastIndex++;
  }
  out.push([last, text.length]);
  return out;
}

export function itemAt(items: readonly Item[], offset: number): number {
  let found = 0;
  for (let i = 0; i < items.length; i++) if (items[i]!.start <= offset) found = i;
  return found;
}

/**
 * Spans of the sentences that `head` (a sticky regex, from the first word on) starts: at the start of the text, or
 * after a break character of `breaks` and any whitespace, the span then starting at the break character. The same
 * spans as a global `(?:^|[<breaks>]\s*)<head>`, which re-read a run of line breaks from each of them (`\n` is both
 * a break and whitespace): quadratic. Here the breaks inside one run of whitespace share one scan.
 */
export function sentencesStartingWith(text: string, breaks: string, head: RegExp): [number, number][] {
  const out: [number, number][] = [];
  const headEnd = (at: number): number | undefined => {
    head.lastIndex = at;
    const m = head.exec(text);
    return m && m[0].length > 0 ? at + m[0].length : undefined;
  };
  let from = 0;
  const first = headEnd(0);
  if (first !== undefined) {
    out.push([0, first]);
    from = first;
  }
  while (from < text.length) {
    let brk = from;
    while (brk < text.length && !breaks.includes(text[brk]!)) brk++;
    if (brk >= text.length) break;
    let word = brk + 1;
    while (word < text.length && /\s/.test(text[word]!)) word++;
    const end = headEnd(word);
    if (end !== undefined) out.push([brk, end]);
    from = end ?? word;
  }
  return out;
}
