import type { MedicationOutcome } from '../case/case-facts.js';
import { withoutConditionFailures } from './condition-failure.js';
import { scoreResponse } from './gate-facts.js';
import {
  carriedThrough,
  seriousEvent,
  stoppedAsItWorked,
  stoppedForAReason,
  withoutCarried,
  withoutOtherCauses,
} from './trial-reasons.js';

/**
 * Outcome phrases, most specific first ("didn't help" before "help"). Shared by drugs and non-drug therapies. Only
 * `test` reads them, so "(none)" is matched with its bracket rather than after a lookbehind (which the ReDoS
 * checker's fuzzing took for a quadratic).
 */
const OUTCOMES: readonly [RegExp, MedicationOutcome][] = [
  [
    /\b(?:contraindicated|contra-?indication|c\/i|ci d\/t|can'?t (?:take|have|use)|cannot (?:take|have|use)|unable to take|allerg(?:ic|y)|anaphylaxis|not (?:a |an )?(?:candidate|option|suitable)|not (?:advised|advisable|recommended|appropriate|safe)|avoid(?:ed|ing)? (?:due to|given|because of|d\/t|with|in)|avoid(?:ed)?\b|(?:due to|given|because of|d\/t) (?:ckd|renal|kidney|gi bleed|ulcer|anticoag|(?:heart|cardiac) (?:failure|disease)\b|hf\b|chf\b|ccf\b|lvf\b|liver|hepatic|cirrho))/,
    'contraindicated',
  ],
  [
    /\b(?:not tolerated|intolerant|intolerance|couldn'?t tolerate|could not tolerate|did(?:n'?t| not) tolerate|unable to tolerate|poorly tolerated|tolerated (?:it )?(?:poorly|badly|terribly)|side effects|adverse effects?|stopped (?:due to|for(?! (?:\d|a (?:week|fortnight|month|year)|an? few|one|two|three|four|five|six|several|some|over|the (?:last|past))\b)|because(?: of)?|d\/t|after|with|2\/2|as|since)|(?:made|makes) (?:him|her|them) feel (?:sick|unwell|awful|terrible|ill|dizzy|drowsy|spaced)|upset (?:his|her|their|the) stomach|(?:bp|blood pressure) (?:went up|rose|increased|up|high|raised|elevated)|(?:high|raised|elevated) (?:bp|blood pressure)|(?:caused|causing|made (?:him|her|them)|gave (?:him|her|them)|with) (?:vomit|throw up|nausea|dizziness|dizzy|drowsy|drowsiness|sedation|sedated|constipation|gi upset|dyspepsia|rash|confusion|fatigue|insomnia|sick|sleepy|foggy|sweating|edema|swelling|itching|vomiting)|(?:nausea|nauseous|nauseated|sleepy|sleepiness|somnolent|drowsy|foggy|dizziness|dizzy|drowsiness|sedation|sedating|constipated|hyponatr(?:a)?emia|stomach (?:pain|ache)|abdominal pain|(?:ankle |leg )?swelling|gi upset|gi side effects|gi intolerance|stomach upset|upset stomach|dyspepsia|indigestion|palpitations|gastritis|heartburn|reflux|rash|confusion|vomiting|constipation|brain fog|somnolence|edema|weight gain|aki|acute (?:kidney|renal) (?:injury|failure|disease))\b|(?:so|hence|therefore|and) stopped)/,
    'not-tolerated',
  ],
  [
    /\b(?:partial(?:ly)?(?: relief| response| benefit| improvement| effect)?|some (?:relief|benefit|improvement|help|effect)|(?:helped|helps|helping) (?:a (?:bit|little)|somewhat|slightly|some)|somewhat (?:helpful|effective|better)|modest(?:ly)? (?:relief|benefit|improvement|helpful)|moderate (?:relief|benefit|improvement)|partly (?:better|helpful|effective)|mild (?:relief|benefit|improvement)|marginal(?:ly)? (?:relief|benefit|improvement|better|helpful)|slight(?:ly)? (?:relief|benefit|improvement|better)|(?:a bit|a little|somewhat|partially) better|took the edge off|helped (?:briefly|temporarily|short[- ]term|for a (?:while|bit|few (?:days|weeks)))|(?:temporary|short[- ]lived|transient) (?:relief|benefit|improvement)|takes the edge off|not enough|inadequate (?:relief|response|benefit)|insufficient)/,
    'partial',
  ],
  [
    /\b(?:no (?:(?:lasting|sustained|real|sig|significant|meaningful|clinically meaningful|much|obvious) )?(?:functional )?(?:relief|benefit|improvement|help|effect|response|change|difference|gain)|(?:function|functioning) (?:no better|not improved|unchanged)|no (?:gain|improvement|change) in function|(?:minimal|little|nil|zero|negligible) (?:relief|benefit|improvement|effect|help)|zero (?:change|difference)|nil effect|(?:neither|none|nothing) (?:of (?:them|which|these|those) )?(?:helped|worked|effective)|never (?:really )?(?:helped|worked|did (?:anything|much|a thing))|(?:did(?:n'?t| not)|does(?:n'?t| not)|has(?:n'?t| not)|have(?:n'?t| not)) (?:help|work|improve|do anything)|not (?:helpful|effective|helping|working)|ineffective|unhelpful|useless|failed|failure|without (?:relief|benefit|improvement|effect|success|much (?:relief|benefit|improvement|help))|nothing helped|no better|no good|(?:does|did|do) (?:very )?little|very little (?:effect|benefit|relief|help)|barely (?:helps|helped|works|worked|touch(?:es|ed)?)|(?:neither|none|nothing) (?:of (?:them|which|these|those) )?(?:made (?:a |any )?difference|did (?:anything|much))|(?:helped|worked|effective|helpful) (?:at first|initially)|initially (?:helped|worked|effective|helpful)|wear(?:ing|s) off|did(?:n'?t| not) do (?:much|anything)|did nothing|does nothing|(?:made|makes) no difference|not much (?:help|relief|benefit|better|difference|effect)|(?:did(?:n'?t| not)|does(?:n'?t| not)) help (?:much|a lot)|(?:worked|helped|effective) until|(?:did|does)(?:n'?t| not)\s*$|stopped working|no longer (?:works|working|helps|helping|effective)|wore off|lost (?:its )?effect|didn'?t touch|did not touch|(?:not|isn'?t|is not|wasn'?t|was not) touching|(?:doesn'?t|does not) touch|still (?:\d{1,2}\s?\/\s?10|severe|bad|high|in (?:a lot of )?pain)|(?:pain|symptoms) unchanged|\d{1,2}\s?\/\s?10,? (?:unchanged|persists|persisting|the same|no better|before and (?:after|now|since)|throughout)|without (?:(?:any|meaningful|much|significant|real) )?(?:change|difference)|non-?responsive|refractory)|\(\s?(?:none|nil|no)\s?\)/,
    'ineffective',
  ],
  [
    /\b(?:currently (?:on|taking|using|doing|attending|in)|now on|still on|still taking|(?:was|is|has|had|were|have)(?:n'?t| not| never)(?: been)? (?:stopped|discontinued|ceased|d\/c'?d)|never (?:been )?(?:stopped|discontinued|ceased)|taking|continues|continuing|started|starting|added|ongoing|in progress|attending|doing|so far|too early(?: to (?:judge|tell|say))?|\d+\s?(?:days?|d|wks?|weeks?|months?|mos?) ago|weekly|(?:once|twice) (?:a |per )?week|\d\s?x\s?\/?\s?(?:a |per )?(?:wk|week))\b/,
    'current',
  ],
  [
    /\b(?:helps|helped|helping|helpful|effective|(?:good|decent|great|excellent|reasonable) (?:relief|response|benefit|effect)|working well|works well|significant (?:relief|improvement)|(?:much |significantly )?improved|(?:much )?better)\b/,
    'effective',
  ],
  // "6 weeks on duloxetine, still sore": no relief, read last so an improvement said with it wins ("leg pain improved,
  // back still sore" is a drug that helps its target)
  [/\bstill (?:sore|painful|hurting|symptomatic|struggling)\b/, 'ineffective'],
];

/**
 * "failed naproxen", "intolerant of duloxetine", "no relief with PT": an outcome said just before the thing. In
 * the "failed" row trailing spaces belong to one place only (`(?:\s+word...)?\s*:?\s*$` split them polynomially).
 */
const BEFORE: readonly [RegExp, MedicationOutcome][] = [
  [
    /\b(?:allergic to|allergy to|contraindication to|c\/i to|can'?t take|cannot take|unable to take|avoid(?:ing)?|not a candidate for|so no)\s*$/,
    'contraindicated',
  ],
  [
    /\b(?:intolerant (?:of|to)|intolerance to|couldn'?t tolerate|could not tolerate|(?:did|does|do)(?:n'?t| not) tolerate|unable to tolerate|side effects (?:with|from|on))\s*$/,
    'not-tolerated',
  ],
  [
    /\b(?:partial (?:relief|response|benefit|improvement) (?:with|from|on|to)|some (?:relief|benefit|improvement) (?:with|from|on)|(?:a bit|a little|somewhat|slightly|partially|partly) better (?:with|on))\s*$/,
    'partial',
  ],
  [
    /\b(?:failed|failure of|(?:treatment|trial|therapeutic) failure (?:on|with|of)|no better (?:on|with)|no (?:relief|benefit|improvement|response|help) (?:with|from|on|after|to)|didn'?t respond to|did not respond to|unsuccessful trials? of|not helped by|nothing from)(?:\s+(?:a |an )?(?:(?:trials? of|course of)\s*|\d+\s*(?:wks?|weeks?|months?|mos?)\s+(?:of\s+)?)|\s*)(?::\s*)?$/,
    'ineffective',
  ],
  [
    /\b(?:no better|no (?:relief|benefit|improvement)|not improved|unchanged) (?:after|despite)[^,]{0,25}\b(?:on|with)\s*$/,
    'ineffective',
  ],
  // "pain 7/10 persists on the ibuprofen", "unchanged over the 10 weeks of naproxen": pain that did not move on it
  [
    /\b(?:persists?|persisting|unchanged|the same|no change)\s(?:on|with|despite|over|throughout|through|after)(?:\s(?:the|a|his|her|their))?(?:\s\d{1,3}\s(?:wks?|weeks?|months?|mos?)\s(?:of|on))?\s*$/,
    'ineffective',
  ],
  [/\b(?:(?:much |significantly )?(?:improved|better|good relief) (?:on|with))\s*$/, 'effective'],
  [
    /\b(?:currently (?:on|taking|using|doing|in)|currently|now on|still on|remains on|continues on|switched to|changed to|moved to|rotated to|continuing|taking|takes|uses|using|getting|gets|got hold of|buying|buys|bought|obtaining|sourcing|started (?:on)?|on|doing|does|attending|sees|seeing|in|long-term|longterm|chronic|maintenance|(?:current )?(?:meds|medications)\s?:)(?:\s(?:a|an|the|his|her|their|some))?(?:\s(?:some of |a few of )?(?:his|her|their) (?:wife|husband|partner|son|daughter|mother|mum|mom|father|dad|brother|sister|friend|mate|neighbou?r)'?s)?\s*$/,
    // "has been taking his daughter's ibuprofen": the patient takes it, whoever it was prescribed for; "getting
    // diazepam from a friend", "buying codeine online": an unprescribed supply is taken all the same
    'current',
  ],
];

/** "helps, no side effects": said to rule side effects out, not in. */
const NO_SIDE_EFFECTS =
  /\b(?:no|without|denies|nil) (?:side effects|adverse effects|problems)\b|\b(?:well tolerated|tolerat(?:ing|es) (?:it )?well)\b/g;

const SIDE_EFFECTS_DENIED = new RegExp(NO_SIDE_EFFECTS.source);

/** "no side effects", "well tolerated": the text rules side effects out. */
export const sideEffectsDenied = (raw: string): boolean => SIDE_EFFECTS_DENIED.test(raw);

/** "60 mg, tolerated ok": taking it without trouble says nothing of its effect yet; it is current. */
const TOLERATED = /\b(?:tolerat(?:ed|ing|es)|no (?:side effects|adverse effects|problems)|without side effects)\b/;

/** "stopped after 6 weeks", "stopped since": a stop with no reason, read as not tolerated unless a result is said. */
const STOPPED_AFTER_TIME = /\bstopped (?:after|since)\b/;
const STOPPED_AFTER_TIMES = new RegExp(STOPPED_AFTER_TIME.source, 'g');

/** The outcome the text says besides a stop with no reason; undefined when it holds no such stop. */
function besidesStop(text: string): MedicationOutcome | undefined | null {
  return STOPPED_AFTER_TIME.test(text) ? firstOutcome(text.replace(STOPPED_AFTER_TIMES, ' ')) : null;
}

/** "... but carrying on" read with a stop said outright is a stop all the same. */
const STOP_WORD = /\b(?:stopped|discontinued|ceased|d\/c'?d|came off)\b/;

export function outcomeIn(raw: string): MedicationOutcome | undefined {
  // "naproxen 500 bd, heart failure": a condition's name, not a trial that failed (condition-failure.ts)
  const text = withoutConditionFailures(raw).replace(NO_SIDE_EFFECTS, ' ');
  // "stopped because it worked", "came off it once the pain settled": a response, not intolerance (trial-reasons.ts)
  if (stoppedAsItWorked(text)) return 'effective';
  // "stopped by cardiology, not because of side effects", "stopped because of cost", "ran out": a stop for a cause
  // that is no side effect is only a stop (its dose and length judge the trial) unless a result or a side effect is
  // said besides it (trial-reasons.ts)
  const rest = withoutOtherCauses(text);
  if (rest !== null) {
    const besides = firstOutcome(rest.replace(STOPPED_AFTER_TIMES, ' '));
    // "stopped by the GP, Na was 126": a serious event or lab finding said with the stop is its reason
    if ((besides === undefined || besides === 'current') && seriousEvent(rest)) return 'not-tolerated';
    return besides === 'current' ? undefined : besides;
  }
  // "naproxen stopped after 6 weeks, no help": the trial's result is said, and it is no relief, not intolerance
  const result = besidesStop(text);
  if (result === 'ineffective' || result === 'partial' || result === 'effective') return result;
  // "stopped after 10 days, no side effects": the side effects denied, a stop with no reason is only a stop (its
  // length and dose judge the trial)
  if (result === undefined && sideEffectsDenied(raw)) return undefined;
  const first = firstOutcome(text);
  const carried = carriedThrough(text) && !STOP_WORD.test(text);
  // "hyponatraemia (Na 126) but she is continuing": a serious event or lab finding is no side effect to carry on
  // through; it reads as not tolerated, so the reference's warning leads and the next option steps up
  if (carried && seriousEvent(text)) return 'not-tolerated';
  // "bit of nausea but carrying on": a side effect carried through is no stop; the drug is judged on its effect
  if (first === 'not-tolerated' && carried) return firstOutcome(withoutCarried(text), 'not-tolerated') ?? 'current';
  // "discontinued owing to palpitations": a stop for a reason the rows do not name is a side effect all the same
  if (first === undefined && stoppedForAReason(text)) return 'not-tolerated';
  return first ?? (TOLERATED.test(raw) ? 'current' : undefined);
}

/** The text's only outcome is a stop with no reason ("stopped after 6 weeks"). */
export function stopOnly(raw: string): boolean {
  return besidesStop(withoutConditionFailures(raw).replace(NO_SIDE_EFFECTS, ' ')) === undefined;
}

function firstOutcome(text: string, skip?: MedicationOutcome): MedicationOutcome | undefined {
  for (const [re, outcome] of OUTCOMES) if (outcome !== skip && re.test(text)) return outcome;
  return undefined;
}

/**
 * A drug's own clause with score changes and no outcome word, judged by the minimal important change
 * (clinical-reference.md section 5): "duloxetine 60 mg x 5 wk, pain 7/10 to 6/10" or "naproxen 500 bd x 3 mo
 * (7->7)" reach it nowhere: no response, though the drug is still taken; "60 mg for 6 weeks, pain 6 to 3/10, ODI 40%
 * to 22%" reaches it on every score: effective. Some scores meeting it and some not leaves the words' reading.
 * Drugs only: "walking 20 min daily again, pain 7 -> 6" is a habit, and a therapy's effect is read from its words.
 */
export function drugOutcomeFromScores(
  segment: string,
  said: MedicationOutcome | undefined,
): MedicationOutcome | undefined {
  if (said !== undefined && said !== 'current') return said;
  const response = scoreResponse(segment);
  if (response === 'not-met') return 'ineffective';
  return response === 'met' ? 'effective' : said;
}

/** "previously on oxycodone", "was on gabapentin": taken once, not now, outcome not said. */
const PAST_BEFORE =
  /\b(?:previously|formerly|was|were|had been|used to be|prior(?:ly)?|in the past) (?:on|taking|tried)\s*$/;

export function outcomeBefore(raw: string): MedicationOutcome | undefined {
  if (PAST_BEFORE.test(raw)) return undefined;
  const text = withoutConditionFailures(raw);
  for (const [re, outcome] of BEFORE) if (re.test(text)) return outcome;
  return undefined;
}
