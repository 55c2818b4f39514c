import type { DrugMention } from './find-drugs.js';
import { UNITS } from './spoken-numbers.js';
import { typedStrength } from './tablet-regimen.js';

/**
 * Tablets taken a day, said of the patient after the case gave the product ("actually takes 4 a day", "she's using 4
 * Percocet a day, not 6", "uses about three a day", "pt taking 3 tabs/day"): the actual use, each tablet of the
 * strength the case holds (src/clinical/case/tablet-change.ts turns it into mg; an unknown strength is asked). Each
 * row is data with an example it must read and a counter-example it must not (test/language/daily-tablets.test.ts);
 * the rows run on normalized (lower-case) text.
 */
export interface DailyTabletsRow {
  id: string;
  re: RegExp;
  example: string;
  counter: string;
}

/** A count of tablets as typed: digits or a word (up to twelve, a day's tablets). */
const COUNT = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/** "6-8 a day", "4 to 5 a day": a range of a day's tablets, its upper end counted (clinical-reference.md section 4). */
const COUNT_UPTO = String.raw`(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s?(?:-|to|or)\s?)?${COUNT}`;
/** "about", "only", "usually": words between the verb and the count. */
const HEDGE = String.raw`(?:(?:about|around|roughly|approx|approximately|only|just|usually|typically|actually|really|more like|closer to|nearer|~)\s?)?`;
/**
 * Up to two words between the count and "a day": the product's name ("4 percocet", "3 tylenol #3") and a tablet
 * word. Each word stops at a space, which the word's characters exclude: no two ways to split the text (linear).
 */
const BETWEEN = String.raw`(?:\sof(?:\s(?:the|his|her|their|them))?)?(?:\s(?!a\b|an\b|per\b|each\b|every\b|daily\b|times\b|x\b|once\b|twice\b|thrice\b|of\b)[a-z#][a-z0-9#/-]*){0,2}`;
const A_DAY = String.raw`(?:\s(?:a|per|each|every)\s(?:day|24\s?h(?:rs?|ours?)?)|\s?\/\s?(?:day|d)|\sdaily)\b`;

export const DAILY_TABLETS_ROWS: readonly DailyTabletsRow[] = [
  {
    id: 'takes-n-a-day',
    // the verb said of the patient: "takes", "is taking", "she's using", "uses", "having"
    re: new RegExp(
      String.raw`\b(?:takes?|taking|uses?|using|having|gets? through|going through)\s${HEDGE}${COUNT_UPTO}${BETWEEN}${A_DAY}`,
    ),
    example: "she's using 4 percocet a day, not 6",
    counter: 'takes 4 weeks to work',
  },
  {
    id: 'takes-product-strength-n-a-day',
    // the product and its strength before the count, as dose-notation.ts writes a count said before them ("takes 4
    // Norco 10/325 a day" is read as "takes norco 10/325 4 a day"): one or two name words, then the strength
    re: new RegExp(
      String.raw`\b(?:takes?|taking|uses?|using|having|gets? through|going through)\s${HEDGE}(?:[a-z#][a-z0-9#-]*\s){1,2}\d{1,3}(?:\.\d)?\/\d{2,4}\s${COUNT}${A_DAY}`,
    ),
    example: 'takes 4 Norco 10/325 a day',
    counter: 'takes norco 10/325 for 4 days',
  },
  {
    id: 'n-a-day-taken',
    // the count first: "actually 4 a day", "more like 3 tabs a day", "down to 3 a day"
    re: new RegExp(
      String.raw`^\W{0,3}(?:(?:actually|really|only|now|down to|more like|closer to),?\s)+${COUNT_UPTO}${BETWEEN}${A_DAY}`,
    ),
    example: 'actually 4 a day',
    counter: 'actually she is 4 weeks in',
  },
  {
    id: 'usually-n-a-day',
    // intermittent use said after the drug: "takes the oxycontin on and off, usually one tablet a day, some days
    // none"; the usual count is the use
    re: new RegExp(String.raw`\b(?:usually|typically|mostly|normally|generally)\s${COUNT}${BETWEEN}${A_DAY}`),
    example: 'he takes the oxycontin on and off, usually one tablet a day, some days none',
    counter: 'usually takes 4 weeks to work',
  },
  {
    id: 'takes-n-per-dose',
    // the tablets each time and how often, said of the patient: "she takes 2 tabs tid" (6 a day), "using one tab bid";
    // a "prn" after it is the prescription's instruction, not the use said
    re: new RegExp(
      String.raw`\b(?:takes?|taking|uses?|using|having)\s${HEDGE}([1-4]|one|two|three|four)(?:\s(?:tabs?|tablets?|pills?|caps?|capsules?))?\s(bd|bid|tds|tid|qds|qid|q4h|q6h|q8h|q12h)\b(?!\s?(?:prn|as needed|when needed|as required))`,
    ),
    example: 'oxycodone 10 mg 1-2 tabs q4h prn, she takes 2 tabs tid',
    counter: 'oxycodone 10 mg, takes 2 tabs q4h prn',
  },
  {
    id: 'takes-it-n-times-a-day',
    // the doses a day said of the patient, each one tablet: "takes it maybe twice a day", "uses them about 3 times a
    // day", "taking it once daily"
    re: new RegExp(
      String.raw`\b(?:takes?|taking|uses?|using)\s(?:it|them|one|1|a tab(?:let)?)\s(?:maybe\s|perhaps\s)?${HEDGE}(once|twice|thrice|(?:${COUNT.slice(1, -1)})\s?(?:times|x))\s?(?:a|per|each)?\s?(?:day|daily)\b`,
    ),
    example: 'hydrocodone 10 mg q4h, takes it maybe twice a day',
    counter: 'hydrocodone 10 mg, take it twice a week',
  },
];

/** "once" = 1, "twice" = 2, "3 times" = 3: doses a day said as times. */
const TIMES_WORDS: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };
const timesCount = (said: string): number => {
  const word = said.replace(/\s?(?:times|x)$/, '');
  return TIMES_WORDS[word] ?? UNITS[word] ?? Number(word);
};

/** Doses a day of the frequency a per-dose row says ("tid": 3). */
const DOSES_A_DAY: Readonly<Record<string, number>> = {
  bd: 2,
  bid: 2,
  q12h: 2,
  tds: 3,
  tid: 3,
  q8h: 3,
  qds: 4,
  qid: 4,
  q6h: 4,
  q4h: 6,
};

/** "Takes 4 a day - can I increase?": a question about a change is not the use said. */
const NOT_USE = /\b(?:max(?:imum)?|up to \d|no more than|not to exceed|should|could|can|would|if|when needed up to)\b/;

/**
 * Words that put the count in the past or in a plan, read in the clause up to the count: "she used to take 2 a day",
 * "was taking 3 a day", "plan is to have her taking 2 a day", "aim to taper to 2 a day". Only the actual use now
 * changes the dose the case holds (a count that lowers the MME must be the current use).
 */
const NOT_CURRENT =
  /\b(?:used to|use to|was|were|had been|previously|formerly|in the past|last (?:week|month|year)|plan(?:s|ned)?|planning|aim(?:s|ing)?|goal|target|hop(?:e|es|ing)|want(?:s|ed)?|will|going to|gonna|intend(?:s|ed)?|taper(?:ing)? to|wean(?:ing)? to|reduce to)\b/;
/** A plan's time said after the count: "taking 2 a day by next month", "3 a day within 4 weeks". */
const PLAN_AFTER =
  /^[^,;.!?\n]{0,40}?\b(?:by (?:next|the end|end of|then)|within \d|in \d{1,2} (?:days?|weeks?|months?)|goal|target)\b/;
/** Where a clause starts: punctuation, or a word that turns to the present ("used to take 6, now takes 4"). */
const CLAUSE_START = /[,;.!?\n]|\b(?:but|now|currently|these days|nowadays)\b/g;
/** Where a sentence starts, for a drug named before the count (not a decimal point: "percocet 7.5/325"). */
const SENTENCE_START = /[;!?\n]|\.(?!\d)/g;
/** Where the count's clause ends (not a decimal point). */
const CLAUSE_END = /[,;!?\n]|\.(?!\d)/;

/** The index just after the last match of `re` in `text` before `end`, else 0. */
function lastStart(text: string, re: RegExp, end: number): number {
  let start = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) start = m.index + m[0].length;
  return start;
}

const GLOBAL_ROWS = DAILY_TABLETS_ROWS.map((r) => new RegExp(r.re.source, 'g'));

export interface DailyTablets {
  tablets: number;
  /** The drug named with the count: in the statement ("4 percocet a day"), after it in its clause ("3 a day of
   * ibuprofen 200") or before it in its sentence ("ibuprofen 200, takes 3 a day"). A drug other than the case's
   * combination product then leaves the product alone (src/clinical/case/tablet-change.ts). */
  mention?: DrugMention;
  /** A tablet strength said in the count's clause ("takes 5 a day of the 7.5/325"): the tablets' strength. */
  strength?: { opioidMg: number; acetaminophenMg: number };
}

/** The drug a count at [start, end) is said of: inside it, next in its clause, else last before it in its sentence. */
function mentionOf(
  norm: string,
  mentions: readonly DrugMention[],
  start: number,
  end: number,
): DrugMention | undefined {
  const inside = mentions.find((d) => d.start >= start && d.start < end);
  if (inside) return inside;
  const clauseEnd = end + (CLAUSE_END.exec(norm.slice(end))?.index ?? norm.length);
  const after = mentions.find((d) => d.start >= end && d.start < clauseEnd);
  if (after) return after;
  const sentenceStart = lastStart(norm, SENTENCE_START, start);
  return mentions.filter((d) => d.start >= sentenceStart && d.end <= start).at(-1);
}

/** The tablets a day the text says the patient takes now, or undefined. */
export function dailyTabletsSaid(norm: string, mentions: readonly DrugMention[]): DailyTablets | undefined {
  for (const re of GLOBAL_ROWS) {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      if (!m[1]) continue;
      const before = norm.slice(Math.max(0, m.index - 20), m.index);
      if (NOT_USE.test(before) || NOT_USE.test(m[0])) return undefined;
      const end = m.index + m[0].length;
      // the past or a plan: this count is not the use now; a later clause may give it ("used to take 6, now 4 a day")
      const clause = norm.slice(lastStart(norm, CLAUSE_START, m.index), end);
      if (NOT_CURRENT.test(clause) || PLAN_AFTER.test(norm.slice(end))) continue;
      const tablets = timesCount(m[1]) * (m[2] ? (DOSES_A_DAY[m[2]] ?? Number.NaN) : 1);
      if (!(tablets > 0)) return undefined;
      const mention = mentionOf(norm, mentions, m.index, end);
      const clauseEnd = end + (CLAUSE_END.exec(norm.slice(end))?.index ?? norm.length - end);
      const typed = typedStrength(norm.slice(m.index, clauseEnd));
      const strength = typed && { opioidMg: typed.opioidMg, acetaminophenMg: typed.acetaminophenMg };
      return { tablets, ...(mention ? { mention } : {}), ...(strength ? { strength } : {}) };
    }
  }
  return undefined;
}
