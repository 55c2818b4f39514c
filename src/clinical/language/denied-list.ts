import { CUE_RULES, compileReader, phrasePattern } from './cue-rules.js';
import { isOneDrugName, namesADrug } from './find-drugs.js';

/**
 * A denial over a list of drugs, read to the list's end: "NOT ON: tramadol, sertraline, warfarin", "denies benzos",
 * "neg for anticoagulants", "nil anticoagulants", "no SSRIs, no thinners". The cue words are rows of cue-rules.ts
 * (reader 'entity-denied-list-before', each with an example and a counter-example). One reader serves the case reader
 * (entities.ts) and the quick answers (dialogs/answers/not-taken.ts).
 *
 * The scope is the list: from the cue, only bare drug names and joiners ("," "/" "and" "or" "nor") may stand before
 * the mention, and right after it a joiner or the list's end. A following positive item ends it: "denies benzos.
 * takes zopiclone nightly", "denies benzos, takes zopiclone" (the words "takes" are no list item), "no SSRIs, tramadol
 * ok?" (a question about tramadol), "not on tramadol, sertraline 50 mg daily" (a dose: a drug taken).
 */
const DENIED_LIST = compileReader('entity-denied-list-before', 'g');
/** The cues whose rows reach every comma item of their list ("not on tramadol, sertraline, warfarin"). */
const WHOLE_LIST_CUE = new RegExp(
  `^(?:${CUE_RULES.filter((r) => r.reader === 'entity-denied-list-before' && r.wholeList)
    .flatMap((r) => [r.phrase, ...(r.variants ?? [])])
    .map(phrasePattern)
    .join('|')})`,
);
/** An "or"/"nor" joins the list: "no thinners or antiplatelets, naproxen", "no SSRIs, apixaban or clopidogrel". */
const OR_JOINER = /\b(?:or|nor)\b/;
const OR_LATER = /^(?:\s*[,/&+]\s*[a-z][\w-]*(?:\s[a-z][\w-]*)?){0,4}\s*(?:or|nor)\b/;
/** How far back the sentence of a mention is read (linear in a long note). */
const REACH = 200;
/** What ends the list's sentence: a stop (not a decimal point), ";", "?", "!" or a line break. */
const LIST_END = /[;!?\n]|\.(?!\d)/g;
/** The joiners between list items. */
const JOINER = /\s?(?:[,/&+]|\b(?:and|or|nor)\b)\s?/;
/** Words a denied item may carry before its name: "denies any regular opioids", "no other NSAIDs". */
const ITEM_LEAD =
  /^(?:(?:no|any|other|regular|current|currently|known|illicit|prescribed|otc|hx of|history of|use of|taking|using|on)\s+)+/;
/** Words after a name that are still the item ("benzo use", "ETOH history"). */
/** Items of a denied list the drug lexicon names no drug by: "denies opioids or benzos", "denies ETOH, benzos", "nil anticoag/antiplatelet". */
const CLASS_WORD =
  /^(?:opioids?|opiates?|narcotics?|painkillers?|alcohol|etoh|recreational drugs|illicit drugs|anticoags?|(?:blood )?thinners|sedatives?|snris?|antidepressants?|sleeping (?:tablets|pills))$/;
const ITEM_TAIL = /\s(?:use|usage|history|hx)$/;
/**
 * Right after the mention: the item's end, a joiner, a contrast that ends the list ("denies benzos but takes
 * zopiclone"), or a word of the item ("denies benzo use.", "denies taking sertraline now").
 */
const AFTER_ITEM =
  /^(?:\s+(?:use|usage|history|hx|now|currently|at present))?\s*(?:$|[,;.?!\n/&+)]|(?:and|or|nor|but|however|though|although|yet|whereas|while)\b)/;

/**
 * A pasted note's line breaks arrive as spaces (turn-core.ts), so a list may end right before a heading ("NOT ON:
 * tramadol, warfarin ON: sertraline") or the next line's drug ("NOT ON: tramadol, warfarin duloxetine ok?").
 */
const HEADING_NEXT = /^\s+(?:[a-z]+\s){0,2}[a-z]+:/;
const DOSE_NEXT = /^\s*(?:\(\s*)?\d/;
const NEXT_WORD = /^\s+([a-z][\w-]*)/;

/** What follows the mention ends its item: a joiner, the list's end, a heading or another drug's name. */
function listEndsAfter(after: string): boolean {
  if (AFTER_ITEM.test(after) || HEADING_NEXT.test(after)) return true;
  const next = NEXT_WORD.exec(after);
  return !!next && namesADrug(next[1]!);
}

/** The name at [start, end) of the lower-case text is in a list under a denial cue of its sentence. */
export function deniedInListAt(text: string, start: number, end: number): boolean {
  // "not on tramadol, sertraline 50 mg daily": a dose with the name is a drug taken
  if (DOSE_NEXT.test(text.slice(end, end + 8))) return false;
  if (!listEndsAfter(text.slice(end, end + 40))) return false;
  const sentence = sentenceBefore(text, start);
  let tail: string | undefined;
  let cue = '';
  DENIED_LIST.lastIndex = 0;
  for (let m = DENIED_LIST.exec(sentence); m; m = DENIED_LIST.exec(sentence)) {
    tail = sentence.slice(m.index + m[0].length);
    cue = m[0];
    if (m[0].length === 0) DENIED_LIST.lastIndex++;
  }
  return tail !== undefined && bareList(tail) && !ambiguousItem(cue, tail, text.slice(end, end + 60));
}

/**
 * "nil antiplatelets, warfarin", "Social: nil ETOH, warfarin": a bare item joined by a comma to a denial that is no
 * list heading ("NOT ON:", "denies:"), no whole-list cue ("not on", "not taking": WHOLE_LIST_CUE) and no "or"/"nor"
 * list may be a drug taken. The safe reading keeps it taken: a false warning is safe, a lost anticoagulant is not.
 */
function ambiguousItem(cue: string, tail: string, after: string): boolean {
  if (!tail.includes(',') || cue.includes(':') || WHOLE_LIST_CUE.test(cue.trim())) return false;
  return !OR_JOINER.test(tail) && !OR_LATER.test(after);
}

/** The text between a cue and the mention is bare list items, each naming a drug, and ends with a joiner (or is empty). */
function bareList(tail: string): boolean {
  const lead = tail.replace(ITEM_LEAD, '');
  if (lead.trim() === '') return true;
  const pieces = lead.split(JOINER);
  if (pieces.pop()?.trim() !== '') return false;
  return pieces.every((p) => {
    const item = p.trim().replace(ITEM_LEAD, '').replace(ITEM_TAIL, '');
    return item !== '' && !/\d/.test(item) && (CLASS_WORD.test(item) || isOneDrugName(item));
  });
}

/** The sentence up to `start`, at most REACH characters of it. */
function sentenceBefore(text: string, start: number): string {
  const part = text.slice(Math.max(0, start - REACH), start);
  let from = 0;
  LIST_END.lastIndex = 0;
  for (let m = LIST_END.exec(part); m; m = LIST_END.exec(part)) from = m.index + 1;
  return part.slice(from);
}
