import type { DrugMention } from './find-drugs.js';

/**
 * A dose change already made, said of a drug ("OxyContin went up to 30 mg bd", "gabapentin increased to 600 tds last
 * week", "dulox now 60", "upped the tramadol to 100 qid"): the patient now takes the drug at the new dose, so the case
 * records it (dialogs/walkthrough: the update route). A change only proposed or asked ("increase gabapentin to 600?",
 * "could go up to 60") is not one: the verbs are past or "now". Each row is data with an example it must read and a
 * counter-example it must not (test/language/dose-change.test.ts); the rows run on normalized (lower-case) text.
 */
export interface DoseChangeRow {
  id: string;
  /** Read on the text just before the drug's name (to its start); undefined: any. */
  before?: RegExp;
  /** Read on the text just after the drug's name; group 1 is the new dose. */
  after: RegExp;
  example: string;
  counter: string;
}

/** A tablet word: the amount before it is a count of tablets, never mg. */
const TABLET_UNIT = String.raw`(?:tabs?|tablets?|caps?|capsules?|pills?)`;
/**
 * The new dose, not an age, a duration or a count ("now 60 yo", "now 6 weeks"), with its unit when typed: mg, g
 * ("naproxen now 1 g daily"), mcg ("patch now 25 mcg/h") or tablets ("now 2 tabs q6h", "now two tablets"). Groups:
 * the amount and its unit, or a count in words and its tablet word.
 */
const DOSE = String.raw`(?:(\d{1,4}(?:\.\d{1,2})?)(?! ?(?:yo|y\/o|years?|yrs?|weeks?|wks?|months?|mos?|days?|hours?|hrs?|%|\/10|kg|times))(?: ?(mg|milligrams?|g|gm|grams?|mcg|micrograms?|ug|${TABLET_UNIT})\b)?|(one|two|three|four|iv|i{1,3}) ?(${TABLET_UNIT})\b)`;
/** The drug's release or form words said after its name ("oxycontin er", "tramadol sr", "gabapentin's"). */
const FORM = String.raw`(?:'s)?(?: (?:er|xr|sr|ir|cr|la|mr|cap(?:sule)?s?|tabs?))?`;
/** Past or done: "went up", "was increased", "has been titrated", "got bumped up". */
const CHANGED = String.raw`(?:(?:was|has been|have been|had been|has|had|have|been|is|got|just|recently) )?(?:increased|raised|titrated|uptitrated|up-titrated|bumped up|bumped|upped|reduced|decreased|dropped|lowered|cut|weaned|tapered|went up|gone up|went down|gone down|came down|come down|changed)(?: again| back)?`;

export const DOSE_CHANGE_ROWS: readonly DoseChangeRow[] = [
  {
    id: 'drug-changed-to',
    after: new RegExp(String.raw`^${FORM}(?: dose)? ${CHANGED} (?:up |down )?to ${DOSE}`),
    example: 'gabapentin increased to 600 tds last week',
    counter: 'increase gabapentin to 600 tds?',
  },
  {
    id: 'drug-now',
    after: new RegExp(String.raw`^${FORM}(?: dose)?(?: is| was)? now(?: up to| down to| at| on)? ${DOSE}`),
    example: 'dulox now 60',
    counter: 'dulox now for 6 weeks, no help',
  },
  {
    id: 'changed-drug-to',
    // the verb before the name: "upped the tramadol to 100 qid", "we increased her gabapentin to 900 tds"
    before:
      /\b(?:increased|raised|titrated|uptitrated|up-titrated|bumped up|upped|reduced|decreased|dropped|lowered|cut|weaned|tapered|went up on|went down on|put up)(?: the| his| her| their)? $/,
    after: new RegExp(String.raw`^${FORM}(?: dose)? (?:up |down )?to ${DOSE}`),
    example: 'upped the tramadol to 100 qid',
    counter: 'should we increase the tramadol to 100 qid?',
  },
];

export interface DoseChange {
  /** The index of the mention in the list given. */
  index: number;
  /** The new dose in mg (g x 1000; mcg as typed for a patch, whose dose the case keeps in mcg/h). */
  doseMg?: number;
  /** "now 2 tabs q6h": tablets a dose, whose mg only the case's strength for the product can say. */
  tablets?: number;
  /** "if no better, gabapentin increased to 600 tds at next review": a change not made yet, no fact of the patient. */
  notYet?: true;
}

/** How far after the name the change is looked for. */
const AFTER_CHARS = 50;
/** How far after the name a later change in the same sentence is looked for ("... then reduced back to 300 tds"). */
const SEQUENCE_CHARS = 120;
const SENTENCE_END = /[;!?\n]|\.(?!\d)/;

/** The text from the last sentence boundary on (a "." inside a number, "1.2 g", is no boundary). */
function lastSentence(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    if (';!?\n'.includes(c) || (c === '.' && !/\d/.test(text[i + 1] ?? ''))) return text.slice(i + 1);
  }
  return text;
}

/** A later change of the same drug in the same sentence: "increased to 600 tds then reduced back to 300 tds". */
const LATER_CHANGE = new RegExp(
  String.raw`\b(?:${CHANGED} (?:up |down )?to|then (?:back )?(?:up |down )?to|and back to) ${DOSE}`,
  'g',
);

/**
 * Said of a change not made yet, before the name in its sentence: "if no better, gabapentin increased to 600 tds",
 * "will have oxycodone increased to 15". When unclear the case keeps the dose it holds.
 */
const NOT_YET_BEFORE =
  /(?:^|[,:(-] ?|\b(?:and|but|so|then) )(?:if|unless)\b|\b(?:plan(?:ned|s)?|will|would|going to|to be|intends? to|aims? to|aiming to)\b/;
/** Said after the dose, in its clause: "gabapentin increased to 600 tds at next review", "if tolerated". */
const NOT_YET_AFTER =
  /\bnext (?:review|visit|appointment|appt|clinic|week|month|time)\b|\bif (?:no|not|still|needed|required|tolerated)\b|\bplan(?:ned)?\b/;

const COUNTS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, i: 1, ii: 2, iii: 3, iv: 4 };
/** Drugs whose case dose is in mcg/h (a patch): "fentanyl now 25 mcg/h" stays 25. */
const MCG_DOSED = new Set(['fentanyl', 'buprenorphine']);

/** The amount a DOSE match says, in the case's units; undefined when it is not one. */
function amountOf(groups: RegExpExecArray, at: number, drug: string): Omit<DoseChange, 'index'> | undefined {
  const [num, unit, word, wordUnit] = [groups[at], groups[at + 1], groups[at + 2], groups[at + 3]];
  if (word !== undefined && wordUnit !== undefined) return { tablets: COUNTS[word] ?? 1 };
  if (num === undefined) return undefined;
  const n = Number(num);
  if (unit === undefined || unit === 'mg' || unit.startsWith('milligram')) return { doseMg: n };
  if (unit === 'g' || unit === 'gm' || unit.startsWith('gram')) return { doseMg: n * 1000 };
  if (unit === 'mcg' || unit === 'ug' || unit.startsWith('microgram'))
    return { doseMg: MCG_DOSED.has(drug) ? n : n / 1000 };
  return { tablets: n };
}

/** The mentions whose dose the text says was changed, each with the new dose (normalized text). */
export function doseChanges(norm: string, mentions: readonly DrugMention[]): DoseChange[] {
  const out: DoseChange[] = [];
  mentions.forEach((m, i) => {
    const nextStart = mentions[i + 1]?.start ?? norm.length;
    const after = norm.slice(m.end, Math.min(m.end + AFTER_CHARS, nextStart));
    const before = norm.slice(Math.max(0, m.start - 30), m.start);
    for (const row of DOSE_CHANGE_ROWS) {
      if (row.before && !row.before.test(before)) continue;
      const found = row.after.exec(after);
      if (!found) continue;
      // the sentence the change is in, around it: a later change in it wins, a plan or a condition is no change
      const head = norm.slice(Math.max(0, m.start - 200), m.start);
      const sentenceBefore = lastSentence(head);
      const tail = norm.slice(m.end, Math.min(m.end + SEQUENCE_CHARS, nextStart));
      const stop = tail.slice(found[0].length).search(SENTENCE_END);
      const sentenceAfter = stop < 0 ? tail : tail.slice(0, found[0].length + stop);
      let last = found;
      let lastEnd = found[0].length;
      LATER_CHANGE.lastIndex = found[0].length;
      for (let later = LATER_CHANGE.exec(sentenceAfter); later; later = LATER_CHANGE.exec(sentenceAfter)) {
        last = later;
        lastEnd = later.index + later[0].length;
      }
      const clause = sentenceAfter.slice(lastEnd).split(',')[0] ?? '';
      if (NOT_YET_BEFORE.test(sentenceBefore) || NOT_YET_AFTER.test(clause)) {
        out.push({ index: i, notYet: true });
        return;
      }
      const amount = amountOf(last, last.length - 4, m.drug);
      if (amount) out.push({ index: i, ...amount });
      return;
    }
  });
  return out;
}
