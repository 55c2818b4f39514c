import type { DrugMention } from './find-drugs.js';

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
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
/** "about", "only", "usually": words between the verb and the count. */
const HEDGE = String.raw`(?:(?:about|around|roughly|approx|approximately|only|just|usually|typically|actually|really|more like|closer to|nearer|~)\s?)?`;
/**
 * Up to two words between the count and "a day": the product's name ("4 percocet", "3 tylenol #3") and a tablet
 * word. Each word stops at a space, which the word's characters exclude: no two ways to split the text (linear).
 */
const BETWEEN = String.raw`(?:\s(?!a\b|an\b|per\b|each\b|every\b|daily\b|times\b|x\b|once\b|twice\b|thrice\b)[a-z#][a-z0-9#/-]*){0,2}`;
const A_DAY = String.raw`(?:\s(?:a|per|each|every)\s(?:day|24\s?h(?:rs?|ours?)?)|\s?\/\s?(?:day|d)|\sdaily)\b`;

export const DAILY_TABLETS_ROWS: readonly DailyTabletsRow[] = [
  {
    id: 'takes-n-a-day',
    // the verb said of the patient: "takes", "is taking", "she's using", "uses", "having"
    re: new RegExp(
      String.raw`\b(?:takes?|taking|uses?|using|having|gets? through|going through)\s${HEDGE}${COUNT}${BETWEEN}${A_DAY}`,
    ),
    example: "she's using 4 percocet a day, not 6",
    counter: 'takes 4 weeks to work',
  },
  {
    id: 'n-a-day-taken',
    // the count first: "actually 4 a day", "more like 3 tabs a day", "down to 3 a day"
    re: new RegExp(
      String.raw`^\W{0,3}(?:(?:actually|really|only|now|down to|more like|closer to),?\s)+${COUNT}${BETWEEN}${A_DAY}`,
    ),
    example: 'actually 4 a day',
    counter: 'actually she is 4 weeks in',
  },
];

/** "Takes 4 a day - can I increase?": a question about a change is not the use said. */
const NOT_USE = /\b(?:max(?:imum)?|up to \d|no more than|not to exceed|should|could|can|would|if|when needed up to)\b/;

export interface DailyTablets {
  tablets: number;
  /** The drug mention inside the statement, when a name was typed ("4 percocet a day"). */
  mention?: DrugMention;
}

/** The tablets a day the text says the patient takes, or undefined. */
export function dailyTabletsSaid(norm: string, mentions: readonly DrugMention[]): DailyTablets | undefined {
  for (const row of DAILY_TABLETS_ROWS) {
    const m = row.re.exec(norm);
    if (!m?.[1]) continue;
    const before = norm.slice(Math.max(0, m.index - 20), m.index);
    if (NOT_USE.test(before) || NOT_USE.test(m[0])) return undefined;
    const tablets = WORDS[m[1]] ?? Number(m[1]);
    if (!(tablets > 0)) return undefined;
    const end = m.index + m[0].length;
    const mention = mentions.find((d) => d.start >= m.index && d.start < end);
    return { tablets, ...(mention ? { mention } : {}) };
  }
  return undefined;
}
