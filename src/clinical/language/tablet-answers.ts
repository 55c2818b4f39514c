import { acetaminophenTabletStrengths } from '../knowledge/named-products.js';
import { normalize, stripTrailing } from './normalize.js';
import { UNITS } from './spoken-numbers.js';
import { readTabletRegimen, tabletsPerDay } from './tablet-regimen.js';

/**
 * Short replies to the case's tablet questions (clinical-reference.md section 2: a strength that is not given is
 * asked for, never guessed; section 4: MME from the tablets a day). Each row is data with an example it must read
 * and a counter-example it must not (test/language/tablet-answers.test.ts); rows run on normalized text.
 */
export interface TabletAnswerRow {
  id: string;
  re: RegExp;
  example: string;
  counter: string;
}

/** A count of tablets as typed: digits or a word, up to twelve (a day's tablets). */
const COUNT = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const HEDGE = String.raw`(?:(?:about|around|roughly|approx|approximately|usually|typically|only|just|~)\s?)?`;
const SUBJECT = String.raw`(?:(?:she|he|they|pt|patient)(?:'s|\sis)?\s)?(?:(?:takes?|taking|uses?|using|has|having)\s)?`;
const TABLETS = String.raw`(?:\s?(?:tabs?|tablets?|pills?|caps?))?`;
const TABLET_WORD = /\b(?:tabs?|tablets?|pills?|caps?)$/;
const A_DAY = String.raw`(?:\s(?:a|per|each|every)\s(?:day|24\s?h(?:rs?|ours?)?)|\s?\/\s?(?:day|d)|\sdaily|\sin 24\s?h(?:rs?|ours?)?)`;

/** How many tablets a day: the count alone, or with "a day". The whole reply is the count. */
export const TABLETS_A_DAY_ROWS: readonly TabletAnswerRow[] = [
  {
    id: 'count-a-day',
    re: new RegExp(String.raw`^${SUBJECT}${HEDGE}${COUNT}${TABLETS}${A_DAY}$`),
    example: 'about 6 a day',
    counter: '6 weeks',
  },
  {
    id: 'count-alone',
    re: new RegExp(String.raw`^${HEDGE}${COUNT}${TABLETS}$`),
    example: '6',
    counter: '6/10',
  },
];

/** The answer rows whose count is alone: a number that another question could also be asking for. */
export const COUNT_ALONE = 'count-alone';

export interface TabletsADay {
  /** The regimen as a clinician would write it after the product's name ("6 a day", "2 tabs q6h"). */
  regimen: string;
  /** Read from a number alone ("6", "about 6"): it may answer another question's number. */
  bare: boolean;
}

/** Words between a count and its frequency that a regimen reply may hold, and nothing else: a regimen, not a note. */
const REGIMEN_REPLY = /^[\w\s,./~-]{1,60}$/;
const LEADING_SUBJECT = new RegExp(String.raw`^${SUBJECT}`);
const REGIMEN_START = new RegExp(
  String.raw`^${SUBJECT}${HEDGE}(?:up to\s|max(?:imum)?\s)?(?:\d|one|two|three|four|i{1,3}\b|iv\b)`,
);

/**
 * A reply giving the tablets a day of one tablet product: "6", "about 6 a day", "she takes 6/day", or a regimen in
 * tablets ("2 tabs q6h", "1-2 q4-6h prn, max 6/day") that the tablet reader counts to a day. Undefined otherwise.
 */
export function tabletsADayAnswer(text: string): TabletsADay | undefined {
  const said = stripTrailing(normalize(text).trim(), '.!');
  for (const row of TABLETS_A_DAY_ROWS) {
    const m = row.re.exec(said);
    if (!m?.[1]) continue;
    const n = UNITS[m[1]] ?? Number(m[1]);
    // "6 tabs" says what it counts; "6" alone may answer another question's number
    if (n > 0 && n <= 12) return { regimen: `${n} a day`, bare: row.id === COUNT_ALONE && !TABLET_WORD.test(said) };
  }
  if (!REGIMEN_REPLY.test(said) || !REGIMEN_START.test(said)) return undefined;
  const reading = readTabletRegimen(` ${said}`);
  const perDose = reading.tabletsPerDose ?? reading.leadCount;
  const counted = tabletsPerDay(perDose === undefined ? reading : { ...reading, tabletsPerDose: perDose });
  if (counted === undefined || reading.strength || reading.mgPerTablet !== undefined) return undefined;
  return { regimen: said.replace(LEADING_SUBJECT, ''), bare: false };
}

/**
 * The strength of a plain acetaminophen tablet: a listed tablet strength ("500 mg", "the 500s", "500"), an amount with
 * its unit ("650 mg each"), or the product's strength words ("the extra strength ones", "regular strength").
 */
const MG_REPLY =
  /^(?:(?:it'?s|they'?re|the)\s)?(\d{3,4})\s?(mg|milligrams?)?(?:'?s)?(?:\s(?:tabs?|tablets?|ones?))?(?:\s(?:each|a tab(?:let)?))?$/;
const WORDS_REPLY =
  /^(?:(?:it'?s|they'?re|the)\s)?([a-z]+)[- ]strength(?:\s(?:tylenol|paracetamol|acetaminophen|panadol))?(?:\s(?:ones?|tabs?|tablets?))?$/;
const ES_REPLY = /^(?:(?:it'?s|they'?re|the)\s)?es(?:\s(?:ones?|tabs?|tablets?))?$/;

export const STRENGTH_ANSWER_EXAMPLES = [
  ['500 mg', 500],
  ['the 500s', 500],
  ['325', 325],
  ['the extra strength ones', 500],
  ['regular strength', 325],
  ['ES', 500],
  ['650 mg each', 650],
] as const;

export function acetaminophenStrengthAnswer(text: string): number | undefined {
  const said = stripTrailing(normalize(text).trim(), '.!');
  const strengths = acetaminophenTabletStrengths();
  const mg = MG_REPLY.exec(said);
  if (mg?.[1]) {
    const n = Number(mg[1]);
    // a bare number is one of the listed tablets; with its unit, the strength as typed (a tablet, at most 1,000 mg)
    if (strengths.some((s) => s.mg === n) || (mg[2] && n >= 100 && n <= 1000)) return n;
    return undefined;
  }
  const words = WORDS_REPLY.exec(said)?.[1];
  if (words) return strengths.find((s) => s.words === `${words} strength`)?.mg;
  if (ES_REPLY.test(said)) return strengths.find((s) => s.names.includes('tylenol es'))?.mg;
  return undefined;
}
