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

const SENTENCE = /(?:[.!?;]+(?=\s|$)|\n+|\s(?:but|however|although|though|whereas|except)\b|\|)/g;
const COMMA = /,|\s\+\s|\s&\s/g;

export function itemsOf(text: string): Item[] {
  const items: Item[] = [];
  let sentence = 0;
  for (const [sStart, sEnd] of spans(text, SENTENCE)) {
    for (const [iStart, iEnd] of spans(text.slice(sStart, sEnd), COMMA)) {
      const raw = text.slice(sStart + iStart, sStart + iEnd);
      if (raw.trim()) items.push({ text: raw, start: sStart + iStart, sentence });
    }
    sentence++;
  }
  return items;
}

function spans(text: string, sep: RegExp): [number, number][] {
  const out: [number, number][] = [];
  let last = 0;
  sep.lastIndex = 0;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
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
