/**
 * The cue words around a mention that change how it is read: negated, uncertain, someone else's, hypothetical,
 * planned or proposed, only discussed, or where a cue's reach ends. One row per cue, kept the way clinical NLP rule
 * sets keep them (ConText: Harkema et al. 2009, J Biomed Inform 42:839; medspaCy's ConText rules): a phrase, a
 * category, a direction, a scope and an example the row must read (test/language/cue-rules.test.ts reads every row;
 * docs/language.md is generated from these rows by `npm run language-doc`).
 *
 * Each row joins one reader: a pattern the case reader runs at one place (entities.ts, proposals.ts, polarity.ts,
 * therapy-mentions.ts, clauses.ts). `compileReader` joins the rows of a reader into that pattern: literals escaped,
 * one alternation per scope, gaps bounded, so every pattern stays linear (test/security/regex-linear.test.ts).
 *
 * A phrase is a literal in the normalized text (lower case, "hx of" already "history of"), with two small forms:
 * an apostrophe is optional ("hasn't" also reads "hasnt"), and a word ending in `*` takes any ending ("declin*").
 */
import type { NonDrugTherapyId } from '../case/case-facts.js';
import type { DrugId } from '../knowledge/drug-catalogue.js';

export type CueCategory =
  | 'negation'
  | 'uncertainty'
  | 'attribution'
  | 'hypothetical'
  | 'historical'
  | 'discussion'
  | 'planned'
  | 'termination';
/** ConText's directions: a forward cue acts on what follows it, a backward one on what precedes it. */
export type CueDirection = 'forward' | 'backward' | 'bidirectional' | 'terminate';
/** How far a cue reaches: characters, words, right next to the mention, the comma item, the sentence. */
export type CueScope = { chars: number } | { words: number } | 'adjacent' | 'item' | 'sentence';

/** What the example is about: a drug, a non-drug therapy, a concept of concepts.ts, or the word "pt". */
export type CueTarget =
  | { drug: DrugId }
  | { therapy: NonDrugTherapyId }
  | { concept: string; id?: string }
  | { pt: 'patient' };

export type CueReaderId =
  | 'entity-not-tried-before'
  | 'entity-denied-list-before'
  | 'entity-not-tried-after'
  | 'entity-proposed-before'
  | 'entity-proposed-after'
  | 'entity-declined-before'
  | 'entity-declined-after'
  | 'entity-not-taken-later'
  | 'entity-declined-later'
  | 'entity-list-except'
  | 'therapist-speaks-after'
  | 'pt-is-patient-after'
  | 'pt-acts-on-drug-after'
  | 'concept-negated-before'
  | 'concept-negated-after'
  | 'concept-uncertain-before'
  | 'concept-unknown-before'
  | 'concept-unknown-after'
  | 'concept-unknown-closing'
  | 'concept-normal-after'
  | 'concept-relative-before'
  | 'concept-reported-before'
  | 'concept-discussed-before'
  | 'concept-discussed-after'
  | 'concept-feared-before'
  | 'concept-hypothetical-before'
  | 'concept-asked-before'
  | 'concept-asked-in-question-before'
  | 'concept-answered-yes-after'
  | 'concept-answered-no-after'
  | 'concept-scope-break'
  | 'concept-drug-reason-break'
  | 'sentence-break';

export interface CueRule {
  phrase: string;
  /** Other spellings of the same cue, read exactly like the phrase. */
  variants?: readonly string[];
  category: CueCategory;
  direction: CueDirection;
  scope: CueScope;
  reader: CueReaderId;
  /** A short realistic clinician text in which the row must fire. */
  example: string;
  /** A text with the row's phrase near the target in which the row must not fire (the target reads as taken). */
  counter?: string;
  /** The drug, therapy or concept of the example whose reading the row changes. */
  target: CueTarget;
  source: string;
  /**
   * entity-denied-list-before only: the cue reaches every comma item of its list ("not on tramadol, sertraline,
   * warfarin"). Without it a comma-joined bare item is ambiguous ("nil ETOH, warfarin") and read as taken, unless the
   * cue is a heading with a colon ("denies: benzos, opioids") or the list joins with "or"/"nor" (denied-list.ts).
   */
  wholeList?: true;
}

/** What a reader does to the mention its cue reaches, in words for docs/language.md and for the test. */
export type CueEffect =
  | 'not taken'
  | 'proposed, not taken'
  | 'declined'
  | 'list exception'
  | 'therapist speaking, not a therapy done'
  | 'the patient, not physical therapy'
  | 'absent'
  | 'uncertain (counts as present)'
  | 'unknown'
  | "a relative's, not the patient's"
  | "reported of the patient: the patient's"
  | 'discussed, not a history'
  | 'hypothetical, not present'
  | 'asked, not stated'
  | 'asked and answered yes: present'
  | 'ends the cue scope'
  | 'ends the sentence';

interface Reader {
  effect: CueEffect;
  /** Where the pattern runs. */
  where: string;
  /** The pattern for one scope's alternation `alts` (a group of escaped literals). */
  template: (alts: string, scope: CueScope) => string;
  /** Rows of one reader must share one scope (the reader reads a capture group). */
  oneScope?: boolean;
  flags?: string;
}

const chars = (s: CueScope): number => {
  if (typeof s === 'object' && 'chars' in s) return s.chars;
  throw new Error(`scope ${JSON.stringify(s)} is not a character count`);
};
const words = (s: CueScope): number => {
  if (typeof s === 'object' && 'words' in s) return s.words;
  throw new Error(`scope ${JSON.stringify(s)} is not a word count`);
};
const only = (want: CueScope, s: CueScope, pattern: string): string => {
  if (JSON.stringify(want) !== JSON.stringify(s)) throw new Error(`scope ${JSON.stringify(s)} not read here`);
  return pattern;
};

/** Filler a proposal may put between its cue and the drug: "suggested a trial of", "wants to try some". */
const PROPOSAL_FILLER = '(?:a |an |trial of |some |trying |starting |adding |a trial of )?';

/**
 * Up to four words a question may put between its opening and the sign it asks about ("does he have a history of
 * IVDU", "has she had any new", "is there any unexplained"): single words, one alternation, each ending at a space.
 */
/** Words between a fear cue and what is feared: "scared of becoming an addict", "worried about developing an addiction". */
const FEAR_FILLER = String.raw`(?:(?:getting|get|becoming|become|developing|develop|an|a|the|any|possible|potential|future|long-term|long term)\s){0,3}`;
const ASKED_FILLER = String.raw`(?:(?:have|has|had|having|got|been|be|become|any|a|an|the|some|new|recent|recently|unexplained|significant|history|of|ever|also|still|currently|now|report|reported|reporting|complain|complained|complaining|notice|noticed|experience|experienced|experiencing|develop|developed|developing|feel|felt|feeling|signs|symptoms|known|prior|previous|past|with|getting|get|gets|lost|losing|waking|woken|wake)\s){0,4}`;

/** Stopping words: "refuses to stop", "said no to stopping", "doesn't want to come off": the drug is kept, not refused. */
const STOP_WORDS = String.raw`(?:to\s)?(?:stop|stopping|come off|coming off|taper|tapering|wean|weaning|cut down|cutting down|reduce|reducing|change|changing|switch|switching)\b`;
/**
 * After a refusal said after a drug, the drug itself is refused unless what follows names something else: a stop
 * ("refuses to stop it", "said no to tapering": the drug is kept, STOP_WORDS), another object ("not keen on ppi",
 * "says no bleeding"), or a drug still taken ("not keen on it but still takes it"). So the refusal holds when the clause
 * ends, when punctuation follows ("declined (worried about addiction)", "pt declined - ..."), and when what follows is
 * a function word, a pronoun or a reason ("declined by patient", "refused as worried", "said no to starting it").
 * Fixed alternatives and bounded gaps (linear).
 */
const REFUSAL_GOES_ON = String.raw`(?:and|but|so|as|because|since|due|d\/t|for|by|after|when|while|at|in|during|following|until|from|per|initially|previously|before|earlier|again|today|now|yesterday|recently|last|this|that|these|those|it|them|either|too|also|outright|flatly|firmly|x\d|twice|once|worried|concerned|scared|afraid|anxious|nervous|fearing|fearful|citing|given|he|she|they|pt|patient|the (?:offer|idea|drug|medication|med|meds|script|prescription|trial))\b`;
const REFUSED_ITSELF = String.raw`(?!\s${STOP_WORDS})(?=(?:\s(?:to|on|with))?(?:\s(?:start|starting|take|taking|try|trying|use|using|begin|beginning|have|having))?\s*(?:$|[^\sa-z0-9]|${REFUSAL_GOES_ON}))(?![^,.;]{0,30}\bstill (?:takes?|taking|on|uses?|using)\b)`;

/**
 * A clause of its own later in a drug's item ("tramadol - discussed 3 months ago, pt declined (...), never taken"):
 * after a comma, a dash, a colon or a bracket, with an optional subject. Fixed alternatives (linear).
 */
const LATER_CLAUSE = String.raw`(?:^|[,;:(\u2013-])\s?(?:(?:pt|patient|he|she|but|and|yet|so)\s)?`;
/**
 * A refusal said later ends its clause or gives its reason ("pt declined ('scared of addiction')", "declined due to
 * cost"): "declined to increase" (a change refused, the drug kept) and "declined PT" (another object) do not.
 */
const REFUSAL_ENDS = String.raw`(?=\s*(?:$|[^\sa-z0-9]|(?:due|because|as|since|d\/t|citing|worried|concerned|scared|afraid|fearing|by)\b))`;

export const READERS: Record<CueReaderId, Reader> = {
  'entity-not-tried-before': {
    effect: 'not taken',
    where: 'entities.ts: the comma item before a drug or therapy (NEGATED_BEFORE)',
    template: (a, s) => `${a}[^,]{0,${chars(s)}}$`,
  },
  'entity-denied-list-before': {
    effect: 'not taken',
    where: "denied-list.ts: a denial before a list of drugs, read to the list's end (case reader and quick answers)",
    template: (a, s) => only('sentence', s, String.raw`${a}\s*[:-]?\s*`),
  },
  'entity-not-tried-after': {
    effect: 'not taken',
    where: 'entities.ts: right after a drug or therapy (NOT_TRIED_AFTER)',
    template: (a, s) => only('adjacent', s, String.raw`^\s*${a}`),
  },
  'entity-proposed-before': {
    effect: 'proposed, not taken',
    where: 'entities.ts, proposals.ts: right before a drug or therapy (PLANNED_BEFORE)',
    template: (a, s) => only('adjacent', s, String.raw`${a}\s+${PROPOSAL_FILLER}$`),
  },
  'entity-proposed-after': {
    effect: 'proposed, not taken',
    where: 'entities.ts, proposals.ts: after a drug or therapy (PLANNED_AFTER)',
    template: (a, s) =>
      s === 'adjacent' ? String.raw`^\s(?:(?:was|were|also|briefly) )?${a}` : `^[^,.;(]{0,${chars(s)}}?${a}`,
  },
  'entity-declined-before': {
    effect: 'declined',
    where: 'entities.ts: the comma item before a drug or therapy (DECLINED)',
    template: (a, s) => only('item', s, `${a}(?!\\s${STOP_WORDS})`),
  },
  'entity-declined-after': {
    effect: 'declined',
    where: 'entities.ts, dialogs/answers/not-taken.ts: a few characters after a drug or therapy (DECLINED_AFTER)',
    template: (a, s) => `^[^,.;]{0,${chars(s)}}?${a}${REFUSED_ITSELF}`,
  },
  'entity-not-taken-later': {
    effect: 'not taken',
    where: "entities.ts: a clause later in a drug's own item, past its commas, ending there (NOT_TAKEN_LATER)",
    template: (a, s) => only('item', s, String.raw`${LATER_CLAUSE}${a}(?=\s*(?:$|[^\sa-z0-9]))`),
  },
  'entity-declined-later': {
    effect: 'declined',
    where: "entities.ts: a clause later in a drug's own item, past its commas (DECLINED_LATER)",
    template: (a, s) => only('item', s, `${LATER_CLAUSE}${a}${REFUSAL_ENDS}`),
  },
  'entity-list-except': {
    effect: 'list exception',
    where: 'entities.ts: inside a negation cue before a drug (EXCEPT): "no meds except naproxen"',
    template: (a, s) => only('item', s, a),
  },
  'therapist-speaks-after': {
    effect: 'therapist speaking, not a therapy done',
    where: 'therapy-mentions.ts: right after "physio", "PT", "chiro"',
    template: (a, s) => only('adjacent', s, String.raw`^\s(?:(?:has|had|also|just) )?${a}(?! by)`),
  },
  'pt-is-patient-after': {
    effect: 'the patient, not physical therapy',
    where: 'therapy-mentions.ts: right after "pt" (PATIENT_PT)',
    template: (a, s) => only('adjacent', s, String.raw`^\s*${a}`),
  },
  'pt-acts-on-drug-after': {
    effect: 'the patient, not physical therapy',
    where: 'therapy-mentions.ts: right after "pt", when a drug follows the verb (PATIENT_PT_DRUG)',
    template: (a, s) =>
      only('adjacent', s, String.raw`^\s*${a}\s+(?:(?:his|her|their|the|both|all|multiple|several|many) )?`),
  },
  'concept-negated-before': {
    effect: 'absent',
    where: 'polarity.ts: the comma item before a concept (NEGATION_BEFORE)',
    template: (a, s) => String.raw`${a}([\s\S]{0,${chars(s)}})$`,
    oneScope: true,
  },
  'concept-negated-after': {
    effect: 'absent',
    where: 'polarity.ts: after a concept, past "screen:", "hx" (NEGATION_AFTER)',
    template: (a, s) =>
      only(
        'adjacent',
        s,
        // "red flags screened today: negative", "RF screen today - all negative": a time word and "all" may come
        // before the negation word
        String.raw`^[\s:=()-]*(?:(?:screen(?:ing)?|sx|symptoms|hx|history|signs)\s?[:=-]?\s?)?(?:(?:screened|checked|reviewed|assessed|asked)(?: and|:| -)?\s)?(?:(?:today|again|this visit|in clinic|at triage|on arrival)\s?[:=-]?\s?)?(?:all\s)?(?:no\s*(?:[.,;]|$)|${a})`,
      ),
  },
  'concept-uncertain-before': {
    effect: 'uncertain (counts as present)',
    where: 'polarity.ts: before a concept (UNCERTAIN_BEFORE)',
    template: (a, s) => String.raw`${a}\s*(?:[a-z/-]+\s+){0,${words(s)}}$`,
  },
  'concept-unknown-before': {
    effect: 'unknown',
    where: 'polarity.ts: the item before a concept (UNKNOWN_BEFORE)',
    template: (a, s) => only('item', s, String.raw`${a}[\s\S]*$`),
  },
  'concept-unknown-after': {
    effect: 'unknown',
    where: 'polarity.ts: after a concept (UNKNOWN_AFTER)',
    template: (a, s) => String.raw`^[^,]{0,${chars(s)}}?(?:${a}|\?\s*$)`,
  },
  'concept-unknown-closing': {
    effect: 'unknown',
    where: 'concept-hits.ts: the item after a red-flag sign, a hedge alone (UNKNOWN_CLOSING)',
    // the hedge is the whole next item: "saddle numbness, not sure." (not "no saddle numbness, unsure about weight
    // loss": that hedge is about the next sign)
    template: (a, s) => only('item', s, String.raw`^\s*\(?(?:${a})\)?\s*$`),
  },
  'concept-normal-after': {
    effect: 'absent',
    where: 'concept-hits.ts: right after a red-flag sign, a normal finding (NORMAL_AFTER)',
    // "bladder/bowel normal", "bladder or bowel function intact": the sign's own function said normal. Red-flag signs
    // only (concept-hits.ts): "MRI normal" is still a prior MRI. The normal word ends the clause: "OK to manage in
    // primary care?", "fine to send home?", "ok per wife?" (a question or plan), "preserved ankle reflex" (another
    // finding) and "nad otherwise" (the rest is normal) leave the sign present.
    template: (a, s) =>
      only(
        'adjacent',
        s,
        String.raw`^\s?[:=-]?\s?(?:(?:function|control|habits|sensation)\s)?(?:${a})(?=\s*(?:[,.;:)\n]|$))`,
      ),
  },
  'concept-relative-before': {
    effect: "a relative's, not the patient's",
    where: 'polarity.ts: before a concept (FAMILY_BEFORE)',
    template: (a, s) => String.raw`${a}[\s\S]{0,${chars(s)}}$`,
  },
  // A relative or carer reporting what the PATIENT has ("wife says he has had black stools", "daughter noticed she's
  // been vomiting blood"): the relative's cue is overruled when a reporting verb follows it, within 60 characters of
  // the concept in its sentence, and no other relative stands after the verb ("wife says her mother had bowel
  // cancer" stays the mother's).
  'concept-reported-before': {
    effect: "reported of the patient: the patient's",
    where: 'polarity.ts: after a relative cue, the last one within 60 characters before a concept (REPORTED)',
    // the verbs alone (the reach is checked in code on the text after the last one: an end-anchored window here is
    // not linear with overlapping verbs)
    template: (a) => a,
    oneScope: true,
  },
  'concept-discussed-before': {
    effect: 'discussed, not a history',
    where: 'polarity.ts: right before a concept, one "X and" allowed (RISK_OF)',
    template: (a, s) => only('adjacent', s, String.raw`${a}\s(?:the\s)?(?:\w+\s(?:and|or|&)\s)?$`),
  },
  'concept-discussed-after': {
    effect: 'discussed, not a history',
    where: 'polarity.ts: right after a concept, one "and Y" allowed ("overdose and dependence risk")',
    template: (a, s) => only('adjacent', s, String.raw`^(?:\s(?:and|or|&|\/)\s[a-z]+)?\s${a}`),
  },
  // A fear of what a drug might do is no history of it: "scared of addiction", "worried about getting hooked on
  // opioids". Only a few words may stand between the cue and the concept ("fear of developing an addiction"), none
  // of them a possessive: "worried about her opioid use disorder" is the patient's disorder.
  'concept-feared-before': {
    effect: 'discussed, not a history',
    where: 'polarity.ts: right before a concept, a few filler words allowed (FEARED_BEFORE)',
    template: (a, s) => only('adjacent', s, String.raw`${a}\s${FEAR_FILLER}$`),
  },
  'concept-hypothetical-before': {
    effect: 'hypothetical, not present',
    where: 'polarity.ts: the item before a concept',
    template: (a, s) => `${a}[^.;]{0,${chars(s)}}$`,
  },
  'concept-asked-before': {
    effect: 'asked, not stated',
    where: 'polarity.ts: the comma item before a concept, from its start (ASKED_BEFORE)',
    template: (a, s) => only('item', s, String.raw`^\s*(?:(?:and|or|so|also|but|ok)\s)?${a}\s${ASKED_FILLER}$`),
  },
  'concept-asked-in-question-before': {
    effect: 'asked, not stated',
    where:
      'polarity.ts: the comma item before a concept, from its start, in a sentence ending with "?" (ASKED_IN_QUESTION)',
    template: (a, s) => only('item', s, String.raw`^\s*(?:(?:and|or|so|also|but|ok)\s)?${a}\s${ASKED_FILLER}$`),
  },
  // The answer right after a question about a sign ("Any saddle numbness? Yes."): not followed by "idea" or "clue"
  // ("no idea" is no denial) nor by another word joined to it ("yes-or-no", "no-one").
  'concept-answered-yes-after': {
    effect: 'asked and answered yes: present',
    where: 'concept-hits.ts: right after the "?" that ends a question about a sign (ANSWERED_YES)',
    template: (a, s) => only('adjacent', s, String.raw`^\s*(?:[:=-]\s*)?${a}(?![-\w]|\s(?:or|idea|clue)\b)`),
  },
  'concept-answered-no-after': {
    effect: 'absent',
    where: 'concept-hits.ts: right after the "?" that ends a question about a sign (ANSWERED_NO)',
    template: (a, s) => only('adjacent', s, String.raw`^\s*(?:[:=-]\s*)?${a}(?![-\w]|\s(?:or|idea|clue)\b)`),
  },
  'concept-scope-break': {
    effect: 'ends the cue scope',
    where: 'polarity.ts: between a negation cue and the concept (BREAK)',
    template: (a, s) => only('item', s, a),
  },
  'concept-drug-reason-break': {
    effect: 'ends the cue scope',
    where: 'polarity.ts: after a negated drug, between the cue and the concept (DRUG_REASON_BREAK)',
    template: (a, s) => only('item', s, a),
  },
  'sentence-break': {
    effect: 'ends the sentence',
    where: 'clauses.ts: splits sentences, so no cue reaches across (SENTENCE)',
    template: (a, s) => only('sentence', s, String.raw`\s${a}`),
  },
};

const CONTEXT = 'ConText (Harkema 2009) trigger';
const CORPUS = 'case corpus (test/fixtures/cases)';
const TESTER = (cls: string) => `tester class: ${cls}`;

/** Row builders: the reader fixes the direction; the rest is the row's. */
type Row = Omit<CueRule, 'reader' | 'direction'>;
const rows = (reader: CueReaderId, direction: CueDirection, list: readonly Row[]): CueRule[] =>
  list.map((r) => ({ ...r, reader, direction }));

const C30 = { chars: 30 } as const;
const C45 = { chars: 45 } as const;

export const CUE_RULES: readonly CueRule[] = [
  // --- drugs: a denial over a list, to the list's end (denied-list.ts) ------------------------------------------
  ...rows('entity-denied-list-before', 'forward', [
    {
      phrase: 'denies',
      variants: ['denied', 'deny', 'denying'],
      category: 'negation',
      scope: 'sentence',
      example: 'Denies benzos. takes naproxen 500 bd',
      counter: 'denies drowsiness, takes diazepam 5 mg nocte',
      target: { drug: 'benzodiazepine' },
      source: TESTER('negation in medication lists'),
    },
    {
      phrase: 'neg for',
      variants: ['negative for', '-ve for'],
      category: 'negation',
      scope: 'sentence',
      example: 'on naproxen 500 bd. neg for anticoagulants',
      counter: 'neg for red flags, on warfarin 5 mg',
      target: { drug: 'anticoagulant' },
      source: TESTER('negation in medication lists'),
    },
    {
      phrase: 'nil',
      category: 'negation',
      scope: 'sentence',
      example: 'meds: naproxen 500 bd; nil anticoagulants',
      counter: 'nil relief, warfarin 5 mg daily',
      target: { drug: 'anticoagulant' },
      source: TESTER('negation in medication lists'),
    },
    {
      phrase: 'no',
      category: 'negation',
      scope: 'sentence',
      example: 'no thinners or antiplatelets, naproxen ok?',
      counter: 'no relief from naproxen, clopidogrel 75 mg daily',
      target: { drug: 'antiplatelet' },
      source: TESTER('negation in medication lists'),
    },
    {
      phrase: 'not on',
      variants: ['not taking', 'not currently on', 'not currently taking'],
      category: 'negation',
      scope: 'sentence',
      example: 'NOT ON: tramadol, sertraline, warfarin. on naproxen 500 bd',
      counter: 'not on tramadol, sertraline 50 mg daily',
      target: { drug: 'ssri' },
      source: TESTER('negation in medication lists'),
      wholeList: true,
    },
  ]),
  // --- drugs and therapies: not tried ------------------------------------------------------------------------
  ...rows('entity-not-tried-before', 'forward', [
    {
      phrase: 'never',
      category: 'negation',
      scope: C30,
      example: 'never tried gabapentin',
      target: { drug: 'gabapentin' },
      source: CONTEXT,
    },
    {
      phrase: 'not',
      category: 'negation',
      scope: C30,
      example: 'not on duloxetine',
      target: { drug: 'duloxetine' },
      source: CONTEXT,
    },
    {
      phrase: 'no',
      category: 'negation',
      scope: C30,
      example: 'no physio so far',
      target: { therapy: 'exercise' },
      source: CONTEXT,
    },
    {
      phrase: "hasn't",
      variants: ['has not', "haven't", 'have not', "hadn't", 'had not', "didn't", 'did not', 'not yet', 'yet to'],
      category: 'negation',
      scope: C30,
      example: "hasn't tried acupuncture",
      target: { therapy: 'acupuncture' },
      source: CONTEXT,
    },
    {
      phrase: 'nor',
      variants: ['without', 'neither'],
      category: 'negation',
      scope: C30,
      example: 'neither naproxen nor celecoxib',
      target: { drug: 'other-nsaid' },
      source: CONTEXT,
    },
  ]),
  ...rows('entity-not-tried-after', 'backward', [
    {
      phrase: 'not tried',
      variants: [
        'not yet tried',
        'not started',
        'not yet started',
        'not taken',
        'not yet taken',
        'not used',
        'not yet used',
        'not given',
        'not yet given',
        'not done',
        'not yet done',
      ],
      category: 'negation',
      scope: 'adjacent',
      example: 'lyrica not tried',
      target: { drug: 'pregabalin' },
      source: CONTEXT,
    },
    {
      phrase: 'never tried',
      variants: ['never taken', 'never used', 'never done', 'nor tried'],
      category: 'negation',
      scope: 'adjacent',
      example: 'PT never done',
      target: { therapy: 'exercise' },
      source: CORPUS,
    },
  ]),
  // --- drugs and therapies: proposed, planned, wanted, discussed ---------------------------------------------
  ...rows('entity-proposed-before', 'forward', [
    {
      phrase: 'referred to',
      variants: ['referred for', 'refer to', 'refer for', 'referral to', 'referral for'],
      category: 'planned',
      scope: 'adjacent',
      example: 'referred to physio',
      target: { therapy: 'exercise' },
      source: CORPUS,
    },
    {
      phrase: 'recommend',
      variants: ['recommends', 'recommended'],
      category: 'attribution',
      scope: 'adjacent',
      example: 'pain clinic recommended duloxetine',
      target: { drug: 'duloxetine' },
      source: TESTER('attribution'),
    },
    {
      phrase: 'plan to',
      variants: [
        'plans to',
        'planned to',
        'plan for',
        'plans for',
        'planned for',
        'plan:',
        'plans:',
        'planned:',
        'plan',
        'plans',
        'planned',
      ],
      category: 'planned',
      scope: 'adjacent',
      example: 'Plan: duloxetine 30 mg daily',
      target: { drug: 'duloxetine' },
      source: CONTEXT,
    },
    {
      phrase: 'consider',
      variants: ['considering', 'considered'],
      category: 'hypothetical',
      scope: 'adjacent',
      example: 'considered gabapentin',
      target: { drug: 'gabapentin' },
      source: TESTER('hypothetical'),
    },
    {
      phrase: 'will start',
      variants: ['will try', 'will do', 'will begin', 'will add'],
      category: 'planned',
      scope: 'adjacent',
      example: 'will start naproxen',
      target: { drug: 'naproxen' },
      source: CONTEXT,
    },
    {
      phrase: 'would try',
      variants: ['would start'],
      category: 'hypothetical',
      scope: 'adjacent',
      example: 'would try pregabalin next',
      target: { drug: 'pregabalin' },
      source: CONTEXT,
    },
    {
      phrase: 'suggest',
      variants: ['suggests', 'suggested'],
      category: 'attribution',
      scope: 'adjacent',
      example: 'physio suggested trying Cymbalta',
      target: { drug: 'duloxetine' },
      source: TESTER('attribution'),
    },
    {
      phrase: 'proposes',
      variants: ['proposed', 'proposing'],
      category: 'attribution',
      scope: 'adjacent',
      example: 'rheumatology proposed celecoxib',
      target: { drug: 'other-nsaid' },
      source: TESTER('attribution'),
    },
    {
      phrase: 'start',
      variants: ['start on', 'starting', 'starting on', 'to start'],
      category: 'planned',
      scope: 'adjacent',
      example: 'to start gabapentin 300 mg at night',
      target: { drug: 'gabapentin' },
      source: CORPUS,
    },
    {
      phrase: 'add',
      variants: ['adding', 'prescribe', 'trial of', 'switch to', 'switching to'],
      category: 'planned',
      scope: 'adjacent',
      example: 'switching to celecoxib',
      target: { drug: 'other-nsaid' },
      source: CORPUS,
    },
    {
      phrase: 'could try',
      variants: ['could start', 'may try'],
      category: 'hypothetical',
      scope: 'adjacent',
      example: 'could try yoga',
      target: { therapy: 'tai-chi-yoga' },
      source: CONTEXT,
    },
    {
      phrase: 'asking for',
      variants: [
        'asks for',
        'asked for',
        'request',
        'requests',
        'requested',
        'requesting',
        'pushing for',
        'asking about',
        'asked about',
        'enquired about',
      ],
      category: 'attribution',
      scope: 'adjacent',
      example: 'patient asking for oxycodone',
      target: { drug: 'oxycodone' },
      source: TESTER('attribution'),
    },
    {
      // a script asked of the clinician, not a drug taken: "his physio wants her to ask me for a script for Endone".
      // Only the "ask (me) for" forms: "requesting a script for oxycodone 20 mg bd, on it since 2019" and "wants a
      // script for naproxen, been taking it OTC" are repeats of drugs taken, read as taken.
      phrase: 'ask me for',
      variants: [
        'asks me for',
        'asked me for',
        'asking me for',
        'ask for',
        'ask me for a script for',
        'asks me for a script for',
        'asked me for a script for',
        'asking me for a script for',
        'ask for a script for',
        'ask me for a prescription for',
      ],
      category: 'attribution',
      scope: 'adjacent',
      example: 'her physio wants her to ask me for a script for oxycodone',
      counter: 'asked me for a script for the pharmacy; she takes oxycodone 5 mg qds',
      target: { drug: 'oxycodone' },
      source: TESTER('attribution'),
    },
    {
      phrase: 'wants',
      variants: [
        'wants to try',
        'wants to start',
        'wants to have',
        'wants to add',
        'wants to go on',
        'wants him to try',
        'wants her to try',
        'wants them to try',
      ],
      category: 'attribution',
      scope: 'adjacent',
      example: 'wife wants him to try gabapentin',
      target: { drug: 'gabapentin' },
      source: TESTER('attribution'),
    },
    {
      phrase: 'would like',
      variants: ['would like to try', 'would like to start'],
      category: 'attribution',
      scope: 'adjacent',
      example: 'would like to try acupuncture',
      target: { therapy: 'acupuncture' },
      source: CORPUS,
    },
    {
      phrase: 'keen on',
      variants: ['keen to try', 'keen to start', 'interested in', 'open to'],
      category: 'attribution',
      scope: 'adjacent',
      example: 'keen to try pregabalin',
      target: { drug: 'pregabalin' },
      source: TESTER('attribution'),
    },
    {
      phrase: 'thinking about',
      variants: ['thinking of', 'wondering about'],
      category: 'hypothetical',
      scope: 'adjacent',
      example: 'thinking about tramadol',
      target: { drug: 'tramadol' },
      source: CONTEXT,
    },
    {
      // note shorthand with no preposition: "Thinking tramadol 50 q6h. thoughts?"
      phrase: 'thinking',
      variants: ['considering trying', 'wondering'],
      category: 'hypothetical',
      scope: 'adjacent',
      example: 'Thinking tramadol 50 q6h. thoughts?',
      target: { drug: 'tramadol' },
      source: CONTEXT,
    },
    {
      phrase: 'advised',
      variants: ['advises', 'offered', 'mentioned'],
      category: 'attribution',
      scope: 'adjacent',
      example: 'GP advised naproxen',
      target: { drug: 'naproxen' },
      source: TESTER('attribution'),
    },
    {
      phrase: 'discussed',
      variants: ['discussed starting', 'discussed trying', 'talked about', 'spoke about'],
      category: 'discussion',
      scope: 'adjacent',
      example: 'discussed duloxetine',
      target: { drug: 'duloxetine' },
      source: TESTER('discussion'),
    },
  ]),
  ...rows('entity-proposed-after', 'backward', [
    {
      phrase: 'next week',
      variants: ['next month', 'next visit', 'next appointment', 'tomorrow', 'soon'],
      category: 'planned',
      scope: { chars: 25 },
      example: 'PT next week',
      target: { therapy: 'exercise' },
      source: CORPUS,
    },
    {
      phrase: 'booked',
      variants: [
        'scheduled',
        'planned',
        'arranged',
        'referral sent',
        'referral placed',
        'referral made',
        'referral done',
        'referred sent',
        'referred placed',
        'referred made',
        'referred done',
      ],
      category: 'planned',
      scope: { chars: 25 },
      example: 'acupuncture booked',
      target: { therapy: 'acupuncture' },
      source: CORPUS,
    },
    {
      phrase: 'waitlist',
      variants: [
        'wait-list',
        'waitlisted',
        'wait-listed',
        'on wait list',
        'on waitlist',
        'on waiting list',
        'on the wait list',
        'on the waitlist',
        'on the waiting list',
      ],
      category: 'planned',
      scope: { chars: 25 },
      example: 'pain program - on the waiting list',
      target: { therapy: 'multidisciplinary-rehab' },
      source: CORPUS,
    },
    {
      phrase: 'suggested',
      variants: ['recommended', 'proposed', 'advised', 'offered', 'considered', 'discussed', 'mentioned'],
      category: 'attribution',
      scope: 'adjacent',
      example: 'gabapentin discussed with pt',
      target: { drug: 'gabapentin' },
      source: TESTER('discussion'),
    },
  ]),
  ...rows('entity-declined-before', 'forward', [
    {
      phrase: 'declin*',
      category: 'negation',
      scope: 'item',
      example: 'declined physio',
      target: { therapy: 'exercise' },
      source: CORPUS,
    },
    {
      phrase: 'refus*',
      category: 'negation',
      scope: 'item',
      example: 'refuses injections and acupuncture',
      target: { therapy: 'acupuncture' },
      source: CORPUS,
    },
    {
      phrase: 'not interested',
      variants: ['unwilling', 'reluctant', "won't", 'not keen'],
      category: 'negation',
      scope: 'item',
      example: 'not keen on yoga',
      target: { therapy: 'tai-chi-yoga' },
      source: CORPUS,
    },
    {
      // "decided against starting phenelzine", "won't be starting sertraline": a plan given up is no plan
      phrase: 'decided against',
      variants: ['decided not to', 'not going to', "won't be", 'will not be', 'no longer planning'],
      category: 'negation',
      scope: 'item',
      example: "psych won't be starting phenelzine after all",
      target: { drug: 'maoi' },
      source: TESTER('an abandoned plan'),
    },
  ]),
  ...rows('entity-not-taken-later', 'backward', [
    {
      // a med-history line: whatever the item said first, a later "never taken" says the drug was not taken
      phrase: 'never taken',
      variants: ['never started', 'never filled', 'never picked up', 'never tried', 'never used', 'never took it'],
      category: 'negation',
      scope: 'item',
      example: 'MED HISTORY: tramadol - discussed 3 months ago, never taken',
      counter: 'tramadol 50 mg bid for 3 months, never tried gabapentin',
      target: { drug: 'tramadol' },
      source: TESTER('a med-history line: discussed, then never taken'),
    },
  ]),
  ...rows('entity-declined-later', 'backward', [
    {
      // "tramadol - discussed 3 months ago, pt declined ('scared of addiction')": the offer turned down, a clause later
      phrase: 'declin*',
      variants: ['refus*', 'said no'],
      category: 'negation',
      scope: 'item',
      example: "tramadol - discussed 3 months ago, pt declined ('scared of addiction')",
      counter: 'tramadol 50 mg qds for 3 months, declined to increase',
      target: { drug: 'tramadol' },
      source: TESTER('a med-history line: discussed, then declined'),
    },
  ]),
  ...rows('entity-declined-after', 'backward', [
    {
      // "apixaban refused", "warfarin - declined": the offer turned down, said after the name
      phrase: 'declin*',
      variants: ['refus*'],
      category: 'negation',
      scope: { chars: 12 },
      example: 'apixaban - pt declined',
      target: { drug: 'anticoagulant' },
      source: CORPUS,
    },
    {
      // "duloxetine offered, pt declined due to fear of side effects": the offer, then the refusal after a comma
      phrase: 'offered, pt declin*',
      variants: [
        'offered, patient declin*',
        'offered, she declin*',
        'offered, he declin*',
        'offered, declin*',
        'offered but pt declin*',
        'offered but declin*',
        'offered - pt declin*',
        'offered, pt refus*',
        'offered, refus*',
        'suggested, pt declin*',
        'suggested but declin*',
      ],
      category: 'negation',
      scope: { chars: 12 },
      example: 'duloxetine offered, pt declined due to fear of side effects',
      target: { drug: 'duloxetine' },
      source: TESTER('an offer turned down after a comma'),
    },
    {
      // "cardiology suggested apixaban but he said no": the patient's answer to the offer
      phrase: 'said no',
      variants: ['says no', 'saying no', 'not keen', 'not interested', "doesn't want", "didn't want", "won't take"],
      category: 'negation',
      scope: { chars: 12 },
      example: 'warfarin - he said no',
      target: { drug: 'anticoagulant' },
      source: TESTER('an offer turned down'),
    },
    {
      // "psych was going to start phenelzine but decided against it": a plan given up is no plan
      phrase: 'decided against',
      variants: [
        'decided not to',
        'changed her mind',
        'changed his mind',
        'changed their mind',
        'plan dropped',
        'not going ahead',
      ],
      category: 'negation',
      scope: { chars: 12 },
      example: 'psych was going to start phenelzine but decided against it',
      target: { drug: 'maoi' },
      source: TESTER('an abandoned plan'),
    },
  ]),
  ...rows('entity-list-except', 'terminate', [
    {
      phrase: 'apart from',
      // "bar" and "save for" as UK and AU notes write them: "not on any blood thinners bar aspirin"
      variants: ['except', 'other than', 'besides', 'but', 'only', 'bar', 'save for', 'aside from'],
      category: 'termination',
      scope: 'item',
      example: 'no meds apart from naproxen',
      target: { drug: 'naproxen' },
      source: CONTEXT,
    },
  ]),
  // --- who said it ---------------------------------------------------------------------------------------------
  ...rows('therapist-speaks-after', 'backward', [
    {
      phrase: 'suggested',
      variants: [
        'suggests',
        'recommended',
        'recommends',
        'advised',
        'advises',
        'thinks',
        'thought',
        'feels',
        'said',
        'says',
        'wants',
        'mentioned',
        'proposed',
        'told',
      ],
      category: 'attribution',
      scope: 'adjacent',
      example: "physio suggested Cymbalta, she hasn't started it",
      target: { therapy: 'exercise' },
      source: TESTER('attribution'),
    },
  ]),
  ...rows('pt-is-patient-after', 'backward', [
    {
      phrase: 'is',
      variants: [
        'was',
        'has',
        'had',
        "'s",
        'who',
        'a',
        'an',
        'also',
        'now',
        'still',
        'currently',
        'already',
        'just',
        'recently',
        'remains',
        'here',
        'seen',
      ],
      category: 'attribution',
      scope: 'adjacent',
      example: 'pt has sciatica',
      target: { pt: 'patient' },
      source: TESTER('pt is the patient'),
    },
    {
      phrase: 'reports',
      variants: [
        'report',
        'states',
        'state',
        'denies',
        'denied',
        'complains',
        'presents',
        'notes',
        'feels',
        'says',
        'describes',
        'endorses',
        'continues',
        'tried',
        'takes',
        'taking',
        'on',
        'works',
        'does',
        'did',
        'will',
        'can',
        'would',
        'unable',
        'able',
        'aware',
        'understands',
        'understood',
      ],
      category: 'attribution',
      scope: 'adjacent',
      example: 'pt reports leg pain',
      target: { pt: 'patient' },
      source: CORPUS,
    },
    {
      phrase: 'wants',
      variants: [
        'keen',
        'prefers',
        'amenable',
        'agrees',
        'agreed',
        'declines',
        'declined',
        'refuses',
        'refused',
        'consented',
        'interested',
        'hoping',
        'asking',
        'asks',
        'asked',
        'requests',
        'requested',
        'worried',
        'concerned',
        'needs',
      ],
      category: 'attribution',
      scope: 'adjacent',
      example: 'pt keen on injections',
      target: { pt: 'patient' },
      source: TESTER('pt is the patient'),
    },
    {
      phrase: 'counselled',
      variants: [
        'counseled',
        'educated',
        'informed',
        'advised',
        'verbalized',
        'verbalised',
        'verbalizes',
        'verbalises',
      ],
      category: 'attribution',
      scope: 'adjacent',
      example: 'pt counselled on naproxen risks',
      target: { pt: 'patient' },
      source: CORPUS,
    },
    {
      // what the patient takes or uses ("pt injects heroin", "pt drinks 6 beers a night"): no therapy does these
      phrase: 'injects',
      variants: [
        'inject',
        'injected',
        'injecting',
        'smokes',
        'smoked',
        'smoking',
        'smoker',
        'vapes',
        'vaping',
        'drinks',
        'drank',
        'drinking',
        'drinker',
        'misuses',
        'abuses',
        'snorts',
        'self-medicates',
        'quit',
      ],
      category: 'attribution',
      scope: 'adjacent',
      example: 'pt injects heroin',
      target: { pt: 'patient' },
      source: TESTER('pt is the patient'),
    },
    {
      // the patient's life and what happened to them ("pt lives alone", "pt fell last week"): never a therapy's
      phrase: 'lives',
      variants: [
        'lived',
        'living',
        'fell',
        'falls',
        'fallen',
        'slipped',
        'tripped',
        'injured',
        'hurt',
        'twisted',
        'lifts',
        'lifted',
        'walks',
        'sleeps',
        'drives',
        'cares',
        'looks after',
        'lost',
        'gained',
        'weighs',
        'retired',
        'got',
      ],
      category: 'attribution',
      scope: 'adjacent',
      example: 'pt lives alone and fell last week',
      target: { pt: 'patient' },
      source: TESTER('pt is the patient'),
    },
    {
      // "pt with" + a condition or a history is the patient ("tramadol for a pt with osteoporosis?"); "PT with no
      // benefit" stays therapy, so "with" is read only before a word that names the patient's state, never alone.
      phrase: 'with history',
      variants: [
        'with a history',
        'with a past',
        'with known',
        'with chronic',
        'with prior',
        'with previous',
        'with suspected',
        'with ckd',
        'with esrd',
        'with cirrhosis',
        'with osteoporosis',
        'with osteopenia',
        'with diabetes',
        'with copd',
        'with asthma',
        'with hfref',
        'with heart',
        'with renal',
        'with kidney',
        'with liver',
        'with hepatic',
        'with sciatica',
        'with radiculopathy',
        'with radicular',
        'with cancer',
        'with depression',
        'with anxiety',
        'with epilepsy',
        'with seizures',
        'with dementia',
        'with obesity',
        'with sleep apnea',
        'with osa',
        'with hypertension',
        'with htn',
        'with peptic',
        'with stenosis',
        'aged',
        'older',
        'elderly',
      ],
      category: 'attribution',
      scope: 'adjacent',
      example: 'tramadol for a pt with osteoporosis?',
      target: { pt: 'patient' },
      source: TESTER('pt is the patient'),
    },
  ]),
  // "PT failed" is therapy that failed, "pt failed naproxen" the patient: these verbs mean the patient only when a drug
  // follows them (therapy-mentions.ts checks the drug).
  ...rows('pt-acts-on-drug-after', 'backward', [
    {
      phrase: 'failed',
      variants: [
        'fails',
        'completed',
        'finished',
        'stopped',
        'started',
        'restarted',
        'trialled',
        'trialed',
        'used',
        'uses',
        'tolerated',
        'tolerates',
        "couldn't tolerate",
        'intolerant of',
        'intolerant to',
        'allergic to',
        'responded to',
        'weaned off',
        'came off',
      ],
      category: 'attribution',
      scope: 'adjacent',
      example: 'pt failed naproxen and tylenol',
      target: { pt: 'patient' },
      source: TESTER('pt is the patient'),
    },
  ]),
  // --- concepts (red flags, conditions, psychosocial, radicular): negation --------------------------------------
  ...rows('concept-negated-before', 'forward', [
    {
      phrase: 'no',
      category: 'negation',
      scope: C45,
      example: 'no history of GI bleed',
      target: { concept: 'condition', id: 'gi-bleed-history' },
      source: CONTEXT,
    },
    {
      phrase: 'not',
      variants: ['never', 'neg'],
      category: 'negation',
      scope: C45,
      example: 'never had a GI bleed',
      target: { concept: 'condition', id: 'gi-bleed-history' },
      source: CONTEXT,
    },
    {
      phrase: 'denies',
      variants: ['denied', 'deny', 'denying'],
      category: 'negation',
      scope: C45,
      example: 'denies saddle anaesthesia',
      target: { concept: 'redFlag', id: 'cauda-equina' },
      source: CONTEXT,
    },
    {
      phrase: 'without',
      variants: ['negative for', 'neg for', 'free of', 'absence of', 'nor', 'none of', 'ruled out', 'rules out'],
      category: 'negation',
      scope: C45,
      example: 'negative for red flags',
      target: { concept: 'redFlagsAny' },
      source: CONTEXT,
    },
    {
      phrase: "hasn't",
      variants: [
        'has not',
        "haven't",
        'have not',
        "hadn't",
        'had not',
        "didn't",
        'did not',
        "doesn't",
        'does not',
        "don't",
        'do not',
        "isn't",
        'is not',
        "wasn't",
        'was not',
        'yet to',
      ],
      category: 'negation',
      scope: C45,
      example: "doesn't have sciatica",
      target: { concept: 'radicular' },
      source: CONTEXT,
    },
    {
      phrase: 'nil',
      category: 'negation',
      scope: C45,
      example: 'nil red flags',
      target: { concept: 'redFlagsAny' },
      source: TESTER('negation in a list'),
    },
  ]),
  ...rows('concept-negated-after', 'backward', [
    {
      phrase: 'none',
      category: 'negation',
      scope: 'adjacent',
      example: 'red flags: none',
      target: { concept: 'redFlagsAny' },
      source: CONTEXT,
    },
    {
      phrase: 'neg',
      variants: ['negative', '-ve', '(-)'],
      category: 'negation',
      scope: 'adjacent',
      example: 'red flag screen negative',
      target: { concept: 'redFlagsAny' },
      source: CONTEXT,
    },
    {
      phrase: 'absent',
      variants: ['not present', 'not reported', 'ruled out', 'excluded'],
      category: 'negation',
      scope: 'adjacent',
      example: 'saddle anaesthesia absent',
      target: { concept: 'redFlag', id: 'cauda-equina' },
      source: CONTEXT,
    },
    {
      phrase: 'denied',
      variants: ['denies', 'nil'],
      category: 'negation',
      scope: 'adjacent',
      example: 'bladder or bowel symptoms denied',
      target: { concept: 'redFlag', id: 'cauda-equina' },
      source: CONTEXT,
    },
    {
      // a correction: the condition was never there ("CKD was a lab error, eGFR 85 on repeat")
      phrase: 'was a lab error',
      variants: [
        'was lab error',
        'lab error',
        'was an error',
        'was a mistake',
        'was wrong',
        'is wrong',
        'was incorrect',
        'is incorrect',
        'was spurious',
        'was a typo',
        'in error',
        'was not confirmed',
        'not confirmed',
      ],
      category: 'negation',
      scope: 'adjacent',
      example: 'CKD was a lab error, eGFR 85 on repeat',
      target: { concept: 'condition', id: 'ckd' },
      source: TESTER('a correction that removes a condition'),
    },
    {
      phrase: 'not done',
      variants: ['not tried', 'not had', 'not started', 'not attempted', 'never'],
      category: 'negation',
      scope: 'adjacent',
      example: 'sciatica - never',
      target: { concept: 'radicular' },
      source: CORPUS,
    },
  ]),
  // --- uncertainty ------------------------------------------------------------------------------------------
  ...rows('concept-uncertain-before', 'forward', [
    {
      phrase: '?',
      category: 'uncertainty',
      scope: { words: 2 },
      example: '?radicular',
      target: { concept: 'radicular' },
      source: CORPUS,
    },
    {
      phrase: 'possible',
      variants: [
        'possibly',
        'probable',
        'probably',
        'likely',
        'suspected',
        'suspect',
        'suspicious for',
        'query',
        'questionable',
        'maybe',
      ],
      category: 'uncertainty',
      scope: { words: 2 },
      example: 'possible sciatica',
      target: { concept: 'radicular' },
      source: CONTEXT,
    },
    {
      phrase: 'r/o',
      variants: [
        'rule out',
        'concern for',
        'concerning for',
        'c/f',
        'suggestive of',
        'consistent with',
        'could be',
        'may have',
        'might have',
      ],
      category: 'uncertainty',
      scope: { words: 2 },
      example: 'concern for cauda equina',
      target: { concept: 'redFlag', id: 'cauda-equina' },
      source: CONTEXT,
    },
  ]),
  ...rows('concept-unknown-before', 'forward', [
    {
      phrase: 'unknown',
      variants: [
        'unclear',
        'not sure',
        'unsure',
        'uncertain',
        'not assessed',
        'not screened',
        'not documented',
        'not asked',
        'unable to assess',
        'unable to say',
        "don't know",
        'do not know',
      ],
      category: 'uncertainty',
      scope: 'item',
      example: 'not sure about weight loss',
      target: { concept: 'redFlag', id: 'cancer' },
      source: CONTEXT,
    },
    {
      phrase: 'whether',
      variants: [
        'if any',
        "didn't ask",
        'did not ask',
        "haven't asked",
        'have not asked',
        'forgot to ask',
        "didn't get to ask",
        'did not get to ask',
        "didn't get a chance to ask",
        'did not get a chance to ask',
        "didn't get round to asking",
        'ran out of time to ask',
        'not checked',
      ],
      category: 'uncertainty',
      scope: 'item',
      example: "didn't ask about bladder problems",
      target: { concept: 'redFlag', id: 'cauda-equina' },
      source: CORPUS,
    },
  ]),
  ...rows('concept-unknown-closing', 'backward', [
    {
      phrase: 'not sure',
      variants: ['unsure', 'unclear', 'uncertain', 'equivocal', 'not certain', 'possibly', 'maybe', 'not sure really'],
      category: 'uncertainty',
      scope: 'item',
      example: "says he 'might' have some saddle numbness, not sure",
      target: { concept: 'redFlag', id: 'cauda-equina' },
      source: CONTEXT,
    },
  ]),
  ...rows('concept-normal-after', 'backward', [
    {
      phrase: 'normal',
      variants: ['nl', 'wnl', 'intact', 'unremarkable', 'nad', 'fine', 'ok', 'unaffected', 'not affected', 'preserved'],
      category: 'negation',
      scope: 'adjacent',
      example: 'no saddle change, bladder/bowel normal',
      target: { concept: 'redFlag', id: 'cauda-equina' },
      source: TESTER('a normal finding read as a red flag'),
    },
  ]),
  ...rows('concept-unknown-after', 'backward', [
    {
      phrase: 'unknown',
      variants: ['unclear', 'not sure', 'unsure', 'not assessed', 'not screened', 'not documented', 'not asked'],
      category: 'uncertainty',
      scope: { chars: 25 },
      example: 'depression not screened',
      target: { concept: 'psychosocial', id: 'depression' },
      source: CONTEXT,
    },
    {
      // an examination not done is a screen not completed (reference 6), never a sign denied: before the
      // negated-after row's "not done" (polarity.ts reads unknown first)
      phrase: 'not examined',
      variants: [
        'not yet examined',
        'not done',
        'not yet done',
        'not checked',
        'not tested',
        'not performed',
        'not recorded',
        'deferred',
        'omitted',
        'declined',
        'refused',
      ],
      category: 'uncertainty',
      scope: { chars: 25 },
      example: 'saddle sensation not examined',
      target: { concept: 'redFlag', id: 'cauda-equina' },
      source: TESTER('an examination not done is a screen not completed'),
    },
  ]),
  // --- someone else -----------------------------------------------------------------------------------------
  ...rows('concept-relative-before', 'forward', [
    {
      phrase: 'family',
      variants: ['fhx', 'fh of'],
      category: 'attribution',
      scope: { chars: 35 },
      example: 'family history of cancer',
      target: { concept: 'redFlag', id: 'cancer' },
      source: CONTEXT,
    },
    {
      phrase: 'mother',
      variants: [
        'father',
        'mom',
        'dad',
        'sister',
        'brother',
        'aunt',
        'uncle',
        'grandmother',
        'grandfather',
        'grandparent',
        'parent',
        'parents',
        'sibling',
        'siblings',
        'son',
        'daughter',
        'husband',
        'wife',
        'partner',
        'mum',
        'mam',
        'cousin',
        'niece',
        'nephew',
        'grandma',
        'grandad',
        'grandpa',
        'gran',
        'granny',
        'stepmother',
        'stepfather',
        'twin',
        'relative',
        'relatives',
      ],
      category: 'attribution',
      scope: { chars: 35 },
      example: 'mother had breast cancer',
      target: { concept: 'redFlag', id: 'cancer' },
      source: CONTEXT,
    },
  ]),
  ...rows('concept-reported-before', 'forward', [
    {
      phrase: 'says',
      variants: [
        'say',
        'said',
        'reports',
        'reported',
        'tells me',
        'told me',
        'told us',
        'mentions',
        'mentioned',
        'states',
        'stated',
        'noticed',
        'notices',
        'has noticed',
        'thinks',
        'is worried',
        'worried that',
        'rang',
        'rang to say',
        'called',
        'phoned',
        'describes',
        'confirms',
        'wrote',
      ],
      category: 'attribution',
      scope: { chars: 60 },
      example: 'wife says he has had black stools since the weekend',
      target: { concept: 'condition', id: 'gi-bleed-now' },
      source: TESTER('a fact reported about the patient by someone else'),
    },
  ]),
  // --- discussed, counselled: a risk talked about is not a history of it ---------------------------------------
  ...rows('concept-discussed-before', 'forward', [
    {
      phrase: 'risks of',
      variants: ['risk of', 'prevent', 'preventing', 'naloxone for'],
      category: 'discussion',
      scope: 'adjacent',
      example: 'naloxone for overdose given',
      target: { concept: 'condition', id: 'overdose-history' },
      source: CORPUS,
    },
    {
      phrase: 'counselled on',
      variants: [
        'counseled on',
        'counselled re',
        'counseled re',
        'counselled about',
        'counseled about',
        'counselling re',
        'counselling on',
        'educated on',
        'educated about',
        'educated re',
      ],
      category: 'discussion',
      scope: 'adjacent',
      example: 'counselled re overdose',
      target: { concept: 'condition', id: 'overdose-history' },
      source: TESTER('discussion of a risk'),
    },
    {
      phrase: 'discussed',
      variants: [
        'discussing',
        'discussion of',
        'discussion re',
        'talked about',
        'talked through',
        'spoke about',
        'explained',
        'warned about',
        'warned re',
        'advice re',
        'advice on',
      ],
      category: 'discussion',
      scope: 'adjacent',
      example: 'discussed overdose and what to do',
      target: { concept: 'condition', id: 'overdose-history' },
      source: TESTER('discussion of a risk'),
    },
  ]),
  ...rows('concept-feared-before', 'forward', [
    {
      phrase: 'scared of',
      variants: [
        'afraid of',
        'frightened of',
        'terrified of',
        'fear of',
        'fears',
        'fearful of',
        'fearing',
        'worried about',
        'worried re',
        'worries about',
        'worried of',
        'anxious about',
        'nervous about',
        'wary of',
      ],
      // not "concerned about": a clinician's concern about misuse is the risk assessment's to weigh, not read away
      category: 'discussion',
      scope: 'adjacent',
      example: "tramadol offered, pt declined ('scared of addiction')",
      counter: 'scared of the pain getting worse, hx opioid addiction',
      target: { concept: 'condition', id: 'substance-use-disorder' },
      source: TESTER('a fear of addiction is no substance use disorder'),
    },
  ]),
  ...rows('concept-discussed-after', 'backward', [
    {
      phrase: 'risk',
      variants: ['risks', 'precautions', 'prevention', 'education', 'counselling', 'counseling', 'advice', 'leaflet'],
      category: 'discussion',
      scope: 'adjacent',
      example: 'high overdose risk',
      target: { concept: 'condition', id: 'overdose-history' },
      source: TESTER('discussion of a risk'),
    },
  ]),
  // --- asked: a question whether the patient has a sign is no statement that they do ---------------------------
  ...rows('concept-asked-before', 'forward', [
    {
      phrase: 'is she',
      variants: [
        'is he',
        'is pt',
        'is the patient',
        'is there',
        'are they',
        'are there',
        'was she',
        'was he',
        'was there',
        'were there',
        'does she',
        'does he',
        'does pt',
        'does the patient',
        'do they',
        'did she',
        'did he',
        'did pt',
        'did the patient',
        'has she',
        'has he',
        'has pt',
        'has the patient',
        'has there',
        'have they',
        'have there',
        'any chance she',
        'any chance he',
      ],
      category: 'uncertainty',
      scope: 'item',
      example: 'does he have saddle numbness?',
      target: { concept: 'redFlag', id: 'cauda-equina' },
      source: TESTER('a question is no statement'),
    },
    {
      phrase: 'what if she',
      variants: ['what if he', 'what if they', 'what if pt', 'what if the patient', 'what if there', 'if she', 'if he'],
      category: 'hypothetical',
      scope: 'item',
      example: 'what if she has a fever?',
      target: { concept: 'redFlag', id: 'infection' },
      source: TESTER('a question is no statement'),
    },
  ]),
  // "any weight loss?": "any" opens a question only when the sentence asks (ends with "?"); "any" in a statement
  // ("no meds, any weight loss noted") is left to the other cues
  ...rows('concept-asked-in-question-before', 'forward', [
    {
      phrase: 'any',
      variants: ['any hint of', 'anything to suggest', 'anything like', 'ever'],
      category: 'uncertainty',
      scope: 'item',
      example: '58M, LBP 6 months. Any weight loss?',
      target: { concept: 'redFlag', id: 'cancer' },
      source: TESTER('a question is no statement'),
    },
  ]),
  // --- answered: a question about a sign with its answer right after it is a statement -------------------------
  // ("Any saddle numbness? Yes.", "wt loss? +ve, 8 kg"): only a question left unanswered is "asked"
  ...rows('concept-answered-yes-after', 'backward', [
    {
      phrase: 'yes',
      variants: ['yep', 'yeah', 'yup', 'positive', 'pos', '+ve', '+', 'present', 'confirmed', 'confirms', 'admits'],
      category: 'uncertainty',
      scope: 'adjacent',
      example: '58M, CLBP 6 months. Any saddle numbness? Yes.',
      target: { concept: 'redFlag', id: 'cauda-equina' },
      source: TESTER('a question answered yes is a statement'),
    },
  ]),
  ...rows('concept-answered-no-after', 'backward', [
    {
      phrase: 'no',
      variants: ['nope', 'none', 'nil', 'neg', 'negative', '-ve', 'denies', 'denied', 'absent'],
      category: 'negation',
      scope: 'adjacent',
      example: 'CLBP 1 yr. Any weight loss? No.',
      target: { concept: 'redFlag', id: 'cancer' },
      source: TESTER('a question answered no is a denial'),
    },
  ]),
  // --- hypothetical: safety-netting advice names red flags the patient does not have -------------------------
  ...rows('concept-hypothetical-before', 'forward', [
    {
      phrase: 'return if',
      variants: [
        'come back if',
        'seek help if',
        'seek care if',
        'go to ed if',
        'go to a&e if',
        'call 999 if',
        'call 911 if',
        're-present if',
        'present if',
        'what to do if',
      ],
      category: 'hypothetical',
      scope: C45,
      example: 'advised to return if saddle numbness',
      target: { concept: 'redFlag', id: 'cauda-equina' },
      source: CONTEXT,
    },
    {
      phrase: 'if she develops',
      variants: [
        'if he develops',
        'if they develop',
        'should she develop',
        'should he develop',
        'should they develop',
        'in case of',
        'in the event of',
      ],
      category: 'hypothetical',
      scope: C45,
      example: 'if she develops leg weakness',
      target: { concept: 'radicular' },
      source: CONTEXT,
    },
    {
      phrase: 'safety net',
      variants: [
        'safety netted',
        'safety-netted',
        'safety netting',
        'safety-netting',
        'safety net advice',
        'watch for',
        'look out for',
        'warning signs of',
        'red flag advice re',
      ],
      category: 'hypothetical',
      scope: C45,
      example: 'safety netted re cauda equina',
      target: { concept: 'redFlag', id: 'cauda-equina' },
      source: CONTEXT,
    },
  ]),
  // --- where a cue's reach ends -------------------------------------------------------------------------------
  ...rows('concept-scope-break', 'terminate', [
    {
      phrase: 'but',
      variants: [
        'yet',
        'still',
        'then',
        'now',
        'and now',
        'and has',
        'has',
        'with',
        'reports',
        'report',
        'endorses',
        'complains',
      ],
      category: 'termination',
      scope: 'item',
      example: 'no fever and now leg pain',
      target: { concept: 'radicular' },
      source: CONTEXT,
    },
    {
      phrase: 'apart from',
      variants: ['except', 'aside from', 'besides', 'other than', 'save for', 'due to', 'given', 'because', 'd/t', '('],
      category: 'termination',
      scope: 'item',
      example: 'no conditions apart from CKD',
      target: { concept: 'condition', id: 'ckd' },
      source: TESTER('negation in a list'),
    },
    {
      // A history heading after a denied list starts the patient's history: "nil red flags bg HF", "no red flags PMH
      // CKD" hold heart failure and CKD, whether or not a drug comes before it. "hx" and "history of" are not headings
      // ("no hx of PUD" is denied); a heading read after a negation ("no PMH of GI bleed") errs toward the condition,
      // the safer reading.
      phrase: 'pmh',
      variants: ['pmhx', 'bg', 'background', 'comorbidities', 'co-morbidities', 'past medical history'],
      category: 'termination',
      scope: 'item',
      example: 'nil red flags bg HF',
      target: { concept: 'condition', id: 'heart-failure' },
      source: TESTER('a history heading after a denied list'),
    },
  ]),
  ...rows('concept-drug-reason-break', 'terminate', [
    {
      // A drug said not to be used, then its reason after a dash or colon: "no naproxen - GI bleed on ibuprofen 2019",
      // "avoid NSAIDs: hx GI bleed" are a GI bleed history, not "no GI bleed". Only after a drug name: a dash in a
      // list of signs keeps the list's negation ("denies fever - wt loss - night sweats"), and a negation after the
      // dash still reaches on ("RF neg - no wt loss": polarity.ts reads the nearest cue). "narrow-angle" has no spaces.
      phrase: ' - ',
      variants: [' – ', ' — ', ' -- ', ': '],
      category: 'termination',
      scope: 'item',
      example: 'no naproxen - GI bleed on ibuprofen 2019',
      target: { concept: 'condition', id: 'gi-bleed-history' },
      source: TESTER('a drug negated, then its reason'),
    },
    {
      // "No NSAID since GI bleed", "no naproxen after the PUD": the drug stopped because of the condition, which the
      // patient has had; not "no GI bleed" (the safer reading keeps the condition).
      phrase: ' since ',
      variants: [' after ', ' following '],
      category: 'termination',
      scope: 'item',
      example: 'No NSAID since GI bleed; restarted naproxen',
      target: { concept: 'condition', id: 'gi-bleed-history' },
      source: TESTER('a drug negated since a condition'),
    },
  ]),
  ...rows('sentence-break', 'terminate', [
    {
      phrase: 'but',
      variants: ['however', 'although', 'though', 'whereas', 'except'],
      category: 'termination',
      scope: 'sentence',
      example: 'no mental health issues however low mood lately',
      target: { concept: 'psychosocial', id: 'depression' },
      source: CONTEXT,
    },
  ]),
];

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** One phrase as a pattern: escaped, an apostrophe optional, a trailing `*` any word ending, word edges bounded. */
export function phrasePattern(phrase: string): string {
  const wild = phrase.endsWith('*');
  const body = (wild ? phrase.slice(0, -1) : phrase).replace(SPECIAL, '\\$&').replace(/'/g, "'?");
  const head = /^[a-z0-9]/.test(phrase) ? '\\b' : '';
  const tail = wild ? String.raw`\w*\b` : /[a-z0-9]$/.test(phrase) ? '\\b' : '';
  return `${head}${body}${tail}`;
}

const phrasesOf = (r: CueRule): string[] => [r.phrase, ...(r.variants ?? [])];

/** The pattern source a reader runs, from its rows (in row order: an earlier phrase wins at the same place). */
export function readerSource(reader: CueReaderId, list: readonly CueRule[] = CUE_RULES): string {
  const def = READERS[reader];
  const mine = list.filter((r) => r.reader === reader);
  if (!mine.length) throw new Error(`no cue rows for ${reader}`);
  const byScope = new Map<string, CueRule[]>();
  for (const r of mine) {
    const key = JSON.stringify(r.scope);
    byScope.set(key, [...(byScope.get(key) ?? []), r]);
  }
  if (def.oneScope && byScope.size > 1) throw new Error(`${reader}: rows must share one scope`);
  const parts = [...byScope.values()].map((group) =>
    def.template(`(?:${group.flatMap(phrasesOf).map(phrasePattern).join('|')})`, group[0]!.scope),
  );
  return parts.length === 1 ? parts[0]! : parts.map((p) => `(?:${p})`).join('|');
}

/** The compiled pattern of a reader, built once at load. */
export function compileReader(reader: CueReaderId, flags = ''): RegExp {
  return new RegExp(readerSource(reader), flags);
}
