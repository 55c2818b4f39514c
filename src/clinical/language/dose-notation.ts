/**
 * Dose notations that name the amount a dose in two parts, rewritten as the one amount the dose readers know:
 *   "methadone 2x5mg bd" -> "methadone 10 mg bd" (N x M mg is N units of M mg each time, times how often),
 *   "2 tabs of 500 mg paracetamol qds" -> "1000 mg paracetamol qds", "norco 2 x 5/325 tid" -> "norco 5/325 2 tabs tid",
 *   "half a gram of paracetamol" -> "0.5 g of paracetamol".
 * Every reader reads it (normalize.ts readClinicalText), so the count is never lost to a reader that takes only the
 * "M mg" (clinical-reference.md section 2: the dose is the tablets' sum). Each row is data with an example and the
 * text it gives (test/language/dose-notation.test.ts). Idempotent: a rewritten text has no such notation left.
 */
import { combinationProducts, NSAID_CODEINE_PRODUCTS } from '../knowledge/combination-products.js';
import { drugCatalogue } from '../knowledge/drug-catalogue.js';
import { namedProducts } from '../knowledge/named-products.js';
import { UNITS } from './spoken-numbers.js';

export interface DoseNotationRow {
  id: string;
  re: RegExp;
  by: (m: RegExpExecArray) => string;
  example: string;
  expected: string;
}

/** Number words (spoken-numbers.ts) and the halves said of tablets ("one and a half of the 10s"). */
const COUNTS: Readonly<Record<string, number>> = {
  ...UNITS,
  'a half': 0.5,
  half: 0.5,
};
/** Units a dose per administration is counted in (a per-hour patch strength keeps its "/hr" after the unit). */
const UNIT = String.raw`(mg|milligrams?|mcg|micrograms?|µg|g|gm|grams?)\b`;
/** Units per administration: 1 to 4 (a larger number before "x" is a supply, "60 x 5mg", not a dose). */
const COUNT = String.raw`\b([1-4]|one|two|three|four)`;
/** A count said with "at a time" or "at once": up to ten, since the words say the tablets are one dose. */
const COUNT_AT_ONCE = String.raw`\b([1-9]|10|one|two|three|four|five|six|seven|eight|nine|ten)`;
const TABLET_WORD = '(?:tabs?|tablets?|caps?|capsules?|pills?)';
const AMOUNT = String.raw`(\d{1,4}(?:\.\d{1,3})?)`;

/** The opioids of the listed acetaminophen combinations and acetaminophen's names, joined by a word or sign. */
const OPIOID = '(tramadol|hydrocodone|oxycodone|codeine)';
const APAP = '(paracetamol|acetaminophen|apap)';
const JOIN = String.raw`(?:\s?(?:\+|&)\s?|\s(?:and|with|plus)\s)`;
const PAIR = `(?:${OPIOID}${JOIN}${APAP}|${APAP}${JOIN}${OPIOID})`;
const COMBINED = String.raw`(?:combination|combined|combo|fixed[- ]dose)(?:\s(?:tablets?|tabs?|pills?|products?))?`;

/** Names as one regex alternation, longest first, a space or hyphen matching either. */
const alternation = (names: readonly string[]): string =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\/#]/g, '\\$&').replace(/[ -]/g, '[ -]'))
    .join('|');

/**
 * The names of products whose tablet strength is known (an OTC strength such as Extra Strength, or a listed
 * combination brand): a count said before the name is that product's tablets ("2 tabs of extra strength Tylenol").
 * Longest first, so "tylenol extra strength" is read before "tylenol".
 */
const PRODUCT = `(${alternation([
  ...namedProducts.filter((p) => p.tabletMg !== undefined).flatMap((p) => p.names),
  ...combinationProducts.flatMap((p) => p.brands),
])})`;
/** Every drug name the catalogue knows, longest first: where a brand's regimen stops ("... 2 tds and oxycodone"). */
const DRUG_NAME = `(?:${alternation(drugCatalogue.flatMap((d) => [d.generic, ...d.names]))})`;
/** A regimen typed after a brand, up to 30 characters, cut where "and <drug>", "+ <drug>" or a drug's name starts. */
const REGIMEN_CHAR = '[^,;.?!\\n-]';
const REGIMEN_STOP = new RegExp(String.raw`\s?[+&]|\s(?:and|plus|with|then)\s|\b${DRUG_NAME}\b`, 'i');
/** A drug's name right after the brand: "nurofen plus paracetamol" is Nurofen and paracetamol, not the product. */
const DRUG_NEXT = new RegExp(String.raw`^\s${DRUG_NAME}\b`, 'i');
/** The typed regimen and what follows its cut. */
const cutRegimen = (typed: string): [string, string] => {
  const at = typed.search(REGIMEN_STOP);
  return at < 0 ? [typed, ''] : [typed.slice(0, at), typed.slice(at)];
};

/** A combination strength typed after the brand ("Norco 10/325"), kept with it. */
const STRENGTH_AFTER = String.raw`(\s\d{1,3}(?:\.\d)?\s?\/\s?\d{2,4})?`;
/** A day's count, not a dose ("takes 4 Norco a day", "3 Tylenol #3 per day", "4 norco daily"): left as typed. */
const A_DAY = String.raw`\s?(?:(?:a|per|each|every)\s(?:day|24\s?h)|\/\s?d(?:ay)?\b|daily\b)`;
/** Without a tablet word the count must follow a word that says what she takes ("takes 2 Norco"), never "day 2". */
const TAKES = String.raw`(?:^|[,;:(]\s?|\b(?:takes?|taking|took|uses?|using|on|plus|and|with|also)\s)`;

/**
 * Words that say the count is a supply or a day's tablets, not a dose ("the chemist hands out 7 at a time",
 * "staged supply 7 at a time", "6 of the 50 mg a day, 2 at a time"): a gap holding one never joins an amount to a
 * count said after it.
 */
const NOT_A_DOSE_GAP = String.raw`(?!(?:suppl|dispens|chemist|pharmacy|staged|issued|hand(?:s|ed)?\sout|give(?:s|n)?\sout|pick(?:s|ed)?\sup|collect)|daily\b|(?:a|per|each|every)\sday\b)`;

/** A day's tablets said before the product: digits or a word, up to twelve ("takes 4 Norco 10/325 a day"). */
const DAY_COUNT = String.raw`\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

/** "one and a half", "1 & a half", "two and half": the whole count and a half. */
const AND_A_HALF = /^(\S+)\s(?:and|&)\s(?:a\s)?half$/i;
/** Millilitres, the volume a liquid's dose is measured in. */
const ML = String.raw`(?:ml|mls|millilit(?:er|re)s?)\b`;
/** The mg in a volume of a liquid of amount mg per perVolume mL (1 mL when no number is typed: "2 mg/ml"). */
const mgInVolume = (amount: string, perVolume: string | undefined, volume: string): string =>
  String(Math.round(((Number(amount) * Number(volume)) / Number(perVolume ?? 1)) * 1000) / 1000);
const count = (s: string): number => {
  const half = AND_A_HALF.exec(s);
  if (half) return count(half[1]!) + 0.5;
  return COUNTS[s.toLowerCase()] ?? Number(s);
};
const times = (n: string, amount: string): string => String(Math.round(count(n) * Number(amount) * 1000) / 1000);
const SPACES = /\s+/g;
const SPACE_OR_HYPHEN = /[\s-]+/g;
/** A count of tablets a dose, halves included: "one and a half", "1.5", "half", "2", "two". */
const COUNT_HALVES = String.raw`(?:[1-4]|one|two|three|four)\s(?:and|&)\s(?:a\s)?half|1\.5|(?:a\s)?half|[1-4]|one|two|three|four`;
/** Strengths said as plural words, as dictated ("two of the twenties"): the mg of each tablet. */
const STRENGTH_WORDS: Readonly<Record<string, number>> = {
  fives: 5,
  tens: 10,
  fifteens: 15,
  twenties: 20,
  'twenty fives': 25,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  eighties: 80,
  hundreds: 100,
};
/**
 * "the 20s", "her 5s", "the twenties": the tablets of a strength named by its mg alone (group: "20s"). An age decade
 * is never read as one: never after "in" ("in her 60s", "in the 70s"), and a decade word ("sixties") only after "the"
 * ("two of the twenties"), never a possessive ("her forties").
 */
const THE_STRENGTHS = String.raw`(?<!\bin\s)(?:the|(?:his|her|their|my)(?=\s\d))\s(\d{1,3}(?:\.\d)?s|${alternation(Object.keys(STRENGTH_WORDS))})\b`;
/**
 * "x2" said as a tablet count, not as times a day: never followed by "daily", "a day", "/day" ("the 5s x2 daily" is
 * twice daily, left for the frequency readers).
 */
const X_COUNT = String.raw`x\s?([1-4])\b(?!\s?(?:daily|(?:a|per|each)\s?day|\/\s?d(?:ay)?\b))`;
/** The mg of "20s" or "twenties". */
const strengthMg = (said: string): string =>
  String(STRENGTH_WORDS[said.toLowerCase().replace(SPACE_OR_HYPHEN, ' ')] ?? Number(said.slice(0, -1)));
/** Words for a dose the text gives two ways that disagree: no amount, so the dose readers ask for it. */
export const UNCLEAR_DOSE = 'an unclear dose';

export const DOSE_NOTATION_ROWS: readonly DoseNotationRow[] = [
  {
    // "a couple of tabs", "a couple of Norco 10/325": two, the count the product readers take (the rows below move
    // it after the name); "a couple of weeks" and "a couple of times" are left as words
    id: 'a-couple-of-tablets',
    re: new RegExp(String.raw`\ba couple(?:\sof)?(?=\s(?:${TABLET_WORD}\b|(?:(?:the|her|his)\s)?${PRODUCT}\b))`, 'gi'),
    by: () => '2',
    example: 'takes a couple of tabs at night',
    expected: 'takes 2 tabs at night',
  },
  {
    // "1-2 x 5mg q4h", "1 to 2 tabs x 5 mg": a range of units, each M: the dose is the range of their sums
    id: 'count-range-times-amount',
    re: new RegExp(
      String.raw`${COUNT}\s?(?:-|to)\s?([1-4]|one|two|three|four)(?:\s?${TABLET_WORD})?\s?[x×*]\s?${AMOUNT}\s?${UNIT}`,
      'gi',
    ),
    by: (m) => `${times(m[1]!, m[3]!)}-${times(m[2]!, m[3]!)} ${m[4]}`,
    example: 'oxycodone 1-2 x 5mg q4h',
    expected: 'oxycodone 5-10 mg q4h',
  },
  {
    // "2x5mg", "2 x 500 mg", "1 × 10mg", "two x 5 mg", "2 tabs x 5mg": N units of M each time
    id: 'count-times-amount',
    re: new RegExp(String.raw`${COUNT}(?:\s?${TABLET_WORD})?\s?[x×*]\s?${AMOUNT}\s?${UNIT}`, 'gi'),
    by: (m) => `${times(m[1]!, m[2]!)} ${m[3]}`,
    example: 'methadone 2x5mg bd',
    expected: 'methadone 10 mg bd',
  },
  {
    // "half a 10mg oxycodone tab", "half of a 10 mg tablet", "½ a 5mg": half the tablet's strength a dose
    id: 'half-a-tablet-of-amount',
    re: new RegExp(String.raw`(?:\b(?:a\s)?half|½)\s(?:of\s)?(?:an?|the|his|her|my)\s${AMOUNT}\s?${UNIT}`, 'gi'),
    by: (m) => `${times('half', m[1]!)} ${m[2]}`,
    example: 'takes half a 10mg oxycodone tab qds',
    expected: 'takes 5 mg oxycodone tab qds',
  },
  {
    // "Oxynorm liquid 5mg/5ml, 10 ml qid", "oramorph 10 mg/5 mL - 2.5 ml q4h": a volume of a liquid of a concentration
    // is the mg it holds (a bottle or supply volume is left: "5mg/5ml, 250 ml bottle")
    id: 'liquid-concentration-then-volume',
    re: new RegExp(
      String.raw`${AMOUNT}\s?${UNIT}\s?\/\s?(\d{1,3}(?:\.\d{1,2})?)?\s?${ML}((?:${NOT_A_DOSE_GAP}[^\d\n.;?!]){0,25}?)${AMOUNT}\s?${ML}(?!\s?(?:bottles?|supply|dispensed))`,
      'gi',
    ),
    by: (m) => `${m[4]!.replace(/^\s?[,;:-]?\s?/, '')}${mgInVolume(m[1]!, m[3], m[5]!)} ${m[2]}`,
    example: 'Oxynorm liquid 5mg/5ml, 10 ml qid',
    expected: 'Oxynorm liquid 10 mg qid',
  },
  {
    // "10 ml of the 5mg/5ml oxynorm qid": the volume said first
    id: 'liquid-volume-of-concentration',
    re: new RegExp(
      String.raw`${AMOUNT}\s?${ML}\s(?:of\s(?:the\s|her\s|his\s)?)?${AMOUNT}\s?${UNIT}\s?\/\s?(\d{1,3}(?:\.\d{1,2})?)?\s?${ML}`,
      'gi',
    ),
    by: (m) => `${mgInVolume(m[2]!, m[4], m[1]!)} ${m[3]}`,
    example: '10 ml of the 5mg/5ml oxynorm qid',
    expected: '10 mg oxynorm qid',
  },
  {
    // "2 tabs of 5mg", "two tablets of 500 mg"
    id: 'count-of-amount',
    re: new RegExp(String.raw`${COUNT}\s?${TABLET_WORD}\sof\s${AMOUNT}\s?${UNIT}`, 'gi'),
    by: (m) => `${times(m[1]!, m[2]!)} ${m[3]}`,
    example: 'oxycodone 2 tabs of 5mg q6h',
    expected: 'oxycodone 10 mg q6h',
  },
  {
    // "two of the 10 mg oxy at once", "2 of her 5mg oxycodone": N of the M mg tablets taken together
    id: 'count-of-the-amount',
    re: new RegExp(String.raw`${COUNT}(?:\s?${TABLET_WORD})?\sof\s(?:the|his|her|their|my)\s${AMOUNT}\s?${UNIT}`, 'gi'),
    by: (m) => `${times(m[1]!, m[2]!)} ${m[3]}`,
    example: 'she takes two of the 10 mg oxy at once three times a day',
    expected: 'she takes 20 mg oxy at once three times a day',
  },
  {
    // "five of the 200 mg ibuprofen at a time": more than four tablets of a strength, counted only when the clause
    // says they are taken together (a larger count alone is more often a supply: "60 of the 5 mg")
    id: 'many-of-the-amount-at-a-time',
    re: new RegExp(
      String.raw`\b([5-9]|10|five|six|seven|eight|nine|ten)(?:\s?${TABLET_WORD})?\sof\s(?:the|his|her|their|my)\s${AMOUNT}\s?${UNIT}(?=[^.;?!\n]{0,40}?\b(?:at a time|at once|each time|per dose|a dose)\b)`,
      'gi',
    ),
    by: (m) => `${times(m[1]!, m[2]!)} ${m[3]}`,
    example: 'takes five of the 200 mg ibuprofen at a time',
    expected: 'takes 1000 mg ibuprofen at a time',
  },
  {
    // "10mg, 2 of the 5s", "5mg of the 20s", "5mg of the 20s, 2 tabs": an amount said with the tablets it is taken
    // from. The amount stands when no count is said or the count agrees (2 x 5 = 10); a count that disagrees (5 mg
    // but 2 of the 20s = 40 mg) is truly ambiguous: no amount is kept, so the dose is asked, never guessed
    id: 'amount-of-the-strengths',
    re: new RegExp(
      String.raw`${AMOUNT}\s?(?:mg|milligrams?)\b,?\s(?:(${COUNT_HALVES})(?:\s?${TABLET_WORD})?\s)?of\s${THE_STRENGTHS}(?:,?\s(?:${X_COUNT}|(${COUNT_HALVES})\s?${TABLET_WORD}\b))?(?:,(?=\s))?`,
      'gi',
    ),
    by: (m) => {
      const said = m[2] ?? m[4] ?? m[5];
      const agrees = said === undefined || Number(times(said.replace(SPACES, ' '), strengthMg(m[3]!))) === Number(m[1]);
      return agrees ? `${m[1]} mg` : UNCLEAR_DOSE;
    },
    example: 'oxycodone 10mg, 2 of the 5s, tds',
    expected: 'oxycodone 10 mg tds',
  },
  {
    // "one and a half of the 10s", "two of her 5s qid": tablets of a strength named by its mg alone ("the 10s" are
    // the 10 mg tablets), each time; a day's count ("eight a day of the 5s") is left to the row below
    id: 'count-of-the-strengths',
    re: new RegExp(
      String.raw`\b(${COUNT_HALVES})(?:\s?${TABLET_WORD})?\sof\s${THE_STRENGTHS}(?!\s?(?:a|per|each|every)\sday)`,
      'gi',
    ),
    by: (m) => `${times(m[1]!.replace(SPACES, ' '), strengthMg(m[2]!))} mg`,
    example: 'oxycodone one and a half of the 10s qid',
    expected: 'oxycodone 15 mg qid',
  },
  {
    // "the 20s, 2 tabs", "her 10s x2": the strength first, then the tablets a dose; "her 10s x3 a day" is one tablet
    // three times a day (the strength is the dose, the "x3 a day" is left for the frequency readers)
    id: 'strengths-then-count',
    re: new RegExp(
      String.raw`\b${THE_STRENGTHS},?\s(?:${X_COUNT}|(${COUNT_HALVES})\s?${TABLET_WORD}\b|(?=x\s?[1-4]\b))`,
      'gi',
    ),
    by: (m) => {
      const said = m[2] ?? m[3];
      return said === undefined
        ? `${strengthMg(m[1]!)} mg `
        : `${times(said.replace(SPACES, ' '), strengthMg(m[1]!))} mg`;
    },
    example: 'oxycodone the 20s, 2 tabs bd',
    expected: 'oxycodone 40 mg bd',
  },
  {
    // "2 of the 10/325s", "one of her 5/325s": tablets of a combination strength, moved after it where the product
    // readers count both parts ("10/325 2 tabs")
    id: 'count-of-the-combination-strengths',
    re: new RegExp(
      String.raw`\b(${COUNT_HALVES})(?:\s?${TABLET_WORD})?\sof\s(?:the|his|her|their|my)\s(\d{1,2}(?:\.\d)?)\s?\/\s?(\d{3})s\b`,
      'gi',
    ),
    by: (m) => `${m[2]}/${m[3]} ${count(m[1]!.replace(SPACES, ' '))} tabs`,
    example: 'hydrocodone 2 of the 10/325s q6h',
    expected: 'hydrocodone 10/325 2 tabs q6h',
  },
  {
    // "eight a day of the 5s": a day's tablets of a strength, read as that strength taken that many times a day
    // ("5 mg x 8/day"), never as eight doses of an unknown amount
    id: 'day-count-of-the-strengths',
    re: new RegExp(
      String.raw`${DAY_COUNT}(?:\s?${TABLET_WORD})?\s(?:a|per|each|every)\sday\sof\s(?:the|his|her|their|my)\s(\d{1,3}(?:\.\d)?)s\b`,
      'gi',
    ),
    by: (m) => `${m[2]} mg ${UNITS[m[1]!.toLowerCase()] ?? m[1]} tabs a day`,
    example: 'oxycodone eight a day of the 5s',
    expected: 'oxycodone 5 mg 8 tabs a day',
  },
  {
    // "taking two at a time of his oxycodone 10 mg qid": the count said before the drug and its amount, moved onto
    // the amount (the name between is kept)
    id: 'count-at-a-time-then-amount',
    re: new RegExp(
      String.raw`${COUNT_AT_ONCE}(?:\s?${TABLET_WORD})?\s(?:at a time|at once|each time|per dose)(?:\s(?:of|from)(?:\s(?:the|his|her|their|my))?)?\s([a-z][a-z -]{0,30}?\s)?${AMOUNT}\s?${UNIT}`,
      'gi',
    ),
    by: (m) => `${m[2] ?? ''}${times(m[1]!, m[3]!)} ${m[4]}`,
    example: "wife says he's taking two at a time of his oxycodone 10 mg qid",
    expected: "wife says he's taking oxycodone 20 mg qid",
  },
  {
    // "oxycodone 10 mg qid but takes 2 at a time": the amount, then the count she takes each time in the same clause
    id: 'amount-then-count-at-a-time',
    re: new RegExp(
      String.raw`${AMOUNT}\s?${UNIT}((?:${NOT_A_DOSE_GAP}(?:[a-z ,'-]|q\d{1,2}(?:-\d{1,2})?h)){0,50}?)(?:\b(?:takes|taking|uses|using|took)\s)?${COUNT_AT_ONCE}(?:\s?${TABLET_WORD})?\s(?:at a time|at once|each time|per dose)\b`,
      'gi',
    ),
    by: (m) => `${times(m[4]!, m[1]!)} ${m[2]}${m[3]!.trimEnd()}`,
    example: 'oxycodone 10 mg qid but takes 2 at a time',
    expected: 'oxycodone 20 mg qid but',
  },
  {
    // "2 tabs of extra strength Tylenol qid", "takes 2 Norco 10/325 q6h": the count before the product's name is its
    // tablets, moved after the name where the product readers take it ("extra strength tylenol 2 tabs qid")
    id: 'count-before-product',
    re: new RegExp(
      String.raw`(?:${COUNT}\s?${TABLET_WORD}(?:\sof)?|(?<=${TAKES})${COUNT})\s(?:(?:the|her|his)\s)?${PRODUCT}\b${STRENGTH_AFTER}(?![\w/])(?!\s?\d)(?!${A_DAY})`,
      'gi',
    ),
    by: (m) => `${m[3]}${m[4] ?? ''} ${m[1] ?? m[2]} tabs`,
    example: 'takes 2 tabs of extra strength Tylenol qid',
    expected: 'takes extra strength Tylenol 2 tabs qid',
  },
  {
    // "takes 4 Norco 10/325 a day", "two Percocet 5/325 daily": a day's tablets before a product with its strength
    // typed, moved after the strength where the product readers read a day's count ("norco 10/325 4 a day": 4
    // tablets, one a dose). Without a strength ("4 norco a day") it is left to the daily-tablets readers.
    id: 'day-count-before-product',
    re: new RegExp(
      String.raw`(?<=${TAKES})${DAY_COUNT}(?:\s?${TABLET_WORD}(?:\sof)?)?\s(?:(?:the|her|his)\s)?${PRODUCT}\b(\s\d{1,3}(?:\.\d)?\s?\/\s?\d{2,4})(?![\w/])(?=${A_DAY})`,
      'gi',
    ),
    by: (m) => `${m[2]}${m[3]} ${UNITS[m[1]!.toLowerCase()] ?? m[1]}`,
    example: 'takes 4 Norco 10/325 a day',
    expected: 'takes Norco 10/325 4 a day',
  },
  {
    // "Tylenol ES, takes 2 tabs qid": the name, then the tablets she takes said as a sentence of their own
    id: 'product-then-takes-count',
    re: new RegExp(
      String.raw`\b${PRODUCT}\b${STRENGTH_AFTER},?\s(?:(?:she|he|pt|patient|they)\s)?(?:takes|taking|uses|using)\s${COUNT}\s?(${TABLET_WORD})`,
      'gi',
    ),
    by: (m) => `${m[1]}${m[2] ?? ''} ${m[3]} ${m[4]}`,
    example: 'Tylenol ES, takes 2 tabs qid',
    expected: 'Tylenol ES 2 tabs qid',
  },
  {
    // "2 x 5/325": the combination strength stays per tablet (both parts are counted by the product readers)
    id: 'count-times-strength',
    re: new RegExp(String.raw`${COUNT}\s?[x×*]\s?(\d{1,3}(?:\.\d)?\s?\/\s?\d{2,4})\b`, 'gi'),
    by: (m) => `${m[2]} ${m[1]} tabs`,
    example: 'norco 2 x 5/325 tid',
    expected: 'norco 5/325 2 tabs tid',
  },
  {
    id: 'half-a-gram',
    re: /\bhalf an? (?:gram|g)\b(?!-)/gi,
    by: () => '0.5 g',
    example: 'half a gram of paracetamol qds',
    expected: '0.5 g of paracetamol qds',
  },
  {
    id: 'a-gram-and-a-half',
    re: /\b(?:a|1) (?:gram|g) and a half\b/gi,
    by: () => '1.5 g',
    example: 'paracetamol a gram and a half tds',
    expected: 'paracetamol 1.5 g tds',
  },
  {
    // "a gram of paracetamol qds" ("gram-negative" is no amount)
    id: 'a-gram',
    re: /\ba gram\b(?!-)/gi,
    by: () => '1 g',
    example: 'a gram of paracetamol qds',
    expected: '1 g of paracetamol qds',
  },
  {
    // "Nurofen Plus 200/12.8 2 tabs tds": an NSAID with codeine is the two drugs, each with the typed part of the
    // strength and the regimen (NSAID_CODEINE_PRODUCTS); with no strength typed, the two drugs with no amount, so
    // each reader asks for it ("Nurofen Plus 2 tabs tds" is never read as plain ibuprofen)
    id: 'nsaid-codeine-product',
    re: new RegExp(
      String.raw`\b(${NSAID_CODEINE_PRODUCTS.flatMap((p) => p.names).join('|')})\b(?:\s(\d{1,3}(?:\.\d{1,2})?)\s?\/\s?(\d{1,3}(?:\.\d{1,2})?)(?![\d/]))?(${REGIMEN_CHAR}{0,30})`,
      'gi',
    ),
    by: (m) => {
      const p = NSAID_CODEINE_PRODUCTS.find((r) => r.names.includes(m[1]!.toLowerCase()))!;
      if (m[2] === undefined && DRUG_NEXT.test(m[4]!)) return m[0];
      const [typed, after] = cutRegimen(m[4]!);
      const regimen = typed.trimEnd();
      const rest = typed.slice(regimen.length) + after;
      if (m[2] === undefined || Number(m[3]) >= Number(m[2])) return `${p.nsaid}, codeine${regimen}${rest}`;
      return `${p.nsaid} ${m[2]} mg${regimen}, codeine ${m[3]} mg${regimen}${rest}`;
    },
    example: 'Nurofen Plus 200/12.8 2 tabs tds - ok?',
    expected: 'ibuprofen 200 mg 2 tabs tds, codeine 12.8 mg 2 tabs tds - ok?',
  },
  {
    // "tramadol + paracetamol combined tablet", "combination of tramadol and acetaminophen": the one combination
    // product (combination-products.ts), read by its generic name; a pair without a combination word stays two drugs
    id: 'combination-spelled-out',
    re: new RegExp(String.raw`${PAIR}\s(?:${COMBINED})\b|\b(?:${COMBINED})\s(?:of\s)?${PAIR}`, 'gi'),
    by: (m) => {
      const [first, second] = m.slice(1).filter((g) => g !== undefined);
      return `${first}/${second}`;
    },
    example: 'tramadol + paracetamol combined tablet limits',
    expected: 'tramadol/paracetamol limits',
  },
];

/**
 * Any text these rows could rewrite has a number after "x" or "of", a strength's plural ("the 20s"), or a gram in
 * words; most texts have none.
 */
const MAYBE =
  /\b(?:the|his|her|their|my) (?:\d{1,3}(?:\.\d)?s|fives|tens|fifteens|twenties|twenty[ -]fives|thirties|forties|fifties|sixties|eighties|hundreds)\b|\bcouple\b|\bml\b|\bhalf\b|½|\bat (?:a time|once)\b|\beach time\b|\bper dose\b|\bof (?:the|his|her|their|my) \d|[x×*]\s?\d|\bof\s\d|\bgram\b|\bhalf an? g\b|\bcombin|\bcombo\b|\bfixed[- ]dose\b/i;

/** A product with a known tablet strength named (the count-before-product rows); most texts have none. */
const PRODUCT_NAMED = new RegExp(
  String.raw`\b(?:${PRODUCT}|${NSAID_CODEINE_PRODUCTS.flatMap((p) => p.names).join('|')})\b`,
  'i',
);

/**
 * A count x strength that is the supply, not a dose: "dispensed 4 x 5mg", "#60 x 5mg", "box of 2 x 500mg",
 * "4 x 5mg tabs dispensed". Left as typed, the count is never read as part of a dose.
 */
const SUPPLY_BEFORE =
  /(?:\b(?:dispensed|supplied|supply(?: of)?|box(?:es)? of|packs? of|bottles? of|qty|quantity|prescribed #)|#)\s?$/i;
const SUPPLY_AFTER = /^\s?(?:[a-z-]+\s){0,2}(?:dispensed|supplied)\b/i;
const isSupply = (text: string, start: number, end: number): boolean =>
  SUPPLY_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || SUPPLY_AFTER.test(text.slice(end, end + 40));

/** Every dose notation in the text rewritten as one amount (see DOSE_NOTATION_ROWS); other text unchanged. */
export function readDoseNotation(text: string): string {
  if (!MAYBE.test(text) && !PRODUCT_NAMED.test(text)) return text;
  let out = text;
  for (const row of DOSE_NOTATION_ROWS) {
    row.re.lastIndex = 0;
    let rewritten = '';
    let at = 0;
    for (let m = row.re.exec(out); m; m = row.re.exec(out)) {
      if (isSupply(out, m.index, m.index + m[0].length)) continue;
      rewritten += out.slice(at, m.index) + row.by(m);
      at = m.index + m[0].length;
    }
    out = rewritten + out.slice(at);
  }
  return out;
}
