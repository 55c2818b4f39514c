import { drugForName } from './drug-lexicon.js';

/**
 * Dictated and voice-typed text -> the shorthand the readers know: "seventy two year old" -> "72 year old",
 * "tramadol fifty every six hours" -> "tramadol 50 every 6 hours", "norco seven point five three twenty five" ->
 * "norco 7.5/325", "M M E" -> "mme", "question mark" -> "?". A number word is read only where a row below says so
 * (before a unit, a frequency or "year old"; after "clearance", "score", "dose", a drug name...): "one of the",
 * "no one", "a second opinion", "first-line" and "at once" stay words. Every row has an example it must change and a
 * counter-example it must leave alone (test/language/spoken-numbers.test.ts). Digits are never touched, so the
 * reading is idempotent.
 */
export interface SpokenRow {
  id: string;
  /** Text the row changes, and what it must become. */
  example: string;
  expected: string;
  /** Text the row must leave as it is. */
  counterExample: string;
}

/** Spoken punctuation: said by dictation software or typed as said. */
export interface PunctuationRow extends SpokenRow {
  re: RegExp;
  by: string | ((match: string, ...groups: string[]) => string);
}

export const SPOKEN_PUNCTUATION: readonly PunctuationRow[] = [
  {
    id: 'question-mark',
    re: /\s?\bquestion mark\b[.?]?/gi,
    by: '?',
    example: 'tramadol dose question mark',
    expected: 'tramadol dose?',
    counterExample: 'he has a question about marking the chart',
  },
  {
    id: 'full-stop',
    re: /\s?\bfull stop\b\.?/gi,
    by: '.',
    example: 'no red flags full stop on naproxen',
    expected: 'no red flags. on naproxen',
    counterExample: 'stopped naproxen in full',
  },
  {
    id: 'period',
    // "period" said as a full stop; "a period of", "the washout period", "missed her period", "period 10 days late"
    // are words (a late period is read as a possible pregnancy)
    re: /\s?(?<!\b(?:a|the|this|that|each|every|trial|washout|time|grace|refractory|menstrual|last|same|her|missed|late|first|next) )\bperiod\b(?! of\b|\s(?:is\s|was\s)?(?:\d{1,2}\s?(?:days?|weeks?|wks?)\s)?(?:late|overdue)\b)\.?/gi,
    by: '.',
    example: 'pain for 6 weeks period ibuprofen not helping',
    expected: 'pain for 6 weeks. ibuprofen not helping',
    counterExample: 'over a period of weeks, after the washout period',
  },
  {
    id: 'section-colon',
    // a note's section heading said with "colon"; "colon cancer" is the organ
    re: /\b(subjective|objective|assessment|plan|hpi|medications|meds|allergies|exam|examination|impression) colon\b/gi,
    by: '$1:',
    example: 'Subjective colon 42 year old male',
    expected: 'Subjective: 42 year old male',
    counterExample: 'history of colon cancer',
  },
  {
    id: 'new-paragraph',
    // a paragraph ends a sentence: "back pain 8 months new paragraph duloxetine" must not give duloxetine 8 months
    re: /([^\s.?!;:,])?\s?\bnew (?:paragraph|line)\b[ ,.]?/gi,
    by: (_m: string, last?: string) => (last ? `${last}.\n` : '\n'),
    example: 'no red flags new paragraph duloxetine 60 mg',
    expected: 'no red flags.\nduloxetine 60 mg',
    counterExample: 'a new pain in the leg',
  },
  {
    id: 'comma',
    re: /\s?\bcomma\b/gi,
    by: ',',
    example: 'tramadol 50 comma no benefit',
    expected: 'tramadol 50, no benefit',
    counterExample: 'tramadol, no benefit',
  },
  {
    id: 'slash',
    re: /\s?\bslash\b\s?/gi,
    by: '/',
    example: 'norco 10 slash 325',
    expected: 'norco 10/325',
    counterExample: 'a slashing pain',
  },
  {
    id: 'micrograms-per-hour',
    re: /\b(?:micrograms?|mcg|mics?) (?:per|an|a|every) hour\b/gi,
    by: 'mcg/hr',
    example: 'fentanyl 25 micrograms per hour',
    expected: 'fentanyl 25 mcg/hr',
    counterExample: 'fentanyl 25 micrograms',
  },
];

/**
 * Every SPOKEN_PUNCTUATION row needs one of these words (a new row adds its word here; the rows' test checks each
 * example needs one): a text without any is left alone by all of them, so it skips their scans (most texts). The
 * rows write only punctuation and "mcg/hr", so none makes a word for a later row.
 */
export const SPOKEN_PUNCTUATION_WORDS = /question mark|full stop|period|colon|new (?:paragraph|line)|comma|slash|hour/i;

/** Abbreviations spelled letter by letter ("M M E", "e r", "p r n"), read as the abbreviation. */
export interface LetterRow extends SpokenRow {
  letters: string;
}

export const SPELLED_ABBREVIATIONS: readonly LetterRow[] = [
  {
    id: 'mme',
    letters: 'mme',
    example: 'oxycodone 5 mg q6h M M E?',
    expected: 'oxycodone 5 mg q6h mme?',
    counterExample: 'mme of oxycodone',
  },
  {
    id: 'er',
    letters: 'er',
    example: 'tramadol e r 100 daily',
    expected: 'tramadol er 100 daily',
    counterExample: 'vitamin e regularly',
  },
  {
    id: 'ir',
    letters: 'ir',
    example: 'oxycodone i r 5 q6h',
    expected: 'oxycodone ir 5 q6h',
    counterExample: 'i read the note',
  },
  {
    id: 'prn',
    letters: 'prn',
    example: 'oxycodone 5 mg q6h p r n',
    expected: 'oxycodone 5 mg q6h prn',
    counterExample: 'pr notes',
  },
  {
    id: 'bid',
    letters: 'bid',
    example: 'naproxen 500 b i d',
    expected: 'naproxen 500 bid',
    counterExample: 'a bid to stop',
  },
  {
    id: 'tid',
    letters: 'tid',
    example: 'gabapentin 300 t i d',
    expected: 'gabapentin 300 tid',
    counterExample: 'tidied notes',
  },
  {
    id: 'qid',
    letters: 'qid',
    example: 'ibuprofen 400 q i d',
    expected: 'ibuprofen 400 qid',
    counterExample: 'ibuprofen 400 qid',
  },
  {
    id: 'crcl',
    letters: 'crcl',
    example: 'c r c l 25',
    expected: 'crcl 25',
    counterExample: 'cr 1.2',
  },
  {
    id: 'egfr',
    letters: 'egfr',
    example: 'e g f r 40',
    expected: 'egfr 40',
    counterExample: 'e.g. fr',
  },
  {
    // the Oswestry index read out letter by letter: "O D I raw score 31 out of 45" (the calculator reads "odi")
    id: 'odi',
    letters: 'odi',
    example: 'O D I raw score 31 out of 45',
    expected: 'odi raw score 31 out of 45',
    counterExample: 'odi 40% at baseline',
  },
  {
    id: 'nsaid',
    letters: 'nsaid',
    example: 'which n s a i d is safest?',
    expected: 'which nsaid is safest?',
    counterExample: 'n saids',
  },
];

/** "m m e" with single spaces (or dots) between letters, no letter either side. */
const lettersPattern = (letters: string): RegExp =>
  new RegExp(`(?<![a-z])${[...letters].join('[ .]')}\\.?(?![a-z])`, 'gi');
const LETTER_PATTERNS: readonly [RegExp, string][] = SPELLED_ABBREVIATIONS.map((r) => [
  lettersPattern(r.letters),
  r.letters,
]);
/**
 * Where every letter pattern's match starts: a lone letter, a space or dot, a letter with no letter after it. A text
 * without one is left alone by all of them, so it skips their scans (most texts).
 */
const SPELLED_START = /(?<![a-z])[a-z][ .][a-z](?![a-z])/i;

/** Number words up to nineteen (also read by dialogs/walkthrough/reminders.ts). */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const isNumberWord = (w: string): boolean =>
  Object.hasOwn(UNITS, w) || Object.hasOwn(TENS, w) || w === 'hundred' || w === 'thousand';
/**
 * A word isNumberWord may take, as a whole word in any case: a text with none is left as it is without cutting it
 * into words.
 */
const ANY_NUMBER_WORD = new RegExp(
  `(?<![a-z])(?:${[...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', 'thousand'].join('|')})(?![a-z])`,
  'i',
);
const isDigitWord = (w: string | undefined): boolean => w !== undefined && Object.hasOwn(UNITS, w) && UNITS[w]! < 10;

/**
 * Where a run of number words is read as a number: `after` is tested on the text right after the run, `before` on
 * the text right before it. Each row: an example it reads and a counter-example it leaves as words.
 */
export interface NumberContextRow extends SpokenRow {
  after?: RegExp;
  before?: RegExp;
  /** The word(s) right before the run name a drug ("tramadol fifty"). */
  afterDrugName?: true;
}

export const NUMBER_CONTEXTS: readonly NumberContextRow[] = [
  {
    id: 'before-dose-unit',
    after: /^[ -]?(?:mg|milligrams?|mcg|micrograms?|grams?|gm|g\b|mcg\/hr|ml|millilit(?:er|re)s?|units?|percent\b|%)/i,
    example: 'oxycontin twenty milligrams every twelve hours',
    expected: 'oxycontin 20 milligrams every 12 hours',
    counterExample: 'one of the milligram doses',
  },
  {
    id: 'before-tablet-word',
    after: /^[ -]?(?:tabs?|tablets?|caps?|capsules?|pills?|patch(?:es)?|puffs?|sprays?|doses?)\b/i,
    example: 'take two tablets at night',
    expected: 'take 2 tablets at night',
    counterExample: 'no one tablet works',
  },
  {
    id: 'before-time-unit',
    after: /^[ -]?(?:hours?|hrs?|h\b|hourly|days|weeks?|wks?|months?|years?|yrs?|yo\b)/i,
    example: 'seventy two year old male',
    expected: '72 year old male',
    counterExample: 'one day he fell',
  },
  {
    // the age abbreviations the digit readers know (measures.ts, populations.ts): "fifteen y/o" is read as 15
    id: 'before-age-abbreviation',
    after: /^[ -]?(?:y\/o\b|y\.o\b|yo[mf]?\b)/i,
    example: 'fifteen y/o girl with back pain',
    expected: '15 y/o girl with back pain',
    counterExample: 'one yoga class a week',
  },
  {
    id: 'before-frequency',
    after:
      /^[ -]?(?:every (?:\d|[a-z]{3,9}[ -](?:hours?|hrs?|h\b|hourly)|morning|evening|night|other day)|q ?\d|bid\b|tid\b|qid\b|bd\b|tds\b|qds\b|daily\b|twice\b|nightly\b|at night\b|at bedtime\b|a day\b|per day\b|prn\b|as needed\b|(?:one|two|three|four|five|six) times\b)/i,
    example: 'tramadol fifty every six hours',
    expected: 'tramadol 50 every 6 hours',
    counterExample: 'one every so often',
  },
  {
    id: 'before-out-of-ten',
    after: /^ out of (?:ten|10)\b/i,
    example: 'pain seven out of ten',
    expected: 'pain 7/10',
    counterExample: 'one out of many',
  },
  {
    // a raw score read out with its total: "raw score thirty one out of forty five" (the Oswestry sum over 5 x the
    // sections answered), read only after a score word
    id: 'after-score-out-of',
    before: /\b(?:score|odi|oswestry|sum|total)\b[^.?!;]{0,30} out of $/i,
    example: 'odi raw score thirty one out of forty five',
    expected: 'odi raw score 31 out of 45',
    counterExample: 'one out of forty patients',
  },
  {
    id: 'after-interval-word',
    before: /\b(?:q|every)[ ]$/i,
    example: 'oxycodone 5 mg q six',
    expected: 'oxycodone 5 mg q 6',
    counterExample: 'every one of them',
  },
  {
    id: 'after-renal-measure',
    before: /(?:clearance|crcl|cr cl|egfr|gfr)(?: (?:of|is|was|at|around|about))?[ :=~]{0,3}$/i,
    example: 'creatinine clearance twenty two',
    expected: 'creatinine clearance 22',
    counterExample: 'clearance one of the issues',
  },
  {
    // a blood result dictated: "her sodium came back at one hundred and twenty-eight" (lab-findings.ts)
    id: 'after-sodium',
    before: /\b(?:sodium|na)(?: level)?(?: (?:came back|is|was|now|of|at|returned|down to|dropped to))*[ :=]{0,3}$/i,
    example: 'her sodium came back at one hundred and twenty-eight',
    expected: 'her sodium came back at 128',
    counterExample: 'sodium one of the things to check',
  },
  {
    id: 'after-score',
    before: /\b(?:score|nrs|vas|odi|oswestry|start ?back|sbt|mme|med)(?: (?:of|is|was|at|now))?[ :=]{0,3}$/i,
    example: 'odi score forty',
    expected: 'odi score 40',
    counterExample: 'score one of the',
  },
  {
    // a pain score dictated after the pain word, before and after a treatment: "pain eight to seven", "back pain went
    // from seven to six" (the pair is the trial's outcome, never a dose: score-pairs.ts)
    id: 'after-pain-word',
    before: /\b(?:pain|back|leg)(?: (?:went|came|was|is|now|down|up|from|scores?)){0,3}[ :=]{0,3}$/i,
    example: 'duloxetine sixty milligrams for eight weeks comma pain eight to seven',
    expected: 'duloxetine 60 milligrams for 8 weeks, pain 8 to 7',
    counterExample: 'pain one side only',
  },
  {
    // a lab value or the weight dictated after its word: "creatinine one point nine", "weighs sixty two kilos" (with
    // age and sex they give CrCl by Cockcroft-Gault, measures.ts)
    id: 'after-creatinine-or-weight',
    before: /\b(?:creatinine|creat|weight|weighs|weighing)(?: (?:of|is|was|now|about|around))?[ :=]{0,3}$/i,
    example: 'creatinine one point nine comma weight sixty two kilos',
    expected: 'creatinine 1.9, weight 62 kilos',
    counterExample: 'weight one of the concerns',
  },
  {
    // an instrument's sections added up: "ODI sections added up to eighteen"
    id: 'after-sum-word',
    before: /\b(?:added up to|adds? up to|summed to|sums? to|totall?ed)[ :=]{0,3}$/i,
    example: 'odi sections added up to eighteen',
    expected: 'odi sections added up to 18',
    counterExample: 'it all added up to one of the worst weeks',
  },
  {
    id: 'after-dose-word',
    before: /\b(?:dose|dosage|max(?:imum)?)(?: (?:of|is|was))?[ :=]{0,3}$/i,
    example: 'a dose of fifty',
    expected: 'a dose of 50',
    counterExample: 'dose one of the',
  },
  {
    id: 'after-age',
    before: /\b(?:age|aged)[ :]{0,3}$/i,
    example: 'aged sixty',
    expected: 'aged 60',
    counterExample: 'in the age of one of',
  },
  {
    // dictated "gentleman here sixty seven", "lady of seventy two": the patient's age said after the person word
    id: 'after-person-word',
    before: /\b(?:man|woman|lady|gentleman|gent|guy|chap|male|female)(?: here| of| aged|,) $/i,
    example: 'right so gentleman here sixty seven comma long history',
    expected: 'right so gentleman here 67, long history',
    counterExample: 'the gentleman two doors down',
  },
  {
    // a dictated correction: "eighty one, not sixty one", "make that twenty eight not fifty eight" (bare-correction.ts)
    id: 'before-correction-not',
    after:
      /^,? (?:not|rather than|instead of) (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i,
    example: 'sorry she is eighty one, not sixty one',
    expected: 'sorry she is 81, not 61',
    counterExample: 'one, not the other',
  },
  {
    id: 'after-correction-not',
    before:
      /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)),? (?:not|rather than|instead of) $/i,
    example: 'make that 28 not fifty eight',
    expected: 'make that 28 not 58',
    counterExample: 'it is not one of them',
  },
  {
    id: 'after-drug-name',
    afterDrugName: true,
    example: 'norco seven point five three twenty five',
    expected: 'norco 7.5/325',
    counterExample: 'is tramadol one of the options',
  },
  {
    id: 'after-slash',
    before: /\/ ?$/,
    example: 'norco 10 / three twenty five',
    expected: 'norco 10 / 325',
    counterExample: 'and/or one of the',
  },
];

/**
 * A lone "one" is a pronoun or "a single", never a number, next to these words ("one of the", "no one", "the one
 * on the left"), whatever a context row says.
 */
const ONE_NOT_A_NUMBER_AFTER = /^ (?:of|another|more|or (?:two|the other)|way|thing|side|day)\b/i;
const ONE_NOT_A_NUMBER_BEFORE = /\b(?:no|any|some|every|each|the|this|that|which|anyone|someone|at)[ -]$/i;
/** "at one point": "point" is a word there, not a decimal point. */
const AT_POINT = /\bat $/i;
/** Formulation words between a name and its dose ("oxycodone er twenty"). */
const FORMULATION = new Set(['er', 'ir', 'sr', 'cr', 'xr', 'xl', 'la', 'patch']);
const WORDS = /[a-z]+/gi;

interface Token {
  w: string;
  start: number;
  end: number;
}

/** Runs of number words joined by single spaces or hyphens ("seventy-two", "one thousand two hundred"). */
function numberRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    // a run never ends on a joining word
    while (run.length && !isNumberWord(run[run.length - 1]!.w) && run[run.length - 1]!.w !== 'half') run.pop();
    if (run.some((t) => isNumberWord(t.w))) runs.push(run);
    run = [];
  };
  for (const [i, t] of tokens.entries()) {
    if (run.length && !/^[ -]$/.test(text.slice(run[run.length - 1]!.end, t.start))) flush();
    const next = tokens[i + 1]?.w;
    const joiner =
      (t.w === 'and' && run.length > 0) ||
      (t.w === 'point' && run.length > 0 && isDigitWord(next)) ||
      (t.w === 'a' && (next === 'hundred' || next === 'thousand' || (next === 'half' && run.length > 0))) ||
      (t.w === 'half' && run.length > 0 && run[run.length - 1]!.w === 'a');
    if (isNumberWord(t.w) || joiner) run.push(t);
    else flush();
  }
  flush();
  return runs;
}

/** One run of words -> the numbers said in it ("seven point five three twenty five" -> 7.5, 3, 25). */
function parseRun(words: string[]): number[] | undefined {
  const out: number[] = [];
  let total = 0;
  let part = 0;
  let last: 'unit' | 'teen' | 'tens' | 'tensunit' | 'hundred' | 'thousand' | 'and' | 'none' = 'none';
  let open = false;
  const push = () => {
    if (open) out.push(total + part);
    total = 0;
    part = 0;
    open = false;
    last = 'none';
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const joinable = last === 'hundred' || last === 'thousand' || last === 'and';
    if (Object.hasOwn(UNITS, w)) {
      const v = UNITS[w]!;
      if (v < 10 && last === 'tens') {
        part += v;
        last = 'tensunit';
      } else if (joinable) {
        part += v;
        last = v < 10 ? 'unit' : 'teen';
      } else {
        push();
        part = v;
        open = true;
        last = v < 10 ? 'unit' : 'teen';
      }
    } else if (Object.hasOwn(TENS, w)) {
      if (joinable) part += TENS[w]!;
      else {
        push();
        part = TENS[w]!;
        open = true;
      }
      last = 'tens';
    } else if (w === 'hundred') {
      if (!open) {
        if (words[i - 1] !== 'a') return undefined;
        part = 1;
        open = true;
      }
      if (part >= 100 || last === 'hundred') return undefined;
      part *= 100;
      last = 'hundred';
    } else if (w === 'thousand') {
      if (!open) {
        if (words[i - 1] !== 'a') return undefined;
        part = 1;
        open = true;
      }
      total += part * 1000;
      part = 0;
      last = 'thousand';
    } else if (w === 'and') {
      if (words[i + 1] === 'a' && words[i + 2] === 'half' && open) {
        part += 0.5;
        i += 2;
        last = 'tensunit';
      } else if (open && (last === 'hundred' || last === 'thousand')) last = 'and';
      else return undefined;
    } else if (w === 'point') {
      if (!open) return undefined;
      // Digits after the point, up to two; "seven point five three twenty five": "three twenty" starts the next number.
      let digits = '';
      while (digits.length < 2 && isDigitWord(words[i + 1]) && !(words[i + 2] && Object.hasOwn(TENS, words[i + 2]!))) {
        digits += String(UNITS[words[i + 1]!]);
        i++;
      }
      if (!digits) return undefined;
      part = Number(`${total + part}.${digits}`);
      total = 0;
      last = 'tensunit';
    } else if (w === 'a' || w === 'half') {
      // "a" before hundred/thousand is read there; "a half" only after "and".
      if (w === 'half') return undefined;
    }
  }
  push();
  return out;
}

const fmt = (n: number): string => String(Math.round(n * 100) / 100);

/** "six" and "fifty", "three" and "twenty five": a hundreds digit and a two-digit number, said as 650 or 325. */
const hundredsPair = (a: number, b: number): boolean => Number.isInteger(a) && a >= 1 && a <= 9 && b >= 10 && b <= 99;

/** The numbers of a run as text: a combination strength "x/325", "six fifty mg" as 650, else each number. */
function spell(numbers: number[], after: string, before: string): string {
  const parts = numbers.map(fmt);
  // "ten three twenty five", "seven point five three hundred twenty five": opioid / acetaminophen strength
  for (let i = 0; i + 1 < numbers.length; i++) {
    const x = numbers[i]!;
    const tail = numbers[i + 1] === 3 && numbers[i + 2] === 25 ? 2 : numbers[i + 1] === 325 ? 1 : 0;
    if (tail && x > 0 && x <= 10) {
      parts.splice(i, tail + 1, `${fmt(x)}/325`);
      return parts.join(' ');
    }
  }
  const [a, b] = numbers;
  // After a slash the acetaminophen part of a strength is said in two numbers ("five slash three twenty five two every
  // four hours"): they make the hundreds, whatever follows (here the tablet count), as typed "5/325 2".
  if (numbers.length > 2 && a !== undefined && b !== undefined && hundredsPair(a, b) && /\/ ?$/.test(before))
    return [String(a * 100 + b), ...parts.slice(2)].join(' ');
  // "six fifty milligrams", "three twenty five mg": hundreds said as two numbers before a unit
  if (
    numbers.length === 2 &&
    a !== undefined &&
    b !== undefined &&
    hundredsPair(a, b) &&
    (/^[ -]?(?:mg|milligrams?)\b/i.test(after) ||
      /^ (?:one|two|three|four) (?:tabs?|tablets?)\b/i.test(after) ||
      /\/ ?$/.test(before))
  )
    return String(a * 100 + b);
  return parts.join(' ');
}

function afterDrugName(text: string, tokens: Token[], first: number): boolean {
  let i = first - 1;
  if (i >= 0 && FORMULATION.has(tokens[i]!.w) && /^[ ]?$/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) i--;
  const prev = tokens[i];
  if (!prev) return false;
  if (!/^[ :=-]{0,3}$/.test(text.slice(prev.end, tokens[i + 1]?.start ?? prev.end))) return false;
  if (drugForName(prev.w)) return true;
  const prev2 = tokens[i - 1];
  return prev2 !== undefined && drugForName(`${prev2.w} ${prev.w}`) !== undefined;
}

function contextReads(text: string, tokens: Token[], run: Token[], firstIndex: number): boolean {
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 40), start);
  if (run.length === 1 && run[0]!.w === 'one') {
    if (ONE_NOT_A_NUMBER_AFTER.test(after) || ONE_NOT_A_NUMBER_BEFORE.test(before)) return false;
  }
  return NUMBER_CONTEXTS.some(
    (row) =>
      (row.after?.test(after) ?? false) ||
      (row.before?.test(before) ?? false) ||
      (row.afterDrugName === true && afterDrugName(text, tokens, firstIndex)),
  );
}

const TABLET_AFTER = /^ (?:tabs?|tablets?|caps?|capsules?|pills?)\b/i;
const RANGE_JOIN = /^ ?(?:-|to|or) ?$/i;

/** Number words read as digits where a context row says so. */
export function readSpokenNumbers(text: string): string {
  if (!ANY_NUMBER_WORD.test(text)) return text;
  const tokens: Token[] = [];
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m; m = WORDS.exec(text))
    tokens.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  if (!tokens.some((t) => isNumberWord(t.w))) return text;
  const index = new Map(tokens.map((t, i) => [t, i]));
  let runs = numberRuns(text, tokens);
  // "fifty three times a day": the last digit word before "times" counts the doses, the rest is the dose.
  // "tylenol six fifty two tablets", "five hundred two tablets" after a drug name: the last word counts the tablets.
  runs = runs.flatMap((run) => {
    const lastTok = run[run.length - 1]!;
    const countWord = /^(?:one|two|three|four)$/.test(lastTok.w);
    const prevWord = run[run.length - 2]?.w ?? '';
    const tabletCount =
      countWord &&
      (Object.hasOwn(TENS, prevWord) || prevWord === 'hundred' || prevWord === 'thousand') &&
      TABLET_AFTER.test(text.slice(lastTok.end, lastTok.end + 12)) &&
      afterDrugName(text, tokens, index.get(run[0]!)!);
    if (
      tabletCount ||
      (run.length > 1 && isDigitWord(lastTok.w) && /^ times\b/i.test(text.slice(lastTok.end, lastTok.end + 7)))
    ) {
      const head = run.slice(0, -1);
      while (head.length && !isNumberWord(head[head.length - 1]!.w)) head.pop();
      return head.length ? [head, [lastTok]] : [[lastTok]];
    }
    return [run];
  });
  const reads = runs.map((run) => {
    if (AT_POINT.test(text.slice(Math.max(0, run[0]!.start - 3), run[0]!.start)) && run.some((t) => t.w === 'point'))
      return false;
    return contextReads(text, tokens, run, index.get(run[0]!)!);
  });
  // "one to two tablets", "four to six hours": a range is read when either end is.
  for (let pass = 0; pass < 2; pass++)
    for (let i = 0; i + 1 < runs.length; i++) {
      const gap = text.slice(runs[i]![runs[i]!.length - 1]!.end, runs[i + 1]![0]!.start);
      if (RANGE_JOIN.test(gap) && (reads[i] || reads[i + 1])) reads[i] = reads[i + 1] = true;
    }
  let out = '';
  let at = 0;
  runs.forEach((run, i) => {
    if (!reads[i]) return;
    const start = run[0]!.start;
    const end = run[run.length - 1]!.end;
    const strength = combinationStrength(run, text.slice(Math.max(0, start - 24), start));
    const numbers = strength ? [] : parseRun(run.map((t) => t.w));
    if (strength) {
      out += text.slice(at, start) + strength;
      at = end;
      return;
    }
    if (!numbers?.length) return;
    out += text.slice(at, start) + spell(numbers, text.slice(end, end + 20), text.slice(Math.max(0, start - 3), start));
    at = end;
  });
  return out + text.slice(at);
}

/**
 * A codeine or dihydrocodeine combination product said with its two strengths: "co codamol thirty five hundred",
 * "cocodamol eight five hundred" mean 30/500 and 8/500, never 3,500 mg or 8 then 500. Read only right after the
 * product's name; each product an example (test/language/spoken-combination-strength.test.ts), and "paracetamol
 * five hundred" (one drug) its counter-example.
 */
const COMBINATION_BEFORE =
  /\b(?:co[- ]?codamol|co[- ]?dydramol|solpadol|kapake|zapain|tylex|panadeine(?: forte)?)(?: (?:tabs?|tablets?|caps?|capsules?))?[ :-]{1,3}$/i;
/** The opioid strengths of those products (reference: co-codamol 8/500, 15/500, 30/500; co-dydramol 10, 20, 30/500). */
const COMBINATION_OPIOID_MG: ReadonlySet<number> = new Set([8, 10, 15, 20, 30]);

function combinationStrength(run: Token[], before: string): string | undefined {
  const n = run.length;
  if (n < 3 || run[n - 1]!.w !== 'hundred' || run[n - 2]!.w !== 'five' || !COMBINATION_BEFORE.test(before))
    return undefined;
  const head = parseRun(run.slice(0, -2).map((t) => t.w));
  return head?.length === 1 && COMBINATION_OPIOID_MG.has(head[0]!) ? `${head[0]}/500` : undefined;
}

/** "7 out of 10" -> "7/10" once the numbers are digits. */
const OUT_OF_TEN = /\b(\d{1,2}(?:\.\d)?) out of (?:ten|10)\b/gi;
/** "40 percent" -> "40%". */
const PERCENT = /\b(\d{1,3}(?:\.\d)?) percent\b/gi;
/** The words each of the two needs. */
const OUT_OF = / out of /i;
const PERCENT_WORD = / percent/i;

/**
 * Spoken punctuation alone ("okay comma and if it fails question mark" -> "okay, and if it fails?"): the turn core
 * reads it before routing, so a dictated question has the shape of a typed one for every route.
 */
export function readSpokenPunctuation(text: string): string {
  if (!SPOKEN_PUNCTUATION_WORDS.test(text)) return text;
  let out = text;
  for (const row of SPOKEN_PUNCTUATION)
    out = typeof row.by === 'string' ? out.replace(row.re, row.by) : out.replace(row.re, row.by);
  return out;
}

/** A digit with its number word in brackets, as EHR sigs print it: "2 (two) times a day", "every 6 (six) hours". */
const BRACKETED_NUMBER = /\b(\d{1,2}) ?\(([a-z]{3,9})\)/gi;

/**
 * "2 (two)" -> "2": the digit and the word in brackets are one number, so every frequency and count reader sees it
 * as typed. Only when the word spells that digit: "(10 mg total)", "(x 4 months)", "(Percocet)" stay as they are.
 */
export function readBracketedNumbers(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(BRACKETED_NUMBER, (all, digits: string, word: string) =>
    UNITS[word.toLowerCase()] === Number(digits) ? digits : all,
  );
}

/**
 * Spoken punctuation, bracketed number words ("2 (two)"), spelled abbreviations and number words, in that order (punctuation first, so "question mark"
 * never reaches the number reader). The text keeps its case except where a row rewrote it.
 */
export function readSpoken(text: string): string {
  let out = readBracketedNumbers(readSpokenPunctuation(text));
  if (SPELLED_START.test(out)) for (const [re, by] of LETTER_PATTERNS) out = out.replace(re, by);
  out = readSpokenNumbers(out);
  // Each pattern only where its words are (most texts say neither): a literal is found faster than the pattern.
  if (OUT_OF.test(out)) out = out.replace(OUT_OF_TEN, '$1/10');
  return PERCENT_WORD.test(out) ? out.replace(PERCENT, '$1%') : out;
}
