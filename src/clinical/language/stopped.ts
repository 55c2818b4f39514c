import { HEAVY_ALCOHOL } from './alcohol.js';
import { UNITS } from './spoken-numbers.js';

/**
 * A drug said to be stopped, before or now ("sertraline was stopped 6 months ago", "came off the tramadol", "no longer
 * on warfarin", "citalopram ceased in May"): it is no longer taken, so it counts as held for no rule (interactions,
 * rule-outs, MME), while a trial outcome said with it keeps its history ("naproxen stopped after 6 weeks, no help" is
 * still a failed trial). Each row is data with an example it must read (test/language/stopped.test.ts), which also
 * holds the counter-examples: "stopped working" is no help, not stopping; "not taking it regularly" is still taken;
 * "stopped for dyspepsia" is intolerance. When unclear the drug stays held: only these words stop it.
 */
export interface StopRow {
  /** A literal phrase of the normalized (lower-case) text. */
  phrase: string;
  /** Said in the drug's comma item before its name, or in its clause after the name. */
  side: 'before' | 'after';
  example: string;
  /**
   * "until March", "till last month": a stop only with a past time right after it ("oxycodone until review" is a
   * plan, the drug still taken).
   */
  needsPastTime?: true;
  /**
   * A bare word that says a stop only with a "now" or a count before it ("now off", "day 16 off", "2 weeks off") or
   * a time after the drug ("off sertraline since March"): "on and off oxycodone for years" is still taken.
   */
  needsNowOrTime?: true;
  /**
   * A switch word before the drug ("switched her citalopram", "swapped amitriptyline"): a stop only with the drug it
   * went to after the name ("... to duloxetine", "... for duloxetine"); "switched her tramadol to 100 mg bd" is a dose
   * change (SWITCH_TO_DOSE), and "switched her tramadol" alone says nothing.
   */
  needsNextDrug?: true;
  /** The patient may stand right after the verb's first word: "moved him from", "switched her over from". */
  object?: true;
}

export const STOP_ROWS: readonly StopRow[] = [
  { phrase: 'stopped', side: 'before', example: 'her psychiatrist stopped sertraline in May' },
  { phrase: 'stopped taking', side: 'before', example: 'she stopped taking the tramadol last month' },
  { phrase: 'stopped', side: 'after', example: 'sertraline was stopped 6 months ago' },
  { phrase: 'discontinued', side: 'before', example: 'discontinued citalopram 2024' },
  { phrase: 'discontinued', side: 'after', example: 'warfarin discontinued after the ablation' },
  { phrase: 'ceased', side: 'before', example: 'GP ceased the sertraline in March' },
  { phrase: 'ceased', side: 'after', example: 'oxycodone ceased on discharge' },
  { phrase: "d/c'd", side: 'after', example: "tramadol d/c'd last visit" },
  { phrase: 'came off', side: 'before', example: 'came off sertraline last year' },
  { phrase: 'come off', side: 'before', example: 'has come off the fluoxetine' },
  { phrase: 'weaned off', side: 'before', example: 'weaned off oxycodone in 2023' },
  { phrase: 'off', side: 'before', example: 'now day 16 off phenelzine', needsNowOrTime: true },
  { phrase: 'weaned off', side: 'after', example: 'oxycodone weaned off in 2023' },
  { phrase: 'tapered off', side: 'before', example: 'tapered off tramadol over 4 weeks' },
  { phrase: 'off', side: 'before', example: 'off sertraline since March', needsNowOrTime: true },
  { phrase: 'off', side: 'before', example: 'pt is now off oxycodone', needsNowOrTime: true },
  { phrase: 'no longer on', side: 'before', example: 'no longer on warfarin' },
  { phrase: 'no longer taking', side: 'before', example: 'no longer taking sertraline' },
  { phrase: 'no longer', side: 'after', example: 'sertraline no longer' },
  { phrase: "isn't on", side: 'before', example: "isn't on sertraline any more" },
  { phrase: 'not on', side: 'before', example: 'she is not on warfarin now' },
  { phrase: "isn't taking", side: 'before', example: "isn't taking the tramadol these days" },
  { phrase: 'not taking', side: 'before', example: 'not taking the sertraline now' },
  // a stop told as the ground of a question ("since stopping phenelzine 3 weeks ago, can we start duloxetine?"): done
  { phrase: 'since stopping', side: 'before', example: 'since stopping phenelzine 3 weeks ago' },
  { phrase: 'after stopping', side: 'before', example: 'after stopping phenelzine 3 weeks ago' },
  { phrase: 'since coming off', side: 'before', example: 'since coming off phenelzine in May' },
  { phrase: 'since finishing', side: 'before', example: 'since finishing linezolid 3 weeks ago' },
  { phrase: 'since discontinuing', side: 'before', example: 'since discontinuing selegiline 3 weeks ago' },
  { phrase: 'since ceasing', side: 'before', example: 'since ceasing phenelzine 3 weeks ago' },
  { phrase: 'since weaning off', side: 'before', example: 'since weaning off oxycodone last year' },
  // past use: taken before, not now ("was on oxycodone until March", "previously on tramadol 50 qid")
  { phrase: 'was on', side: 'before', example: 'was on oxycodone until March' },
  { phrase: 'was taking', side: 'before', example: 'he was taking tramadol last year' },
  { phrase: 'previously on', side: 'before', example: 'previously on tramadol 50 qid' },
  { phrase: 'previously', side: 'before', example: 'previously tramadol 50 qid, now nil' },
  { phrase: 'formerly on', side: 'before', example: 'formerly on codeine' },
  { phrase: 'used to take', side: 'before', example: 'used to take tramadol for it' },
  { phrase: 'used to be on', side: 'before', example: 'she used to be on oxycodone' },
  // a course finished is past use, not taken now (an MAOI's 14 days counted from it, when a time is said)
  { phrase: 'finished', side: 'before', example: 'finished linezolid two months ago' },
  { phrase: 'completed', side: 'before', example: 'completed linezolid in hospital in May' },
  { phrase: 'finished a course of', side: 'before', example: 'finished a course of linezolid in the spring' },
  { phrase: 'completed a course of', side: 'before', example: 'completed a course of linezolid in the spring' },
  { phrase: 'course finished', side: 'after', example: 'linezolid course finished in March' },
  { phrase: 'course completed', side: 'after', example: 'linezolid course completed 2 months ago' },
  { phrase: 'finished', side: 'after', example: 'linezolid finished 2 months ago' },
  // a switch done, the drug its "from": "gabapentin 300 tds switched to pregabalin", "switched from sertraline to ..."
  { phrase: 'switched to', side: 'after', example: 'gabapentin 300 tds switched to mirtazapine last month' },
  { phrase: 'switched over to', side: 'after', example: 'sertraline switched over to mirtazapine in May' },
  { phrase: 'changed to', side: 'after', example: 'citalopram changed to mirtazapine 3 months ago' },
  { phrase: 'changed over to', side: 'after', example: 'tramadol changed over to mirtazapine' },
  { phrase: 'swapped to', side: 'after', example: 'naproxen swapped to mirtazapine in March' },
  { phrase: 'swapped for', side: 'after', example: 'naproxen swapped for a heat pack in March' },
  { phrase: 'replaced by', side: 'after', example: 'gabapentin replaced by mirtazapine' },
  { phrase: 'replaced with', side: 'after', example: 'gabapentin replaced with mirtazapine' },
  {
    phrase: 'switched from',
    side: 'before',
    example: 'switched from gabapentin to mirtazapine last month',
    object: true,
  },
  { phrase: 'changed from', side: 'before', example: 'changed from tramadol to physio-led rehab', object: true },
  {
    phrase: 'changed over from',
    side: 'before',
    example: 'changed her over from sertraline to mirtazapine',
    object: true,
  },
  {
    phrase: 'switched over from',
    side: 'before',
    example: 'switched him over from sertraline to mirtazapine',
    object: true,
  },
  { phrase: 'swapped from', side: 'before', example: 'swapped from naproxen to mirtazapine', object: true },
  { phrase: 'moved from', side: 'before', example: 'moved him from naproxen to mirtazapine 2 weeks ago', object: true },
  { phrase: 'converted from', side: 'before', example: 'converted her from oxycodone to mirtazapine', object: true },
  { phrase: 'rotated from', side: 'before', example: 'rotated from oxycodone to mirtazapine in May', object: true },
  // a switch done, the drug its object and the new drug after it: "switched her citalopram to duloxetine"
  {
    phrase: 'switched',
    side: 'before',
    example: 'switched her citalopram to mirtazapine last month',
    needsNextDrug: true,
  },
  { phrase: 'swapped', side: 'before', example: 'swapped amitriptyline for mirtazapine in May', needsNextDrug: true },
  { phrase: 'changed', side: 'before', example: 'GP changed his sertraline to mirtazapine', needsNextDrug: true },
  { phrase: 'replaced', side: 'before', example: 'replaced the gabapentin with mirtazapine', needsNextDrug: true },
  { phrase: 'until', side: 'after', example: 'oxycodone 10 bd until March', needsPastTime: true },
  { phrase: 'till', side: 'after', example: 'tramadol 50 qid till last month', needsPastTime: true },
  { phrase: 'up until', side: 'after', example: 'morphine up until 2024', needsPastTime: true },
];

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "'?");
/** The patient named after the verb of an `object` row: "moved him from", "switched the patient over from". */
const OBJECT = '(?: (?:her|him|them|pt|the patient|the pt))?';
function rowPattern(r: StopRow): string {
  if (!r.object) return literal(r.phrase);
  const [verb, ...rest] = r.phrase.split(' ');
  return [literal(verb!) + OBJECT, ...rest.map(literal)].join(' ');
}
const phrases = (side: StopRow['side'], filter: (r: StopRow) => boolean = () => true) =>
  STOP_ROWS.filter((r) => r.side === side && filter(r))
    .map(rowPattern)
    .sort((a, b) => b.length - a.length)
    .join('|');

/** "not on" and "not taking" say stopped only with a word that it is no more: otherwise they say never tried. */
const NOT_ON = (r: StopRow) => /^(?:not|isn't) /.test(r.phrase);

/** A stop word at the end of the comma item before the drug, an article or pronoun allowed between. */
export const STOPPED_BEFORE = new RegExp(
  `\\b(?:${phrases('before', (r) => !NOT_ON(r))})(?: (?:the|her|his|their|all|any|regular|an?))?\\s*$`,
);

/** "isn't on sertraline any more", "not taking the sertraline now": no longer taken. */
export const NOT_ON_BEFORE = new RegExp(`\\b(?:${phrases('before', NOT_ON)})(?: (?:the|her|his|their|any|an?))?\\s*$`);
export const NO_MORE_AFTER = /^[^,.;]{0,30}?\b(?:any ?more|any longer|now|currently|these days|at present)\b/;

/**
 * A stop word in the drug's own clause: "sertraline 100 mg was stopped 6 months ago". Not "stopped working" (no
 * help) nor "stopped for dyspepsia" (the outcome rows read intolerance first). The words between the name and the
 * stop word are captured for NOT_AFFIRMED.
 */
export const STOPPED_AFTER = new RegExp(
  `^([^,.;]{0,30}?)\\b(?:${phrases('after')})\\b(?! (?:work|help|effective|having|doing|being)\\w*)`,
);

/**
 * A stop word opening the comma item after the drug's own ("duloxetine 60 mg x 4 wk, stopped by cardiology",
 * "naproxen 8 weeks, discontinued because of cost"), followed by what a stop says of itself (who, why, when), never by
 * another name ("duloxetine 60, stopped the naproxen" stops the naproxen). Group 1: the words before the stop word,
 * for NOT_AFFIRMED.
 */
export const STOPPED_NEXT_ITEM =
  /^[^,.;]{0,40},\s?((?:then |and |but |later |since )?(?:was |were |has been |had been |got )?)(?:stopped|ceased|discontinued|d\/c'?d)(?=\s?(?:$|[,.;:()-]|\d|(?:by|because|due|d\/t|for|after|over|as|in|on|last|this|when|owing|secondary|following|recently|yesterday|today|then|not|\d)\b))/;

/**
 * Words that leave a stop unsaid when they come right before the stop word: negated ("not stopped", "never
 * stopped", "hasn't come off"), modal or planned ("can't be stopped", "should be stopped", "to be stopped", "will
 * come off"), attempted ("tried to come off"). The drug stays held.
 */
export const NOT_AFFIRMED =
  /\b(?:not|never|no|nor|cannot|unable|can|could|would|should|must|will|shall|may|might|to|being|if|whether|going|plan\w*|want\w*|wish\w*|hop(?:e|es|ed|ing)|tr(?:y|ies|ied|ying)|attempt\w*|need\w*|consider\w*|discuss\w*|advis\w*|(?:is|was|has|have|had|did|does|do|are|were|wo)n'?t)\b/;

/** "tried to come off sertraline but couldn't", "stopped warfarin unsuccessfully": an attempt, still taken. */
export const ATTEMPT_AFTER =
  /^[^.;]{0,40}?\b(?:but (?:could ?n'?o?t|can'?t|failed|unable|was unable|did ?n'?o?t)|unsuccessful\w*|without success)\b/;

/**
 * Taken again in the same sentence: "stopped in May then restarted 100 mg daily", "isn't on sertraline now - she's
 * on it twice daily". A restart word followed by another drug's or therapy's name ("stopped tramadol, restarted
 * physio") speaks of that one, so only a dose, a time, "it" or the clause's end may follow it.
 */
export const TAKEN_AGAIN_AFTER =
  /\b(?:(?:re-?start|resum|re-?commenc|re-?introduc|re-?challeng)\w*(?=\s*(?:$|[,.;:()-]|\d|(?:it|again|at|on|in|last|this|same|the same|later|after|since|by|recently|yesterday|today|when|as|but|and|with|because|due|daily|bd|bid|tds|tid|od|qd|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b))|back on (?:it|them)\b|on it again\b|(?:\bstill|\bnow|\bcurrently|\bis|'s|\bare|\bwas) (?:on|taking) (?:it|them)\b)/;

/**
 * "finished" and "completed" say a stop only of a course or the drug itself ("finished a course of linezolid",
 * "completed the linezolid"): a script, prescription, box or titration finished is still taken ("oxycodone 20 tds -
 * finished his script a week early", "completed duloxetine titration to 60 mg"), and so is a supply finished early.
 * Read right after the drug (a stop word before it) or right after the stop word (one after it).
 */
const FINISH_STOPS = new Set(['finished', 'completed']);
export const FINISHED_NOT_COURSE =
  /^[^,.;]{0,24}?\b(?:titrat\w*|up-?titrat\w*|scripts?|prescriptions?|rx|supply|supplies|box(?:es)?|packs?|packets?|bottles?|blister\w*|repeats?|dispens\w*|early|ahead of time|too soon|too early|dose (?:increase|escalation|change)|loading)\b/;
/** The switch words (rows above), each a stop of its drug only when another drug follows. */
const SWITCH_STOPS = new Set([
  'switched to',
  'switched over to',
  'changed to',
  'changed over to',
  'swapped to',
  'swapped for',
  'replaced by',
  'replaced with',
]);
/**
 * What a switch may go to and keep the same drug, taken at its new regimen: a dose, a frequency, a formulation or a
 * brand ("tramadol switched to 100 mg bd", "morphine 20 bd changed to qds", "oxycodone changed to the 12-hourly MR
 * version", "switched to sustained release 100 bd", "gabapentin switched to a new brand"). Each row is data with an
 * example that keeps the drug and a counter-example that stops it (test/language/switch-same-drug.test.ts).
 */
export const SWITCH_SAME_DRUG_ROWS: readonly {
  id: string;
  words: readonly string[];
  example: string;
  counter: string;
}[] = [
  {
    id: 'dose',
    words: ['higher', 'lower', 'smaller', 'larger', 'bigger', 'half', 'double', 'dose', 'doses', 'strength', 'same'],
    example: 'oxycodone 10 bd changed to a higher dose last month',
    counter: 'oxycodone 10 bd changed to tapentadol last month',
  },
  {
    id: 'frequency',
    words: [
      'once',
      'twice',
      'three times',
      'four times',
      'bd',
      'bid',
      'tds',
      'tid',
      'qid',
      'qds',
      'od',
      'qd',
      'daily',
      'nocte',
      'mane',
      'nightly',
      'night',
      'morning',
      'evening',
      'bedtime',
      'be taken',
      'be given',
      'prn',
      'as needed',
      'as required',
      'when required',
      'when needed',
      'every',
      'hourly',
      String.raw`q\.?\s?\d{1,2}(?:\s?-\s?\d{1,2})?\s?h\w*`,
    ],
    example: 'morphine 20mg bd changed to qds last month',
    counter: 'morphine 20mg bd changed to oxycodone last month',
  },
  {
    id: 'formulation',
    words: [
      'mr',
      'sr',
      'er',
      'ir',
      'xl',
      'xr',
      'cr',
      'la',
      'slow',
      'sustained',
      'modified',
      'immediate',
      'extended',
      'controlled',
      'prolonged',
      'long-acting',
      'short-acting',
      'solution',
      'syrup',
      'patch\\w*',
      'tablets?',
      'tabs?',
      'capsules?',
      'caps',
      'dispersible',
      'soluble',
      'melts?',
      'formulation',
      'preparation',
      'version',
      'liquid',
      'oral',
    ],
    example: 'tramadol 50 qid switched to sustained release 100 bd',
    counter: 'tramadol 50 qid switched to tapentadol 50 bd',
  },
  {
    id: 'brand',
    words: ['generic', 'brand\\w*', 'manufacturer', 'supplier', 'make'],
    example: 'gabapentin 300 tds switched to a new brand last month',
    counter: 'gabapentin 300 tds switched to pregabalin last month',
  },
];
/** A switch to a dose, frequency, form or brand (SWITCH_SAME_DRUG_ROWS), an article or "new" allowed before it. */
const SWITCH_TO_DOSE = new RegExp(
  String.raw`^\s*(?:a |an |the |her |his |their |another |same |new |different |other ){0,3}(?:\d|(?:${SWITCH_SAME_DRUG_ROWS.flatMap((r) => r.words).join('|')})\b)`,
);

/** The switch-word rows (needsNextDrug) right before the name: "switched her", "swapped the". */
const NEXT_DRUG_BEFORE = new RegExp(
  `\\b(?:${phrases('before', (r) => !!r.needsNextDrug)})(?: (?:the|her|his|their|an?))?\\s*$`,
);
/** What the drug went to, after its name and dose: "to duloxetine", "for duloxetine", "with duloxetine", "-> duloxetine". */
const NEXT_DRUG_AFTER = /^[^,.;]{0,30}?(?:\b(?:to|for|with|onto)\s|\s?(?:->|=>|→)\s?)/;

/** After the name, a switch to another drug: "to duloxetine", "for duloxetine"; not "to 100 mg bd" (SWITCH_TO_DOSE). */
function switchedToAnother(after: string): boolean {
  const to = NEXT_DRUG_AFTER.exec(after);
  return !!to && !SWITCH_TO_DOSE.test(after.slice(to[0].length));
}

/** A switch word before the name says the stop only with another drug after it, not a dose or a form. */
const nextDrugSaid = (before: string, after: string): boolean =>
  !NEXT_DRUG_BEFORE.test(before) || switchedToAnother(after);

/** A switch's verb before the name, not yet done: "plan to switch her", "will swap the", "going to change him over from". */
const SWITCH_OUT_BEFORE =
  /\b(?:switch|swap|change|replace|convert|rotate|move)(?: (?:her|him|them|pt|the patient))?(?: over)?(?: from)?(?: (?:the|her|his|their))?\s*$/;

/**
 * A planned switch, the drug named the one switched out: "plan to switch her citalopram to duloxetine", "will swap
 * amitriptyline for duloxetine next week". A stop still to come (taken until then), never a start; "plan to change
 * her tramadol to 100 mg qid" is a dose change.
 */
export const switchOutPlanned = (before: string, after: string): boolean =>
  SWITCH_OUT_BEFORE.test(before) && switchedToAnother(after);

/** Right after a stop word: "stopped?", "stopped yet?": asked, not said. */
const ASKED_AFTER = /^\s*(?:yet\s*|now\s*)?\?/;

/**
 * The tail between a stop word and the "?" that ends its sentence is short and opens no second clause: "has she come
 * off sertraline?" asks. "sertraline stopped in May, can I start duloxetine?", "stopped tramadol - start tapentadol?"
 * and "sertraline stopped so what next?" still say the stop.
 */
const ASKED_CLAUSE = /^[^,;:()]{0,40}$/;
const SECOND_CLAUSE =
  /\b(?:and|but|so|then|what|which|how|can|could|should|would|will|shall|may|might|is|are|do|does|ok|okay|safe)\b| - /;

/**
 * A stop word said in a question sentence, with nothing but a short tail between it and the "?" ("warfarin
 * stopped?", "stopped the warfarin yet?", "pt no longer on warfarin?"): asked, not said, so the drug stays held.
 */
export function stopAsked(before: string, after: string): boolean {
  const post = STOPPED_BEFORE.test(before) || NOT_ON_BEFORE.test(before) ? undefined : STOPPED_AFTER.exec(after);
  if (!post && !STOPPED_BEFORE.test(before) && !NOT_ON_BEFORE.test(before)) return false;
  const tail = post ? after.slice(post[0].length) : after;
  return ASKED_CLAUSE.test(tail) && !SECOND_CLAUSE.test(tail);
}

/** "not taking it regularly", "oxycodone on and off": still taken, irregularly. */
const STILL_TAKEN_AFTER =
  /^[^,.;]{0,30}?\b(?:regularly|consistently|as prescribed|reliably|properly|every day|intermittently|on and off|off and on|on\/off|on-off)\b/;

/** The bare-word rows (needsNowOrTime), each a literal phrase. */
const BARE_STOPS = new Set(STOP_ROWS.filter((r) => r.needsNowOrTime).map((r) => r.phrase));
/**
 * Taken now and then, said right before the drug: "on and off oxycodone", "on/off sertraline", "off and on",
 * "intermittently". The bare "off" of it is no stop.
 */
const ON_AND_OFF_BEFORE = /\b(?:on (?:and|&|n) off|on ?\/ ?off|on-(?:and-)?off|intermittently(?: off)?)\s*$/;
/** A "now" or a count of days right before a bare "off": "now off", "currently off", "day 16 off", "2 weeks off". */
const NOW_BEFORE_OFF =
  /\b(?:now|currently|been|day \d{1,3}|\d{1,3} ?(?:days?|d|weeks?|wks?|w|months?|mths?|mo|years?|yrs?|y))\s$/;
/** A time after the drug: "off sertraline since March", "off it for 3 weeks", "off phenelzine 16 days now". */
const TIME_AFTER_OFF =
  /^[^,.;]{0,20}?\b(?:since\b|for (?:\d|a |an |one |two |three |four |five |six |several |a few |the (?:last|past) )|x ?\d|\d{1,3} ?(?:days?|d|weeks?|wks?|w|months?|mths?|mo)\b)/;

/** A bare stop word ("off") says the stop: a now or count before it, or a time after the drug, and not "on and off". */
function bareStopSaid(before: string, after: string, match: RegExpExecArray): boolean {
  const phrase = match[0].trim().split(' ')[0]!;
  if (!BARE_STOPS.has(phrase)) return true;
  const ahead = before.slice(0, match.index + phrase.length);
  if (ON_AND_OFF_BEFORE.test(ahead)) return false;
  return NOW_BEFORE_OFF.test(before.slice(0, match.index)) || TIME_AFTER_OFF.test(after);
}

/**
 * "was on", "was taking": past use, unless the words say the drug is still the one taken. Each row is data with an
 * example it reads as still taken and a counter-example it leaves stopped (test/language/stopped.test.ts).
 */
export const STILL_CURRENT_ROWS: readonly {
  id: string;
  side: 'before' | 'after';
  re: RegExp;
  example: string;
  counter: string;
}[] = [
  {
    // what she was on when last seen: a report of the current list, no stop said
    id: 'when-last-seen',
    side: 'before',
    re: /\b(?:when (?:i|we) (?:last )?saw (?:her|him|them|the (?:patient|pt))|(?:at|on) (?:her|his|their|the) (?:last )?(?:visit|review|appointment|appt|clinic|consult)|last (?:week|visit|review|appointment)|yesterday|this morning|on admission|at admission)\b/,
    example: 'when i saw her last week she was on sertraline 100',
    counter: 'years ago she was on sertraline 100',
  },
  {
    // a dose change of the same drug after it: "was on sertraline 50, increased to 100 last month"
    id: 'dose-changed-after',
    side: 'after',
    re: /^[^.;]{0,40}?\b(?:increased|titrated|uptitrated|went up|bumped up|raised|dose (?:increased|raised|went up))(?: (?:it|the dose))?(?: up)? to \d/,
    example: 'was on sertraline 50, increased to 100 last month',
    counter: 'was on sertraline 50 until march',
  },
];
/** A past-use phrase right before the drug: "was on", "was taking" (an article or pronoun allowed between). */
const PAST_USE_BEFORE = /\b(?:was on|was taking)(?: (?:the|her|his|their|an?))?\s*$/;
/**
 * A stop later in the sentence ("increased to 20, then stopped", "but is no longer taking it", "then changed over to
 * duloxetine", "now off it"): the change does not keep it taken. Not "no longer helping" nor "now off work".
 */
const STOP_LATER =
  /\b(?:stopped|ceased|discontinued|weaned|tapered|came off|d\/c'?d|no longer (?:on|taking|takes|using|prescribed)|(?:changed|switched|swapped|converted)(?: (?:her|him|them))?(?: over)? (?:to|for) (?!\d)|swapped|(?:now )?off (?:it|them|that)|now off(?=\s*(?:$|[,;(-]|due\b|because\b|since\b|as\b)))\b/;
/**
 * The sentence after a "was on" sentence says the stop of the same drug, its subject left out or a pronoun: "Now off
 * due to dyspepsia.", "No longer taking it.", "Stopped it in May.", "She came off it." A bare "off" with no pronoun
 * is a stop only at the sentence's end or with a reason ("Now off.", "Now off due to dyspepsia"): "Now off work",
 * "Now off for 2 weeks with the back" are time off work, and the drug is still taken.
 */
const STOP_NEXT_SENTENCE =
  /^\s*(?:(?:she|he|they|pt|patient|the patient)(?:'s| is| was| has| had| has been)? )?(?:(?:now|since|then|recently|subsequently|later) )?(?:(?:off|no longer (?:on|taking)|stopped|ceased|discontinued|came off|come off|weaned off|tapered off|d\/c'?d)(?: (?:it|that|them|this|those))(?=\s*(?:$|[,.;(-]|due|because|as|for|since|after|in|last|this|on|with|\d|now|completely|altogether))|(?:no longer (?:on|taking)|stopped|ceased|discontinued|came off|come off|weaned off|tapered off|d\/c'?d)(?=\s*(?:$|[,.;(-]|due|because|as|for|since|after|in|last|this|on|with|\d|now|completely|altogether))|off(?=\s*(?:$|[,.;(]|due\b|because\b|completely\b|altogether\b)))/;

/**
 * "when I saw her last week she was on sertraline 100", "was on sertraline 50, increased to 100": a past-use phrase
 * said of a drug still the one taken (STILL_CURRENT_ROWS). `before` is the sentence up to the name, `after` the rest
 * of the sentence. The stop reader (saidStopped) and the quick answers' not-taken reader share this reading.
 */
export function pastUseStillCurrent(before: string, after: string, next = ''): boolean {
  const m = PAST_USE_BEFORE.exec(before);
  if (!m || STOP_LATER.test(after) || STOP_NEXT_SENTENCE.test(next)) return false;
  return STILL_CURRENT_ROWS.some((r) => r.re.test(r.side === 'before' ? before.slice(0, m.index) : after));
}

/** The until-words (needsPastTime): a stop only with a past time after them. */
const UNTIL_STOPS = new Set(STOP_ROWS.filter((r) => r.needsPastTime).map((r) => r.phrase));
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}';
/** A past time right after "until": "March", "early 2024", "last month", "recently", "3 weeks ago". */
const PAST_TIME_AFTER = new RegExp(
  `^\\s(?:(?:early|mid|late|the end of|end of)\\s)?(?:${MONTH_NAME}\\b|(?:19|20)\\d\\d\\b|last\\b|recently\\b|yesterday\\b|a (?:few|couple of) \\w+ ago\\b|\\d{1,3} ?(?:days?|d|weeks?|wks?|w|months?|mths?|mo|years?|yrs?|y) ago\\b)`,
);

/**
 * "continue until March", "keep on it till May": a plan to keep taking it; "worked until last month", "helped till
 * May": its effect ended, not the drug (still taken, no longer helping).
 */
const KEPT_UNTIL =
  /\b(?:continu\w*|keep\w*|kept|stay\w*|remain\w*|work\w*|help\w*|effective|fine|ok|okay|good|controlled|settled)\b/;

/** An until-word says the stop only with a past time after it ("until March"; "until review" is a plan). */
function untilStopSaid(post: RegExpExecArray, after: string): boolean {
  const phrase = post[0].slice(post[1]!.length).trim();
  if (!UNTIL_STOPS.has(phrase)) return true;
  return !KEPT_UNTIL.test(post[1]!) && PAST_TIME_AFTER.test(after.slice(post[0].length));
}

/** A finished script or titration (FINISHED_NOT_COURSE), or a switch to a dose or form (SWITCH_TO_DOSE): no stop. */
function notAStopAfter(post: RegExpExecArray, after: string): boolean {
  const phrase = post[0].slice(post[1]!.length).trim();
  const rest = after.slice(post[0].length);
  return (
    (FINISH_STOPS.has(phrase) && FINISHED_NOT_COURSE.test(rest)) ||
    (SWITCH_STOPS.has(phrase) && SWITCH_TO_DOSE.test(rest))
  );
}

/**
 * A year alone right after the drug, no dose or frequency between ("naproxen 2019 helped", "had linezolid in 2023",
 * "amitriptyline (2021) no help"): it dates past use, so the drug is stopped, its outcome kept, but only when the
 * words say the use is over: "in"/"during" before the year (group 1), a trial outcome said of the drug, or "had",
 * "tried" before it (PAST_TRIAL_BEFORE). A bare year in a medication list ("Meds: apixaban 2019", "warfarin (2018)",
 * "clopidogrel - 2022 stent", "warfarin 2020 AF") is when it was started: still taken. Not "started naproxen in 2019"
 * nor "naproxen since 2019" (taken from then), nor "naproxen 2019 - still taking" (STILL_WITH_YEAR).
 */
export const YEAR_AFTER =
  /^\s?(?:\(\s?|- |: )?(?:(in|during|back in|around|circa|c\.?) )?(?:(?:early|mid|late) )?(?:19|20)\d\d\b(?!\s?(?:-|to|onwards|on\b|until|till)|\s?(?:mg|mcg|units?)\b)/;
/** The words before a dated year that make it past use ("in 2023", "back in 2020"); "around 2019" may be a start. */
const PAST_YEAR_WORD = new Set(['in', 'during', 'back in']);
/** A trial said before the drug in its item: "had linezolid 2023", "tried gabapentin (2020)", "trialled ... 2019". */
const PAST_TRIAL_BEFORE = /\b(?:had|tried|trialled|trialed|trial of|previously|prev|past|former)\b/;
const START_BEFORE_YEAR =
  /\b(?:start\w*|commenc\w*|began|begun|initiat\w*|since|on|taking|takes|uses|using|current\w*|still)(?: (?:the|her|his|their|on))?\s*$/;
const STILL_WITH_YEAR = /\b(?:still|ongoing|continu\w*|current\w*|now|to date|to present|since|onwards)\b/;

/** The text of `before` ahead of its final stop phrase, for NOT_AFFIRMED (the last 30 characters of it). */
function aheadOf(before: string, match: RegExpExecArray): string {
  return before.slice(Math.max(0, match.index - 30), match.index);
}

/**
 * The drug named between `before` (its comma item up to the name) and `after` (its clause, to the sentence end) is
 * said to be stopped: affirmed and done, not negated, modal, planned, asked or tried, and not taken again after.
 * `asked`: the sentence ends with "?" (the sentence splitter leaves it out of `after`). `outcomeSaid`: a trial outcome
 * is said of the drug ("no help", "helped"), so a bare year after it dates a past trial (YEAR_AFTER).
 */
export function saidStopped(before: string, after: string, asked = false, next = '', outcomeSaid = false): boolean {
  if (asked && stopAsked(before, after)) return false;
  if (STILL_TAKEN_AFTER.test(after) || ATTEMPT_AFTER.test(after) || TAKEN_AGAIN_AFTER.test(after)) return false;
  const pre = STOPPED_BEFORE.exec(before);
  if (pre)
    return (
      bareStopSaid(before, after, pre) &&
      nextDrugSaid(before, after) &&
      !(FINISH_STOPS.has(pre[0].trim().split(' ')[0]!) && FINISHED_NOT_COURSE.test(after)) &&
      !pastUseStillCurrent(before, after, next) &&
      !NOT_AFFIRMED.test(aheadOf(before, pre))
    );
  const post = STOPPED_AFTER.exec(after);
  if (post && untilStopSaid(post, after) && !notAStopAfter(post, after))
    return !NOT_AFFIRMED.test(post[1]!) && !ASKED_AFTER.test(after.slice(post[0].length));
  const item = STOPPED_NEXT_ITEM.exec(after);
  if (item) return !NOT_AFFIRMED.test(item[1]!);
  const year = YEAR_AFTER.exec(after);
  if (
    year &&
    (PAST_YEAR_WORD.has(year[1] ?? '') || outcomeSaid || PAST_TRIAL_BEFORE.test(before)) &&
    !START_BEFORE_YEAR.test(before) &&
    !STILL_WITH_YEAR.test(after.split(/[,;]/)[0]!)
  )
    return true;
  const notOn = NOT_ON_BEFORE.exec(before);
  return !!notOn && NO_MORE_AFTER.test(after) && !NOT_AFFIRMED.test(aheadOf(before, notOn));
}

/**
 * A stop said of a pronoun, not of a drug's name: "stopped it 10 days ago", "came off that", "it's been 3 weeks since
 * she stopped it", "it was stopped last month", "stopped them both". The stop is read as for a name (saidStopped:
 * affirmed, done, not asked), its time as for a name (stoppedDaysAgo); which medicine it stands for is the reader's
 * of the text around it (stop-referent.ts). Each row reads its example (test/language/pronoun-stops.test.ts).
 */
export const PRONOUN_STOP_ROWS: readonly { id: string; example: string; counter: string }[] = [
  { id: 'object', example: 'was on phenelzine; stopped it 10 days ago', counter: 'stopped working, she says' },
  { id: 'object', example: "it's been 3 weeks since she stopped it", counter: "it's been 3 weeks of pain" },
  { id: 'subject', example: 'tranylcypromine - it was stopped 5 days ago', counter: 'it was started 5 days ago' },
  { id: 'object', example: 'came off that a fortnight ago', counter: 'will come off that next month' },
];

/** The pronoun, or a pronoun with a generic noun ("that medication", "this one"). */
const PRONOUN_WORD =
  /\b(?:it|that|this|them|those|these|both)(?: (?:med|meds|medication|medications|medicine|drug|tablets?|pills?|one|too|both|as well))?\b/g;
/** After a pronoun, its passive stop: "it was stopped", "that's been discontinued", "they were ceased". */
const PASSIVE_STOP_AFTER =
  /^(?:'s|\s(?:was|is|were|are|has been|had been|have been|got))(?:\s(?:then|now|already|recently|finally|since))?(?:\s(?:been))?\s(?:stopped|discontinued|ceased|weaned off|tapered off|d\/c'?d)\b/;
const PLURAL = /^(?:them|those|these|both)\b/;

export interface PronounStop {
  /** Where the pronoun is. */
  start: number;
  end: number;
  /** "them", "those", "both": every medicine of the item it points back to. */
  plural: boolean;
  /** Days since the stop, when a count is said (as for a named drug: STOP_TIME_ROWS). */
  daysAgo?: number;
}

/** Where a clause starts before `i` (a comma, full stop, semicolon or line) and ends after it. */
function clauseAround(text: string, start: number, end: number): { before: string; after: string; asked: boolean } {
  let from = start;
  while (from > 0 && start - from < 80 && !',.;\n'.includes(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < 120 && !'.;!?\n'.includes(text[to]!)) to++;
  return { before: text.slice(from, start), after: text.slice(end, to), asked: text[to] === '?' };
}

/** Every stop said of a pronoun in the (normalized) text, in text order. */
export function pronounStops(text: string): PronounStop[] {
  if (!/\b(?:it|that|this|them|those|these|both)\b/.test(text)) return [];
  const out: PronounStop[] = [];
  PRONOUN_WORD.lastIndex = 0;
  for (let m = PRONOUN_WORD.exec(text); m; m = PRONOUN_WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const { before, after, asked } = clauseAround(text, start, end);
    const object = STOPPED_BEFORE.test(before) || NOT_ON_BEFORE.test(before);
    const subject = !object && PASSIVE_STOP_AFTER.test(after);
    if (!object && !subject) continue;
    // the stop is read as for a named drug: affirmed and done, not asked, planned or taken again
    const said = object ? saidStopped(before, after, asked) : !asked && saidStopped('', after, asked);
    if (!said) continue;
    const daysAgo = stoppedDaysAgo(before, after);
    out.push({ start, end, plural: PLURAL.test(m[0]), ...(daysAgo !== undefined ? { daysAgo } : {}) });
  }
  return out;
}

/**
 * A stop planned or wished for, not done: "will stop warfarin next week", "warfarin should be stopped", "plan: taper
 * the oxycodone". The drug is taken until then, so it stays held (entities.ts keeps it as current).
 */
/**
 * A stop refused or not wanted, right before the stop's words: "doesn't want to stop", "refuses to come off", "said no
 * to stopping", "decided against stopping", "won't stop". The drug is kept: no stop is planned. Fixed words (linear).
 */
const REFUSED_WORDS = String.raw`\b(?:doesn'?t|does not|didn'?t|did not|won'?t|will not|wouldn'?t|would not|not (?:want|wanting|going|planning)|never (?:want|wanted)|refuses|refused|refusing|declines|declined|declining|reluctant|unwilling|not keen|no plans?|said no|says no|saying no|against|nervous about|scared|afraid)(?: (?:want|wants|wanted|going|planning|keen|to|on|about|of)){0,3}\s`;
const STOP_REFUSED = `(?<!${REFUSED_WORDS})`;
/** The refusal's words ending right at the end of a slice (at most 40 characters long, so an 80-character slice holds it). */
const REFUSED_AT_END = new RegExp(`${REFUSED_WORDS}$`);

/** The stop's words before the name, refused or not ("doesn't want to stop the gabapentin"): with STOP_PLANNED_BEFORE, a stop refused. */
export const STOP_SAID_BEFORE =
  /\b(?:stop|stopping|taper|tapering|wean|weaning|come off|coming off|get off|getting off|discontinue|discontinuing|cease|ceasing|d\/c|deprescribe|deprescribing)(?: off)?(?: (?:the|her|his|their|all|any))?\s*$/;
/**
 * The stop's words before the name, not refused. The refusal is checked in code on the 80 characters before the stop's
 * words rather than by a lookbehind in the pattern (a lookbehind there is re-run at every word: super-linear). The
 * pattern ends at the text's end and no stop word ends another, so its one match is the only place to check.
 */
export const STOP_PLANNED_BEFORE = {
  test(before: string): boolean {
    const m = STOP_SAID_BEFORE.exec(before);
    return (
      m !== null &&
      !REFUSED_AT_END.test(before.slice(Math.max(0, m.index - 80), m.index)) &&
      !DONE_GROUND_AT_END.test(before.slice(Math.max(0, m.index - 40), m.index))
    );
  },
};
/**
 * The stop's words told as done, the ground of what is asked: "since stopping the phenelzine", "3 weeks after coming
 * off it", "following discontinuing": a stop made (STOP_ROWS read it), neither planned nor refused.
 */
const DONE_GROUND_AT_END = /\b(?:since|after|following|having)(?: (?:she|he|they|pt|the patient))?\s$/;
/** The stop's words before the name are a stop done ("since stopping the phenelzine"): no plan, no refusal. */
export const stopDoneBefore = (before: string): boolean => {
  const m = STOP_SAID_BEFORE.exec(before);
  return m !== null && DONE_GROUND_AT_END.test(before.slice(Math.max(0, m.index - 40), m.index));
};
/** A bare "off" before the name, read as a stop to come only inside a plan ("Plan: off sertraline"). */
export const PLAN_OFF_BEFORE = /(?:^|[:\s-])off(?: (?:the|her|his|their))?\s*$/;
/**
 * After the name, a stop still to come: modal ("warfarin should be stopped", "to be tapered"), to come ("citalopram:
 * coming off next month", "sertraline - stopping next week", "off next week", "to stop"), planned ("stop planned",
 * "d/c booked"). Not "naproxen x 2 wks then d/c" (a trial's end). The drug is taken until then.
 */
const stopAfter = (refused: string): RegExp =>
  new RegExp(
    String.raw`^[^,.;]{0,30}?\b${refused}(?:(?:to|will|should|must|can|could|would|may|might) be (?:stopped|tapered|weaned|discontinued|ceased|d\/c'?d)|(?:to|will|going to|plan(?:ned|ning)? to|aim(?:ing)? to|intends? to|wants? to) (?:stop|come off|get off|wean|taper|discontinue|cease)|(?:is |being )?(?:stopping|coming off|weaning off|tapering off)(?= (?:next|in|by|from|after|at|this|over|soon|tomorrow|once|when|before)\b)|(?:stop|d\/c|discontinuation|wean|taper|deprescribing)(?: is)? (?:planned|booked|scheduled|agreed|intended)|off (?:next|in|by|from|after|at|this) (?:week|month|year|visit|appointment|\d|\w+day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|christmas))\b`,
  );
export const STOP_PLANNED_AFTER = stopAfter(STOP_REFUSED);
/** The same, refused or not ("sertraline (he doesn't want to come off it)"). */
export const STOP_SAID_AFTER = stopAfter('');

/**
 * Alcohol said to be stopped ("no longer drinks (abstinent 3 years)", "stopped drinking in 2022", "ex-drinker"): heavy
 * alcohol use is not current, and the duloxetine and acetaminophen cautions for it (clinical-reference.md section 2:
 * "heavy alcohol use", "regular alcohol use") no longer hold. Liver disease, if any, is its own condition. Each row
 * has an example (test/language/stopped.test.ts). A row marked `needsTime` says a moment, not a state ("sober for 2
 * days", "stopped drinking" alone): it counts only with a sustained time said with it (SUSTAINED_MONTHS); any row
 * with a shorter time said does not count. "drinks less now" and "trying to stop drinking" are not rows.
 */
export const ALCOHOL_STOPPED_ROWS: readonly {
  phrase: string;
  example: string;
  needsTime?: true;
  /** The phrase says nothing of alcohol by itself ("none now"): it counts only right after alcohol named. */
  afterAlcohol?: true;
}[] = [
  { phrase: 'no longer drinks', example: 'no longer drinks (abstinent 3 years)' },
  { phrase: 'no longer drinking', example: 'no longer drinking since the pancreatitis' },
  { phrase: "doesn't drink any more", example: "doesn't drink any more" },
  { phrase: "doesn't drink anymore", example: "she doesn't drink anymore" },
  { phrase: 'stopped drinking', example: 'stopped drinking 3 years ago', needsTime: true },
  { phrase: 'quit drinking', example: 'quit drinking in 2022', needsTime: true },
  { phrase: 'quit alcohol', example: 'quit alcohol 2 yrs ago', needsTime: true },
  { phrase: 'gave up alcohol', example: 'gave up alcohol last year' },
  { phrase: 'gave up drinking', example: 'gave up drinking after the AA programme' },
  { phrase: 'abstinent', example: 'ETOH: abstinent 18 months', needsTime: true },
  { phrase: 'ex-drinker', example: 'ex-drinker, sober since 2021' },
  { phrase: 'former drinker', example: 'former drinker, none for 5 years' },
  { phrase: 'ex-alcoholic', example: 'ex-alcoholic, sober 10 yrs' },
  { phrase: 'ex alcoholic', example: 'ex alcoholic - dry since 2016' },
  { phrase: 'recovering alcoholic', example: 'recovering alcoholic, sober 6 years', needsTime: true },
  { phrase: 'sober', example: 'hx alcohol dependence, sober 10 yrs', needsTime: true },
  { phrase: 'dry since', example: 'heavy drinker in the past, dry since 2018', needsTime: true },
  { phrase: 'no etoh for', example: 'hx etoh abuse, no etoh for 4 years', needsTime: true },
  { phrase: 'no etoh since', example: 'no etoh since 2019', needsTime: true },
  { phrase: 'no drinking for', example: 'heavy drinker in the past, no drinking for 3 years', needsTime: true },
  // an amount of "none" said just after the alcohol it is of ("hx EtOH excess, none now", "ETOH: nil now")
  { phrase: 'none now', example: 'hx EtOH excess, none now', afterAlcohol: true },
  { phrase: 'nil now', example: 'ETOH: previously heavy, nil now', afterAlcohol: true },
  { phrase: 'none currently', example: 'past alcohol misuse, none currently', afterAlcohol: true },
  { phrase: 'sober for', example: 'heavy drinker in the past, sober for 4 years', needsTime: true },
  { phrase: 'sober since', example: 'sober since 2021', needsTime: true },
  { phrase: 'no alcohol for', example: 'no alcohol for 2 years', needsTime: true },
  { phrase: 'no alcohol since', example: 'no alcohol since 2020', needsTime: true },
  // remission or recovery said of the alcohol disorder itself ("breast ca in remission" is not alcohol's)
  { phrase: 'in recovery from alcohol', example: 'in recovery from alcohol use disorder' },
  { phrase: 'in recovery from aud', example: 'in recovery from AUD' },
  { phrase: 'in recovery from etoh', example: 'in recovery from etoh abuse' },
  { phrase: 'abuse in remission', example: 'ETOH abuse in remission' },
  { phrase: 'disorder in remission', example: 'alcohol use disorder in remission' },
  { phrase: 'dependence in remission', example: 'alcohol dependence in remission' },
  { phrase: 'aud in remission', example: 'AUD in remission' },
  // said as the next item after the alcohol disorder ("hx alcohol dependence, in recovery 5 yrs"); alone it is not
  // alcohol's ("breast ca, in remission")
  { phrase: 'in recovery', example: 'hx alcohol dependence, in recovery 5 yrs', afterAlcohol: true },
  { phrase: 'in remission', example: 'alcohol use disorder, in remission since 2018', afterAlcohol: true },
  { phrase: 'dry for', example: 'ex heavy drinker, dry for 3 yrs', needsTime: true, afterAlcohol: true },
];

export const ALCOHOL_STOPPED = new RegExp(
  `\\b(?:${ALCOHOL_STOPPED_ROWS.map((r) => literal(r.phrase))
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b(?! (?:from|off) (?!alcohol|drink|etoh))`,
);
export const ALCOHOL_STOPPED_ALL = new RegExp(ALCOHOL_STOPPED.source, 'g');
const NEEDS_TIME = new Set(ALCOHOL_STOPPED_ROWS.filter((r) => r.needsTime).map((r) => r.phrase.replace(/'/g, '')));
const AFTER_ALCOHOL = new Set(ALCOHOL_STOPPED_ROWS.filter((r) => r.afterAlcohol).map((r) => r.phrase));
/** Alcohol named in the 40 characters before an `afterAlcohol` row, with no sentence break between. */
const ALCOHOL_JUST_BEFORE = /\b(?:alcohol\w*|etoh|aud|drink\w*|drank)\b[^.;?!]{0,30}$/;
/**
 * The comma item an `afterAlcohol` row ends, up to the row: it is alcohol's when alcohol is its subject ("ETOH none
 * now") or when it has no subject of its own ("hx EtOH excess, none now": the item before says whose it is). An item
 * with another subject ("EtOH 40 units/wk, IVDU none now", "smoking none now") is that subject's.
 */
const ITEM_SEPARATORS = new Set([',', '.', ';', ':', '?', '!', '\n']);
const ALCOHOL_WORD = /\b(?:alcohol\w*|etoh|aud|drink\w*|drank)\b/;
const NO_SUBJECT = /^[\s(-]*(?:(?:but|and|though|although|currently|now|so)\s*)*$/;
function noneNowIsAlcohol(before: string): boolean {
  let from = before.length;
  while (from > 0 && !ITEM_SEPARATORS.has(before[from - 1]!)) from--;
  const item = before.slice(from);
  if (ALCOHOL_WORD.test(item)) return true;
  return NO_SUBJECT.test(item) && ALCOHOL_JUST_BEFORE.test(before);
}

/** Abstinence this long or longer is sustained ("at least several months"); shorter, heavy use may well be current. */
export const SUSTAINED_MONTHS = 3;

/**
 * Before an abstinence phrase in its clause: negated ("not abstinent", "never sober for long"), wished, planned or
 * advised ("wants to be abstinent", "advised to quit drinking", "will stop drinking"), asked ("is he abstinent").
 */
const ALCOHOL_NOT_AFFIRMED =
  /\b(?:not|never|nor|isn't|wasn't|denies|to|be|will|would|should|must|could|can|may|might|wants?|wanted|wish\w*|hop(?:e|es|ed|ing)|tr(?:y|ies|ied|ying)|plan\w*|advis\w*|encourag\w*|counsel\w*|told|goal|aim\w*|if|whether|going|(?:is|are|was) (?:he|she|they|pt|the patient))\b[^.;,:(]{0,12}$/;
/**
 * Right after it, in its clause: "abstinent? no", "sober for a week?"; not a question after a dash ("abstinent since
 * 2019 - cymbalta?" asks about the drug).
 */
const ALCOHOL_ASKED_AFTER = /^(?:(?!\s-\s)[^.;,]){0,25}\?/;

/**
 * Heavy or any drinking said as current in the same text: "relapsed", "drinking again", "still drinks", "current heavy
 * alcohol use". With it, no abstinence phrase lifts heavy use.
 */
const DRINKING_NOW =
  /\b(?:relaps\w*|(?:drinking|drinks|drinker) again|back on the (?:drink|booze|alcohol)|still (?:drinks|drinking)|currently (?:drinks|drinking)|current (?:heavy )?(?:alcohol|etoh|drinking|drinker)|drinks heavily)\b/;
/** The heavy-alcohol concept's words (alcohol.ts, read by concepts.ts), each checked for a past marker near it. */
const HEAVY_USE = HEAVY_ALCOHOL;
/**
 * Said of the past: "heavy drinker in the past", "hx of alcohol abuse", "previously a heavy drinker", "recovering
 * alcoholic" (recovery, like "in recovery from", says the drinking is over).
 */
const PAST_BEFORE =
  /\b(?:past|previous\w*|prior|former\w*|ex|history of|hx(?: of)?|h\/o|pmh|used to be an?|was an?|in remission|in recovery from|recovering|remote)\b[^.;]{0,12}$/;
const PAST_AFTER =
  /^[^.;,]{0,25}\b(?:in the past|previously|years ago|yrs ago|until \d{4}|in remission\b|in (?:his|her|their) )/;
/**
 * The disorder named ("alcohol dependence", "AUD", "alcoholism"; not "heavy drinker", a habit said now) with its
 * recovery or abstinence as the next item ("alcohol dependence, sober 5 years"): a history; the abstinence's time is
 * still checked below.
 */
const DISORDER_NAME =
  /\b(?:alcohol use disorder|aud|(?:etoh|alcohol) (?:abuse|dependence|dependency|addiction)|alcoholism)\b/;
const RECOVERY_NEXT = /^\s?[,(-]\s?(?:now\s)?(?:in recovery|in remission|sober|abstinent|dry (?:for|since))\b/;

/** Number words (spoken-numbers.ts's units) and the vague amounts said of abstinence ("a few years", "several"). */
const WORD_NUMBER: Readonly<Record<string, number>> = {
  ...UNITS,
  a: 1,
  an: 1,
  few: 2,
  'a few': 2,
  several: 3,
  many: 6,
};
const UNIT_MONTHS: Record<string, number> = { d: 1 / 30, w: 7 / 30, m: 1, y: 12 };
/** A time said with abstinence: "3 years", "18 months", "2 yrs ago", "since 2021", "in 2022", "last year". */
const TIME_SAID =
  /\b(?:(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|many)[ -]?(d|days?|w|wks?|weeks?|m|mos?|mths?|months?|y|yrs?|years?)\b|(?:since|in|from) (?:[a-z]{3,9} )?((?:19|20)\d\d)\b|(last year)|(last month|last week|yesterday|today|this week|this morning|recently|the other day|days ago))/;

/** The months of abstinence said next to it (after it in its sentence, else just before it), if any. */
function monthsSaid(after: string, before: string, year: number): number | undefined {
  const m = TIME_SAID.exec(after) ?? TIME_SAID.exec(before);
  if (!m) return undefined;
  if (m[1] && m[2]) {
    const n = WORD_NUMBER[m[1]] ?? Number(m[1]);
    const unit = m[2].startsWith('mo') || m[2].startsWith('mt') || m[2] === 'm' ? 'm' : m[2][0]!;
    return n * (UNIT_MONTHS[unit] ?? 0);
  }
  if (m[3]) return (year - Number(m[3])) * 12;
  return m[4] ? 12 : 0;
}

/**
 * Heavy alcohol use said to be over: an abstinence row affirmed (not negated, wished, planned or asked), sustained
 * (a time of at least SUSTAINED_MONTHS said, or a state row with no shorter time said), and no current drinking nor
 * unmarked heavy use in the same text. When unclear, heavy use stays.
 */
export function alcoholStopped(norm: string, receivedAt: string): boolean {
  if (!ALCOHOL_STOPPED.test(norm) || DRINKING_NOW.test(norm)) return false;
  for (const h of norm.matchAll(HEAVY_USE)) {
    const ahead = norm.slice(Math.max(0, h.index - 30), h.index);
    const after = norm.slice(h.index + h[0].length);
    const recovered = DISORDER_NAME.test(h[0]) && RECOVERY_NEXT.test(after);
    if (!PAST_BEFORE.test(ahead) && !PAST_AFTER.test(after) && !recovered) return false;
  }
  const year = Number(receivedAt.slice(0, 4)) || new Date().getUTCFullYear();
  for (const m of norm.matchAll(ALCOHOL_STOPPED_ALL)) {
    const clauseStart = Math.max(0, ...[',', '.', ';', ':', '('].map((c) => norm.lastIndexOf(c, m.index - 1) + 1));
    const ahead = norm.slice(Math.max(clauseStart, m.index - 30), m.index);
    const rest = norm.slice(m.index + m[0].length);
    // the phrase's last word leads the time: "sober since 2021", "no alcohol for 2 years"
    // "none now" is a state in its own item: a time in the next item is another's ("none now, naproxen 6 wks")
    const own = rest.slice(0, 45).split(AFTER_ALCOHOL.has(m[0]) ? /[.;,]/ : /[.;]/)[0]!;
    const sentence = `${m[0].slice(m[0].lastIndexOf(' ') + 1)}${own}`;
    if (ALCOHOL_NOT_AFFIRMED.test(ahead) || ALCOHOL_ASKED_AFTER.test(rest)) continue;
    if (AFTER_ALCOHOL.has(m[0]) && !noneNowIsAlcohol(norm.slice(Math.max(0, m.index - 40), m.index))) continue;
    const months = monthsSaid(sentence, ahead, year);
    if (months !== undefined ? months >= SUSTAINED_MONTHS : !NEEDS_TIME.has(m[0].replace(/'/g, ''))) return true;
  }
  return false;
}

/**
 * How long ago a stop was said, in days, as data rows with an example each (test/language/stopped.test.ts). A stop
 * date matters where the reference gives a washout: duloxetine and tramadol are contraindicated with an MAOI "or
 * within 14 days" (clinical-reference.md section 2), read by src/clinical/knowledge/option-rules.ts. Only a stated
 * count is read: "last week", "recently" or "since Monday" give none, and the case asks when it was stopped.
 */
export interface StopTimeRow {
  /** Where the count is said: in the drug's clause after its name, or in the comma item before it. */
  side: 'before' | 'after' | 'after-off';
  /** Captures the count (group 1) when the row has one; `days` is the length of one unit in days. */
  re: RegExp;
  days: number;
  example: string;
}

const DAY = String.raw`(?:days?|d|\/7)`;
const WEEK = String.raw`(?:weeks?|wks?|w|\/52)`;
const MONTH = String.raw`(?:months?|mo|mths?|\/12)`;
const PRONOUN = String.raw`(?: (?:the|her|his|their))?\s*$`;
/** Who stopped it, said or not: "since she stopped", "since stopping", "since the patient came off". */
const WHO = `(?:(?:she|he|they|pt|the patient|psych|the psychiatrist|her psychiatrist|his psychiatrist) )?`;
const STOPPING = `(?:stopped|stopping|came off|coming off|discontinued|ceased)`;
export const STOP_TIME_ROWS: readonly StopTimeRow[] = [
  {
    side: 'after',
    re: new RegExp(String.raw`\b(\d{1,3}) ?${DAY} ago\b`),
    days: 1,
    example: "phenelzine d/c'd by psych 9 days ago",
  },
  {
    side: 'after',
    re: new RegExp(String.raw`\b(\d{1,2}) ?${WEEK} ago\b`),
    days: 7,
    example: 'tranylcypromine stopped 3 weeks ago',
  },
  {
    side: 'after',
    re: new RegExp(String.raw`\b(\d{1,2}) ?${MONTH} ago\b`),
    days: 30,
    example: 'phenelzine stopped 6 months ago',
  },
  { side: 'after', re: /\b(\d{1,2}) ?(?:years?|yrs?) ago\b/, days: 365, example: 'phenelzine stopped 2 years ago' },
  { side: 'after', re: /\ba week ago\b/, days: 7, example: 'selegiline stopped a week ago' },
  { side: 'after', re: /\ba fortnight ago\b/, days: 14, example: 'phenelzine ceased a fortnight ago' },
  { side: 'after', re: /\ba month ago\b/, days: 30, example: 'phenelzine stopped a month ago' },
  { side: 'after', re: /\ba year ago\b/, days: 365, example: 'phenelzine stopped a year ago' },
  { side: 'after', re: /\byesterday\b/, days: 1, example: 'linezolid stopped yesterday' },
  // "last year": past the 14 days of a washout at least; read as a year ("stopped 1 yr ago")
  { side: 'after', re: /\blast year\b/, days: 365, example: 'linezolid stopped last year' },
  // a stop that has lasted a time: "phenelzine has been stopped for 3 weeks", "discontinued for 10 days now"
  {
    side: 'after',
    re: new RegExp(String.raw`\b(?:stopped|discontinued|ceased|d\/c'?d|off) for (\d{1,3}) ?${DAY}\b`),
    days: 1,
    example: 'phenelzine has been discontinued for 10 days now',
  },
  {
    side: 'after',
    re: new RegExp(String.raw`\b(?:stopped|discontinued|ceased|d\/c'?d|off) for (\d{1,2}) ?${WEEK}\b`),
    days: 7,
    example: 'phenelzine has been stopped for 3 weeks',
  },
  // a bare count only after "off": "off phenelzine 16 days now" (after a stop word it may be the trial's length)
  {
    side: 'after-off',
    re: new RegExp(String.raw`^\s?(?:(?:for|x) )?(\d{1,3}) ?${DAY}\b`),
    days: 1,
    example: 'off phenelzine 16 days now',
  },
  {
    side: 'after-off',
    re: new RegExp(String.raw`^\s?(?:(?:for|x) )?(\d{1,2}) ?${WEEK}\b`),
    days: 7,
    example: 'off phenelzine for 3 weeks',
  },
  {
    side: 'before',
    re: new RegExp(String.raw`\bday (\d{1,3}) (?:off|since stopping)${PRONOUN}`),
    days: 1,
    example: 'now day 16 off phenelzine',
  },
  {
    side: 'before',
    re: new RegExp(String.raw`\b(\d{1,3}) ?${DAY} (?:off|since stopping)${PRONOUN}`),
    days: 1,
    example: '16 days off phenelzine',
  },
  {
    side: 'before',
    re: new RegExp(String.raw`\b(\d{1,2}) ?${WEEK} (?:off|since stopping)${PRONOUN}`),
    days: 7,
    example: '3 weeks off phenelzine',
  },
  // "it's been 10 days since she stopped the phenelzine", "3 weeks since he came off it": the time, then who stopped
  {
    side: 'before',
    re: new RegExp(String.raw`\b(\d{1,3}) ?${DAY} since ${WHO}${STOPPING}${PRONOUN}`),
    days: 1,
    example: "it's been 10 days since she stopped the phenelzine",
  },
  {
    side: 'before',
    re: new RegExp(String.raw`\b(\d{1,2}) ?${WEEK} since ${WHO}${STOPPING}${PRONOUN}`),
    days: 7,
    example: 'it is 3 weeks since he came off tranylcypromine',
  },
  {
    side: 'before',
    re: new RegExp(String.raw`\b(?:a|one) week since ${WHO}${STOPPING}${PRONOUN}`),
    days: 7,
    example: "it's a week since she stopped selegiline",
  },
];

const OFF_BEFORE = new RegExp(String.raw`\boff${PRONOUN}`);

/** Days since the stop said around a stopped drug ("stopped 9 days ago", "day 16 off phenelzine"), else undefined. */
export function stoppedDaysAgo(before: string, after: string): number | undefined {
  const clause = after.split(/[,;]/)[0] ?? '';
  const off = OFF_BEFORE.test(before);
  for (const row of STOP_TIME_ROWS) {
    if (row.side === 'after-off' && !off) continue;
    const m = row.re.exec(row.side === 'before' ? before : clause);
    if (m) return (m[1] === undefined ? 1 : Number(m[1])) * row.days;
  }
  return undefined;
}
