import type { CaseFacts } from '../case/case-facts.js';
import { BRACKETED_PAIN_CHANGE } from './score-pairs.js';
import { scoreChangesIn } from './score-changes.js';
import { OSWESTRY_BANDS, OSWESTRY_MAX_UNANSWERED, START_BACK_PARAMS } from '../calculators/clinical-params.js';
import { creatinineMgDlFromMicromol } from '../calculators/cockcroft-gault.js';
import { scoreOswestry } from '../calculators/oswestry.js';
import { UNITS } from './spoken-numbers.js';
import { ITEM9_ANSWERS, scoreStartBack } from '../calculators/start-back.js';
import { AGE_IN_HISTORY_WORDS, BIRTHDAY, YEARS_LETTER } from './stated-patient.js';
import { afterLast } from './normalize.js';

/**
 * Numbers with a name in front: age, renal function, STarT Back, Oswestry, pain score. A relative's age is not the
 * patient's ("his 16 y/o daughter translates", "her 15 year old son"). Age also after a pronoun ("She's 34.", said at
 * the end of a note), with the sex letter written onto it ("M62", "F47"), dictated after the word ("a man here 53",
 * "lady of 70"), bracketed after the age ("Pt (44, M)"), in shorthand ("35 yr M") and as a birthday ("18 today"). An age
 * dating the history ("at age 45 he was on tramadol") is not the patient's age now.
 */
/**
 * "72, LBP 5 months, ibuprofen 400 tds": a bare age opening a back-pain description (a number, a comma, then the back
 * pain) is the patient's age. "2, LBP ..." (a list number) is no age: two digits at least.
 */
export const OPENING_AGE =
  /^\s*(?:(?:pt|patient|next)\s+)?(\d{2,3})\s*[,;]\s*(?:(?:chronic|mechanical|axial|ongoing|persistent)\s+)?(?:c?lbp|low back|lower back|back pain|back)\b/i;

const AGE = [
  /(?<!\b(?:his|her|their|my|our|your|whose)\s(?:(?:young|little|teenage|eldest|oldest|youngest|own)\s)?)\b(\d{1,3})\s?(?:yo|y\/o|yrs? old|years? old|-years?-old|-year old|-yo|yr old|y o)\b(?![\s-]{0,2}(?:son|sons|daughter|daughters|grandson|granddaughter|grandchild|niece|nephew|sibling|brother|sister|kids?|child|children)\b)/,
  /(?:^|[\s,(])(\d{2,3})\s?(?:m|f|male|female|man|woman|yom|yof|wm|wf)\b/,
  // shorthand "35 yr M", "42 y/F" opening a clause ("smoker 20 yrs, f/u" is a history)
  new RegExp(YEARS_LETTER),
  // "at age 45 he was on tramadol", "since age 30" date the history, not the patient's age now
  // "Age/Sex: 69 / M" too (an EHR header field)
  new RegExp(String.raw`(?<!\b${AGE_IN_HISTORY_WORDS}\s)\b(?:age|aged|age:|age ?\/ ?sex:?)\s?(\d{1,3})\b`),
  /(?:^|\n)[^,\d\n]{1,25},\s?(\d{2,3})\s?[,.;]/,
  // "she's 17" (not "she's 18 next month": an age to come is not the age now)
  /\b(?:(?:patient|pt|she|he) is|(?:she|he)'s) (?:a |an |now )?(\d{2,3})\b(?!\s?(?:mg|%|\/|kg|weeks?|wks?|months?|days?|units?|next|soon|in (?:a |an |\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the spring|the summer|the autumn|the fall|the winter)|on (?:her|his|their) (?:next )?birthday)\b)/,
  /\b(?:male|female|man|woman|gentleman|lady|m|f),?\s?(?:aged\s|here\s|of\s)?(\d{2,3})\b(?!\s?(?:mg|%|\/))/,
  /\((\d{2,3}), ?(?:m|f|male|female)\)/,
  // a birthday: "18 today!", "he's 18 today", "just turned 65"
  new RegExp(BIRTHDAY),
  OPENING_AGE,
];
/**
 * "CrCl 26", "CrCl (CG) 26", "CrCl by Cockcroft-Gault 26", "CrCl: approx. 26", "CrCl of ~26", "CrCl calc 26": the
 * method named after the word and one verb or sign and one hedge before the number. Each optional part starts with
 * its own word and takes at most one space after it, so a text is split one way only (linear).
 */
const CRCL =
  /\b(?:crcl|cr cl|creatinine clearance)(?: ?\((?:cg|c-g|cockcroft[- ]gault|calc|calculated|est|estimated)\)| (?:by|per|using|via) (?:cg|c-g|cockcroft[- ]gault))?\s?(?:(?:of|is|was|now|=|:)\s?)?(?:(?:~|<|>|approx\.?|approximately|about|around|roughly|calc|calculated|est|estimated)\s?)?(\d{1,3}(?:\.\d)?)/;
/**
 * A serum creatinine word: spelled out ("creatinine", "serum creatinine", "creat") or the abbreviation "Cr"/"SCr". Not
 * "creatinine clearance" or "CrCl" (read above). The abbreviation is also a product's controlled-release suffix
 * ("tramadol CR 100 once daily", "Tegretol CR"): it names a creatinine only in a lab position (CR_LAB_POSITION).
 */
const CREATININE_WORD = /\b(?:serum creatinine|creatinine|creat|s?cr)\b(?! ?(?:clearance|cl)\b)/g;
/**
 * The words that may stand right before a lab "Cr" ("her Cr 1.4", "repeat Cr 2.1", "baseline SCr 90", "68F 55kg Cr
 * 148"): lab and timing words, and the patient header's own words (a unit, a sex). After any other word (a drug or
 * product name: "tramadol CR", "Tegretol CR") it is a release form, not a lab. After punctuation or at a line start it
 * is a lab ("O: wt 58 kg, Cr 0.9").
 */
const CR_LAB_LEAD = new Set(
  [
    'his her their the a and with serum latest last repeat repeated current today todays now baseline recent new old',
    'previous prior labs bloods bmp chem renal kidney plasma kg kgs lb lbs yo yrs old m f male female man woman',
  ]
    .join(' ')
    .split(' '),
);
/** Creatinine units: mg/dL or micromol/L. */
const CREATININE_UNIT = String.raw`mg\s?\/\s?dl|(?:micromol|µmol|μmol|umol)\s?\/\s?l|micromoles? per lit(?:re|er)`;
/**
 * After a value: a dose or a regimen, not a lab ("CR 100 mg", "CR 100 bd", "CR 100 once daily", "CR 200 nocte").
 */
const NOT_A_LAB_AFTER = String.raw`(?!\d|\.\d|\s?(?:mg|mcg|g|tabs?|tablets?|caps?|capsules?|bd|bid|tds|tid|qds|qid|od|om|on|daily|once|twice|nocte|mane|qhs|prn|every|per day|a day|x ?\d|q\d)\b(?<!\bon\b(?= (?:recent|repeat|latest|new|today'?s?|the|his|her|their|bloods?|labs?|testing|retest(?:ing)?)\b))|\s?\/\s?(?:day|d)\b)`;
/**
 * The first value after a creatinine word: "creatinine 1.9 mg/dL", "Cr: 0.9", "creat of ~1.4", "creatinine was 1.0",
 * "creatinine up from 1.0" (a sequence), "creatinine (baseline) 1.0" or "creatinine in 2023 1.0" (marked as past). Each
 * optional part starts with its own words (linear). Groups: a past mark, a sequence start, the value, the unit.
 */
const CREATININE_FIRST = new RegExp(
  String.raw`(?: ?\(?(in (?:19|20)\d\d|last year|last month|previously|previous|at baseline|baseline|prior|old)\)?,?)?\s?(?:(?:of|is|was|now|=|:|~|(?:(?:up|down|rose|risen|rising|increased|went up|gone up) )?(from))\s?)?(?:(?:approx\.?|about|around)\s?)?(\d{1,4}(?:\.\d{1,2})?)(?:\s?(${CREATININE_UNIT})\b)?${NOT_A_LAB_AFTER}`,
  'y',
);
/**
 * A later value in the same sentence, after a word that makes it the later or current one: "was 1.0, now 2.4",
 * "1.0 -> 2.4", "up from 1.0 to 2.4", "1.0 last year, repeat today 2.4". Groups: the value, the unit.
 */
const CREATININE_NEXT = new RegExp(
  String.raw`(?:->|→|=>|\bto\b|\bnow\b|\btoday\b|\blatest\b|\brepeat(?:ed)?\b|\bthis (?:week|morning)\b|\bcurrent(?:ly)?\b|\brecent(?:ly)?\b|\bthen\b)(?: (?:is|was|of|at|up to|down to|today|now))?\s?[:=~]?\s?(\d{1,4}(?:\.\d{1,2})?)(?:\s?(${CREATININE_UNIT})\b)?${NOT_A_LAB_AFTER}`,
  'g',
);
/**
 * Right after a value: marked current ("2.4 today", "2.4 (this week)", "65 last week", "28 on recent bloods"); "last
 * week" is the latest bloods, not a past baseline.
 */
const CURRENT_AFTER =
  /^[\s(,]{0,3}(?:today|now|this (?:week|morning)|last week|latest|current(?:ly)?|on repeat|recent(?:ly)?|on (?:recent|latest|today'?s?) (?:bloods?|labs?)|yesterday)\b/;
/** Right after a value: marked as past ("1.0 last year", "1.0 (baseline)", "1.0 in 2023", "1.0 6 months ago"). */
const PAST_AFTER =
  /^[\s(,]{0,3}(?:last (?:year|month|time|visit)|previously|previous|baseline|at baseline|prior|before|in (?:19|20)\d\d|(?:\d{1,2}|a|one|two|three|six) (?:years?|months?|weeks?) ago|ago|in the past)\b/;
/** Before the creatinine word, in its clause: the value is past ("baseline creatinine 1.0", "previous Cr 90"). */
const PAST_BEFORE = /\b(?:baseline|previous(?:ly)?|prior|old|historic(?:al)?|last year'?s?)\s?$/;
/** Before the creatinine word: the value is current ("repeat creatinine 2.4", "latest Cr 180"). */
const CURRENT_BEFORE = /\b(?:repeat(?:ed)?|latest|current|today'?s?|new|recent|now)\s?$/;
/**
 * Body weight named: "weight 62 kg", "wt: 80 kg", "weighs 55 kg", "Wt 176 lb". Groups: the value, the unit (none:
 * asked, never assumed to be kg). Not a BMI ("weight ... 32 kg/m2" is read by no pattern: a unit with a slash after is
 * no body weight).
 */
const WEIGHT_NAMED =
  /\b(?:weight|weighs|wt|body weight)\b\s?(?:(?:of|is|was|now|=|:|~)\s?)?(?:(?:approx\.?|about|around)\s?)?(\d{2,3}(?:\.\d)?)(?:\s?(kgs?|kilos?|kilograms?|lbs?|pounds?)\b)?(?!\s?\/|\d|\.\d)/g;
/**
 * A bare weight with its unit: "55 kg", "90kg", "176 lb". Only in the patient's header (the sentence that opens the
 * note or gives the age), and not a load, a limit or a ratio ("lifting 50 kg sacks", "BMI 32 kg/m2"). Groups: the
 * value, the unit.
 */
const WEIGHT_BARE = /(?<![\d.])(\d{2,3}(?:\.\d)?)\s?(kgs?|kilos?|kilograms?|lbs?)\b(?!\s?\/)/g;
/** Before a bare weight, in its clause: a load or a limit, not the patient ("lifting 50 kg", "carries up to 20 kg"). */
const LOAD_BEFORE =
  /\b(?:lift\w*|carr(?:y|ies|ied|ying)|mov(?:e|es|ed|ing)|push\w*|pull\w*|handl\w*|load\w*|deadlift\w*|squat\w*|bench\w*|limit\w*|restrict\w*|max(?:imum)?|up to|no more than|bmi)\b/;
/** After a bare weight: what was lifted or carried ("50 kg sacks", "20 kg of cement"). */
const LOAD_AFTER =
  /^\s?(?:sacks?|bags?|box(?:es)?|loads?|bricks?|cement|crates?|parcels?|kettlebells?|dumbbells?|weights?|bars?|barbells?|of)\b/;
const WEIGHT_CHANGE_BEFORE =
  /\b(?:lost|loss|losing|lose|gained|gain|gaining|down|up|dropped|drop|by|of|over)\s?(?:of\s)?(?:about\s|around\s|approx\.?\s|~)?$/;
// "eGFR was 28", "the eGFR is actually 28", "eGFR should be 28": a figure restated or corrected is the figure
const EGFR =
  /\b(?:egfr|gfr)\s?(?:of|(?:is|was) (?:actually |really |now )?|is|now|today|currently|latest|recent(?:ly)?|should (?:be|have been)|corrected to|(?:last (?:week|month|year)|this (?:week|morning)|yesterday|in (?:19|20)\d\d)(?: (?:was|is|of))?\s?[:=]?|=|:|~|<|>)?\s?(\d{1,3}(?:\.\d)?)/;
const CKD_STAGE =
  /\bckd\s?(?:stage\s?)?([1-5]|iv|v|iii|ii|i)(?:[abd])?\b|\bstage\s?([1-5]|iv|iii|ii|v)[ab]?\s(?:ckd|chronic kidney disease)\b/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
// "STarT Back: total 7, psychosocial 4": a colon may come before "total"; "STarT Back: 1 agree, 2 ..." is item 1's
// answer, not a total of 1
const SBT =
  /\b(?:start ?back|sbt|sbst)(?: screening tool)?(?: score)?(?::? total)?\s?(?:of|=|:|is|score)?\s?(\d)(?:\s?\/\s?9)?\b(?!\s?[:=).-]?\s?['"‘’“”]?(?:agree|disagree|yes|no|y|n)\b)(?:[^.;\n]{0,30}?\b(?:psych(?:osocial)?|subscale|sub-?score)(?: subscale| sub-?score| score)?\s?(?:of|=|:|is)?\s?(\d)(?:\s?\/\s?5)?\b)?/;
const SBT_SUB_FIRST =
  /\b(?:start ?back|sbt|sbst)[^.;\n]{0,25}?\b(?:psych(?:osocial)?|subscale)(?: subscale| sub-?score| score)?\s?(?:of|=|:|is)?\s?(\d)(?:\s?\/\s?5)?[^.;\n]{0,15}?\btotal\s?(?:of|=|:|is)?\s?(\d)\b/;
/**
 * STarT Back said as counts of scoring answers ("STarT Back 5 of 9 yes, 3 of the psych items", "SBT: 6/9 agree, psych
 * 4/5", "start back - yes to 4 of 9, psychosocial 2"): each yes (agree; item 9 very much or extremely) scores 1
 * (clinical-reference.md section 5), so the yes count is the total and the psychosocial items' yes count the subscale.
 * The count must be said out of 9 ("5 of 9", "5/9") and with its answer word, so "SBT 5" stays the total form's.
 */
const SBT_COUNTS =
  /\b(?:start ?back|sbt|sbst)\b[^.;\n\d]{0,25}?(?:(\d)\s?(?:\/|of|out of)\s?9\s(?:items?\s|questions?\s|answers?\s)?(?:were\s|are\s)?(?:yes|agreed?|agrees|positive|endorsed|ticked)|(?:yes|agreed?|agrees|positive)(?: to| with| on)? (\d)\s?(?:\/|of|out of)\s?9)\b(?:[^.;\n\d]{0,20}?(?:(\d)(?:\s?(?:\/|of|out of)\s?5)?\s(?:of the |of )?(?:psych\w*|subscale)|(?:psych\w*|subscale)(?: items?| subscale| score)?\s?[:=]?\s?(\d)(?:\s?(?:\/|of|out of)\s?5)?)\b)?/;
const SBT_RISK =
  /\b(?:start ?back|sbt|sbst)[^.;\n\d]{0,20}?\b(high|medium|moderate|low)(?:[- ]risk)?\b|\b(high|medium|moderate|low)[- ]risk (?:on |per |by )?(?:start ?back|sbt|sbst)\b/;
/** A score said as corrected or restated: "ODI was 64%", "ODI should have been 32/50", "ODI is actually 48". */
const SAID_AS = String.raw`(?:(?:is|was) (?:actually|really|now)|should (?:be|have been)|corrected to|is now|was|now)`;
// "ODI unchanged at 44%", "ODI stable at 40": the score now, said as no change
const ODI = new RegExp(
  String.raw`\b(?:odi|oswestry(?: disability index)?(?: score)?)\s?(?:of|=|:|${SAID_AS}|is|score|(?:unchanged|stable|same)(?: at)?|(?:down|up)? ?from \d{1,3}%? to|\d{1,3}%?\s?(?:->|→|to))?\s?(\d{1,3}(?:\.\d)?)\s?%?`,
);
/**
 * ODI as raw section points out of 5 x sections answered ("Oswestry 26/50", "ODI 18/45": 9 sections): scored as
 * % = sum / (5 x sections answered) x 100 (clinical-reference section 5), never read as a percentage.
 */
const ODI_POINTS = new RegExp(
  String.raw`\b(?:odi|oswestry(?: disability index)?(?: score)?)\s?(?:of|=|:|${SAID_AS}|is|score)?\s?(\d{1,2})\s?\/\s?(50|45|40)\b`,
);
const PAIN = /\b(?:pain|nrs|vas)[^\w/]{0,5}(?:score\s?)?(?:of|=|:|is|at)?\s?(\d{1,2}(?:\.\d)?)\s?\/\s?10\b/;

/** "pain 7->4/10": the latest score. */
const PAIN_CHANGE = /\b(?:pain|nrs|vas)\b[^.;\n]{0,20}?\d{1,2}\s?(?:->|→|to)\s?(\d{1,2}(?:\.\d)?)\s?\/\s?10\b/;

/** A bare "7/10" in a back pain note is the pain score (never part of a date: no slash after). */
const BARE_PAIN = /(?<![\d/.])(\d{1,2}(?:\.\d)?)\s?\/\s?10\b(?!\s?\/|\d)/;

export function measuresIn(text: string): Partial<CaseFacts> {
  const out: Partial<CaseFacts> = {};
  let ageAt: number | undefined;
  for (const re of AGE) {
    const m = re.exec(text);
    // the first group that matched is the years (a pattern with alternatives has one group each)
    const years = m?.slice(1).find((g) => g !== undefined);
    const age = years ? Number(years) : NaN;
    if (age >= 12 && age <= 110) {
      out.age = age;
      ageAt = m!.index;
      break;
    }
  }
  const renal: NonNullable<CaseFacts['renal']> = {};
  const crcl = latestKidneyValue(text, CRCL_ALL);
  if (crcl !== undefined) renal.crcl = crcl;
  const egfr = latestKidneyValue(text, EGFR_ALL);
  if (egfr !== undefined) renal.egfr = egfr;
  const creatinine = creatinineIn(text);
  if (creatinine.mgDl !== undefined) renal.creatinineMgDl = creatinine.mgDl;
  if (creatinine.unsure) renal.creatinineToConfirm = true;
  const weight = weightIn(text, ageAt);
  if (weight.kg !== undefined) out.weightKg = weight.kg;
  else if (weight.unitless !== undefined) out.weightToConfirm = weight.unitless;
  const stage = CKD_STAGE.exec(text);
  const s = stage?.[1] ?? stage?.[2];
  if (s) renal.ckdStage = ROMAN[s] ?? Number(s);
  // the stated kidney function decides over a dialysis before a transplant or recovery
  const stated = renal.crcl ?? renal.egfr;
  const dialysis = dialysisIn(text, stated);
  // on dialysis, or end-stage kidney disease: kidney failure, CKD stage 5 (CrCl < 15), whatever stage was said
  if (dialysis) renal.dialysis = dialysis;
  if (dialysis || kidneyFailureIn(text, stated)) renal.ckdStage = 5;
  if (Object.keys(renal).length) out.renal = renal;
  Object.assign(out, startBackIn(text));
  const sections = oswestrySectionsIn(text);
  if (sections?.kind === 'ok') {
    out.oswestryPercent = sections.percent;
    return withPain(text, out);
  }
  // a section list with too many blanks has no score: its first section is never read as a percentage
  if (sections?.kind === 'incomplete') return withPain(text, out);
  const points = ODI_POINTS.exec(text);
  const odi = ODI.exec(text);
  // "ODI was 24/50 at baseline, not 40%": the baseline corrected, the current score left as it was
  const odiBaseline = baselineSaid(text, points ?? odi);
  const odiKey = odiBaseline ? 'oswestryBaselinePercent' : 'oswestryPercent';
  if (points?.[1] && points[2] && Number(points[1]) <= Number(points[2]))
    out[odiKey] = Math.round((Number(points[1]) / Number(points[2])) * 1000) / 10;
  else if (odi?.[1] && Number(odi[1]) <= 100) out[odiKey] = Number(odi[1]);
  if (odiBaseline) {
    // "ODI 48% at baseline, now 42%": the later score is the current one
    const first = (points ?? odi)!;
    const rest = text.slice(first.index + first[0].length);
    const now = LATER_PERCENT.exec(rest);
    const change = scoreChangesIn(text).findLast((c) => c.scale === 'odi');
    if (change) out.oswestryPercent = change.to;
    else if (now && Number(now[1] ?? now[2]) <= 100) out.oswestryPercent = Number(now[1] ?? now[2]);
  } else if (out.oswestryPercent === undefined) {
    // "ODI improved 50 to 36": the latest score of a change said with words between
    const change = scoreChangesIn(text).findLast((c) => c.scale === 'odi');
    if (change) out.oswestryPercent = change.to;
  }
  return withPain(text, out);
}

const EGFR_ALL = new RegExp(EGFR.source, 'g');
/** A bare year right after a value: "eGFR 60 (2019)", "eGFR 60, 2019" (dated, so past). */
const YEAR_AFTER = /^[\s(,]{0,3}(?:19|20)\d\d\b/;
const CRCL_ALL = new RegExp(CRCL.source, 'g');
/** A bare value right after a comma or "and"/"but" in a kidney value's phrase ("55 last year, 24 now"). */
const LATER_MARKED_NOW = /(?:,|\band\b|\bbut\b)\s?(\d{1,3}(?:\.\d)?)\b(?!\s?(?:mg|mcg|g|units?|%|\/|kg|ml))/g;

/**
 * The eGFR or CrCl now, of every value the text gives (the creatinine reader's marks: CURRENT_BEFORE/AFTER,
 * PAST_BEFORE/AFTER, and a later value in the same phrase, CREATININE_NEXT): "eGFR was 75 in 2022, now 25" is 25,
 * "eGFR 60 last year; eGFR 28 today" 28. The one marked now, current or latest wins, else the last unmarked one; a
 * value marked past (dated) never beats an unmarked or current one. Up to 250 (a kidney function, not a dose).
 */
function latestKidneyValue(text: string, all: RegExp): number | undefined {
  const read: { value: number; when: 'past' | 'current' | 'plain' }[] = [];
  all.lastIndex = 0;
  for (let m = all.exec(text); m; m = all.exec(text)) {
    const value = Number(m[1]);
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    // a relative's figure ("her sister has eGFR 20", "fhx: mum eGFR 25") is not the patient's (as a relative's drugs)
    if (deniedBefore(before, RELATIVE_BEFORE, '.;,\n') && !REPORTS.test(before.slice(afterLast(before, '.;,\n'))))
      continue;
    const clause = before.slice(afterLast(before, '.;,\n'));
    const after = text.slice(end, end + 30);
    // "eGFR last week 24": the time said between the name and the value marks it, as after the value
    const saidNow = /\b(?:now|currently|today|latest|recent(?:ly)?|last week|this (?:week|morning)|yesterday)\b/.test(
      m[0],
    );
    const past =
      /\b(?:last (?:month|year)|in (?:19|20)\d\d)\b/.test(m[0]) ||
      PAST_BEFORE.test(clause) ||
      PAST_AFTER.test(after) ||
      YEAR_AFTER.test(after);
    const current = saidNow || CURRENT_BEFORE.test(clause) || CURRENT_AFTER.test(after);
    const chain: { value: number; when: 'past' | 'current' | 'plain' }[] = [];
    if (value <= 250) chain.push({ value, when: past ? 'past' : current ? 'current' : 'plain' });
    const rest = text.slice(end, end + 80);
    const stop = CREATININE_PHRASE_END.exec(rest);
    const phrase = stop ? rest.slice(0, stop.index) : rest;
    CREATININE_NEXT.lastIndex = 0;
    for (let n = CREATININE_NEXT.exec(phrase); n; n = CREATININE_NEXT.exec(phrase)) {
      const later = Number(n[1]);
      if (n[2] !== undefined || !(later <= 250)) continue;
      const laterPast = PAST_AFTER.test(phrase.slice(CREATININE_NEXT.lastIndex, CREATININE_NEXT.lastIndex + 30));
      if (!laterPast) for (const r of chain) r.when = 'past';
      chain.push({ value: later, when: laterPast ? 'past' : 'current' });
    }
    // "eGFR 55 last year, 24 now", "..., 24 last week": a bare value after a comma, marked current after it
    LATER_MARKED_NOW.lastIndex = 0;
    for (let n = LATER_MARKED_NOW.exec(phrase); n; n = LATER_MARKED_NOW.exec(phrase)) {
      const later = Number(n[1]);
      if (!(later <= 250) || !CURRENT_AFTER.test(phrase.slice(LATER_MARKED_NOW.lastIndex))) continue;
      for (const r of chain) if (r.when !== 'current') r.when = 'past';
      chain.push({ value: later, when: 'current' });
    }
    read.push(...chain);
  }
  const last = (when: 'past' | 'current' | 'plain') => read.findLast((r) => r.when === when)?.value;
  return last('current') ?? last('plain') ?? last('past');
}

/** A creatinine read from the text: in mg/dL, or unsure which value is current (ask; none is used). */
export interface CreatinineRead {
  mgDl?: number;
  /** More than one value and none marked current, or only values marked as past. */
  unsure?: true;
}

interface CreatinineReading {
  mgDl: number;
  when: 'past' | 'current' | 'plain';
}

/** A value and its unit (or none) in mg/dL; undefined out of range. Without a unit, 20 or more is micromol/L. */
function creatinineMgDl(raw: string, unit: string | undefined): number | undefined {
  const value = Number(raw);
  const micromol = unit !== undefined ? !unit.startsWith('mg') : value >= 20;
  const mgDl = micromol ? creatinineMgDlFromMicromol(value) : value;
  return mgDl >= 0.1 && mgDl <= 20 ? mgDl : undefined;
}

/** "Cr"/"SCr" after punctuation, at a line start or after one of CR_LAB_LEAD: a lab; after any other word, not. */
function crInLabPosition(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at).trimEnd();
  if (before === '' || !/[a-z']$/.test(before)) return true;
  const word = before.slice(afterLast(before, ' \t')).replace(/[^a-z]/g, '');
  return CR_LAB_LEAD.has(word);
}

/** The rest of a creatinine's sentence, up to another measure ("..., weight 70 kg"), at most 80 characters. */
const CREATININE_PHRASE_END =
  /[;\n]|\.(?!\d)|\b(?:weight|wt|weighs|e?gfr|crcl|bmi|age|aged|sodium|na|potassium|k|hb|urea|bun|bp)\b/;

/**
 * Every creatinine value in the text, marked past, current or plain: "Creatinine 1.0 last year, now 2.4 mg/dL" (1.0
 * past, 2.4 current), "creatinine up from 1.0 to 2.4", "Cr 1.0 -> 2.4" (the later value current), "baseline creatinine
 * 1.0; repeat creatinine 2.4", "creatinine 2.4 today". The current value wins; one plain value is the creatinine;
 * several plain values, or only past ones, leave it unsure (ask which is current). Not a product's "CR" ("tramadol CR
 * 100 once daily").
 */
export function creatinineIn(text: string): CreatinineRead {
  const readings: CreatinineReading[] = [];
  CREATININE_WORD.lastIndex = 0;
  for (let m = CREATININE_WORD.exec(text); m; m = CREATININE_WORD.exec(text)) {
    if ((m[0] === 'cr' || m[0] === 'scr') && !crInLabPosition(text, m.index)) continue;
    CREATININE_FIRST.lastIndex = m.index + m[0].length;
    const first = CREATININE_FIRST.exec(text);
    if (!first?.[3]) continue;
    const end = CREATININE_FIRST.lastIndex;
    CREATININE_WORD.lastIndex = end;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const clause = before.slice(afterLast(before, '.;,\n'));
    const after = text.slice(end, end + 30);
    const mgDl = creatinineMgDl(first[3], first[4]);
    const past = first[1] !== undefined || PAST_BEFORE.test(clause) || PAST_AFTER.test(after);
    const current = CURRENT_BEFORE.test(clause) || CURRENT_AFTER.test(after);
    const chain: CreatinineReading[] = [];
    if (mgDl !== undefined) chain.push({ mgDl, when: past ? 'past' : current ? 'current' : 'plain' });
    // a later value in the same phrase: "was 1.0, now 2.4", "1.0 -> 2.4", "up from 1.0 to 2.4"
    const rest = text.slice(end, end + 80);
    const stop = CREATININE_PHRASE_END.exec(rest);
    const phrase = stop ? rest.slice(0, stop.index) : rest;
    CREATININE_NEXT.lastIndex = 0;
    for (let n = CREATININE_NEXT.exec(phrase); n; n = CREATININE_NEXT.exec(phrase)) {
      const later = creatinineMgDl(n[1]!, n[2]);
      if (later === undefined) continue;
      const laterPast = PAST_AFTER.test(phrase.slice(CREATININE_NEXT.lastIndex, CREATININE_NEXT.lastIndex + 30));
      // the values before a later current one are the earlier ones
      if (!laterPast) for (const r of chain) r.when = 'past';
      chain.push({ mgDl: later, when: laterPast ? 'past' : 'current' });
    }
    readings.push(...chain);
  }
  if (!readings.length) return {};
  const distinct = (when: CreatinineReading['when']) => [
    ...new Set(readings.filter((r) => r.when === when).map((r) => r.mgDl)),
  ];
  const current = distinct('current');
  if (current.length === 1) return { mgDl: current[0]! };
  if (current.length > 1) return { unsure: true };
  const plain = distinct('plain');
  return plain.length === 1 ? { mgDl: plain[0]! } : { unsure: true };
}

const KG_PER_LB = 0.4536;

/** A body weight read from the text: in kg, or a value said without a unit (asked: kg or lb?). */
export interface WeightRead {
  kg?: number;
  unitless?: number;
}

const toKg = (value: number, unit: string) =>
  unit.startsWith('lb') || unit.startsWith('pound') ? Math.round(value * KG_PER_LB) : value;

/** The end of the sentence or line that holds `at`. */
/** A creatinine with its figure ("Cr 110 umol/L", "creatinine 1.4"): said with a bare weight, the Cockcroft-Gault inputs. */
const CREATININE_FIGURE = /\b(?:serum creatinine|creatinine|creat|s?cr)\b\s?(?:of|is|was|=|:)?\s?\d/;

/** The sentence around `at` gives a creatinine figure: a bare weight there is the patient's ("Cr 110 umol/L, 52 kg"). */
function withCreatinine(text: string, at: number): boolean {
  let start = at;
  // back to the sentence's start: a full stop (not a decimal point), a line break, "!" or "?"
  while (start > 0 && !/[\n!?]/.test(text[start - 1]!) && !(text[start - 1] === '.' && !/\d/.test(text[start] ?? '')))
    start--;
  return CREATININE_FIGURE.test(text.slice(start, sentenceEnd(text, at)));
}

function sentenceEnd(text: string, at: number): number {
  const m = /[\n!?]|\.(?!\d)/.exec(text.slice(at));
  return m ? at + m.index : text.length;
}

/**
 * The patient's body weight in kg: named ("weight 62 kg", "Wt 176 lb"), or a bare "55 kg" in the patient's header
 * (the opening sentence or the one giving the age). Not a weight lost or gained ("lost 6 kg"), a load ("lifting 50 kg
 * sacks") or a BMI ("BMI 32 kg/m2"). A named weight without a unit ("Wt 150") is not assumed to be kg: it is returned
 * as `unitless`, to ask.
 */
export function weightIn(text: string, ageAt?: number): WeightRead {
  WEIGHT_NAMED.lastIndex = 0;
  let unitless: number | undefined;
  for (let m = WEIGHT_NAMED.exec(text); m; m = WEIGHT_NAMED.exec(text)) {
    const value = Number(m[1]);
    if (m[2] === undefined) {
      if (value >= 30 && value <= 660) unitless ??= value;
      continue;
    }
    const kg = toKg(value, m[2]);
    if (kg >= 30 && kg <= 300) return { kg };
  }
  const headerEnd = sentenceEnd(text, 0);
  const ageSentence = ageAt === undefined ? undefined : [text.lastIndexOf('.', ageAt) + 1, sentenceEnd(text, ageAt)];
  WEIGHT_BARE.lastIndex = 0;
  for (let m = WEIGHT_BARE.exec(text); m; m = WEIGHT_BARE.exec(text)) {
    const inHeader = m.index < headerEnd || (ageSentence && m.index >= ageSentence[0]! && m.index < ageSentence[1]!);
    if (!inHeader && !withCreatinine(text, m.index)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const clause = before.slice(afterLast(before, '.;,\n('));
    if (WEIGHT_CHANGE_BEFORE.test(before.slice(-20)) || LOAD_BEFORE.test(clause)) continue;
    if (LOAD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 15))) continue;
    const kg = toKg(Number(m[1]), m[2]!);
    if (kg >= 30 && kg <= 300) return { kg };
  }
  return unitless === undefined ? {} : { unitless };
}

/**
 * A score said of a flare or the worst moments, not the pain now: "flares to 9/10", "spikes up to 8/10", "at worst
 * 9/10", "peaks at 8/10". Read in the score's clause right before it.
 */
const FLARE_BEFORE =
  /\b(?:flares?|flaring|flare-?ups?|spikes?|spiking|peaks?|peaking|worst|at worst|exacerbations?|breakthrough)\b[^.;,\n\d]{0,15}$/;
const BARE_PAIN_ALL = new RegExp(BARE_PAIN.source, 'g');

/** The first bare "n/10" in `text` not said of a flare (FLARE_BEFORE); its index is in `text`. */
function bareScoreNow(text: string): RegExpExecArray | null {
  BARE_PAIN_ALL.lastIndex = 0;
  for (let m = BARE_PAIN_ALL.exec(text); m; m = BARE_PAIN_ALL.exec(text))
    if (!FLARE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return m;
  return null;
}

function withPain(text: string, out: Partial<CaseFacts>): Partial<CaseFacts> {
  const pain = PAIN_CHANGE.exec(text) ?? PAIN.exec(text);
  // "naproxen x 3 mo (7->5)": the bracketed pair's latest score, before a bare "7/10" that may be the earlier one
  BRACKETED_PAIN_CHANGE.lastIndex = 0;
  const bracketed = pain ? undefined : BRACKETED_PAIN_CHANGE.exec(text)?.[2];
  // "flares to 9/10, usually 5/10": a flare's score is not the pain now
  const bare = pain || bracketed ? undefined : (bareScoreNow(text) ?? BARE_PAIN.exec(text));
  const score = pain?.[1] ?? bracketed ?? bare?.[1];
  // "pain was 8/10 at the start, not 7": the baseline, never the latest (a change's pair is read as before)
  const first = pain ?? bare;
  const baseline = !PAIN_CHANGE.test(text) && baselineSaid(text, first);
  if (score && Number(score) <= 10) out[baseline ? 'painBaselineScore' : 'painScore'] = Number(score);
  if (baseline && first) {
    // "pain 8/10 initially, now 5/10": the later score is the latest
    // "baseline pain 6/10, flares to 9/10": a flare's score is not the pain now
    const now = bareScoreNow(text.slice(first.index + first[0].length));
    if (now?.[1] && Number(now[1]) <= 10) out.painScore = Number(now[1]);
  }
  return out;
}

/**
 * A score said as the baseline, before treatment: "ODI was 24/50 at baseline", "baseline ODI 48%", "pain 8/10 at the
 * start", "initially 8/10", "before duloxetine ODI was 50%". Read in the score's clause, a little before and after it;
 * "ODI 40% -> 42%" (a pair) and "ODI 42% now" are not.
 */
const BASELINE_BEFORE =
  /\b(?:baseline|pre-?treatment|at (?:the )?(?:start|outset|first visit)|before (?:treatment|starting (?:it|duloxetine|the \w+)))\b[^.;\n\d]{0,20}$/;
const BASELINE_AFTER =
  /^[^.;,\n]{0,12}?\b(?:at baseline|baseline|at (?:the )?(?:start|outset|first visit)|initially|originally|pre-?treatment|before (?:treatment|starting|(?:she|he) started)|to begin with|at intake)\b/;

/** After a baseline ODI, the current one said in the same text: "now 42%", "currently 42", "42% today". */
const LATER_PERCENT =
  /^[^.;\n]{0,30}?(?:\b(?:now|currently|today|latest|this visit)\b[^\d.;\n]{0,12}(\d{1,3}(?:\.\d)?)\s?(?:%|percent\b)|(?:->|→)\s?(\d{1,3}(?:\.\d)?))/;
/^[^.;\n]{0,30}?\b(?:now|currently|today|latest|this visit)\b[^\d.;\n]{0,12}(\d{1,3}(?:\.\d)?)\s?%?/;

function baselineSaid(text: string, m: RegExpExecArray | null | undefined): boolean {
  if (!m) return false;
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
  return BASELINE_BEFORE.test(before) || BASELINE_AFTER.test(after);
}

/**
 * The number of Oswestry sections said to be unanswered, in words: "the ODI form had 4 of 10 sections blank", "ODI:
 * three sections left unanswered". More than the reference's maximum: no score (clinical-reference.md section 5).
 */
const ODI_BLANK_COUNT =
  /\b(?:odi|oswestry)\b[^.;\n\d]{0,30}?\b(10|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten) (?:of (?:the |its )?(?:10|ten) )?sections? (?:(?:were|was|are|is|left|had been) )?(?:blank|missing|unanswered|not answered|not completed|empty|skipped)\b/;

function blankSectionsSaid(text: string): { kind: 'incomplete'; answered: number; missing: number } | undefined {
  const m = ODI_BLANK_COUNT.exec(text);
  if (!m?.[1]) return undefined;
  const missing = UNITS[m[1]] ?? Number(m[1]);
  return missing > OSWESTRY_MAX_UNANSWERED ? { kind: 'incomplete', answered: 10 - missing, missing } : undefined;
}

/**
 * Oswestry given section by section, in order, after its name and an optional label ("ODI by section: 3, 4, 2, 3, 4,
 * 3, (blank), 3, 4, 2", "Oswestry sections 3 4 2 3 4 3 - 3 4 2", "ODI: 3,4,2,3,4,3,not answered,3,4,2"): each section
 * 0-5, a blank word or "-"/"x" for one not answered. Read only as a run of 8 to 10 sections with nothing numeric after
 * it, so "ODI 40" or "ODI 3/10 sections" stay what they are; scored by the calculator (sum / (5 x answered) x 100,
 * clinical-reference section 5).
 */
const ODI_SECTIONS_START =
  /\b(?:odi|oswestry)(?: disability index)?(?: (?:by section|section scores?|sections?|scores?|items?))?(?: ?[:=-] ?| )/g;
const ODI_SECTION =
  /\(?(?:([0-5])|blank|missing|skipped|unanswered|not answered|n\/a|na|nil|none|-|x|\?)\)?(?![a-z]|\.\d|[\d%/])[\s,;|]{0,4}/y;

/** The sections read after `start`: each a score, or null for one not answered. */
export function oswestrySectionList(text: string, start = 0): (number | null)[] | undefined {
  const sections: (number | null)[] = [];
  ODI_SECTION.lastIndex = start;
  for (let m = ODI_SECTION.exec(text); m && sections.length <= 10; m = ODI_SECTION.exec(text)) {
    if (m[0] === '') break;
    sections.push(m[1] !== undefined ? Number(m[1]) : null);
  }
  // a list with too many blanks is still the list (scored "incomplete": no score, ask for the rest)
  const answered = sections.filter((v) => v !== null).length;
  return sections.length >= 8 && sections.length <= 10 && answered >= 1 ? sections : undefined;
}

/**
 * The Oswestry section list in the text: its score, or how many sections are missing when more than the reference's
 * maximum are unanswered ("ODI: 5 5 5 5 5 - - - 5 5": no score, ask for the rest, clinical-reference section 5).
 */
export function oswestrySectionsIn(
  text: string,
): { kind: 'ok'; percent: number } | { kind: 'incomplete'; answered: number; missing: number } | undefined {
  ODI_SECTIONS_START.lastIndex = 0;
  let incomplete: { kind: 'incomplete'; answered: number; missing: number } | undefined = blankSectionsSaid(text);
  for (let m = ODI_SECTIONS_START.exec(text); m; m = ODI_SECTIONS_START.exec(text)) {
    const sections = oswestrySectionList(text, m.index + m[0].length);
    if (!sections) continue;
    const scored = scoreOswestry({ sections }, OSWESTRY_BANDS, OSWESTRY_MAX_UNANSWERED);
    if (scored.kind === 'ok') return { kind: 'ok', percent: scored.percent };
    if (scored.kind === 'incomplete')
      incomplete ??= { kind: 'incomplete', answered: scored.sectionsAnswered, missing: scored.missing };
  }
  return incomplete;
}

/**
 * Dialysis said of the patient and current: "on HD three times a week", "ESRD on haemodialysis", "dialysis-dependent",
 * "HD pt", "dialyses Tu/Th/Sat", "ESRD on RRT", "peritoneal dialysis", "CAPD"; "on PD" / "PD pt" / "RRT" only where the
 * note speaks of the kidneys and not of Parkinson's ("PD" is also Parkinson's disease, "RRT" a rapid response team).
 * Not when it is denied, to come, past, someone else's or someone's work ("not on dialysis", "pre-dialysis", "dialysis
 * planned", "previously on dialysis", "had dialysis for AKI", "dialysis: no", "dialysis stopped", "mother on
 * dialysis", "HD x3 weekly for his brother", "works as a dialysis nurse"). Each cue is a row with an example
 * (DIALYSIS_CUES, test/walkthrough/dialysis-and-review.test.ts). Dialysis puts CKD stage 5, so NSAIDs and duloxetine
 * leave the plan: when unsure it is current and the patient's, a stated eGFR/CrCl decides the stage instead.
 */
const HAEMODIALYSIS =
  /\bha?emo-?dialy[sz]i?s\b|\bhd\b(?= ?(?:pts?|patients?|dependent|sessions?|days?|x ?[2-4]|[2-4] ?x|three|thrice|tiw|mwf|tts|via|through|access|line|fistula|catheter|since|for \d)\b)|\bon hd\b/g;
const PERITONEAL = /\bperitoneal dialysis\b|\b(?:capd|ccpd)\b/g;
const PD = /\bon pd\b|\bpd (?:pts?|patients?|catheter|exchanges?|dependent)\b/g;
/** The noun and the verb: "dialysis", "dialyses Tu/Th/Sat", "dialysed", "dialysing". */
const ANY_DIALYSIS = /\bdialy[sz](?:i?s|es|ed|ing|e)\b/g;
/** Renal replacement therapy is dialysis here ("ESRD on RRT"); the bare letters only in a note about the kidneys. */
const RRT_SPELLED = /\b(?:renal|kidney) replacement therapy\b/g;
const RRT = /\brrt\b/g;
const RENAL_WORDS = /\b(?:esrd|eskd|esrf|ckd|renal|kidney|nephrolog\w*|dialy[sz]i?s|tenckhoff|egfr|crcl)\b/;
/** Parkinson's named: "PD" is then the disease ("Parkinson's - on PD meds; CKD 3"). */
const PARKINSON = /\bparkinson\w*|\b(?:levodopa|co-?careldopa|sinemet|madopar|ropinirole|pramipexole|rasagiline)\b/;
/** "PD meds", "PD nurse": Parkinson's words after "PD". */
const PD_NOT_DIALYSIS = /^ (?:meds?|medications?|medicines?|tablets?|drugs?|nurse|tremor|symptoms?)\b/;
/** Words before the mention (same clause) that deny it, put it in the future, or give it to a relative. */
const NOT_THE_PATIENTS =
  /\b(?:not|no|never|nor|without|pre|predialysis|declin\w*|refus\w*|avoid\w*|delay\w*|before|approaching|nearing|need|needs|may|might|will|planned|planning|considering|discussed|awaiting|off|stopped|mother|mum|mom|father|dad|brother|sister|wife|husband|partner|son|daughter|family|fhx|fh)\b/g;
/** A relative named before a kidney figure in its clause ("her sister has eGFR 20"): the figure is the relative's. */
const RELATIVE_BEFORE =
  /\b(?:mother|mum|mom|father|dad|brother|sister|wife|husband|partner|son|daughter|family|fhx|fh|grand\w+|aunt|uncle|cousin|niece|nephew|sibling)\b/g;
/** A relative who reports the patient's figure ("husband says her eGFR is 20"): still the patient's. */
const REPORTS = /\b(?:says|said|reports?|reported|tells?|told|mentions?|mentioned|thinks?)\b/;
/** One of NOT_THE_PATIENTS ends at most 25 characters before the mention, in its clause (a scan, not a `...$` pattern: linear). */
function deniedBefore(before: string, words = NOT_THE_PATIENTS, clauseEnds = '.;\n'): boolean {
  const clause = before.slice(afterLast(before, clauseEnds));
  words.lastIndex = 0;
  for (let m = words.exec(clause); m; m = words.exec(clause))
    if (clause.length - (m.index + m[0].length) <= 25) return true;
  return false;
}
/** Words after the mention that put it in the future ("dialysis planned", "HD being considered"). */
const NOT_YET =
  /^[^.;\n]{0,12}\b(?:planned|soon|in future|being considered|considered|discussed|work-?up|not started)\b/;

/** A cue that a dialysis mention is not the patient's current dialysis, with an example it reads. */
interface DialysisCue {
  id: string;
  re: RegExp;
  example: string;
}
/**
 * Before the mention, in its comma clause (so "was on PD, now HD" is still HD): past, or work ("works as a dialysis
 * nurse"). "has had HD since 2019" and "was started on HD" are current.
 */
export const DIALYSIS_BEFORE_CUES: readonly DialysisCue[] = [
  {
    id: 'past',
    re: /\b(?:previously|formerly|prior|previous|past|history of|hx of|h\/o|used to|until|were)\b|(?<!\bha(?:s|ve) )\bhad\b(?! (?:his|her|their) )|\bwas\b(?! (?:started|commenced|initiated|begun|restarted|put|established|switched|changed|moved|stable))/g,
    example: 'renal transplant 2015, previously on dialysis, eGFR 55',
  },
  { id: 'work', re: /\b(?:works?|worked|working|employed|job)\b/g, example: 'works as a dialysis nurse' },
];
/** After the mention: past, denied, someone's work, or a relative's. */
export const DIALYSIS_AFTER_CUES: readonly DialysisCue[] = [
  {
    id: 'stopped',
    re: /^[^.;\n]{0,12}\b(?:stopped|ceased|discontinued|withdrawn|weaned|ended|until|no longer|in the past|previously|before (?:that|then|(?:her |his |the |a |renal |kidney )?(?:transplant|tx|recovery)))\b/,
    example: 'dialysis stopped after kidney recovered',
  },
  {
    id: 'not-required',
    re: /^\s?[:=-]?\s?(?:not|never) (?:required|needed|indicated|currently|now|yet|started|done|planned)\b/,
    example: 'dialysis not required',
  },
  // a lone answer: "dialysis: no", "HD - nil." ("on HD, no NSAIDs" is not one)
  { id: 'answered-no', re: /^\s?[:=-]?\s?(?:no|nil|none|n|neg|never)(?=\s?(?:[.,;)\n]|$))/, example: 'dialysis: no' },
  { id: 'work', re: /^ (?:nurse|technician|tech|staff|worker|engineer)\b/, example: 'works as a dialysis nurse' },
  {
    id: 'relative',
    re: /^[^.;\n]{0,25}?\b(?:for|with|of) (?:his |her |their |my |a |the )?(?:wife|husband|partner|spouse|mother|mum|mom|father|dad|brother|sister|son|daughter|parents?|friend|neighbou?r|relative|family member|grand\w+|uncle|aunt|nephew|niece|cousin)\b/,
    example: 'HD x3 weekly for his brother',
  },
];

/**
 * A mention not denied before, not put in the future after (`future`) and, for dialysis, with none of its cues: the
 * patient's (ESRD has only the denial and future checks).
 */
function saidOfPatient(text: string, re: RegExp, future = NOT_YET, dialysisCues = false, clauseEnds = '.;\n'): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (deniedBefore(before, NOT_THE_PATIENTS, clauseEnds) || future.test(after)) continue;
    if (dialysisCues && dialysisNotCurrent(before, after)) continue;
    return true;
  }
  return false;
}

/** Recent sessions after the mention make "had" and "was" current ("had HD yesterday", "had dialysis this morning"). */
const RECENT =
  /^[^.;\n]{0,20}\b(?:today|yesterday|this morning|this week|last night|tonight|tomorrow|as usual|as normal)\b/;

function dialysisNotCurrent(before: string, after: string): boolean {
  const recent = RECENT.test(after);
  const cueBefore = DIALYSIS_BEFORE_CUES.some(
    (cue) => !(cue.id === 'past' && recent) && deniedBefore(before, cue.re, '.;,\n'),
  );
  return cueBefore || DIALYSIS_AFTER_CUES.some((cue) => cue.re.test(after));
}

/** "CKD 5D": stage 5 on dialysis. */
const CKD_5D = /\bckd\s?(?:stage\s?)?5d\b/;

/**
 * A kidney transplant or recovery that happened ("renal transplant 2015", "kidney recovered"), not one to come ("awaiting
 * transplant", "transplant list") or failed; with a stated eGFR/CrCl of 15 or more, that renal function is the stage
 * now and a dialysis or ESRD mention is the history before it.
 */
const RECOVERED = /\b(?:transplant(?:ed)?|rtx|ktx|recovered|recovery)\b/g;
const RECOVERY_NOT_DONE =
  /^[^.;\n]{0,15}\b(?:planned|list|listing|listed|work-?up|assessment|referral|soon|considered|discussed|failed|failure|rejected|rejection)\b/;
/** Words that put dialysis back whatever the transplant ("failed graft, back on HD"). */
const DIALYSIS_AGAIN =
  /\b(?:failed|failing|rejected) (?:renal |kidney )?(?:graft|transplant)\b|\b(?:graft|transplant)(?: \d{4})? (?:failed|failure|rejected|rejection)\b|\b(?:back on|restarted|still on|remains on|currently on|now on)\b/;

function functionAfterRecovery(text: string, stated: number | undefined): boolean {
  return (
    stated !== undefined &&
    stated >= 15 &&
    !DIALYSIS_AGAIN.test(text) &&
    saidOfPatient(text, RECOVERED, RECOVERY_NOT_DONE)
  );
}

export function dialysisIn(text: string, stated?: number): 'haemodialysis' | 'peritoneal' | 'unspecified' | undefined {
  if (functionAfterRecovery(text, stated)) return undefined;
  const said = (re: RegExp) => saidOfPatient(text, re, NOT_YET, true);
  if (said(HAEMODIALYSIS)) return 'haemodialysis';
  if (said(PERITONEAL) || (RENAL_WORDS.test(text) && !PARKINSON.test(text) && peritonealPd(text))) return 'peritoneal';
  const rrt = said(RRT_SPELLED) || (RENAL_WORDS.test(text) && said(RRT));
  return said(ANY_DIALYSIS) || rrt || CKD_5D.test(text) ? 'unspecified' : undefined;
}

/** "on PD" said of the patient's current dialysis, not "on PD meds". */
function peritonealPd(text: string): boolean {
  PD.lastIndex = 0;
  for (let m = PD.exec(text); m; m = PD.exec(text)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(end, end + 40);
    if (PD_NOT_DIALYSIS.test(after) || deniedBefore(before) || NOT_YET.test(after)) continue;
    if (!dialysisNotCurrent(before, after)) return true;
  }
  return false;
}

/**
 * End-stage kidney disease named of the patient: kidney failure (CKD stage 5, KDIGO's G5, as CKD_STAGE_BANDS reads a
 * stage). Plain "(chronic) renal failure" is not read as stage 5: clinicians use it for CKD of any stage, so it is CKD
 * with no stage (concepts.ts 'ckd') and the kidney function is asked, never assumed.
 */
export const KIDNEY_FAILURE = /\b(?:esrd|eskd|esrf|end[- ]stage (?:renal|kidney) (?:disease|failure))\b/g;
/** Nothing after "ESRD" puts it in the future ("ESRD, dialysis planned" is still kidney failure). */
const NEVER = /(?!)/;
/** A comma ends a denial's reach: "avoid naproxen, renal failure" names the kidney failure. */
const kidneyFailureIn = (text: string, stated?: number) =>
  !functionAfterRecovery(text, stated) && saidOfPatient(text, KIDNEY_FAILURE, NEVER, false, '.;,\n');

/**
 * STarT Back given item by item: numbered ("Q1 agree, Q2 disagree, ... Q9 very much", "SBT 1 y, 2 n, ...") or as a
 * run of nine answers in order ("yes yes no yes no no yes no very much", "agree, disagree, ..."). Items 1-8
 * agree/disagree (yes/no); item 9 one of the five bothersomeness answers, or yes/no read as the instrument's two
 * scoring answers ("very much" or "extremely") or not (clinical-reference.md section 5). All nine are needed (a
 * missing item is never guessed); the Keele calculator scores them (src/clinical/calculators/start-back.ts).
 */
const SBT_NAME = /\b(?:start ?back|sbt|sbst)\b/;
const SBT_ITEM =
  /\b(?:q|item\s?|#)?([1-9])\s?[:=).-]?\s?['"‘’“”]?(agree|disagree|yes|no|y|n|not at all|slightly|moderately|very much|extremely|not bothersome|not bothered|bothersome|bothered)\b/g;
/** One answer of an unnumbered run and what follows it up to the next (separators only). */
const SBT_RUN_ANSWER =
  /['"‘’“”]?(not at all|slightly|moderately|very much|extremely|disagree|agree|yes|no|y|n)\b['"‘’“”]?[\s,;/|]{0,8}/y;
/**
 * Item labels around an unnumbered run: "items 1-8: agree, agree, ...; item 9 very much", "Q1-8 yes ... Q9 extremely".
 * Taken out so the nine answers read as one run.
 */
const SBT_ITEM_LABEL = /\b(?:items?|q) ?[1-9](?: ?(?:-|–|to) ?[1-9])? ?[:=.)-]? ?/g;
const AGREE = new Set(['agree', 'yes', 'y']);
const DISAGREE = new Set(['disagree', 'no', 'n']);
/** Item 9 said as bothersome or not ("Q9 bothersome"): read as its yes/no, like a yes/no item 9. */
const BOTHERED = new Set(['bothersome', 'bothered']);
const NOT_BOTHERED = new Set(['not bothersome', 'not bothered']);

export interface StartBackItemAnswers {
  items: (0 | 1)[];
  item9: 0 | 1 | (typeof ITEM9_ANSWERS)[number];
  /** Item 9 was answered yes/no rather than with one of its five words. */
  item9YesNo: boolean;
}

function itemAnswers(answers: readonly string[]): StartBackItemAnswers | undefined {
  if (answers.length !== 9) return undefined;
  const items: (0 | 1)[] = [];
  for (const a of answers.slice(0, 8)) {
    if (!AGREE.has(a) && !DISAGREE.has(a)) return undefined;
    items.push(AGREE.has(a) ? 1 : 0);
  }
  const last = answers[8]!;
  if ((ITEM9_ANSWERS as readonly string[]).includes(last))
    return { items, item9: last as (typeof ITEM9_ANSWERS)[number], item9YesNo: false };
  const yes = AGREE.has(last) || BOTHERED.has(last);
  if (yes || DISAGREE.has(last) || NOT_BOTHERED.has(last)) return { items, item9: yes ? 1 : 0, item9YesNo: true };
  return undefined;
}

/** A run of exactly nine answers starting at the first answer word of `text` (lower case). */
function answerRun(text: string): string[] | undefined {
  const first = /\b(?:not at all|slightly|moderately|very much|extremely|disagree|agree|yes|no|y|n)\b/.exec(text);
  if (!first) return undefined;
  const answers: string[] = [];
  let end = first.index;
  SBT_RUN_ANSWER.lastIndex = end;
  for (let m = SBT_RUN_ANSWER.exec(text); m && answers.length <= 9; m = SBT_RUN_ANSWER.exec(text)) {
    answers.push(m[1]!);
    end = SBT_RUN_ANSWER.lastIndex;
  }
  const rest = text.slice(end);
  // the run is the whole answer: nothing but punctuation after it (a tenth answer or more words: not this form)
  return answers.length === 9 && /^[\s.!]*$/.test(rest) ? answers : undefined;
}

/**
 * The nine STarT Back item answers in `text` (lower case): numbered, or a run of nine in order that the text
 * (after an optional "STarT Back" name and separators) consists of. Undefined unless all nine are read.
 */
/**
 * STarT Back said as the items agreed with and item 9's answer ("agreed with items 1, 3, 5 and 7, and item 9 was
 * very much"): the items listed score 1, the other items 1-8 score 0 (Keele: agree = 1), item 9 by its word. Undefined
 * unless both the agreed list and item 9's answer are said.
 */
const AGREED_LIST =
  /\b(?:agreed?|agrees|agreeing|said yes|yes|ticked|endorsed|positive)(?: (?:with|to|on|for))? (?:items?|questions?|qs?|q)[ #.]?((?:(?:q|item|question)? ?[1-8]\b[ ,&+and]*)+)/;
/\b(?:agreed?|agrees|agreeing|said yes|yes|ticked|endorsed|positive)(?: (?:with|to|on|for))? (?:items?|questions?|qs?|q)[ #.]?((?:[1-8](?:,? ?(?:and|&|\+)? ?(?=\d)|,? ?))+)/;
const ITEM9_SAID = new RegExp(
  String.raw`\b(?:item|question|q) ?(?:9|nine)\b(?: (?:was|is|answered|as|=|:|said|scored)){0,2}[ :="']{0,3}(${ITEM9_ANSWERS.join('|')})\b`,
);
export function startBackAgreedItems(text: string): StartBackItemAnswers | undefined {
  const list = AGREED_LIST.exec(text);
  const nine = ITEM9_SAID.exec(text);
  if (!list || !nine) return undefined;
  const agreed = new Set((list[1]!.match(/[1-8]/g) ?? []).map(Number));
  const items = [1, 2, 3, 4, 5, 6, 7, 8].map((i): 0 | 1 => (agreed.has(i) ? 1 : 0));
  return { items, item9: nine[1] as (typeof ITEM9_ANSWERS)[number], item9YesNo: false };
}

export function startBackItemAnswers(text: string): StartBackItemAnswers | undefined {
  const numbered = new Map<number, string>();
  SBT_ITEM.lastIndex = 0;
  for (let m = SBT_ITEM.exec(text); m; m = SBT_ITEM.exec(text)) {
    if (!numbered.has(Number(m[1]))) numbered.set(Number(m[1]), m[2]!);
  }
  if (numbered.size === 9) return itemAnswers([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => numbered.get(i)!));
  const run = answerRun(text) ?? answerRun(text.replace(SBT_ITEM_LABEL, ' '));
  return run ? itemAnswers(run) : undefined;
}

function startBackItems(text: string): Partial<CaseFacts> {
  const at = SBT_NAME.exec(text);
  if (!at) return {};
  const window = text.slice(at.index + at[0].length, at.index + 400);
  // an unnumbered run is read up to the end of its sentence ("STarT Back: yes no ... very much. Plan?")
  const sentence = window.split(/[.\n;](?!\d)/)[0] ?? '';
  // "items 1-8: agree, ...; item 9 very much": a sentence may hold the labelled run across a semicolon
  const answers =
    startBackAgreedItems(window) ??
    startBackItemAnswers(window) ??
    startBackItemAnswers(sentence) ??
    startBackItemAnswers(window.split(/[.\n](?!\d)/)[0] ?? '');
  if (!answers) return {};
  const scored = scoreStartBack({ items: answers.items, item9: answers.item9 }, START_BACK_PARAMS);
  if (scored.kind !== 'ok') return {};
  return { startBack: { total: scored.total, psychosocial: scored.psychosocial }, startBackRisk: scored.risk };
}

function startBackIn(text: string): Partial<CaseFacts> {
  const byItem = startBackItems(text);
  if (byItem.startBack) return byItem;
  const counts = SBT_COUNTS.exec(text);
  const subFirst = counts ? null : SBT_SUB_FIRST.exec(text);
  const m = counts || subFirst ? null : SBT.exec(text);
  const said = (x: string | undefined) => (x === undefined ? undefined : Number(x));
  const total = counts ? said(counts[1] ?? counts[2]) : subFirst ? Number(subFirst[2]) : said(m?.[1]);
  const psych = counts ? said(counts[3] ?? counts[4]) : subFirst ? Number(subFirst[1]) : said(m?.[2]);
  const out: Partial<CaseFacts> = {};
  // items 1-4 add at most 4 to the subscale's items 5-9 (Keele)
  if (total !== undefined && psych !== undefined && total <= 9 && psych <= 5 && psych <= total && total - psych <= 4)
    out.startBack = { total, psychosocial: psych };
  const risk = SBT_RISK.exec(text);
  const level = risk?.[1] ?? risk?.[2];
  if (level) out.startBackRisk = level === 'moderate' ? 'medium' : (level as 'high' | 'medium' | 'low');
  else if (total !== undefined && total <= 9 && (psych === undefined || out.startBack !== undefined)) {
    // Keele scoring (clinical-reference section 5): total 0-3 low; subscale 4-5 high; otherwise medium.
    if (total <= 3) out.startBackRisk = 'low';
    else if (psych !== undefined) out.startBackRisk = psych >= 4 ? 'high' : 'medium';
  }
  return out;
}
