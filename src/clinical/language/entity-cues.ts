import { sentencesStartingWith } from './clauses.js';
import { compileReader } from './cue-rules.js';
import { numberedListEnd } from './numbered-list.js';

/**
 * The cues around a drug or therapy mention that decide whether it was tried, planned, declined or ruled out. The cue
 * words are rows of cue-rules.ts (each with an example, read by test/language/cue-rules.test.ts), compiled here.
 */
export const NEGATED_BEFORE = compileReader('entity-not-tried-before');
/** "lyrica not tried", "PT never done". */
export const NOT_TRIED_AFTER = compileReader('entity-not-tried-after');
export const OUTCOME_CUE =
  /^(?:no|not|didn'?t|did not|without) (?:better|relief|improvement|improved|change|benefit|help|helped|effect|response|touch)/;
/** "walks daily", "yoga 3x/week": a therapy done as a habit is current. */
export const HABIT =
  /^\s*(?:[a-z]+\s)?(?:\d{1,3}\s?(?:min(?:ute)?s?|km|miles?)\s)?(?:daily|every day|a day|per day|regularly|most days|weekly|monthly|fortnightly|every (?:week|month|other week)|\d\s?x\s?\/?\s?(?:a |per )?(?:wk|week|day))\b/;
/**
 * A therapy the patient keeps doing, said before it in its clause: "now HEP", "continues home exercises", "attends a
 * weekly seated exercise class", "still does her stretches": under way, not a finished trial.
 */
export const THERAPY_ONGOING_BEFORE =
  /\b(?:now|continues|continuing|attends|still (?:does|doing|attends|attending)|keeps up(?: with)?|kept up)\b[^,.;]{0,30}$/;
export const SENTENCE_END = /[.;!?\n](?!\d)/g;
export const REACH = 400;
export const EXCEPT = compileReader('entity-list-except');
/** "no NSAIDs because of the warfarin", "no NSAIDs given CKD": a reason right after the name rules the drug out. */
export const REASON_AFTER = /^[\s,(]*(?:due to|given|because of|d\/t|2\/2|in view of|as (?:she|he) (?:has|is))\b/;
/** A duration in the same comma item as these words is the pain's, not the drug's ("MS Contin 15 bid, LBP 2 yrs"). */
export const PAIN_WORDS = /\b(?:lbp|pain|back|sciatica|sx|symptoms|history|ago|\d{2}\s?(?:m|f|yo))\b/;
/**
 * "No NSAIDs.", "No NSAIDs (CKD 3b)", "no nsaids d/t GI bleed", "no NSAID - GI bleed on ibuprofen 2 yrs ago", "no
 * NSAIDs -- hx PUD", "no NSAIDs: CKD": the class named bare after "no", with nothing after it but a reason, is an
 * instruction to avoid the class, read as other-nsaid contraindicated (the statechart's nsaidExcluded sees any
 * NSAID-class entry so ruled out). After a spaced dash or a colon only a clinical reason the reference weighs for
 * NSAIDs (section 2: GI bleed or ulcer, CKD, heart failure, anticoagulant or antiplatelet, cirrhosis, CABG, allergy or
 * intolerance) rules it out: "No NSAIDs - pt hasn't tried any", "no NSAID - would consider", "No NSAID - pt
 * preference" stay a drug not tried.
 */
export const CLASS_BAN_BEFORE = /(?:^|[\s(])no\s*$/;
const NSAID_REASON = String.raw`(?:gi|ugib|gib|bleed\w*|ulcers?|pud|peptic|gastric|ckd|aki|renal|kidney|egfr|crcl|heart failure|cardiac(?: failure)?|hf|hfref|hfpef|chf|ccf|lvf|anticoag\w*|warfarin|apixaban|rivaroxaban|dabigatran|edoxaban|doacs?|noacs?|antiplatelets?|clopidogrel|cirrho\w*|liver|hepatic|esrd|esrf|cabg|allerg\w*|intoleran\w*|contraindicated|c\/i|avoid\w*)`;
const REASON_LEAD = String.raw`(?:hx|h\/o|history of|pmh|prior|previous|recent|known|severe|on|with|has|had|pt has|patient has|due to|given|because of|d\/t|2\/2|in view of)`;
export const CLASS_BAN_AFTER = new RegExp(
  String.raw`^\s*(?:$|[(.;]|(?:-{1,2}|[–—:])\s+(?:${REASON_LEAD}\s+)?${NSAID_REASON}\b|(?:due to|given|because of|d\/t|2\/2|in view of|as (?:she|he) (?:has|is)|with (?:ckd|renal))\b)`,
);
/**
 * "NSAID: no (bleed 2019)", "NSAIDs - avoid, hx PUD": the class, then a "no" or "avoid" with its reason, as in a
 * template's field: the class ruled out, as CLASS_BAN_* reads "no NSAIDs (bleed)". "NSAIDs: no relief" is a trial.
 */
export const CLASS_BAN_FIELD =
  /^\s*(?:-{1,2}|[–—:])\s*(?:no|avoid)\s*(?:$|[(.;,]|(?:-{1,2}|[–—])\s|(?:due to|given|because of|d\/t|2\/2|in view of)\b)/;
/**
 * Where a "no" or "not" before a drug stops reaching it: after a question's "?" ("no NSAIDs - not indicated? On
 * naproxen 500 bd") or a spaced dash followed by the drug being taken ("no NSAID issues - on ibuprofen 400 tds"). The
 * patient takes the drug; the negation was of something else. Read at the last such point (negationScope).
 */
const NEGATION_CUT =
  /\?\s|\s(?:-{1,2}|[–—])\s(?=(?:currently |now |still )?(?:on|takes|taking|using|restarted|started)\b)/g;
/** The part of a drug's comma item a negation cue may be read in (NEGATION_CUT). */
export function negationScope(before: string): string {
  let cut = 0;
  for (const m of before.matchAll(NEGATION_CUT)) cut = m.index + m[0].length;
  return cut ? before.slice(cut) : before;
}
export const DECLINED = compileReader('entity-declined-before');
/** "apixaban refused", "warfarin - he said no": turned down, said after the name. */
export const DECLINED_AFTER = compileReader('entity-declined-after');
/** "declined PT but takes tramadol": what is taken after the refusal is not refused. */
const TAKEN_AFTER_REFUSAL =
  /\b(?:but|and|yet|though|however)\s(?:(?:still|now|currently)\s)?(?:takes|uses|is on|on)\b/g;
/** The part of a drug's comma item a refusal said before it may be read in (TAKEN_AFTER_REFUSAL cuts it). */
export function refusalScope(before: string): string {
  let cut = 0;
  for (const m of before.matchAll(TAKEN_AFTER_REFUSAL)) cut = m.index + m[0].length;
  return cut ? before.slice(cut) : before;
}
/** "tramadol - discussed 3 months ago, never taken": not taken, said a clause later in the drug's item. */
export const NOT_TAKEN_LATER = compileReader('entity-not-taken-later');
/** "tramadol - discussed 3 months ago, pt declined (...)": declined, said a clause later in the drug's item. */
export const DECLINED_LATER = compileReader('entity-declined-later');

/** How far past the next mention a clause that starts before it is read (its cue words and lookahead). */
const CLAUSE_TAIL = 80;
/**
 * Where the text read for a clause starting before `nextStart` may stop: CLAUSE_TAIL characters past it, at the end of
 * the whitespace and the word there (a cue's word or its lookahead's run is never cut short), or `limit`. Each mention
 * reads only to its neighbour, so a long list is read in time linear in its length, not once per mention to its end.
 */
function readingEnd(text: string, nextStart: number, limit: number): number {
  let c = nextStart + CLAUSE_TAIL;
  if (c >= limit) return limit;
  while (c < limit && /\s/.test(text[c]!)) c++;
  while (c < limit && /\w/.test(text[c]!)) c++;
  return c;
}
/**
 * Another thing offered in a later clause ("..., opioid offered, pt declined"; not "..., offered, pt declined", the
 * mention's own offer): the clauses after it speak of that offer (test/language/refusal-scope.test.ts).
 */
export const ANOTHER_OFFER = /,\s*(?:an? |the )?[a-z][\w-]* (?:offered|proposed|suggested|recommended)\b/i;
/** Where a sentence ends inside a line ("tramadol 50 bid. Pt declined PT."), not a decimal point. */
const LINE_SENTENCE_END = /[.?!](?=\s|$)/;
/**
 * A later clause of a mention's own line that takes it back: "tramadol - discussed 3 months ago, pt declined (...)"
 * ('declined'), "..., never taken" ('not taken'); a refusal says more than "never taken" (the option stays open).
 * `end` is where the mention ends, `nextStart` where the next drug or therapy starts: a clause past it speaks of that
 * one. The case reader (entities.ts) and the quick answers (dialogs/answers/not-taken.ts) read it here.
 */
export function laterRefusal(text: string, end: number, nextStart: number): 'declined' | 'not taken' | undefined {
  const lineEnd = text.indexOf('\n', end);
  let rest = text.slice(end, readingEnd(text, nextStart, lineEnd < 0 ? text.length : lineEnd));
  const stop = LINE_SENTENCE_END.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  // "naproxen and duloxetine failed, opioid offered, pt declined": a refusal after another thing offered is of that
  const offer = ANOTHER_OFFER.exec(rest);
  if (offer) rest = rest.slice(0, offer.index);
  // the clause must start before the next mention; what follows it (its lookahead) may run past
  const said = (re: RegExp) => {
    const m = re.exec(rest);
    return m !== null && m.index < nextStart - end;
  };
  if (said(DECLINED_LATER)) return 'declined';
  return said(NOT_TAKEN_LATER) ? 'not taken' : undefined;
}
/** What ends a comma item, back from a mention: a comma, a sentence end or a line break. */
const ITEM_ENDS = new Set([',', '.', ';', '!', '?', '\n']);

/**
 * The drug or therapy named at [start, end) of the lower-case text was declined or refused ("refused to start
 * apixaban", "pt declined warfarin", "apixaban suggested but he said no"): offered, not taken. The case reader
 * (entities.ts) and the quick answers (dialogs/answers/not-taken.ts) read it here.
 */
export function declinedAt(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 80 && !ITEM_ENDS.has(text[from - 1]!)) from--;
  const before = refusalScope(text.slice(from, start));
  return DECLINED.test(before) || DECLINED_AFTER.test(text.slice(end, end + 40));
}
/**
 * Planned or proposed, not taken: "plan to start", "suggests MS Contin" (a colleague), "asking for oxycodone", "wants
 * to try Neurontin" (the patient). Proposed opioids are judged against the gate (language/proposals.ts).
 */
export const PLANNED_BEFORE = compileReader('entity-proposed-before');
/** "PT next week", "acupuncture booked", "gabapentin discussed": arranged or proposed, not yet done. */
export const PLANNED_AFTER = compileReader('entity-proposed-after');
export const BOTH_AFTER = /^[^.;]{0,20}?\b(?:both|all(?: of them| three)?|each)\b/;
/**
 * What may stand between two drugs of one list ("duloxetine 60 mg and naproxen 500 bid"): separators, doses,
 * frequencies, durations. A number is not a token of the loop: `(?:...|\d+(?:\.\d+)?)*` can split a digit run in
 * exponentially many ways, all tried when the match fails (a 34-digit gap took minutes). Here each iteration is one
 * word token with at most one number run before it; GAP_NUMBER accepts what `\d+(?:\.\d+)?` repeated accepts (digit
 * runs joined by single dots, inner runs of 2+ digits) and reads a run one way only.
 */
const GAP_WORD = String.raw`[\s,/&+()-]|and|or|then|for|plus|as well as|also|both|either|nor|neither|mg|g|mcg|hr|bid|tid|qid|qd|od|daily|prn|q\d+(?:-\d+)?h|x|wks?|weeks?|months?|mos?|each|trials?|of`;
const GAP_NUMBER = String.raw`\d+(?:\.\d\d+)*(?:\.\d)?`;
export const LIST_GAP = new RegExp(`^(?:(?:${GAP_NUMBER})?(?:${GAP_WORD}))*(?:${GAP_NUMBER})?$`);

/** "Plan: start gabapentin, refer to physio": what is planned has not been tried ("continue" keeps it current). */
const PLAN_HEAD =
  /(?:plan|a\/p|assessment and plan|recommend(?:ation)?s?|will|would|suggest(?:ed)?|consider|next steps?|to start|start|begin|trial|try|refer(?:ral)?)\b[^.!?;\n]*/y;
/**
 * A prescription line, pharmacist style ("Rx: duloxetine 60 mg od for 72F on naproxen 500 bd - ok to dispense?"): the
 * prescribed items only, to " for ", " on ", " in ", " to ", a spaced dash, or a comma not followed by another drug
 * regimen ("Rx: duloxetine 30 mg od, tramadol 50 mg qid prn": both prescribed); what follows describes the patient
 * (her current drugs, age, kidneys) and is read as case text. One character a step, bounded look-ahead: linear.
 */
const RX_HEAD =
  /rx\b(?:[^.!?;\n,\s]|\s(?!(?:for|on|in|to|-|pt|patient)\s)|,(?=\s*(?:and\s+)?[a-z][a-z/-]{2,20}\s\d+(?:\.\d+)?\s?(?:mg|mcg|g|bd|bid|tds|tid|qds|qid|od|daily|nocte|q\d+h)\b))*/y;
export const CONTINUE = /\b(?:continue|cont|keep|maintain)\b[^,]{0,20}$/;

/** The last text read and its spans: extraction asks for one text's plans more than once. */
let lastPlans: { text: string; spans: readonly [number, number][] } | undefined;

/**
 * The plan's own heading, mid-sentence after a comma or a dash too ("..., RF neg, Plan - wean sertraline, then
 * duloxetine"): only the plan words, so "..., trial of duloxetine 8 wk no help" stays a trial.
 */
const PLAN_WORD_HEAD = /(?:plan(?: is| was)?(?: to)?|a\/p|assessment and plan|next steps?)\b\s?[:-]?[^.!?;\n]*/y;
/** A plan heading with nothing after it but a numbered list ("Plan: 1. off sertraline 2. duloxetine 30 mg daily"). */
const HEADING_ALONE = /(?:plan|a\/p|assessment and plan|next steps?)\s?:?\s?$/;

export function planSpans(text: string): [number, number][] {
  if (lastPlans?.text !== text) lastPlans = { text, spans: readPlanSpans(text) };
  return lastPlans.spans.slice();
}

function readPlanSpans(text: string): [number, number][] {
  const spans = [
    ...sentencesStartingWith(text, '.!?;\n', PLAN_HEAD),
    ...sentencesStartingWith(text, '.!?;\n', RX_HEAD),
    ...sentencesStartingWith(text, ',-', PLAN_WORD_HEAD),
  ];
  // "Plan: 1. off sertraline 2. duloxetine 30 mg daily": the heading's numbered list is the plan, to its last item
  for (const [start, end] of [...spans]) {
    const head = text.slice(start, end);
    const list =
      HEADING_ALONE.test(head) || /\s1$/.test(head)
        ? numberedListEnd(text, head.endsWith('1') ? end - 1 : end)
        : undefined;
    if (list !== undefined) spans.push([start, list]);
  }
  return spans;
}
