import type { DrugMention } from './find-drugs.js';
import { medicationKey, productNameOf } from './product-reading.js';
import type { PronounStop } from './stopped.js';

/**
 * Which medicine a stop said of a pronoun stands for ("Was on phenelzine. It's been 3 weeks since she stopped it",
 * "on phenelzine, stopped that 10 days ago"). As companion-drugs.ts reads a pronoun for the person named before it,
 * the pronoun here is the medicine named before it: the nearest comma item, in its own sentence or the one before,
 * that names a medicine. One medicine there (or a plural pronoun: all of them) is the referent; two or more for "it"
 * is not clear, and the reader asks which; none in the text leaves it to the case (dialogs/walkthrough/pronoun-stop.ts:
 * the one medicine the case holds, else asked). Never a guess between two medicines: an MAOI left held keeps its
 * rules (the safer side).
 */
export type StopReferent =
  | { kind: 'named'; mentions: DrugMention[]; daysAgo?: number }
  | { kind: 'unclear'; names: string[]; daysAgo?: number }
  | { kind: 'none-in-text'; daysAgo?: number };

/** A medicine's side effect, said with a stop: the stopped thing is the medicine, not a therapy named beside it. */
const SIDE_EFFECT =
  /\b(?:nause(?:a|ous)|vomit\w*|dizz\w*|drows\w*|sedat\w*|side[- ]?effects?|rash|constipat\w*|dyspeps\w*|indigestion|heartburn|gi upset|upset stomach|stomach (?:pain|upset|ache)|sweat\w*|insomnia|headaches?|itch\w*|intoleran\w*|not tolerated|couldn'?t tolerate|could not tolerate)\b/;

const ITEM_END = ',;\n!?';
const SENTENCE_END = ';\n!?';

/** The character at i ends an item (a full stop only when no digit follows: "2.5 mg" is one item). */
const endsItem = (text: string, i: number) =>
  ITEM_END.includes(text[i]!) || (text[i] === '.' && !/\d/.test(text[i + 1] ?? ''));
const endsSentence = (text: string, i: number) =>
  SENTENCE_END.includes(text[i]!) || (text[i] === '.' && !/\d/.test(text[i + 1] ?? ''));

/** One medicine per drug, product and member named ("phenelzine ... the phenelzine" is one). */
const keyOf = (m: DrugMention) => `${medicationKey(m.drug, productNameOf(m))}|${m.matched.toLowerCase()}`;

export function stopReferents(
  text: string,
  stops: readonly PronounStop[],
  mentions: readonly DrugMention[],
  /** Where non-drug therapies are named: "started physio, stopped it after 2 sessions" stops no medicine. */
  therapyStarts: readonly number[] = [],
): StopReferent[] {
  const out: StopReferent[] = [];
  for (const stop of stops) {
    // "stopped that phenelzine": the word is a determiner, the drug after it is named, and read as named
    if (mentions.some((m) => m.start >= stop.end && m.start <= stop.end + 2)) continue;
    const days = stop.daysAgo !== undefined ? { daysAgo: stop.daysAgo } : {};
    const named = [...mentions, ...therapyStarts.map((start) => ({ start, therapy: true as const }))];
    const nearest = nearestNamed(text, stop.start, named);
    const drugs = nearest.filter((x): x is DrugMention => !('therapy' in x));
    // the nearest thing named is a therapy: "it" is that therapy, no medicine; named beside a medicine, a drug's
    // side effect said with the stop makes "it" the medicine ("duloxetine alongside physio; stopped it due to nausea")
    if (drugs.length < nearest.length && !(drugs.length && SIDE_EFFECT.test(text.slice(stop.end, stop.end + 60))))
      continue;
    const found = drugs;
    if (!found.length) {
      out.push({ kind: 'none-in-text', ...days });
      continue;
    }
    const distinct = [...new Map(found.map((m) => [keyOf(m), m])).values()];
    if (distinct.length === 1 || stop.plural) out.push({ kind: 'named', mentions: distinct, ...days });
    else out.push({ kind: 'unclear', names: distinct.map((m) => m.matched.toLowerCase()), ...days });
  }
  return out;
}

/** The mentions of the nearest comma item before `at` that names any, in its sentence or the one before. */
function nearestNamed<T extends { start: number }>(text: string, at: number, mentions: readonly T[]): T[] {
  let end = at;
  let sentences = 0;
  while (end > 0) {
    let start = end;
    while (start > 0 && !endsItem(text, start - 1)) start--;
    const inItem = mentions.filter((m) => m.start >= start && m.start < end);
    if (inItem.length) return inItem;
    if (start === 0) return [];
    if (endsSentence(text, start - 1) && ++sentences > 1) return [];
    end = start - 1;
  }
  return [];
}
