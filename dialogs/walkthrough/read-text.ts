import { OPENING_AGE } from '../../src/clinical/language/measures.js';
import { normalize, stripTrailing } from '../../src/clinical/language/normalize.js';
import { hasPatientEvidence } from '../../src/clinical/language/patient-evidence.js';
import { isQuestion } from '../../src/clinical/language/question-shape.js';
import { asideStart } from '../../src/clinical/language/aside.js';
import { sharedReading } from '../../src/clinical/language/shared-readings.js';
import { type Sex, type StatedSex, statedAgeRange, statedSex } from '../../src/clinical/language/stated-patient.js';
import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import {
  calculatorFacts,
  extractCaseFacts,
  findDrugs,
  isCalculatorCommand,
  runCalculatorCommand,
  type Extraction,
} from './ports.js';

/** The text each extracted patch was read from, so a patch's caller can ask for its patient evidence (case-signal.ts). */
const readFrom = new WeakMap<object, string>();

/** The text `patch` was read from by `extraction`, if it came from there. */
export function sourceText(patch: object): string | undefined {
  return readFrom.get(patch);
}

/**
 * extractCaseFacts for this turn's text: computed once per turn although several routes ask (extractCaseFacts is a
 * shared reading: src/clinical/language/shared-readings.ts).
 */
export function extraction(text: string, receivedAt: string): Extraction {
  const result = extractCaseFacts(text, receivedAt);
  readFrom.set(result.patch, text);
  return result;
}

const DOSE_QUESTION = /\b(dose|doses|dosing|dosage|how much|max|maximum|titrat\w*|mme)\b/i;

/**
 * A question asked inside the sentence, with or without a question mark: "he is on warfarin, can I give ibuprofen",
 * "duloxetine vs pregabalin for sciatica", "tramadol with duloxetine safe".
 */
const ASKED = [
  /\b(can|could|should|may|would|shall) (i|we|you|he|she|they|one|it|the patient|the pt|pt|patient|this patient)\b/i,
  /\b(is it|is this|is that|is there|are they|are there|it is|it's|is|are) (ok|okay|safe|fine|appropriate|reasonable|advisable|a problem|an interaction)\b/i,
  /\b(ok|okay|safe|fine|alright) to (give|use|start|add|combine|take|prescribe|continue|switch|try|mix)\b/i,
  /\b(vs\.?|versus)(?=\s)/i,
  /\bcombine\b/i,
  /\b(which (is|one|drug|option)|what about|better for|preferred for|first choice)\b/i,
  // a failure imagined, not reported: "what's left if that doesn't work", "and if it fails"
  /\bif (that|it|this|they|those|these|he|she) (fails?|doesn'?t (work|help)|does not (work|help)|(is|are)n'?t (tolerated|enough|working)|stops? working)\b/i,
];

/** Words that ask about the evidence or the pathway, never a reply about the patient ("spinal manipulation evidence"). */
// "No evidence of radiculopathy" and "no other options tried" stay facts: a negated word is not asked about.
const TOPIC =
  /(?<!\bno\s(?:other\s)?)\b(?:evidence|options)(?:\s+(?:for|on|in|after|base)\b|\s*[?.!]*$)|\b(?:pitfalls|common mistakes|sources|references)\b|\binteractions? between\b/i;

/** A drug pair followed by its worry ("tramadol with duloxetine safe", "... serotonin risk"); one drug is an answer ("60 mg, it was safe"). */
const PAIR_WORRY = /\b(safe|interaction|interactions|interact|(serotonin|bleeding|seizure) risk)\s*[?.!]*$/i;

/** A superset of the words that join two drugs offered as alternatives ("X or Y", "X vs Y", "X versus Y"). */
const ALTERNATIVE_CUE = /or|vs|versus/i;

const ITEM_RUN = /\b\d\s+\d\s+\d\b/;

const SCORE_FACTS = ['startBack', 'startBackRisk', 'oswestryPercent'] as const;

/**
 * A calculator command, unless it only states a score the calculator cannot compute ("STarT Back high risk",
 * "STarT Back 7/9, psychosocial 4"): that is a fact for the open case, not a request for the item-by-item calculator.
 */
function calculatorAsk(t: string, receivedAt: string): boolean {
  if (!isCalculatorCommand(t.toLowerCase())) return false;
  // A run of item answers ("STarT Back 1 1 1") is for the calculator, whatever it computes: known before running it.
  if (ITEM_RUN.test(t)) return true;
  const computed = runCalculatorCommand(t);
  if (computed && Object.keys(calculatorFacts(computed)).length > 0) return true;
  // Impossible scores, and an ODI with too many sections missing, are for the calculator to refuse, never case facts.
  if (computed?.result?.kind === 'invalid' || computed?.result?.kind === 'incomplete') return true;
  // the turn's own reading (the date only matters for "since March"-style durations, never for scores)
  const patch = extractCaseFacts(t, receivedAt).patch as Record<string, unknown>;
  return !SCORE_FACTS.some((k) => patch[k] !== undefined);
}

/**
 * Two drugs offered as alternatives ("gabapentin or pregabalin for radicular pain"), or a pair and its worry: a
 * question about the drugs.
 */
function drugQuestion(text: string): boolean {
  // Both shapes need a cue word; without one, a long paste is not read for drugs a second time.
  const worry = PAIR_WORRY.test(text);
  if (!worry && !ALTERNATIVE_CUE.test(text)) return false;
  const mentions = findDrugs(text);
  if (worry && new Set(mentions.map((m) => m.drug)).size >= 2) return true;
  return mentions.some((m, i) => {
    const next = mentions[i + 1];
    return next !== undefined && /^\s*(or|vs\.?|versus)\s*$/i.test(text.slice(m.end, next.start));
  });
}

/**
 * A question for the answers (dosing, guideline, calculators), not a reply or a fact for the walk-through. Read once
 * per turn, though the answer, narrative and update routes all ask.
 */
export function looksLikeQuestion(text: string, receivedAt: string): boolean {
  return sharedReading('looksLikeQuestion', looksLikeQuestionOnce, text, receivedAt);
}

function looksLikeQuestionOnce(text: string, receivedAt: string): boolean {
  const t = text.trim();
  return (
    isQuestion(t) ||
    DOSE_QUESTION.test(t) ||
    calculatorAsk(t, receivedAt) ||
    ASKED.some((re) => re.test(t)) ||
    TOPIC.test(t) ||
    drugQuestion(t) ||
    asksBeforeAside(t)
  );
}

/** "dulox ok? oh and eGFR 25": a question followed by an aside about the patient (aside.ts) is still a question. */
function asksBeforeAside(t: string): boolean {
  const cut = asideStart(t, 0, t.length);
  // the aside's cue may open on the question's own "?" ("keep the naproxen? she started rivaroxaban"): kept with it
  return cut > 0 && cut < t.length && isQuestion(t.slice(0, t[cut] === '?' ? cut + 1 : cut).trim());
}

const UNSURE =
  /^(not sure|unsure|don'?t know|do not know|dunno|unknown|no idea|n\/?a|not known|not done|not measured|\?)$/i;

export function isUnsure(text: string): boolean {
  return UNSURE.test(stripTrailing(text.trim(), '.!'));
}

const FOLLOW_UP =
  /\b(later|follow[- ]?up|f\/u|since (the )?last|returns|came back|back today|review(ed)? today|at review|now on)\b/i;
/**
 * The patient's age and sex opening the text, after at most a short header ending in a colon or a dash ("ED
 * handover:", "Dear Dr, Re:", "S:", "Pt:", "NP note -"); "duloxetine in a 60 year old?" has no header. The header
 * is bounded, so the pattern stays linear.
 */
const NEW_PATIENT = /^(?:[^0-9]{0,40}?[:\-–])?\s*\d{1,3}\s*(yo|y\/o|y\.o\.|-?year|yr|[mf]\b)/i;

/**
 * Words said before a description of someone else, each with an example (test/walkthrough/another-patient.test.ts):
 * checked at the start of the text only, so "another patient of mine had..." later in a note does not count.
 */
export const NEXT_PATIENT_ROWS: readonly { cue: string; example: string }[] = [
  { cue: 'next one', example: 'next one: 73F, LBP x 3 yrs' },
  { cue: 'next patient', example: 'my next patient is a 77 yo man with LBP' },
  { cue: 'next pt', example: 'next pt - 44F LBP 6 months' },
  { cue: 'next:', example: 'next: 34F LBP 8/12 failed ibuprofen' },
  { cue: 'another one', example: 'another one for you - 68M retired, LBP >2y' },
  { cue: 'another patient', example: 'another patient: 50M LBP 1 yr' },
  { cue: 'another pt', example: 'another pt, 39F, LBP 5/12' },
  { cue: 'one more', example: 'one more - 23 yo F, LBP 4 months' },
  { cue: 'different patient', example: 'different patient: 61M, LBP 2 yrs' },
  { cue: 'different pt', example: 'different pt - 31M, LBP 6 months' },
  { cue: 'new patient', example: 'new patient, 45F, LBP 9 months' },
  { cue: 'new pt', example: 'new pt 52M LBP 1yr' },
  { cue: 'separate patient', example: 'separate patient - 70F, LBP 3 yrs' },
  { cue: 'unrelated', example: 'unrelated to him - 29F, LBP 5 months' },
  { cue: 'pt 2', example: 'pt 2 of the clinic: 56M, LBP 14/12' },
  { cue: 'patient 2', example: 'patient 2: 48F, LBP 10 months' },
  { cue: 'second patient', example: 'second patient 66M chronic LBP' },
  { cue: 'following patient', example: 'following patient - 37M, LBP 7 months' },
  { cue: 'different one', example: 'different one: 58F, LBP 2 yrs, on naproxen' },
  { cue: 'similar story', example: 'similar story, this time a 63M builder with LBP 1 yr' },
  { cue: 'similar case', example: 'a similar case - 45F teacher, LBP 8 months' },
  { cue: 'similar patient', example: 'similar patient to that one: 71M, LBP 3 yrs' },
];
const literal = (row: string) => row.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const NEXT_PATIENT = new RegExp(
  `^[\\W_]{0,8}(?:\\w+\\W+){0,3}?(?:${NEXT_PATIENT_ROWS.map((r) => literal(r.cue)).join('|')})`,
  'i',
);

/**
 * Words that open a late fact about the open case's patient ("one more thing, he takes St John's wort", "oh and she's
 * on clopidogrel", "forgot to say - eGFR 28"), each with an example and a counter-example that still opens another
 * case (test/walkthrough/late-fact.test.ts): a late fact updates the open case, so "one more" (NEXT_PATIENT_ROWS)
 * said before one is no new patient. An age and sex opening the text (NEW_PATIENT) still is.
 */
export const LATE_FACT_ROWS: readonly { cue: string; example: string; counter: string }[] = [
  {
    cue: 'one more thing',
    example: "one more thing, he takes St John's wort",
    counter: 'one more - 23 yo F, LBP 4 months',
  },
  { cue: 'one more point', example: 'one more point: she is on sertraline 100', counter: 'one more: 44F LBP 6 months' },
  { cue: 'one more detail', example: 'one more detail - eGFR 41', counter: 'one more for you, 52M LBP 1yr' },
  {
    cue: 'one other thing',
    example: "one other thing, he's on warfarin",
    counter: 'another one for you - 68M retired, LBP >2y',
  },
  { cue: 'forgot to (?:say|mention|add)', example: 'forgot to say - eGFR 28', counter: 'next pt - 44F LBP 6 months' },
  { cue: 'oh and', example: "oh and she's on clopidogrel since the stent", counter: 'next one: 73F, LBP x 3 yrs' },
  {
    cue: 'should have (?:said|mentioned)',
    example: 'should have said, she takes apixaban',
    counter: 'new pt 52M LBP 1yr',
  },
  { cue: 'also', example: 'also he takes fluoxetine 20', counter: 'another patient: 50M LBP 1 yr' },
];
// a thanks or an acknowledgement may come first: "Thanks. One more thing - he told the pharmacist ..."
const LATE_FACT = new RegExp(
  `^[\\W_]{0,8}(?:(?:thanks|thank you|cheers|ok|okay|great|right|ta|got it)[\\W_]{1,4})?(?:${LATE_FACT_ROWS.map((r) => r.cue).join('|')})\\b`,
  'i',
);

/** The text opens with words of a late fact about the open case's patient (LATE_FACT_ROWS). */
export function opensWithLateFact(text: string): boolean {
  return LATE_FACT.test(text);
}

/**
 * Words that say the text is about someone other than the open case's patient, each with an example
 * (test/walkthrough/another-patient.test.ts): a colleague's patient, "not this lady", the clinician's own relative.
 * Checked in the text's opening only (OPENING_CHARS), where a clinician says whom the message is about; "his wife
 * rang" and "daughter called: mum's been unsteady" report on the open patient and are not rows.
 */
/** Someone with the patient who may ask about their own problem. */
const COMPANION =
  '(?:daughter|son|wife|husband|hubby|partner|boyfriend|girlfriend|fiancee?|carer|caregiver|mother|father|mum|mom|dad|sister|brother|friend|neighbou?r)';
/** The companion's own age or a bracket said after the word: "wife, 58,", "boyfriend (19 yo)", "partner 45". */
const COMPANION_AGE = '(?: \\([^()]{1,30}\\)|,? \\d{2,3}(?: ?(?:yo|y\\/o|yrs? old|years? old|[mf]))?,?)';
/** Back pain as the companion's own complaint: "has LBP", "gets sciatica", "suffers from chronic back pain". */
const OWN_BACK_PAIN =
  '(?:has|gets|suffers from|complains of) (?:(?:bad|chronic|low|lower|some) )?(?:(?:back|neck|knee|hip|shoulder) (?:pain|ache|problems)|backache|lbp|clbp|sciatica)\\b';

/**
 * A row's `words` say it; or, with `followedBy`, `words` and then `followedBy` within the next `within` characters
 * of the same sentence (two linear searches: a gap pattern between them would not be linear,
 * test/security/regex-linear.test.ts).
 */
export interface OtherPersonRow {
  cue: string;
  words: string;
  followedBy?: string;
  within?: number;
  example: string;
}

export const OTHER_PERSON_ROWS: readonly OtherPersonRow[] = [
  {
    cue: "colleague's patient",
    words: "colleague'?s (?:patient|pt)",
    example: "Quick q about my colleague's patient: 52F, LBP 1 yr, on sertraline",
  },
  {
    cue: 'not this lady',
    words: 'not (?:this|the same|my) (?:lady|woman|man|gentleman|gent|guy|chap|patient|pt|one)\\b',
    example: 'not this man, one from clinic - 70F with LBP 2 years on naproxen',
  },
  {
    cue: 'my dad',
    // a bracket may stand between the person and the verb: "my dad (in his 80s) has"
    words:
      "my (?:dad|father|mum|mom|mother|wife|husband|partner|son|daughter|brother|sister|gran|grandma|grandmother|grandad|grandpa|grandfather|uncle|aunt|friend|neighbou?r)(?: \\([^()]{1,30}\\))?(?:'s|,| is| has| had| was| takes| took)",
    example: 'a personal one: my mum has had back pain for years and takes ibuprofen daily',
  },
  {
    cue: 'her own back',
    // a relative or companion asking about their own problem; "her daughter says she takes extra" reports on the
    // patient, and "manages on his own" is alone
    words: `${COMPANION}\\b`,
    followedBy: '(?<!\\bon )\\b(?:her|his|their) own\\b(?! accord)',
    within: 60,
    example: 'Her son, who is 40, asked about his own back: LBP 6 months, on ibuprofen',
  },
  {
    cue: 'her husband (70) ... his own knee',
    // a companion then an "own" of the companion's sex, further on in the sentence ("Her husband (70), who drove her
    // in, asks whether he can ... for his own knee"): the pronoun names the companion, so the reach is longer
    words: '(?:son|husband|father|dad|brother|boyfriend|grandson|nephew|uncle)\\b',
    followedBy: '\\bhis own\\b(?! accord)',
    within: 110,
    example: 'Her husband (70), who drove her here, wonders if he could use some of her naproxen for his own knee',
  },
  {
    cue: 'his daughter (40) ... her own back',
    words: '(?:daughter|wife|mother|mum|mom|sister|girlfriend|granddaughter|niece|aunt)\\b',
    followedBy: '\\bher own\\b(?! accord)',
    within: 110,
    example: 'His daughter (40) who brings him in is asking if she can try some of his pregabalin for her own back',
  },
  {
    cue: 'his wife ... her knees',
    // the patient's relative of the other sex asking about themselves: "his wife" then "about her" is the wife
    words: 'his (?:wife|daughter|mother|mum|sister|girlfriend)\\b',
    followedBy: '\\babout her\\b(?! (?:husband|wife|son|daughter|dad|father|mum|mother|partner)\\b)',
    within: 40,
    example: 'his wife wants to know about her knees - OA, on naproxen, is that ok with her asthma?',
  },
  {
    cue: 'her husband ... his shoulder',
    words: 'her (?:husband|son|father|dad|brother|boyfriend)\\b',
    followedBy: '\\babout his\\b(?! (?:husband|wife|son|daughter|dad|father|mum|mother|partner)\\b)',
    within: 40,
    example: 'her husband was asking about his shoulder: on ibuprofen 400 tds, is that ok with his warfarin?',
  },
  {
    cue: 'the carer has back pain too',
    words: `${COMPANION} (?:also )?${OWN_BACK_PAIN}`,
    example: 'the carer has back pain too, on co-codamol 30/500, can she take naproxen?',
  },
  {
    cue: 'her partner (45) also has LBP, on naproxen',
    // with the companion's own age, their back pain and then more about it (their medicine, a question) makes them
    // a patient: their age and medicines must not join the open case. A bare "her boyfriend (19 yo) also has LBP"
    // is a remark: the case stays open (a held under-18 stays held) and the age is set aside (merge-facts.ts).
    words: `${COMPANION}${COMPANION_AGE} (?:also )?${OWN_BACK_PAIN}(?: too| as well)?(?:,| -|;|:) ?\\w`,
    example: 'her partner (45) also has LBP, on naproxen - ok with his asthma?',
  },
  {
    cue: 'someone else',
    words: '(?:for|about) (?:someone|somebody) else\\b',
    example: 'asking for someone else: 61M, LBP 2 yrs, naproxen no help',
  },
];
const OTHER_PERSON = new RegExp(
  `\\b(?:${OTHER_PERSON_ROWS.filter((r) => !r.followedBy)
    .map((r) => r.words)
    .join('|')})`,
);
/** The two-part rows: where the first part is found, the second is looked for in the rest of that sentence. */
const OTHER_PERSON_PAIRS = OTHER_PERSON_ROWS.filter((r) => r.followedBy).map((r) => ({
  first: new RegExp(`\\b(?:${r.words})`, 'g'),
  followedBy: new RegExp(r.followedBy!),
  within: r.within ?? 40,
}));

/** Whether the text (normalised, its opening only) says it is about someone other than the open case's patient. */
function saysOtherPerson(opening: string): boolean {
  if (OTHER_PERSON.test(opening)) return true;
  return OTHER_PERSON_PAIRS.some(({ first, followedBy, within }) => {
    first.lastIndex = 0;
    for (let m = first.exec(opening); m; m = first.exec(opening)) {
      const from = m.index + m[0].length;
      const rest = opening.slice(from, from + within);
      const end = rest.search(/[.?!]/);
      if (followedBy.test(end < 0 ? rest : rest.slice(0, end))) return true;
    }
    return false;
  });
}
/** The opening in which OTHER_PERSON_ROWS are looked for: "Off topic but my dad is 81" fits, a long note's body does not. */
const OPENING_CHARS = 100;

/**
 * Words that say a regimen is taken in addition to what the case holds, not instead of it ("another doctor is also
 * prescribing him oxycodone 10 bd", "PDMP shows a second prescriber giving him oxycodone 10 bd as well"): a second
 * medication (merge-facts.ts mergeMedications), so every opioid counts toward the MME (clinical-reference.md
 * section 4). Each with an example and a counter-example that replaces the dose (test/walkthrough/second-regimen.test.ts).
 * A leading "also," opens a late fact (LATE_FACT_ROWS) and is no row.
 */
export const IN_ADDITION_ROWS: readonly { cue: string; example: string; counter: string }[] = [
  {
    cue: "(?:is|are|'s|he|she|they|has|have|was) also\\b",
    example: 'another doctor is also prescribing him oxycodone 10 bd.',
    counter: 'also, he is now on oxycodone 10 bd',
  },
  {
    cue: 'also (?:on|takes?|taking|has|having|gets?|getting|prescrib\\w*|given|giving|using|uses)\\b',
    example: 'oh and he also has oxycodone IR 5 mg up to qds for breakthrough',
    counter: 'oxycodone was increased to 10 bd',
  },
  {
    cue: 'as well\\b',
    example: 'PDMP shows a second prescriber giving him oxycodone 10 bd as well',
    counter: 'oxycodone now 10 bd',
  },
  {
    cue: 'too\\b[.!?]*$',
    example: 'forgot to say - OxyNorm 5 mg qds prn too',
    counter: 'oxycodone 10 bd, too sedated on 20',
  },
  {
    cue: 'in addition\\b',
    example: 'in addition he gets oxycodone 10 bd from the pain clinic',
    counter: 'he takes oxycodone 10 bd',
  },
  { cue: 'on top of\\b', example: 'oxycodone 10 bd on top of the 5 qds', counter: 'changed to oxycodone 10 bd' },
  {
    cue: '(?:another|second|other|2nd|different) (?:doctor|gp|prescriber|clinic|practice|dentist|surgeon|pain clinic)\\b',
    example: 'a second prescriber gives him oxycodone 10 bd',
    counter: 'his GP switched him to oxycodone 10 bd',
  },
];
/** The text says a regimen is taken in addition (IN_ADDITION_ROWS). */
export const IN_ADDITION = new RegExp(`\\b(?:${IN_ADDITION_ROWS.map((r) => r.cue).join('|')})`, 'i');

/** Words that keep a description with the open case: a correction of what was said ("sorry, she's 64 not 46"). */
export const CORRECTION =
  /\b(correction|corrected|typo|sorry|actually|i meant|meant to (say|type|write)|should (be|read|say)|edit(ed)?|amend(ed|ment)?|(was|were) wrong|mistyped|misread|my mistake|in error)\b|\bnot \d/i;

/**
 * A patient imagined in a question ("if I had an 80-year-old man with that history", "what if she were 80", "say a
 * 70F with the same story"): with another age or sex than the open case's it is someone else; with the same, a
 * question about the open case.
 */
const HYPOTHETICAL =
  /\b(?:what if|if i had|if (?:she|he|they|the patient|the pt|pt) (?:were|was)|hypothetically|suppose|imagine)\b|(?:^|[,;:.?!-] ?)(?:let's say|say) (?:a|an|she|he)\b/i;
/** "what if she were 80": the pronoun of the imagined patient. */
const HYPOTHETICAL_PRONOUN = /\bif (she|he) (?:were|was)\b/;
/** "what if she were 80", "if he was 45": an age said after the verb of the hypothetical. */
const HYPOTHETICAL_AGE =
  /\b(?:were|was) (?:a |an )?(\d{2,3})\b(?! ?(?:mg|%|\/|kg|weeks?|wks?|months?|days?|years? ago))/i;

/** An age more than a birthday away from the open case's is someone else. */
const SAME_PERSON_AGE_GAP = 1;
/** A text this long that describes a particular patient is a description even when it ends with a question. */
const DESCRIPTION_CHARS = 120;
const ELAPSED = /\b(\d{1,3})\s*(weeks?|wks?|months?|mos?)\s+later\b/i;

/**
 * A description that stays a case even when it ends with a question ("55M LBP 1 yr, failed naproxen and
 * duloxetine ...; can I start opioids?"): it opens with the patient's age or sex, or is long and describes a
 * particular patient (patient-evidence.ts); a long topic question stays a question.
 */
export function looksLikeCaseDescription(text: string, longChars: number): boolean {
  return NEW_PATIENT.test(text) || (text.length >= longChars && hasPatientEvidence(text));
}

/**
 * A pasted description of another patient rather than more about this one: it opens with age and sex or with
 * "next one:"-style words, and has no follow-up or correction words.
 */
export function looksLikeNewPatient(text: string): boolean {
  return (
    (NEW_PATIENT.test(text) || (NEXT_PATIENT.test(text) && !LATE_FACT.test(text))) &&
    !FOLLOW_UP.test(text) &&
    !CORRECTION.test(text)
  );
}

/** The open case's patient as the record knows them: the facts (age) and the sex its first description stated. */
export interface OpenPatient {
  facts: Pick<CaseFacts, 'age'> & Partial<CaseFacts>;
  sex?: Sex | undefined;
}

/**
 * Whether the stated age is someone else's: more than a birthday from the open case's age, or outside a decade said
 * ("woman in her 60s") by more than that.
 */
function agesDiffer(text: string, statedAge: number | undefined, caseAge: number | undefined): boolean {
  if (caseAge === undefined) return false;
  if (statedAge !== undefined) return Math.abs(statedAge - caseAge) > SAME_PERSON_AGE_GAP;
  const range = statedAgeRange(text);
  return (
    range !== undefined && (caseAge < range.min - SAME_PERSON_AGE_GAP || caseAge > range.max + SAME_PERSON_AGE_GAP)
  );
}

/**
 * Someone else named or described: the text's opening says it is another person's (OTHER_PERSON_ROWS), or it states
 * the other sex than the open case's patient without correction words ("sorry, she's female"), even with follow-up
 * words (a follow-up does not change the patient's sex). A question ("what about a 45F on ...?") must also state a
 * differing age, or say it with a pronoun and an age ("she's 70 too, ..."): "duloxetine in a 60 year old woman?"
 * asks about an age and sex, not about another patient. The routes ask this before reading a text as an answer or
 * a question for the answers.
 */
export function namesAnotherPatient(text: string, open: OpenPatient, receivedAt: string): boolean {
  if (saysOtherPerson(normalize(text).slice(0, OPENING_CHARS))) return true;
  const said = statedSex(text);
  if (HYPOTHETICAL.test(text) && !CORRECTION.test(text)) return hypothesisDiffers(text, said, open, receivedAt);
  if (!said || open.sex === undefined || said.sex === open.sex || CORRECTION.test(text)) return false;
  if (!looksLikeQuestion(text, receivedAt) || looksLikeCaseDescription(text, DESCRIPTION_CHARS)) return true;
  return said.pronoun || agesDiffer(text, extraction(text, receivedAt).patch.age, open.facts.age);
}

/** A hypothetical patient with another sex ("what if she were 80" of a man) or age than the open case's. */
function hypothesisDiffers(text: string, said: StatedSex | undefined, open: OpenPatient, receivedAt: string): boolean {
  const pronoun = HYPOTHETICAL_PRONOUN.exec(normalize(text))?.[1];
  const sex = said?.sex ?? (pronoun === undefined ? undefined : pronoun === 'she' ? 'female' : 'male');
  if (sex !== undefined && open.sex !== undefined && sex !== open.sex) return true;
  const age = extraction(text, receivedAt).patch.age ?? Number(HYPOTHETICAL_AGE.exec(text)?.[1] ?? Number.NaN);
  return agesDiffer(text, Number.isNaN(age) ? undefined : age, open.facts.age);
}

/**
 * Whether a description mid-case is someone else's. Merging another patient into the open case would mix two
 * people's medicines and findings, so any of these opens a new case (the clinician can say "switch to case A"):
 * - it names or describes someone else (namesAnotherPatient: "my colleague's patient", the other sex);
 * - it looks like a new patient (above). A re-paste of the open case with one value changed opens a new case too:
 *   another patient written on the same template (same age and sex, most values alike) must never be merged, and
 *   a needless new case costs one "switch to case A";
 * - it states an age the open case's contradicts (more than a birthday apart), without follow-up or correction words;
 *   a question ("duloxetine in a 60 year old?") only asks about an age.
 */
export function describesAnotherPatient(
  text: string,
  patch: Partial<CaseFacts>,
  open: OpenPatient,
  receivedAt: string,
): boolean {
  if (namesAnotherPatient(text, open, receivedAt)) return true;
  const ageDiffers = agesDiffer(text, patch.age, open.facts.age);
  if (looksLikeNewPatient(text)) return true;
  if (FOLLOW_UP.test(text) || CORRECTION.test(text)) return false;
  if (looksLikeQuestion(text, receivedAt) && !looksLikeCaseDescription(text, DESCRIPTION_CHARS)) return false;
  return ageDiffers || openingAgeDiffers(text, open.facts.age) || painHistoryShorter(text, patch, open.facts);
}

/**
 * "72, LBP 5 months, ibuprofen 400 tds no help": a bare age opening a description (a number, a comma, then the back
 * pain) is the age of the patient described; more than a birthday from the open case's, it is someone else.
 * "2, LBP ..." or "6, ..." (a list number) is no adult's age.
 */
function openingAgeDiffers(text: string, caseAge: number | undefined): boolean {
  const m = OPENING_AGE.exec(text);
  if (caseAge === undefined || !m?.[1]) return false;
  const age = Number(m[1]);
  return age >= 18 && age <= 110 && Math.abs(age - caseAge) > SAME_PERSON_AGE_GAP;
}

/**
 * A full new history whose back pain is shorter than the open case's ("LBP 5 months, ibuprofen 400 tds 6 wks no help,
 * on apixaban" after a case of LBP 6 months): the same patient's pain only grows longer, so with a medicine of its
 * own (a narrative, not a bare correction) it is another patient. Follow-up and correction words were read first.
 */
const SHORTER_BY_WEEKS = 2;
/** The history opens with the back pain and its duration ("LBP 4 months, ...", "back pain x 3/12"): a new narrative. */
const PAIN_OPENING =
  /^\s*(?:(?:pt|patient|next)\s+)?(?:\d{2,3}\s*[,;]\s*)?(?:(?:chronic|mechanical|axial)\s+)?(?:c?lbp|(?:low|lower) back pain|back pain)\s*(?:(?:x|for|of|since|-|:)\s*)?\d/i;
function painHistoryShorter(text: string, patch: Partial<CaseFacts>, open: OpenPatient['facts']): boolean {
  const said = patch.painDurationWeeks;
  const before = open.painDurationWeeks;
  if (said === undefined || before === undefined || said > before - SHORTER_BY_WEEKS) return false;
  return PAIN_OPENING.test(text) && (patch.medications ?? []).length > 0;
}

/** "4 weeks later", "3 months later": the weeks since the last visit, if said. */
export function elapsedWeeks(text: string): number | undefined {
  const m = ELAPSED.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const n = Number(m[1]);
  return /^m/i.test(m[2]) ? Math.round((n * 52) / 12) : n;
}
