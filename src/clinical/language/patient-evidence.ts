import { findDrugs } from './find-drugs.js';
import { normalize } from './normalize.js';
import { sharedReading } from './shared-readings.js';

/**
 * Is a particular patient described? A case needs patient evidence: an age or sex ("58F", "72 yo", "M 64", "a
 * 58-year-old woman"), a patient word or pronoun ("pt", "she", "this lady"), a visit ("f/u", "seen today"), a score
 * measured ("ODI 44", "pain 7/10"), how long the pain has lasted ("LBP 6/12", "6 months of back pain"), or a history
 * of trials and outcomes ("tried naproxen", "failed duloxetine", "on tramadol 50 bd"). Topic text alone ("pregabalin for sciatica", "tramadol in the elderly", "duloxetine vs pregabalin") is a
 * question. Each cue is a data row with an example it must read and a topic it must not
 * (test/language/patient-evidence.test.ts).
 */
export type EvidenceKind = 'age-sex' | 'person' | 'visit' | 'finding' | 'measure' | 'pain-duration' | 'trial';

export interface EvidenceCue {
  kind: EvidenceKind;
  /** A text the row must read. */
  example: string;
  /** A topic question the row must not read. */
  counter: string;
  /** Tried on the normalized text (lower case, dotted shorthand unified). */
  re?: RegExp;
  /** For cues a pattern alone cannot say (a drug named after "on"). */
  test?: (norm: string) => boolean;
}

/** Units of a pain's duration, UK fractions ("6/52", "3/12") included. */
const UNIT = String.raw`(?:\/\s?(?:52|12|7)|days?|d|weeks?|wks?|w|months?|mos?|mths?|m|years?|yrs?|y)`;
const PAIN = '(?:lbp|back pain|backache|back ache|pain|sciatica|radicular symptoms|symptoms)';

/** Words just before a drug that say the patient takes it ("on tramadol 50 bd", "taking naproxen"). */
// "patients on warfarin" is a group, not this patient; "tramadol with duloxetine" names a pair. A trial counts only
// as one taken ("had a trial of", "her 8-week trial of"): "how long is an adequate trial of duloxetine" is a topic.
const TAKES_BEFORE =
  /(?:(?<!\b(?:patients|people|those|adults|anyone|someone)\s)\bon|\b(?:taking|takes|took|using|uses|started|prescribed|tried|failed|stopped)|\b(?:had|has|started|given|completed|finished|did|after|failed|her|his|their)\s(?:an?\s)?(?:[\w-]{1,12}\s)?trial of)\s(?:regular\s|prn\s|otc\s)?$/;

/** "pt" is this patient, except a kind of patient a topic question names ("in a haemodialysis pt", "for an older pt"). */
const PT = /\bpt\b/g;
const KIND_OF_PT = /\b(?:in|for|with) an?\s(?:[a-z-]{1,20}\s)?$/;

function ptIsThisPatient(norm: string): boolean {
  // an exec loop rather than matchAll, which copies the pattern on every call
  PT.lastIndex = 0;
  for (let m = PT.exec(norm); m; m = PT.exec(norm))
    if (!KIND_OF_PT.test(norm.slice(Math.max(0, m.index - 32), m.index))) return true;
  return false;
}

/**
 * TAKES_BEFORE's words, each before a space, anywhere in the text: every match of TAKES_BEFORE holds one, so a text
 * without any says no drug is taken and is not read for drugs.
 */
const TAKES_WORD = /(?:on|taking|takes|took|using|uses|started|prescribed|tried|failed|stopped|trial of)\s/;

function drugTaken(norm: string): boolean {
  if (!TAKES_WORD.test(norm)) return false;
  return findDrugs(norm).some((m) => TAKES_BEFORE.test(norm.slice(Math.max(0, m.start - 36), m.start)));
}

export const EVIDENCE_CUES: readonly EvidenceCue[] = [
  // age or sex
  {
    kind: 'age-sex',
    example: '58F chronic LBP, ?next',
    counter: 'max dose of naproxen 500 mg',
    re: /\b\d{2,3}\s?(?:m|f|yo|y\/o|yom|yof|yrs? old)\b/,
  },
  {
    kind: 'age-sex',
    example: 'a 58-year-old woman with sciatica',
    counter: 'tramadol in the elderly',
    re: /\b\d{1,3}[- ]?(?:years?|yrs?)[- ]?old\b|\baged?:?\s?\d{2,3}\b/,
  },
  {
    kind: 'age-sex',
    example: 'M 64, back pain, pregabalin?',
    counter: 'MME 90 threshold',
    re: /\b(?:m|f|male|female)\s?[,/]?\s?\d{2,3}\b/,
  },
  // a patient word or pronoun
  {
    kind: 'person',
    example: 'this lady has sciatica, gabapentin or pregabalin?',
    counter: 'gabapentin or pregabalin for sciatica in older adults',
    re: /\b(?:this|the|my|our)\s(?:(?:young|older|elderly|old)\s)?(?:lady|gentleman|gent|woman|man|chap|guy|patient|pt|client)\b|\ban?\s(?:(?:young|older|elderly|old)\s)?(?:lady|gentleman|gent|woman|man|chap|guy)\b/,
  },
  {
    kind: 'person',
    example: 'pt with LBP, wants something stronger',
    counter: 'lyrica in a haemodialysis pt',
    test: ptIsThisPatient,
  },
  {
    kind: 'person',
    example: 'patient has sciatica, gabapentin or pregabalin?',
    counter: 'duloxetine in patients with CKD',
    re: /(?:^|[.;,:]\s?)patient\b|\bpatient (?:is|has|had|was|reports|complains|takes|took|tried|failed|on|with)\b/,
  },
  {
    kind: 'person',
    example: 'she is on sertraline, can she have tramadol',
    counter: 'sertraline and tramadol interaction',
    re: /\b(?:he|she|him|his|her|hers|himself|herself)\b/,
  },
  // a finding said of someone: reported, denied, negated, new ("denies numbness", "no fever but has weight loss")
  {
    kind: 'finding',
    example: 'denies numbness, tingling or weakness in the legs',
    counter: 'what has the best evidence for sciatica',
    re: /(?<!\b(?:what|which|who|that|it|drug|one)\s)\b(?:denies|denied|reports|reported|complains of|presents with|presented with|developed|has had|has|had)\s(?!to\b|been shown\b)[a-z]/,
  },
  {
    kind: 'finding',
    example: 'ORT not done yet; no discussion of risks so far.',
    counter: 'no evidence for tramadol?',
    re: /(?:^|[,;.(]\s?)(?:no|nil)\s(?!evidence\b|benefit of\b|role\b|need\b|difference\b)[a-z]|\bnot (?:done|yet|tried|asked|checked|assessed|discussed)\b|\b(?:never|not) (?:tried|had|done)\b/,
  },
  {
    kind: 'finding',
    example: 'kidney transplant on tacrolimus, new LBP and fevers',
    counter: 'new guideline for back pain',
    re: /\bnew(?:-| )(?:onset )?(?:lbp|back pain|pain|sciatica|leg pain|weakness|numbness|symptoms|fevers?|incontinence|retention|foot drop)\b/,
  },
  // a visit, or a score measured on this patient
  {
    kind: 'visit',
    example: 'f/u: CLBP, duloxetine 60 mg x 8 wk, anything to add?',
    counter: 'follow-up interval during medication changes',
    re: /\b(?:f\/u:|(?:seen|reviewed|assessed|examined) (?:today|in clinic|this morning)|(?:returns|re-?attends|attends|presents|presented|came in) (?:with|today|for|after|complaining)|at (?:today's|this) (?:visit|review|appointment))/,
  },
  {
    kind: 'measure',
    example: 'ODI 44 -> 30 on duloxetine, anything to add?',
    counter: 'what ODI change is meaningful',
    re: /\b(?:odi|oswestry|nrs|vas|pain score|start ?back|sbt)\b[^.;\n\d]{0,10}\d{1,3}\b(?!\s?(?:mg|mcg|g)\b)|\bpain \d{1,2}\s?(?:->|→)|(?<![\d/.])\d{1,2}\s?\/\s?10\b(?!\s?\/)/,
  },
  // how long the pain has lasted
  {
    kind: 'pain-duration',
    example: 'LBP x 6/12, naproxen next?',
    counter: 'how long should a duloxetine trial last',
    re: new RegExp(String.raw`\b${PAIN}\b[^.;\n\d]{0,20}\b\d{1,3}(?:\.\d)?\s?${UNIT}(?![a-z])`),
  },
  {
    kind: 'pain-duration',
    example: '6 months of low back pain',
    counter: 'chronic low back pain guideline',
    re: new RegExp(
      String.raw`\b\d{1,3}\s?(?:weeks?|wks?|months?|mos?|mths?|years?|yrs?|\/52|\/12)\s(?:of|with)\s(?:[a-z]+\s){0,2}${PAIN}\b`,
    ),
  },
  {
    kind: 'pain-duration',
    example: 'back pain since March',
    counter: 'back pain red flags',
    re: new RegExp(String.raw`\b${PAIN}\b[^.;\n\d]{0,20}\bsince\b|\b(?:started|began|onset)\b[^.;\n]{0,20}\bago\b`),
  },
  // a history of trials and outcomes
  {
    kind: 'trial',
    example: 'tried naproxen, what now',
    counter: 'naproxen or ibuprofen first',
    re: /\b(?:tried|failed|trialled|trialed|intolerant (?:of|to)|(?:couldn't|could not|unable to|can't|cannot) tolerate|stopped|discontinued|ceased)\b/,
  },
  {
    kind: 'trial',
    example: 'duloxetine 60 mg no relief',
    counter: 'duloxetine 60 mg dose',
    re: /\b(?:no|minimal|partial|little|some) (?:relief|help|benefit|improvement|response)\b|\b(?:didn't|did not|doesn't|does not|hasn't|has not) (?:help|work)(?:ed)?\b|\b(?:tolerating|(?:not|poorly|badly) tolerated|helping|(?:pain|symptoms) (?:improved|worse|unchanged|better))\b/,
  },
  {
    kind: 'trial',
    example: 'on tramadol 50 bd, pain worse',
    counter: 'tramadol 50 mg every 6 hours maximum',
    test: drugTaken,
  },
];

const readsCue = (cue: EvidenceCue, norm: string): boolean => (cue.re ? cue.re.test(norm) : !!cue.test?.(norm));

/** The kinds of patient evidence the text holds (empty for topic text). */
export function patientEvidence(text: string): EvidenceKind[] {
  return sharedReading('patientEvidence', patientEvidenceOnce, text);
}

function patientEvidenceOnce(text: string): EvidenceKind[] {
  if (typeof text !== 'string' || !text.trim()) return [];
  const norm = normalize(text.slice(0, 20_000));
  const kinds = new Set<EvidenceKind>();
  for (const cue of EVIDENCE_CUES) if (!kinds.has(cue.kind) && readsCue(cue, norm)) kinds.add(cue.kind);
  return [...kinds];
}

/**
 * The text describes a particular patient (age or sex, a patient word, the pain's duration, or trials): whether
 * patientEvidence finds any kind, stopping at the first cue that reads (every caller but the tests asks only this).
 */
export function hasPatientEvidence(text: string): boolean {
  return sharedReading('hasPatientEvidence', hasPatientEvidenceOnce, text);
}

function hasPatientEvidenceOnce(text: string): boolean {
  if (typeof text !== 'string' || !text.trim()) return false;
  const norm = normalize(text.slice(0, 20_000));
  return EVIDENCE_CUES.some((cue) => readsCue(cue, norm));
}
