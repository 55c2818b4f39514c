import { normalize } from './normalize.js';

/**
 * The patient's sex and age range as a description states them ("58M", "F47", "58 y/o male", "a lady", "woman in
 * her 60s", "she's 34"), read on the normalized text (normalize.ts: spoken numbers are digits, "y.o." is "yo").
 * The case keeps the sex of its first description so that a later description of someone of the other sex is read
 * as another patient (dialogs/walkthrough/read-text.ts). Each cue is a data row with an example it must read and a
 * counter-example it must not (test/language/stated-patient.test.ts).
 */
export type Sex = 'female' | 'male';

export interface SexCue {
  id: string;
  /** The last group that matched is the word or letter that gives the sex (an age may be captured before it). */
  re: RegExp;
  /** A pronoun with an age ("she's 70"): the person talked about, not a hypothetical one ("what about a 45F"). */
  pronoun?: true;
  example: string;
  sex: Sex;
  counter: string;
}

const SEX_WORD = '(male|female|man|woman|lady|gentleman|gent|guy|chap)';

/**
 * Age phrases read by the age reader (measures.ts), the population reader (populations.ts) and the sex reader below:
 * one definition each, so the three cannot drift apart.
 *
 * Shorthand "35 yr M", "42 y/F", "29 yrs, F" opening a clause ("smoker 20 yrs, f/u" is a history): group 1 the
 * years, group 2 the sex.
 */
export const YEARS_LETTER = String.raw`(?:^|[\n,;(:]\s?)(\d{1,3})\s?(?:years?|yrs?|y)(?:\s|,?\s?\/\s?|,\s)(m|f|male|female)\b(?!\/)`;
/**
 * A birthday: "18 today!", "he's 18 today", "just turned 65", "M, turned 40 last week". "turned" needs a person (a
 * pronoun, a person word, "just", or the head of a clause) and no unit after: "hip turned 90 degrees" and "pain
 * turned 30 minutes after walking" are not ages. Group 1 or 2 is the years.
 */
export const BIRTHDAY =
  String.raw`(?:^|[.!?;]\s?|\b(?:turns|turned|he's|she's|he is|she is)\s)(\d{2,3})\s(?:today|this week)\b` +
  String.raw`|(?:^|[.!?;,:(]\s?|\b(?:he|she|i|pt|patient|who|has|have|had|just|recently|only|newly|boy|girl|lad|lass|man|woman|male|female|gentleman|lady|[mf])\s)turned\s(\d{2,3})\b` +
  String.raw`(?!\s?(?:%|\/|°)|\s?(?:mg|degrees?|deg|minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|mos?|years?|yrs?|seconds?|secs?|times)\b)`;
/** The words before "age N" that date an event in the history ("at age 45 he was on tramadol", "since age 30"). */
export const AGE_IN_HISTORY_WORDS = '(?:at|from|since|until|till|by|before)';
/** "58 y/o", "58-year-old", "58 yrs old": an age said with its unit. */
const AGE_UNIT = String.raw`\d{1,3} ?(?:yo|y\/o|yrs? old|years? old|-years?-old|-year old)`;

export const SEX_CUES: readonly SexCue[] = [
  // "58m", "58f" (a letter written onto the age), "58 m," (a letter alone before punctuation) and "(44, M)"; "walks
  // 50 m" is metres
  {
    id: 'age-letter',
    re: /\b\d{2}([mf])\b|\b\d{2} ([mf])(?=[,.;:)]|$)|\(\d{2}, ?([mf])\)/,
    example: '58F, chronic LBP 8/12',
    sex: 'female',
    counter: 'walks 200 m daily',
  },
  // shorthand "35 yr M", "42 y/F", "29 yrs, F" opening a clause; "smoker 20 yrs, f/u" is a history
  {
    id: 'age-yr-letter',
    re: new RegExp(YEARS_LETTER),
    example: '35 yr M, IT professional, c/o LBP',
    sex: 'male',
    counter: 'smoker 20 yrs, f/u in 6 weeks',
  },
  // "M62", "M 49", "f, 47": the letter before the age
  {
    id: 'letter-age',
    re: /(?:^|[\s,(:/])([mf]),? ?\d{2}\b(?! ?(?:mg|%|\/))/,
    example: 'M62 retd, CLBP 8/12',
    sex: 'male',
    counter: 'f/u 6 weeks, naproxen 500 bd',
  },
  // "45 yo F", "58 y/o male", "a 64-year-old gentleman"
  {
    id: 'age-unit-sex',
    re: new RegExp(`\\b${AGE_UNIT} ?(?:([mf])\\b|${SEX_WORD}\\b)`),
    example: '58 y/o male, CLBP 2 yrs',
    sex: 'male',
    counter: '58 yo, CLBP 2 yrs, wife is a nurse',
  },
  // "a man here 53", "this lady", "the gentleman", "an elderly woman"
  {
    id: 'article-word',
    re: new RegExp(`\\b(?:a|an|this|the|our|my) (?:young |older |elderly |old |retired )?${SEX_WORD}\\b`),
    example: 'ok so I have a man here 53 with back pain',
    sex: 'male',
    counter: 'lives with his wife, no other meds',
  },
  // "gentleman here 67", "lady of 72", "woman, 45" (dictated: spoken-numbers.ts reads the age): the word before an age
  {
    id: 'word-age',
    re: new RegExp(
      `\\b${SEX_WORD},? (?:here |of |aged )?\\d{2}\\b(?! ?(?:mg|%|\\/|kg|weeks?|wks?|months?|days?|years? ago))`,
    ),
    example: 'right so gentleman here 67, long history of back pain',
    sex: 'male',
    counter: 'reference weight: male 80 kg',
  },
  // "Woman in her 60s", "Female, retired teacher", "Lady, 70": the text opens with the word
  {
    id: 'opening-word',
    re: new RegExp(`^\\W{0,3}${SEX_WORD}\\b`),
    example: 'Female, retired teacher, LBP for years',
    sex: 'female',
    counter: 'manual worker, LBP for years',
  },
  // "Sex: F", "Age/Sex: 69 / M", "AGE/SEX: 77 F", "gender: male"
  {
    id: 'sex-field',
    re: /\b(?:sex|gender):? ?(?:\d{1,3} ?(?:\/ ?)?)?(m|f|male|female)\b/,
    example: 'Age/Sex: 69 / M',
    sex: 'male',
    counter: 'sex life affected by pain',
  },
  // "she's 34", "he is 70 too": a pronoun with an age
  {
    id: 'pronoun-age',
    re: /\b(she|he)(?:'s| is) (?:now )?\d{2}\b(?! ?(?:mg|%|\/|kg|weeks?|wks?|months?|days?|units?))/,
    pronoun: true,
    example: "CLBP 3 yrs, failed naproxen. She's 34.",
    sex: 'female',
    counter: 'she is 12 weeks pregnant',
  },
];

const FEMALE = new Set(['f', 'female', 'woman', 'lady', 'she']);

export interface StatedSex {
  sex: Sex;
  /** Said with a pronoun and an age ("she's 70 too"), rather than a descriptor ("58F", "a lady"). */
  pronoun: boolean;
}

/** The sex a description states (the first cue that reads one), if any. */
export function statedSex(text: string): StatedSex | undefined {
  const norm = normalize(text);
  for (const cue of SEX_CUES) {
    const m = cue.re.exec(norm);
    const word = m?.slice(1).findLast((g) => g !== undefined);
    if (word) return { sex: FEMALE.has(word) ? 'female' : 'male', pronoun: cue.pronoun === true };
  }
  return undefined;
}

const SHE = /\b(?:she|her|hers|herself)\b/;
const HE = /\b(?:he|him|his|himself)\b/;
/** "she" or "he" opening a sentence or clause: the subject of the description. */
const SUBJECT = /(?:^|[.;:!?,] ?)(?:she|he)\b/;

/**
 * The sex of a first description: stated (above), else the pronouns when all are of one sex and one is a clause's
 * subject ("CLBP 3 yrs, he tried naproxen"). Mixed pronouns ("her husband says he...") say nothing, nor does a
 * pronoun inside a clause ("CLBP, wife says she..." may be about the wife).
 */
export function describedSex(text: string): Sex | undefined {
  const stated = statedSex(text);
  if (stated) return stated.sex;
  const norm = normalize(text);
  const she = SHE.test(norm);
  if (she === HE.test(norm) || !SUBJECT.test(norm)) return undefined;
  return she ? 'female' : 'male';
}

const DECADES: Readonly<Record<string, number>> = {
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};

/** "in her 60s", "in his early seventies", "a 70s man": a decade, read as the range of ages it covers. */
const DECADE =
  /\bin (?:her|his|their) (?:early |mid |mid-|late )?(?:(\d)0'?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b|\b(\d)0'?s (?:man|woman|lady|gentleman|male|female)\b/;

/**
 * A decade is the patient's age now when it describes the person ("another man with chronic LBP in his forties",
 * "lady in her 70s", "she is in her fifties"); after an event in its clause it dates the history ("had a discectomy
 * in his forties", "a fusion in his forties", "started in her forties").
 */
const EVENT_BEFORE_DECADE =
  /\b(?:had|has had|started|starting|began|begun|onset|diagnosed|since|from|until|till|fusion|discectomy|laminectomy|decompression|surgery|operation|op|injury|injured|accident|fracture|fractured|fall|fell|episode|flare|pregnancy|pregnancies|menopause|divorce|retired|retirement)\b/;

/** The ages a decade description covers ("woman in her 60s": 60 to 69), if the text has one. */
export function statedAgeRange(text: string): { min: number; max: number } | undefined {
  const norm = normalize(text);
  const m = DECADE.exec(norm);
  if (!m) return undefined;
  // the decade's clause up to it: after its last comma, stop or bracket, at most 40 characters back
  const lead = norm.slice(Math.max(0, m.index - 40), m.index);
  const clause = lead.slice(
    Math.max(lead.lastIndexOf(','), lead.lastIndexOf('.'), lead.lastIndexOf(';'), lead.lastIndexOf('(')) + 1,
  );
  if (m[3] === undefined && EVENT_BEFORE_DECADE.test(clause)) return undefined;
  const min = m[2] ? DECADES[m[2]]! : Number(m[1] ?? m[3]) * 10;
  return { min, max: min + 9 };
}

/** People with or around the patient whose age a clinician may mention ("her son (34) drove her"). */
const PERSON =
  '(?:wife|husband|hubby|partner|boyfriend|girlfriend|fiancee?|son|daughter|mum|mom|mother|dad|father|brother|sister|carer|caregiver|friend|neighbou?r|grandson|granddaughter|grandma|grandmother|grandad|grandpa|grandfather|aunt|uncle|niece|nephew)';
/** After the age: not a dose, a duration or a count ("son 12 weeks ago", "wife 20 mg"). */
const NOT_AGE_UNIT = String.raw`(?!\s?(?:mg|%|\/|kg|weeks?|wks?|months?|mos?|days?|years? ago|times|mins?|minutes?|hours?|hrs?))`;
/** Between the person and their age: "wife, 58", "son (34", "mum aged 80", "husband 70". */
const PERSON_THEN_AGE = String.raw`(?:,? |,? aged | \()(\d{2,3})\b${NOT_AGE_UNIT}`;

export interface CompanionAgeRow {
  id: string;
  /** Group 1 is the companion's age. */
  re: RegExp;
  example: string;
  /** A text whose age is the patient's (or no one's), which the row must not read. */
  counter: string;
}

/**
 * Another person's age said next to them (test/language/stated-patient.test.ts): read so that a mention mid-case
 * ("her son (34) drove her", "lives with his wife, 58") never sets the open case's age (dialogs/walkthrough/
 * intake.ts). A parent word opening the text without an owner ("Mum, 34, LBP since the baby") may be the patient
 * herself, so only the owned form is read for it.
 */
export const COMPANION_AGE_ROWS: readonly CompanionAgeRow[] = [
  {
    id: 'owned-person-age',
    re: new RegExp(
      String.raw`\b(?:his|her|their|the|pt'?s|patient'?s|with|by|and) (?:(?:elderly|older|younger|adult|teenage|own) )?${PERSON}${PERSON_THEN_AGE}`,
    ),
    example: 'her son (34 yo) drove her in today',
    counter: 'Mum, 34, LBP since the baby, on ibuprofen',
  },
  {
    // a partner or a child is never how a clinician opens a description of the patient, owned or not
    id: 'partner-or-child-age',
    re: new RegExp(
      String.raw`\b(?:wife|husband|hubby|partner|boyfriend|girlfriend|fiancee?|son|daughter)${PERSON_THEN_AGE}`,
    ),
    example: 'daughter, 24, is a physio and showed him some stretches',
    counter: 'son of a farmer, 52, LBP 1 yr',
  },
  {
    id: 'age-then-person',
    re: new RegExp(
      String.raw`\b(\d{2,3})(?: ?(?:yo|y\/o|yrs? old|years? old|-years?-old|-year old|-yo))? (?:(?:elderly|older|younger|adult|teenage) )?${PERSON}\b`,
    ),
    example: 'came with his 58 yo wife, who asks about the side effects',
    counter: '58 yo, lives with wife, CLBP 2 yrs',
  },
];

/** The ages said next to another person in the text ("her son (34) drove her": 34), for the caller to set aside. */
export function companionAges(text: string): number[] {
  const norm = normalize(text);
  const ages = COMPANION_AGE_ROWS.flatMap((row) => {
    const m = row.re.exec(norm);
    return m?.[1] === undefined ? [] : [Number(m[1])];
  });
  return [...new Set(ages)];
}
