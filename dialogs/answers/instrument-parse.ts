import type { OswestryInput } from '../../src/clinical/calculators/oswestry.js';
import type { StartBackInput } from '../../src/clinical/calculators/start-back.js';
import { ITEM9_ANSWERS } from '../../src/clinical/calculators/start-back.js';
import {
  oswestrySectionList,
  startBackAgreedItems,
  startBackItemAnswers,
} from '../../src/clinical/language/measures.js';

/**
 * Chat commands for the instruments: item answers or scores only, never the questionnaire wording.
 * "STarT Back 1 1 0 1 1 1 0 1 1", "start back 1 1 0 1 1 1 0 1 very much", "STarT Back total 6 psych 4", "ODI 48%",
 * "oswestry 3 2 4 1 0 2 3 1 2 2" (a "-" or "x" marks an unanswered section).
 */
export const START_BACK_COMMAND = /^(?:calculate |score )?(?:the )?start ?back\b/;
export const OSWESTRY_COMMAND = /^(?:calculate |score )?(?:the )?(?:odi|oswestry)\b/;

/** `yesNoItem9`: STarT Back item 9 was answered yes/no, read as its two scoring answers or not (said with the result). */
export type Parsed<T> = { kind: 'input'; input: T; yesNoItem9?: boolean } | { kind: 'unclear'; hint: string };

const START_BACK_HINT =
  'Give the nine item answers as 0 or 1, yes or no, agree or disagree (item 9 may be a word such as "very much"), e.g. "STarT Back 1 1 0 1 1 1 0 1 1" or "STarT Back yes yes no yes yes yes no yes very much", or a total and psychosocial subscale, e.g. "STarT Back total 6 psych 4".';
const OSWESTRY_HINT =
  'Give a percentage, e.g. "ODI 48%", or the section scores 0-5 in order, e.g. "oswestry 3 2 4 1 0 2 3 1 2 2" ("-" for a section not answered).';

/** "total of 6", "came to 6" ... */
const START_BACK_TOTAL_WORD = /\b(?:total|tot|score|came to|comes to)\s*(?:of\s*|is\s*|was\s*)?(\d+)/g;
/** ... or the number first: "7 total", "6/9 overall". */
const START_BACK_TOTAL_AFTER = /\b(\d)\s*(?:\/\s*9\s*)?(?:total|overall)\b/;
const START_BACK_PSYCH =
  /\b(?:psych\w*|sub-?scale|subscore|(?:last|final) (?:five|5) (?:questions?|items?|qs)|(?:items?|questions?|qs?) ?5 ?(?:-|to) ?9)\s*(?:score\s*)?(?:of\s*|add(?:ed|s)? (?:up )?to\s*|sum(?:med|s)? to\s*|c[ao]me to\s*|totall?(?:ed|s)?\s*|=\s*|is\s*|was\s*|are\s*)?(\d+)/;
/** The subscale's own words just before a total word: "psych score 3" is the subscale, not the total. */
const SUBSCALE_BEFORE = /\b(?:psych\w*|sub-?scale|subscore)\s*$/;

/**
 * The STarT Back total: a total word first ("total 7"), else the number first ("7 total"); never the subscale's number
 * ("psychosocial 3, total 7" is total 7; "psych score 3, total 8" is total 8).
 */
function startBackTotal(text: string, named = true): number | undefined {
  START_BACK_TOTAL_WORD.lastIndex = 0;
  for (let m = START_BACK_TOTAL_WORD.exec(text); m; m = START_BACK_TOTAL_WORD.exec(text))
    if (!SUBSCALE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return Number(m[1]);
  const after = START_BACK_TOTAL_AFTER.exec(text);
  if (!after) return named ? startBackNamedTotal(text) : undefined;
  // "psychosocial 3 total 7" (commas dropped): the number right after a subscale word is the subscale's
  return SUBSCALE_BEFORE.test(text.slice(Math.max(0, after.index - 20), after.index)) ? undefined : Number(after[1]);
}
/** The number right after the tool's name: "Keele screener 6, psychosocial 3" is total 6. */
const START_BACK_NAMED_TOTAL =
  /\b(?:start ?back|keele)(?: (?:screener|screening tool|screen|tool|score))?\s*(?:of\s*|is\s*|was\s*|=\s*)?(\d)\b/;
function startBackNamedTotal(text: string): number | undefined {
  const m = START_BACK_NAMED_TOTAL.exec(text);
  return m ? Number(m[1]) : undefined;
}
/** Nothing but the scores: "Keele screener 6, psychosocial 3". */
const SCORES_ONLY = /^[a-z -]{0,40}\d[,;:]? [a-z -]{0,30}\d\W*$/;
/** The risk group asked about: "which group?", "what risk?", "where does that put her?". */
const GROUP_ASKED =
  /\b(?:which|what) (?:risk |stratification )?(?:group|category|band|tier|risk|bucket|arm)\b|\brisk (?:group|category)\b|\bwhere does (?:that|this) (?:put|leave|place)\b/;
/** Only STarT Back has a psychosocial subscale here: "a total of 6 with a psychosocial subscale of 3". */
const START_BACK_SUBSCALE_WORD = /\b(?:start ?back|keele|psychosocial|sub-?scale|subscore)\b/;

/**
 * STarT Back scores said inside a sentence, without the tool's name first ("a total of 6 with a psychosocial
 * subscale of 3 - which risk group?"): scored when the sentence gives both the total and the subscale.
 */
export function statesStartBackScores(lower: string): boolean {
  // "on the STarT Back she agreed with items 1, 3, 5 and 7, item 9 very much": the items, scored one by one
  if (/\b(?:start ?back|keele)\b/.test(lower) && startBackAgreedItems(lower)) return true;
  if (!START_BACK_SUBSCALE_WORD.test(lower) || !START_BACK_PSYCH.test(lower)) return false;
  // A number after the tool's name alone ("Keele screener 6, psychosocial 3") is a total only in a question about the
  // scores: in a case ("STarT Back 5, psych 4. Considering referral...") the case reader takes the scores.
  return startBackTotal(lower, SCORES_ONLY.test(lower) || GROUP_ASKED.test(lower)) !== undefined;
}

const LEADING_TOTAL = /^\s*(\d)\b(?! \d\b)/;

export function parseStartBack(lower: string): Parsed<StartBackInput> {
  // item answers in words, numbered or in order: "STarT Back yes yes no ... very much", "1 agree 2 disagree ..."
  const words = startBackAgreedItems(lower) ?? startBackItemAnswers(lower.replace(START_BACK_COMMAND, ''));
  if (words)
    return {
      kind: 'input',
      input: { items: words.items, item9: words.item9 },
      ...(words.item9YesNo ? { yesNoItem9: true } : {}),
    };
  const rest = lower.replace(START_BACK_COMMAND, '').replace(/[,;:=]/g, ' ');
  const psych = START_BACK_PSYCH.exec(rest);
  // "STarT Back 7, items 5-9 = 4 - which group?": asked with the subscale, the number right after the name is the
  // total. Said as a statement ("STarT Back 7/9, psychosocial 4") it stays a fact for an open case.
  const asked = GROUP_ASKED.test(rest) || rest.includes('?');
  const total = startBackTotal(rest) ?? (psych && asked ? LEADING_TOTAL.exec(rest)?.[1] : undefined);
  if (total !== undefined && psych)
    return { kind: 'input', input: { total: Number(total), psychosocial: Number(psych[1]) } };
  const item9Word = ITEM9_ANSWERS.find((a) => rest.trimEnd().endsWith(a));
  const numbers = (item9Word ? rest.slice(0, rest.lastIndexOf(item9Word)) : rest).match(/\d+/g)?.map(Number) ?? [];
  if (item9Word && numbers.length === 8)
    return { kind: 'input', input: { items: numbers as (0 | 1)[], item9: item9Word } };
  if (numbers.length === 9) {
    return { kind: 'input', input: { items: numbers.slice(0, 8) as (0 | 1)[], item9: numbers[8] as 0 | 1 } };
  }
  return { kind: 'unclear', hint: START_BACK_HINT };
}

/**
 * A sum with the number of sections answered: "sections added up to 18, all 10 answered", "raw 18/50",
 * "total 14, 7 sections answered", "only 6 of the 10 sections filled in, sum 12". Both are needed to score a sum.
 */
const ODI_SUM =
  /\b(?:add(?:ed|s)? up to|add(?:ed|s)? to|c[ao]me to|comes to|summ?(?:ed)?(?: to)?|totall?(?:ed)?(?: to)?|raw(?: score| total)?|tot)\s*(?:of\s*|is\s*|was\s*|=\s*|:\s*)?(\d{1,2})\b/;
const ODI_OUT_OF = /\b(\d{1,2})\s*(?:\/|out of)\s*(\d{1,2})\b/;
const ODI_ALL_ANSWERED = /\ball (?:10|ten)\b/;
/** "7 of the 10 Oswestry sections filled in", "8/10 questions were ticked", "9 sections completed". */
const ODI_ANSWERED =
  /\b(\d{1,2})\s*(?:(?:of|out of|\/)\s*(?:the\s*)?(?:10|ten)\s*)?(?:(?:odi|oswestry)\s*)?(?:(?:sections?|questions?|items?)\s*)?(?:(?:were|was|have been|got)\s*)?(?:answered|done|completed?|filled(?: in| out)?|ticked|scored|returned)\b/;
/** The verb first: "answered 7 of the 10", "filled in only 7/10 sections". */
const ODI_ANSWERED_FIRST =
  /\b(?:answered|done|completed?|filled(?: in| out)?|ticked|scored)\s*(?:only\s*)?(\d{1,2})\s*(?:of|out of|\/)\s*(?:the\s*)?(?:10|ten)\b/;
const ODI_SECTIONS_COUNT =
  /\b(\d{1,2})\s*(?:(?:of|out of|\/)\s*(?:the\s*)?(?:10|ten)\s*)?(?:(?:odi|oswestry)\s*)?sections?\b/;
/** "3 sections left blank", "3 of 10 sections blank", "two missing" is read as 10 minus the missing ones. */
const ODI_MISSING =
  /\b(\d{1,2})\s*(?:(?:of|out of|\/)\s*(?:the\s*)?(?:10|ten)\s*)?(?:(?:odi|oswestry)\s*)?(?:(?:sections?|questions?|items?)\s*)?(?:(?:were|are|was|left)\s*)?(?:missing|blank|unanswered|skipped|not answered|empty)\b/;

/** How many of the 10 sections were answered, however it is said; NaN when it is not said. */
function sectionsAnswered(lower: string): number {
  if (ODI_ALL_ANSWERED.test(lower)) return 10;
  const answered = ODI_ANSWERED.exec(lower) ?? ODI_ANSWERED_FIRST.exec(lower);
  if (answered) return Number(answered[1]);
  // before the bare count: "3 sections left blank" counts the missing ones
  const missing = ODI_MISSING.exec(lower);
  if (missing) return 10 - Number(missing[1]);
  return Number(ODI_SECTIONS_COUNT.exec(lower)?.[1] ?? Number.NaN);
}

/** "sections 7-10 not answered", "1-6 answered": a range of sections and what became of it. */
const ODI_RANGE =
  /\b(?:sections?|questions?|items?|qs?)?\s*(\d{1,2})\s*(?:-|to|through|thru)\s*(\d{1,2})\s*(?:(?:were|are|was|left|have been)\s*)?(not answered|unanswered|blank|missing|skipped|empty|not done|not completed|answered|done|completed|filled(?: in)?)?/g;
/** "6 of 10 sections done", "only 6/10 answered": a count of the ten. */
const ODI_COUNT_OF_TEN = /\b\d{1,2}\s*(?:of|out of|\/)\s*(?:the\s*)?(?:10|ten)\b/g;

/**
 * Section scores said with how many sections were answered ("sections 1-6 answered, scores 3,2,4,3,2,3; sections 7-10
 * not answered", "only 6 of 10 sections done: 3 2 4 3 2 3"): the scores given in order, the rest unanswered, so the
 * calculator applies the unanswered-sections rule (ref section 5) rather than reading the section numbers as scores.
 * Undefined unless a range or a count of the ten is said and the remaining numbers are all section scores (0-5).
 */
function sectionsSaid(rest: string): (number | null)[] | undefined {
  // answered said in words ("6 of 10 done"), never a bare count ("1 sections 6-10 blank" holds the score 1)
  const said = ODI_ANSWERED.exec(rest) ?? ODI_ANSWERED_FIRST.exec(rest);
  const answered = ODI_ALL_ANSWERED.test(rest) ? 10 : said ? Number(said[1]) : Number.NaN;
  const ranges = [...rest.matchAll(ODI_RANGE)].filter((m) => Number(m[2]) <= 10 && Number(m[1]) < Number(m[2]));
  if (!ranges.length && Number.isNaN(answered)) return undefined;
  let missing = 0;
  for (const m of ranges)
    if (m[3] && /not|un|blank|missing|skipped|empty/.test(m[3])) missing += Number(m[2]) - Number(m[1]) + 1;
  const scores = (
    rest
      .replace(ODI_RANGE, ' ')
      .replace(ODI_COUNT_OF_TEN, ' ')
      .replace(
        /\b\d{1,2}\s*(?:sections?|questions?|items?)\s*(?:were |are |was |have been )?(?:answered|done|completed?|filled|ticked|returned)\b/g,
        ' ',
      )
      .match(/\d+(?:\.\d+)?/g) ?? []
  ).map(Number);
  if (scores.length < 2 || scores.length > 10 || scores.some((n) => n > 5 || !Number.isInteger(n))) return undefined;
  const expected = Number.isNaN(answered) ? 10 - missing : answered;
  if (!missing && Number.isNaN(answered) && !ranges.some((m) => m[3])) return undefined;
  if (scores.length !== expected) return undefined;
  return [...scores, ...Array.from({ length: 10 - scores.length }, () => null)];
}

/** A percentage stated anywhere ("ODI 36% (9/10 sections)"): that is the score, and no number is a sum. */
const STATED_PERCENT = /(?:^|\D)\d{1,3}(?:\.\d+)?\s?(?:%|per ?cent\b)/;

function oswestrySum(lower: string): OswestryInput | undefined {
  if (STATED_PERCENT.test(lower)) return undefined;
  const sum = ODI_SUM.exec(lower);
  // "18/50", "20/40": out of 5 x the sections answered (at least 8); "9/10" counts sections, it is not a sum
  const outOf = [ODI_OUT_OF.exec(lower)].find((m) => m && ['40', '45', '50'].includes(m[2]!)) ?? null;
  const total = sum ? Number(sum[1]) : outOf ? Number(outOf[1]) : undefined;
  if (total === undefined) return undefined;
  const count = sectionsAnswered(lower);
  // "18/50": the maximum is 5 x sections answered
  const answered = Number.isNaN(count) && outOf && Number(outOf[2]) % 5 === 0 ? Number(outOf[2]) / 5 : count;
  return Number.isNaN(answered) ? undefined : { sum: total, answered };
}

/**
 * The Oswestry by name, or described: "that 0-to-5 back disability questionnaire", "the back disability index", "the
 * ten-section disability form". Never another instrument (Roland-Morris, the neck disability index).
 */
const ODI_WORD =
  /\b(?:odi|oswestry)\b|\b(?:low back|back|lbp|back pain) disability (?:index|questionnaire|score|form|scale)\b|\b(?:0|zero)(?:-| to |-to-)(?:5|five)\b[ \w-]{0,30}?\b(?:questionnaire|form|index)\b|\b(?:ten|10)[- ]sections? (?:disability|back) (?:questionnaire|form|index)\b/;
const OTHER_INSTRUMENT = /roland|morris|\brmdq\b|\bneck\b|\bndi\b/;
/** Asking how to score ("how do I score it?", "what percentage?", "which band?"). */
const SCORE_ASKED = /\bscor(?:e|ed|ing)\b|calculat\w*|percent\w*|\bbands?\b|\bwork (?:it )?out\b/;

/** The Oswestry named or described, and no other instrument. */
function namesOswestry(lower: string): boolean {
  return ODI_WORD.test(lower) && !OTHER_INSTRUMENT.test(lower);
}

/**
 * An Oswestry sum said inside a sentence ("her ODI came to 22 with 9 sections answered"), not only after the command
 * word: scored when the sentence names the instrument and says both the sum and how many sections were answered. Or
 * only the count of sections answered, with the score asked ("how do I score an ODI with 7 of 10 sections done?").
 */
export function statesOswestrySum(lower: string): boolean {
  if (!namesOswestry(lower)) return false;
  if (ODI_SUM.test(lower)) return !Number.isNaN(sectionsAnswered(lower));
  return SCORE_ASKED.test(lower) && sectionCountOnly(lower) !== undefined;
}

/** A count of the ten said as such ("7/10 sections", "7 sections", "all ten"): removed to see what numbers are left. */
const SECTION_COUNT_WORDS = /\b\d{1,2}\s*(?:(?:odi|oswestry)\s*)?(?:sections?|questions?|items?)\b|\ball (?:10|ten)\b/g;

/**
 * Only how many sections were answered, no sum and no section scores ("ODI only 7/10 sections done - how do I score
 * it?"): the count, for the rule (more than 2 unanswered: no score; otherwise how the sum is scored).
 */
function sectionCountOnly(lower: string): number | undefined {
  const answered = sectionsAnswered(lower);
  if (Number.isNaN(answered) || answered < 0 || answered > 10) return undefined;
  const rest = lower.replace(ODI_COUNT_OF_TEN, ' ').replace(SECTION_COUNT_WORDS, ' ');
  return /\d/.test(rest.replace(/\b0\s*(?:-|to)\s*5\b/g, ' ')) ? undefined : answered;
}

/** Parsed Oswestry: item scores, a sum or a percentage; or only the count of sections answered. */
export type OswestryParsed = Parsed<OswestryInput> | { kind: 'count'; answered: number };

export function parseOswestry(lower: string): OswestryParsed {
  const summed = oswestrySum(lower);
  if (summed) return { kind: 'input', input: summed };
  const count = sectionCountOnly(lower);
  if (count !== undefined) return { kind: 'count', answered: count };
  const rest = lower.replace(OSWESTRY_COMMAND, '').replace(/\b(?:score|of|is|=|sections?)\b/g, ' ');
  // Starts only at the first digit of a run (`\D` or the start before it): from every digit of a long run it is quadratic.
  const percent = /(?:^|\D)(\d+(?:\.\d+)?)\s*%/.exec(rest);
  if (percent) return { kind: 'input', input: { percent: Number(percent[1]) } };
  // section scores with a range or a count of the ten said answered or not ("sections 7-10 not answered")
  const counted = sectionsSaid(lower.replace(OSWESTRY_COMMAND, ''));
  if (counted) return { kind: 'input', input: { sections: counted } };
  // sections in order with blanks said in words: "3, 4, 2, 3, 4, 3, (blank), 3, 4, 2", "... not answered ..."
  const listed = oswestrySectionList(rest.replace(/^[\s:,-]+/, ''));
  if (listed) return { kind: 'input', input: { sections: listed } };
  const tokens = rest.match(/\d+(?:\.\d+)?|(?<=\s|^)[-x](?=\s|$)/g) ?? [];
  if (tokens.length === 1 && tokens[0] !== '-' && tokens[0] !== 'x')
    return { kind: 'input', input: { percent: Number(tokens[0]) } };
  if (tokens.length >= 2) {
    return { kind: 'input', input: { sections: tokens.map((t) => (t === '-' || t === 'x' ? null : Number(t))) } };
  }
  return { kind: 'unclear', hint: OSWESTRY_HINT };
}
