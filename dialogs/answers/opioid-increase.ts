import { MME_LIMITS } from '../../src/clinical/calculators/clinical-params.js';
import type { Medication } from '../../src/clinical/case/case-facts.js';
import { type OpioidLine, opioidLine } from '../../src/clinical/case/case-opioids.js';
import type { OutputMessage } from '../turn-types.js';
import { type AnswerLine, renderAnswer } from './answer-message.js';
import { GUIDELINE_INTENTS } from './guideline-intents.js';
import { entryLine, entryLines } from './knowledge-lines.js';
import { functionNotBetter } from './score-change.js';
import { fmt } from './number-format.js';
import { asMedication, mmeLine, mmeText } from './opioid-swap.js';
import { type DrugMention, drugNames, findDrugs, MME_SOURCE } from './ports.js';
import { drugSafety, withSafety } from './safety-lines.js';
import { notCountedMentions } from './calculator-answers.js';
import type { QuestionContext } from './question-context.js';

/**
 * "On oxycodone 10 bd, want to go to 20 bd - ok?", "thinking of increasing the oxy to 20 mg bid": a proposed increase
 * of the opioid the patient takes. The answer gives the MME now and after the increase (CDC 2022 factors,
 * clinical-reference.md section 4), then what an increase asks for: reassess within 1-4 weeks of any increase, the
 * 50/90 MME/day thresholds and naloxone at the new dose, and the guideline's rule that an opioid continues only if
 * function improves. A change already made ("went up to 20 bd") is the case's (dose-change.ts), not this.
 * Each increase word is a data row with an example it must read and a counter-example it must not
 * (test/answers/quick-classes-fg18.test.ts).
 */
export const INCREASE_ROWS: readonly { words: string; example: string; counter: string }[] = [
  {
    // "increase to", "increasing it to", "titrate up to", "bump the dose up to", "up it to"
    // ("went up to" is done, not proposed: no bare "up")
    words: String.raw`(?:increas(?:e|ing)|rais(?:e|ing)|titrat(?:e|ing)|up-?titrat(?:e|ing)|bump(?:ing)?|upping|up (?=it|him|her|them|the dose))(?: (?:it|him|her|them|the dose|his dose|her dose|their dose))?(?: up)? to`,
    example: 'oxycodone 10mg bid, thinking of increasing to 20mg bid, new MME?',
    counter: 'oxycodone 10mg bid increased to 20mg bid last week, MME?',
  },
  {
    // the drug (or "the dose") named between the verb and "to": "increase oxycodone to 20 bid", "raise the oxy to 15"
    words: String.raw`(?:increas(?:e|ing)|rais(?:e|ing)|titrat(?:e|ing)|up-?titrat(?:e|ing)|bump(?:ing)?) (?:the |his |her |their )?[a-z][a-z-]{1,24}(?: dose)?(?: up)? to`,
    example: 'oxycodone 10 bid, increase oxycodone to 20 bid, MME?',
    counter: 'oxycodone 10 bid, increased oxycodone to 20 bid last month, MME?',
  },
  {
    // a plan or proposal naming the new regimen: "plan: oxycodone 20 bid", "proposed: oxy 15 bd", "new dose 20 bid"
    words: String.raw`(?:plan|proposed|proposal|new dose|new regimen)(?: is)?\s?[:=-]?(?: (?!was\b|is\b)[a-z][a-z-]{1,24})?`,
    example: 'oxycodone 10 bid, plan: oxycodone 20 bid. MME?',
    counter: 'oxycodone 10 bid, plan was oxycodone 20 bid but she declined. MME?',
  },
  {
    // "go up to", "want to go to", "move her up to"
    words: String.raw`(?:go|going|move|moving)(?: (?:him|her|them))?(?: up)? to`,
    example: 'on oxycodone 10 bd, want to go to 20 bd - ok?',
    counter: 'on oxycodone 10 bd, went up to 20 bd, MME?',
  },
  {
    // the old dose then the new, after a present-tense verb: "increase oxycodone from 10 mg bd to 20 mg bd?"
    words: String.raw`(?:increas(?:e|ing)|rais(?:e|ing)|titrat(?:e|ing)|go(?:ing)? up)\b[^?;\n]{0,40}? from \d[^?;\n]{0,24}? to`,
    example: 'increase oxycodone from 10 mg bd to 20 mg bd?',
    counter: 'oxycodone was increased from 10 mg bd to 20 mg bd, MME?',
  },
];
/**
 * The increase word before the opioid's name and the new dose after it, no current dose typed: "increase norco to
 * 10/325 qid?", "titrate the oxycodone up to 10 qid". The MME now comes from the open case, else is asked for.
 */
export const INCREASE_NAMED_ROW = {
  before:
    /\b(?:increas(?:e|ing)|rais(?:e|ing)|titrat(?:e|ing)|up-?titrat(?:e|ing)|bump(?:ing)?|upping|up)(?: (?:the|his|her|their|pt'?s|patient'?s))? $/,
  after: /^(?: (?:dose|tabs?|tablets?))?(?: up)? to (?=\d)/,
  example: 'increase norco to 10/325 qid?',
  counter: 'increased norco to 10/325 qid last month, MME?',
};

/**
 * The increase said between two regimens of the named opioid, the current one typed after its name: "increase
 * oxycodone 10 bd to 20 bd?", "titrate oxycodone 10mg q6h to 15mg q6h?" (an increase verb before the name), "wants
 * oxycodone increased from 10 mg bd to 20 mg bd" (a wish before the name, the passive after it), "oxycodone 10 bid ->
 * 20 bid?" (an arrow between two regimens, asked, said as no change already made). `before` reads the 40 characters
 * before the name, `after` the text after it: group 1 is the current regimen. A change said done ("was increased
 * from", "went from 10 bd to 20 bd", "-> 20 bid last month") is the case's (dose-change.ts).
 */
export const INCREASE_BETWEEN_ROWS: readonly {
  before?: RegExp;
  after: RegExp;
  asked?: true;
  example: string;
  counter: string;
}[] = [
  {
    before: INCREASE_NAMED_ROW.before,
    after: /^(?: from)? (\d[^?;\n]{0,30}?) (?:to|->|\u2192|=>) (?=\d)/,
    example: 'titrate oxycodone 10mg q6h to 15mg q6h?',
    counter: 'increased oxycodone 10mg q6h to 15mg q6h last month, MME?',
  },
  {
    before:
      /\b(?:wants?|wanting|would like|requests?|requesting|asks? for|asking for|asking to have|should|could|can we|shall we|ok to have)(?: (?:the|his|her|their|pt'?s|patient'?s))? $/,
    after:
      /^(?: dose)?(?: be)? (?:increased|raised|titrated(?: up)?|up-?titrated|upped|bumped(?: up)?) from (\d[^?;\n]{0,30}?) (?:to|->|\u2192|=>) (?=\d)/,
    example: 'wants oxycodone increased from 10 mg bd to 20 mg bd',
    counter: 'oxycodone was increased from 10 mg bd to 20 mg bd, MME?',
  },
  {
    after: /^ (\d[^?;\n>]{0,30}?) ?(?:->|\u2192|=>) ?(?=\d)/,
    asked: true,
    example: 'oxycodone 10 bid -> 20 bid? pt also takes clonazepam 0.5 nocte',
    counter: 'oxycodone 10 bid -> 20 bid last month, MME?',
  },
];

/** Whose dose, between an increase word and the opioid's name: "the", "his", "her dose of the". */
const WHOSE = String.raw`(?: (?:the|his|her|their|pt'?s|patient'?s|my))?(?: dose of(?: (?:the|his|her|their))?)?`;
/** Asked, not said of the past: "can I", "should we", "ok to", "want to", a clause opening, or the text's start. */
const ASK_OPENING = String.raw`(?:^|[,.;:?!(-] |\b(?:can|could|should|shall|may) (?:i|we|you) |\bok(?:ay)? to |\b(?:wants?|wanting|like|plan(?:ning)?|thinking of|consider(?:ing)?) (?:to )?|\b(?:and|or|so|then) )`;

/**
 * An increase asked of the opioid named, no new regimen typed: "more oxy?", "can I double the tramadol?", "up his
 * oxycodone?", "ok to increase her norco?", "oxy dose up?". `before` reads the 40 characters before the name, `after`
 * the text after it; `factor`, the new dose as a multiple of the current one when the words say it ("double"). The
 * clause must end in "?" with no change said done in it (SAID_DONE): "doubled the tramadol last month" is the case's.
 * Each row reads its example and not its counter-example (test/answers/opioid-increase-asked-fd20.test.ts).
 */
export const INCREASE_WISH_ROWS: readonly {
  before?: RegExp;
  after?: RegExp;
  /** Global: a match anywhere after the name, asked in its own clause. */
  later?: RegExp;
  factor?: number;
  example: string;
  counter: string;
}[] = [
  {
    // "double the tramadol?", "can I double her oxy?", "doubling his dose of the morphine?"
    before: new RegExp(String.raw`\b(?:double|doubling)${WHOSE} $`),
    factor: 2,
    example: 'ODI same as last month, can I double the tramadol?',
    counter: 'doubled the tramadol last month, ODI same. next?',
  },
  {
    // "more oxy?", "a bit more oxycodone?", "extra norco for the bad days?" (not "no more oxy", "any more tramadol")
    before: new RegExp(
      String.raw`(\b(?:no|not|any|never|nothing|without) )?\b(?:more|extra|a higher dose of|higher dose of|stronger dose of)${WHOSE} $`,
    ),
    example: 'walks further now, pain same, more oxy?',
    counter: 'no more oxy, tapering off. what next?',
  },
  {
    // "ok to increase her norco?", "can we up his oxycodone?", "bump up the tramadol?" (an opening before the verb)
    before: new RegExp(
      `${ASK_OPENING}(?:increase|incr|raise|up|bump up|bump|titrate up|uptitrate|up-titrate)${WHOSE} $`,
    ),
    example: 'still not back at work on norco - ok to increase her norco?',
    counter: 'his son picked up the oxycodone?',
  },
  {
    // "oxy dose up?", "tramadol increase ok?", "norco higher?" (not "x2": two tablets a dose, "tylenol 4 x2 q6h")
    after: /^(?: dose)? (?:up|increase|higher)\b/,
    example: 'function better, oxy dose up?',
    counter: 'oxy dose up last month, MME?',
  },
  {
    // after the opioid, a pronoun or "the dose": "tramadol 50 qid, back at work, double it?", "double his dose?"
    later: /\b(?:double|doubling) (?:it|the dose|his dose|her dose|their dose|the tabs|the tablets)\b/g,
    factor: 2,
    example: 'tramadol 50 qid, back at work now, double it?',
    counter: 'tramadol 50 qid, doubled it in March, MME?',
  },
  {
    // "oxy 5 q6h, walking more. increase the dose?", "can we go up?", "bump it up?", "a higher dose?" (no "to": a
    // new regimen after "to" is INCREASE_ROWS')
    later:
      /\b(?:(?:increase|incr|raise|up|bump|titrate)(?: (?:it|the dose|his dose|her dose|their dose))(?: up)?|bump (?:it |the dose )?up|go(?:ing)? up|(?:a )?higher dose)\b(?! (?:up )?to\b)/g,
    example: 'on oxy 5 q6h, walking more. increase the dose?',
    counter: 'on oxy 5 q6h, went up last month, pain same. MME?',
  },
];

/** The clause after `end` ends in "?" with no change said done in it. */
function askedAt(text: string, end: number): boolean {
  const rest = text.slice(end, end + 160);
  const stop = rest.search(/[.?!\n]/);
  return (
    stop >= 0 && rest[stop] === '?' && !SAID_DONE.test(rest.slice(0, stop)) && !/\bthan\b/.test(rest.slice(0, stop))
  );
}

/** The opioid named with an increase asked and no new regimen: its row's factor, if it says one. */
function increaseWished(text: string, now: DrugMention, several = false): { factor?: number } | undefined {
  const before = text.slice(Math.max(0, now.start - 40), now.start);
  const after = text.slice(now.end, now.end + 30);
  const reads = (r: (typeof INCREASE_WISH_ROWS)[number]): boolean => {
    // group 1, where a row has one, is a negation before the words ("no more oxy"): not asked
    if (r.before) {
      const m = r.before.exec(before);
      return m !== null && m[1] === undefined && askedAt(text, now.end);
    }
    if (r.after) return r.after.test(after) && askedAt(text, now.end);
    // "double it?" with two opioids named: which one is not said
    if (several) return false;
    return [...text.slice(now.end).matchAll(r.later!)].some((m) => askedAt(text, now.end + m.index + m[0].length));
  };
  const row = INCREASE_WISH_ROWS.find(reads);
  return row ? { ...(row.factor ? { factor: row.factor } : {}) } : undefined;
}

/** The regimen `factor` times the one typed ("double"): dose, day's total and acetaminophen scaled alike. */
function scaled(m: DrugMention, factor: number): DrugMention | undefined {
  if (m.doseMg === undefined && m.dailyMg === undefined) return undefined;
  const out: DrugMention = { ...m };
  for (const key of ['doseMg', 'dailyMg', 'acetaminophenMg'] as const) {
    const value = m[key];
    if (value !== undefined) out[key] = value * factor;
  }
  return out;
}

/**
 * The new regimen typed first, the one it replaces after it: "Rx: Norco 10/325 qid (up from 5/325 qid), ok to
 * dispense?", "oxycodone 10 tds, up from 5 tds - ok?". Group 1: the regimen taken now. Asked, with no change said done
 * in its clause ("oxycodone 20 bd, up from 10 bd last month, MME?" is the case's).
 */
export const UP_FROM_ROW = {
  re: /^[^?;\n(]{0,40}?,? ?\(?(?:up|increased|titrated up|raised) from (\d(?:[^)?;,.\n]|\.(?=\d)){0,30})/,
  example: 'Rx: Norco 10/325 qid (up from 5/325 qid). ODI 40 -> 36, ok to dispense?',
  counter: 'oxycodone 20 bd, up from 10 bd last month, MME?',
};

/** The regimen typed at `now` as the proposed one, the one after "up from" as the current (UP_FROM_ROW). */
function increaseUpFrom(text: string, now: DrugMention): OpioidIncrease | undefined {
  const m = UP_FROM_ROW.re.exec(text.slice(now.end, now.end + 120));
  if (!m || !text.slice(now.end).includes('?')) return undefined;
  // the regimen replaced and the rest of its clause: "10 bd last month" is a change made
  const rest = text.slice(now.end + m[0].length).split(/[?\n]|\.(?!\d)/)[0]!;
  if (SAID_DONE.test(`${m[1]}${rest}`)) return undefined;
  const current = findDrugs(`${now.matched} ${m[1]}`)[0];
  if (current?.drug !== now.drug) return undefined;
  const [was, next] = [opioidLine(asMedication(current)).mme, opioidLine(asMedication(now)).mme];
  return was !== undefined && next !== undefined && next > was
    ? { now: { ...current, start: now.start, end: now.end }, proposed: now }
    : undefined;
}

/** A change already made, said in the sentence of an arrow: "-> 20 bid last month", "changed 2 wk ago". */
const SAID_DONE =
  /\b(?:was|were|went|got|has been|had been|ago|already|since|last (?:week|wk|month|mo|visit|review)|changed|increased|raised|titrated)\b/;

/** The regimen between the name and the new one, and the new one, of an INCREASE_BETWEEN_ROWS row. */
function increaseBetween(text: string, now: DrugMention): { now: DrugMention; proposed: DrugMention } | undefined {
  const before = text.slice(Math.max(0, now.start - 40), now.start);
  const after = text.slice(now.end, now.end + 120);
  for (const row of INCREASE_BETWEEN_ROWS) {
    if (row.before && !row.before.test(before)) continue;
    const m = row.after.exec(after);
    if (!m) continue;
    if (row.asked) {
      const end = after.search(/[?.\n]/);
      if (end < 0 || after[end] !== '?' || SAID_DONE.test(after.slice(0, end))) continue;
    }
    const current = findDrugs(`${now.matched} ${m[1]}`)[0];
    const proposed = regimenAfter(now, after.slice(m[0].length));
    if (current?.drug !== now.drug || !proposed) continue;
    const [was, next] = [opioidLine(asMedication(current)).mme, opioidLine(asMedication(proposed)).mme];
    if (was !== undefined && next !== undefined && next > was)
      return { now: { ...current, start: now.start, end: now.end }, proposed };
  }
  return undefined;
}

/** Said as done, not proposed: "increased to", "went up to" (dose-change.ts reads those). */
const INCREASE = new RegExp(String.raw`\b(?:${INCREASE_ROWS.map((r) => r.words).join('|')}) (?=\d)`, 'gi');

const isOpioid = (m: DrugMention): boolean => drugNames(m.drug).drugClass === 'opioid';

/** The regimen typed after the increase word, up to the end of its clause: "20 bd", "20 mg twice a day". */
const CLAUSE_END = /[?;\n]| - |,(?! ?\d)/;

/** The guideline row for a higher dose asked with no functional gain (guideline-intents.ts). */
const NO_GAIN = GUIDELINE_INTENTS.find((i) => i.name === 'opioid-no-gain-increase');

/** The opioid taken and its proposed regimen, when one is typed or said as a multiple ("double"). */
export interface OpioidIncrease {
  now: DrugMention;
  proposed?: DrugMention;
  /** The new dose said as a multiple of the current one ("double"), kept for a current dose the case records. */
  factor?: number;
}

/**
 * The proposed regimen of the opioid named with an increase, or undefined when the text proposes no increase. With
 * two opioids named ("on tramadol 50 qds, oxy 10 bd -> 20 bd?") the one the increase is said of is read; the others
 * count in the MME totals (opioidIncreaseMessage).
 */
export function proposedIncrease(text: string, mentions: readonly DrugMention[]): OpioidIncrease | undefined {
  const opioids = mentions.filter(isOpioid);
  // another opioid to add or start is a second change, not one taken now: not this answer
  if (opioids.some((m) => OPIOID_ADDED.re.test(text.slice(Math.max(0, m.start - 30), m.start)))) return undefined;
  for (const drug of new Set(opioids.map((m) => m.drug))) {
    const found = increaseOf(
      text,
      opioids.filter((m) => m.drug === drug),
      opioids.filter((m) => m.drug !== drug),
    );
    if (found) return found;
  }
  return undefined;
}

/** An opioid named as one to add or start, not one taken (the 30 characters before its name). */
export const OPIOID_ADDED = {
  re: /\b(?:add|adding|start|starting|begin|commence|switch(?:ing)? to|chang(?:e|ing) to|new)\b(?: (?:in|on|her|him|them|the|some|a|an|low[- ]dose))*(?: dose of)? $/,
  example: 'oxycodone 10 bd - increase to 20 bd and add morphine 10 q6h?',
  counter: 'on tramadol 50 qds, oxy 10 bd -> 20 bd?',
};

/** The increase said of one opioid (`own`: its mentions), the other opioids named (`others`) aside. */
function increaseOf(
  text: string,
  own: readonly DrugMention[],
  others: readonly DrugMention[],
): OpioidIncrease | undefined {
  const now = own[0]!;
  const to = own.length === 1 ? INCREASE_NAMED_ROW.after.exec(text.slice(now.end, now.end + 30)) : null;
  if (to && INCREASE_NAMED_ROW.before.test(text.slice(Math.max(0, now.start - 40), now.start))) {
    const proposed = regimenAfter(now, text.slice(now.end + to[0].length));
    if (proposed) return { now: { drug: now.drug, matched: now.matched, start: now.start, end: now.end }, proposed };
  }
  if (own.length <= 2) {
    const between = increaseBetween(text, now);
    if (between) return between;
  }
  const typed = typedIncrease(text, now, others) ?? increaseUpFrom(text, now);
  if (typed) return typed;
  // "more oxy?", "double the tramadol?": asked with no new regimen; the current one is the first typed with a dose
  for (const m of own) {
    const wished = increaseWished(text, m, others.length > 0);
    if (wished)
      return wishedIncrease(own.find((o) => o.doseMg !== undefined || o.dailyMg !== undefined) ?? now, wished);
  }
  return undefined;
}

/**
 * Mid-case, no drug named: an increase asked of the one opioid the case holds ("function no better. go up to 10
 * tds?", "bump it to 4 a day?", "double it?", "go up to 10/325 qid?"), read as if its regimen were typed first.
 */
export function caseOpioidIncrease(text: string, held: readonly Medication[]): OpioidIncrease | undefined {
  const opioids = held.filter((h) => drugNames(h.drug).drugClass === 'opioid');
  const h = opioids[0];
  if (!h || new Set(opioids.map((o) => o.drug)).size !== 1) return undefined;
  const now = mentionOf(h);
  const between = arrowBetween(text, now);
  if (between) return between;
  const typed = typedIncrease(text, now);
  if (typed) return typed;
  const wished = increaseWished(text, now);
  return wished && wishedIncrease(now, wished);
}

/** Two regimens with an arrow between them and no name: "can I go 20 bd -> 30 bd?" (the case's one opioid). */
const UNNAMED_ARROW = /(?<![\w./])\d[^?;\n>]{0,30}?\s?(?:->|\u2192|=>)\s?\d/;

/**
 * Mid-case, "can I go 20 bd -> 30 bd?": read as if the case's opioid were named before the first regimen, by the
 * asked arrow row of INCREASE_BETWEEN_ROWS (the MME now and proposed; a change said done is not read).
 */
function arrowBetween(text: string, now: DrugMention): OpioidIncrease | undefined {
  const arrow = UNNAMED_ARROW.exec(text);
  if (!arrow) return undefined;
  const named = `${now.matched} ${text.slice(arrow.index)}`;
  return increaseBetween(named, { ...now, start: 0, end: now.matched.length });
}

/** The increase wished of the regimen taken now: the new one only when said as a multiple ("double"). */
function wishedIncrease(now: DrugMention, { factor }: { factor?: number }): OpioidIncrease {
  const proposed = factor ? scaled(now, factor) : undefined;
  return { now, ...(proposed ? { proposed } : factor ? { factor } : {}) };
}

/** A medicine the case records, as if typed at the start of the question. */
function mentionOf(h: Medication): DrugMention {
  return {
    drug: h.drug,
    matched: h.product ?? drugNames(h.drug).generic,
    start: 0,
    end: 0,
    ...(h.doseMg !== undefined ? { doseMg: h.doseMg } : {}),
    ...(h.timesPerDay !== undefined ? { timesPerDay: h.timesPerDay } : {}),
    ...(h.dailyMg !== undefined ? { dailyMg: h.dailyMg } : {}),
  };
}

/**
 * The new regimen typed after an increase word, after the dosed opioid: "oxycodone 10 bd, increase to 20 bd". With
 * other opioids named, the increase word after one of them is that one's ("oxy 10 bd, tramadol 50 qds, increase to").
 */
function typedIncrease(
  text: string,
  now: DrugMention,
  others: readonly DrugMention[] = [],
): OpioidIncrease | undefined {
  if (now.doseMg === undefined && now.dailyMg === undefined) return undefined;
  for (const m of text.matchAll(INCREASE)) {
    const start = m.index + m[0].length;
    if (start <= now.end || others.some((o) => o.start > now.end && o.start < m.index)) continue;
    const proposed = regimenAfter(now, text.slice(start));
    if (!proposed) continue;
    // an increase: the new dose's MME above the current one (a reduction or a typo is not answered here)
    const [before, after] = [opioidLine(asMedication(now)).mme, opioidLine(asMedication(proposed)).mme];
    if (before !== undefined && after !== undefined && after > before) return { now, proposed };
  }
  return undefined;
}

/** The counts said in words, one to twelve (their index + 1). */
const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/**
 * A count a day with no strength, the new regimen of the tablets taken now: "4 a day", "six tabs per day", "5/day",
 * "4x a day" (not "20 mg a day", "10/325 qid": a strength). Group 1: the count.
 */
const TABLET_COUNT = new RegExp(
  String.raw`^(\d{1,2}|${COUNT_WORDS.join('|')})(?: ?(?:x|times|tabs?|tablets?|pills?|doses?))? ?(?:a|per|\/|each) ?day\b`,
);

/** The opioid's regimen typed in `rest` up to the end of its clause ("20 bd", "10/325 qid"), read as that opioid. */
function regimenAfter(now: DrugMention, rest: string): DrugMention | undefined {
  const end = rest.search(CLAUSE_END);
  const clause = rest.slice(0, end < 0 ? rest.length : end);
  // "bump it to 4 a day": that many of the doses taken now, their strength kept
  const count = TABLET_COUNT.exec(clause);
  if (count && now.doseMg !== undefined) {
    const times = /^\d/.test(count[1]!) ? Number(count[1]) : COUNT_WORDS.indexOf(count[1]!) + 1;
    return { ...now, timesPerDay: times, dailyMg: now.doseMg * times };
  }
  const proposed = findDrugs(`${now.matched} ${clause}`)[0];
  return proposed?.drug === now.drug ? proposed : undefined;
}

/**
 * What any increase asks for: reassess within 1-4 weeks of it (CDC 2022), continue only with meaningful functional
 * gain (guideline L43), and the 50/90 MME/day thresholds it is weighed against, under them too.
 */
const REVIEW_LINES = (): AnswerLine[] => [
  entryLine('opioid.cdc-reassess'),
  entryLine('opioid.framework.reassess'),
  entryLine('mme.thresholds'),
];

/**
 * Tramadol's caps, said when the new dose is not one the safety checks can weigh against them (not given, or not
 * given because function is not better): the label's 400 mg/day, 300 over 75, 200 with CrCl < 30.
 */
const TRAMADOL_CAPS = ['label.tramadol', 'age.tramadol', 'renal.tramadol'];
function capLines(increase: OpioidIncrease): AnswerLine[] {
  return increase.now.drug === 'tramadol' ? entryLines(TRAMADOL_CAPS) : [];
}

/**
 * The increase's answer: the MME now and proposed, and what any increase asks for, with the safety checks every drug
 * answer carries (safety-lines.ts): the proposed regimen against its label maximum and this patient's caps, the pairs
 * with the other drugs named (the benzodiazepine boxed warning), naloxone with all its reasons. `lower`: the question,
 * `mentions`: every drug it names (the current regimen is replaced by the proposed one).
 */
export function opioidIncreaseMessage(
  asked: OpioidIncrease,
  held: readonly Medication[],
  lower = '',
  mentions: readonly DrugMention[] = [asked.now],
  caseCtx: QuestionContext = {},
): OutputMessage {
  // "double the oxycodone?" mid-case: twice the regimen the case records
  const recorded = held.find((h) => h.drug === asked.now.drug);
  const twice = !asked.proposed && asked.factor && recorded ? scaled(mentionOf(recorded), asked.factor) : undefined;
  const increase: OpioidIncrease = twice ? { now: asked.now, proposed: twice } : asked;
  // the open case's kidneys, age and other medicines count as the question's own (the renal cap, the benzodiazepine)
  const known = { ctx: caseCtx, held: held.filter((h) => h.drug !== increase.now.drug) };
  const name = drugNames(increase.now.drug).generic;
  const now = mmeLine(increase.now, held);
  const others = mentions.filter((m) => m.drug !== increase.now.drug);
  // an opioid said as stopped, not taken, replaced ("instead of tramadol") or a relative's is not counted (the MME
  // calculator's reading, calculator-answers.ts)
  const notCounted = notCountedMentions(lower, others);
  // every other opioid taken, named or the case's, counts in the MME now and proposed (summed across opioids)
  const also = otherOpioids(
    increase.now.drug,
    others.filter((m) => !notCounted.left.has(m)),
    held,
  );
  const alsoMme = also.reduce((sum, o) => sum + (o.line.mme ?? 0), 0);
  const withOthers = (mme: number | undefined) => (mme === undefined ? undefined : mme + alsoMme);
  // an opioid taken whose MME is not known (no dose or frequency, no factor): the total is not "all opioids"
  const unknown = also.filter((o) => o.line.mme === undefined);
  const allOpioids = also.length > 0 && unknown.length === 0;
  const alsoLines: AnswerLine[] = [
    ...also
      .filter((o) => o.line.mme !== undefined)
      .map((o) => ({ label: 'Also taken', text: mmeText(o.line.name, o), source: MME_SOURCE })),
    ...unknown.map((o) => ({ label: 'Not counted', text: notCountedText(o.line) })),
    ...notCounted.lines.filter((l) => isOpioidText(l.text, others)),
  ];
  const scope = allOpioids ? 'all opioids' : unknown.length ? `without ${unknownNames(unknown)}` : name;
  const nowMme = withOthers(now.line.mme);
  // function said not better ("Function no better. increase to 20 bid?"): not a higher dose, in any clause; the dose
  // taken now is what the safety checks read
  const nowSafety = () => drugSafety(lower, [increase.now, ...others], nowMme, known);
  if (functionNotBetter(lower) && NO_GAIN) {
    const answer = {
      title: `${NO_GAIN.title}${nowMme === undefined ? '' : `; ${scope} now ${fmt(nowMme)} MME/day`}`,
      lines: [
        ...entryLines(NO_GAIN.ids.filter((id) => id !== 'mme.thresholds')),
        { label: 'Now', text: mmeText(name, now), source: MME_SOURCE },
        ...alsoLines,
        ...capLines(increase),
      ],
    };
    return renderAnswer(withSafety(answer, nowSafety()));
  }
  const title = `${name[0]!.toUpperCase()}${name.slice(1)} increase`;
  if (!increase.proposed) {
    // "more oxy?": the MME now, the new dose asked for, and what any increase asks for
    const answer = {
      title: `${title} asked: ${nowMme === undefined ? 'give the current and new doses for the MME' : `now ${fmt(nowMme)} MME/day${also.length ? ` (${scope})` : ''}; the new dose not given`}`,
      lines: [
        { label: 'Now', text: mmeText(name, now), source: MME_SOURCE },
        ...alsoLines,
        ...REVIEW_LINES(),
        // the new MME is not known, so neither is whether it reaches 50
        entryLine('opioid.cdc-naloxone'),
        ...capLines(increase),
      ],
    };
    return renderAnswer(withSafety(answer, nowSafety()));
  }
  const proposed = mmeLine(increase.proposed, held);
  const total = withOthers(proposed.line.mme) ?? 0;
  const lines: AnswerLine[] = [
    {
      label: 'Now',
      text:
        now.line.mme === undefined && now.line.noMme !== 'no-factor'
          ? `${name}: the current dose is not given; give it to compare the MME now with the proposed`
          : mmeText(name, now),
      source: MME_SOURCE,
    },
    { label: 'Proposed', text: mmeText(name, proposed), source: MME_SOURCE },
    ...alsoLines,
    ...(also.length
      ? [
          {
            label: allOpioids ? 'Total, all opioids' : `Total, ${scope}`,
            text: `${nowMme === undefined ? '' : `now ${fmt(nowMme)} MME/day, `}proposed ${fmt(total)} MME/day (${allOpioids ? 'MME is summed across every opioid taken' : `${unknownNames(unknown)} not counted, so the total is at least this`})`,
            source: MME_SOURCE,
          },
        ]
      : []),
    ...REVIEW_LINES(),
  ];
  const safety = drugSafety(
    lower,
    [{ ...increase.proposed, start: increase.now.start, end: increase.now.end }, ...others],
    total,
    known,
  );
  const flag =
    total >= MME_LIMITS.avoid
      ? ` (at or above ${MME_LIMITS.avoid}: avoid or carefully justify)`
      : total >= MME_LIMITS.reassess
        ? ` (at or above ${MME_LIMITS.reassess}: reassess benefits and risks first)`
        : '';
  const from = nowMme === undefined ? 'to' : `${fmt(nowMme)} to`;
  return renderAnswer(
    withSafety(
      {
        title: `${title}: ${from} ${fmt(total)} MME/day${also.length ? `, ${scope}` : ''}${flag}`,
        lines,
        note: 'MME estimates overdose risk; it is not a conversion table for switching opioids.',
      },
      safety,
    ),
  );
}

/** An opioid taken whose MME is not known: why, and what to give for it. */
function notCountedText(line: OpioidLine): string {
  const who = drugNames(line.medication.drug).generic;
  return line.noMme === 'no-factor'
    ? `${who} has no MME factor (a partial agonist), so it is not in the total.`
    : `${who} is not in the total: give its dose and how often (as needed: the most the prescription allows).`;
}

const unknownNames = (unknown: readonly { line: OpioidLine }[]): string =>
  [...new Set(unknown.map((o) => drugNames(o.line.medication.drug).generic))].join(' and ');

/** A not-counted line about one of the opioids named (a stopped paracetamol is no opioid line). */
const isOpioidText = (text: string, named: readonly DrugMention[]): boolean =>
  named.some((m) => isOpioid(m) && text.toLowerCase().includes(drugNames(m.drug).generic.split(' ')[0]!.toLowerCase()));

/**
 * The opioids taken beside the one raised: those named with it (their typed dose, else the case's), then those the
 * open case holds and the question does not name. Each with its MME line.
 */
function otherOpioids(
  raised: DrugMention['drug'],
  named: readonly DrugMention[],
  held: readonly Medication[],
): { line: OpioidLine; fromCase: boolean }[] {
  const opioids = named.filter((m) => isOpioid(m) && m.drug !== raised);
  const fromQuestion = [...new Map(opioids.map((m) => [m.drug, m])).values()].map((m) => mmeLine(m, held));
  const fromCase = held
    .filter(
      (h) => h.drug !== raised && drugNames(h.drug).drugClass === 'opioid' && !opioids.some((m) => m.drug === h.drug),
    )
    .map((h) => ({ line: opioidLine(h), fromCase: true }));
  return [...fromQuestion, ...fromCase];
}
