import type { OutputMessage } from '../../dialogs/turn-types.js';

/**
 * Scoring of blind case walk-throughs (test/fixtures/blind-v2/cases.json, test/fixtures/blind-v3/cases-multiturn.json)
 * against the bot's reply text. Every rule is a text proxy for a clinical judgement; the rules are data (the tables
 * below) so they can be read and refined, but a set's first-run score is recorded once and the rules are not changed
 * afterwards to flatter later runs. The rules (all matching is case-insensitive, after removing markdown bold and
 * collapsing whitespace; no regular expressions beyond whitespace collapsing):
 *
 * Reply parts
 * - The reply is every message's text joined by a blank line, plus any Adaptive Card TextBlock/TextRun/FactSet text
 *   not already in the message text (cards here repeat their message's fallback text, so this rarely adds anything).
 * - Action section: the lines under a bold heading "**Do now**", "**Recommended now**" or "**Stop the pathway...**"
 *   (the last is where the bot puts its actions when a red flag stops the pathway) up to the next bold heading line,
 *   the next italic footer line ("_Say "plan"..._", the disclaimer) or the end of that message.
 * - Recommendation lines (used instead when a reply has no action section): lines outside the recap and outside
 *   questions that hold a start cue (START_CUES, after blanking NEGATED_CUES such as "not recommended") and a drug or
 *   therapy term (any OPTION_TERMS alias).
 * - Recap: the "I understood" block (its heading up to the next bold heading). It echoes the clinician's own input,
 *   so it is ignored by the option rules (a recap line "naproxen ...: no relief" is not the bot judging a failure).
 * - Questions: sentences ending in "?" (from the previous sentence end to the "?") outside the recap, and card text
 *   blocks ending in "?".
 * - Clause: a line split at ". ", ";" and the warning sign; an option marker (below) belongs to an option mention
 *   when both are in one clause, at most MARKER_WINDOW characters apart, with no other option's term between them
 *   (an interaction partner such as an SSRI or MAOI is not an option and does not block), and the marker is not
 *   inside a condition (after "when", "if" or "unless": "tramadol when NSAIDs are ineffective" judges no NSAID).
 *   The "Quick answers: ..." help line under a question (example answers to type) is not read.
 *
 * Checks (each expectation is its own check; a case passes when all its checks in all turns pass). Expected strings
 * are matched as case-insensitive substrings that start at a word start (stricter than the README's plain substrings:
 * otherwise "refer" is found in "preferred", "PT" in "prompt" and "60 mg" in "160 mg"; see startsOk).
 * - doNowMustInclude: each item (string or anyOf) in the action section; if the reply has none, in the whole reply.
 * - doNowMustNotInclude: each item absent from the action section; with no action section, absent from the
 *   recommendation lines; with neither, it passes vacuously. The mode that applied is reported per check. The turns
 *   in MUST_NOT_WHOLE_REPLY (their README says so) are checked against the whole reply.
 * - mustMention: each item anywhere in the reply.
 * - answersQuestion (proxy): the first paragraph (text before the first blank line; a bare "New case A." lead is
 *   skipped) must not be the "I understood" recap nor a bare question (ends with "?", is the "next question" prompt
 *   or a "could not read that as an answer" re-ask), and must contain at least one key term of the expected answer: its drug names (grouped with their brands
 *   and class, OPTION_TERMS plus ANSWER_DRUG_TERMS) and decision words (ANSWER_DECISION_TERMS: yes, no/not, refer,
 *   MME, avoid, stop, ...). An expected answer with no key term leaves only the structural test.
 * - gate: "open" needs an opioid-start clause in the action lines (an opioid term, or "immediate-release" in a clause
 *   that does not name tramadol, together with a start cue, and no GATE_BLOCKERS in the clause); "closed" needs none.
 *   Tramadol is not an opioid for the gate (the guideline puts it before the gate). "n/a" is not scored.
 * - referral: true needs the option "referral" to be "recommended" by the rule below, or a bold heading with "refer";
 *   false needs neither. Bare "multidisciplinary" does not count: "multidisciplinary rehabilitation" is a non-drug
 *   therapy in these sets, and the README defines referral as a pain specialist or multidisciplinary pain service.
 * - redFlag: "emergency"/"urgent" need a pause phrase (PAUSE_PHRASES) outside questions; the two levels are not told
 *   apart (the level wording is reported for information only). "none"/"not-stated" need no flag claim
 *   (FLAG_CLAIMS outside questions, or a recap line "red flags: X" with X not a neutral value). "not-completed" needs
 *   no claim and a line naming the red flags or the screen that says it is incomplete (SCREEN_INCOMPLETE; the
 *   "Step:" line is not read, its "Opioids: not yet" is about the gate); the recap line "red flags: unknown" counts.
 * - mustAsk (proxy): each item's content words (stop words and parentheses dropped; crude stemming: the first five
 *   letters, or the word's synonyms in ASK_SYNONYMS) must all appear in the reply's questions taken together; the
 *   words inside the item's parentheses are an alternative set that also passes.
 * - options: STATUS_RULES, per option key, with the option's terms from OPTION_TERMS. A key
 *   "other non-drug therapies: a, b" passes only if every named therapy meets the status.
 */

export type Expect = string | { anyOf: string[] };

export interface TurnExpect {
  answersQuestion?: string | null;
  options?: Record<string, string>;
  doNowMustInclude?: Expect[];
  doNowMustNotInclude?: string[];
  gate?: 'open' | 'closed' | 'n/a';
  referral?: boolean | null;
  redFlag?: 'none' | 'not-stated' | 'not-completed' | 'urgent' | 'emergency';
  mustAsk?: string[];
  mustMention?: Expect[];
}

export interface CaseItem {
  id: string;
  style?: string;
  turns: { text: string; expect: TurnExpect }[];
  why?: string;
}

export type CheckKind =
  | 'doNowMustInclude'
  | 'doNowMustNotInclude'
  | 'mustMention'
  | 'answersQuestion'
  | 'gate'
  | 'referral'
  | 'redFlag'
  | 'mustAsk'
  | 'options';

export const CHECK_KINDS: readonly CheckKind[] = [
  'options',
  'doNowMustInclude',
  'doNowMustNotInclude',
  'mustMention',
  'answersQuestion',
  'gate',
  'referral',
  'redFlag',
  'mustAsk',
];

export interface Check {
  kind: CheckKind;
  /** The option key, the include/exclude item, the mustAsk item. */
  key?: string;
  expected: string;
  pass: boolean;
  /** Which reading applied (e.g. doNow "section" / "recommendation-lines" / "vacuous"). */
  mode?: string;
  detail?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Rule tables
// ---------------------------------------------------------------------------------------------------------------

/** Option key -> the terms that name it (matched at a word start: "refer" matches "referral", not "preferred"). */
export const OPTION_TERMS: Record<string, readonly string[]> = {
  nsaid: [
    'nsaid',
    'naproxen',
    'ibuprofen',
    'diclofenac',
    'meloxicam',
    'celecoxib',
    'aleve',
    'advil',
    'motrin',
    'naprosyn',
    'voltaren',
    'celebrex',
    'mobic',
  ],
  duloxetine: ['duloxetine', 'cymbalta'],
  tramadol: ['tramadol', 'ultram', 'conzip', 'ultracet'],
  gabapentinoid: ['gabapentinoid', 'gabapentin', 'pregabalin', 'neurontin', 'lyrica', 'gralise', 'horizant'],
  exercise: ['exercise', 'physio', 'physical therap'],
  referral: [
    'refer',
    'pain specialist',
    'multidisciplinary pain',
    'interdisciplinary pain',
    'pain centre',
    'pain center',
    'pain clinic',
    'pain service',
    'pain programme',
    'pain program',
  ],
  opioid: [
    'opioid',
    'morphine',
    'oxycodone',
    'hydrocodone',
    'hydromorphone',
    'oxymorphone',
    'fentanyl',
    'tapentadol',
    'codeine',
    'buprenorphine',
    'methadone',
    'percocet',
    'norco',
    'vicodin',
    'oxycontin',
    'nucynta',
    'mme',
  ],
  'multidisciplinary rehab': ['multidisciplinary', 'interdisciplinary'],
  cbt: ['cbt', 'cognitive behavio', 'cognitive-behavio'],
  'cognitive behavioural therapy': ['cbt', 'cognitive behavio', 'cognitive-behavio'],
  'cognitive behavioral therapy': ['cbt', 'cognitive behavio', 'cognitive-behavio'],
  'multidisciplinary rehabilitation': ['multidisciplinary', 'interdisciplinary'],
  acupuncture: ['acupuncture'],
  'mindfulness-based stress reduction': ['mindfulness', 'mbsr'],
  mindfulness: ['mindfulness', 'mbsr'],
  yoga: ['yoga'],
  'tai chi': ['tai chi'],
  massage: ['massage'],
  'spinal manipulation': ['spinal manipulation', 'manipulation'],
};

/** Extra drug names that only the answersQuestion key terms use (grouped: any name of a group satisfies it). */
export const ANSWER_DRUG_TERMS: readonly (readonly string[])[] = [
  ['acetaminophen', 'paracetamol', 'tylenol', 'apap'],
  ['benzodiazepine', 'benzo'],
  ['maoi', 'monoamine oxidase', 'phenelzine'],
  ['ssri', 'sertraline', 'fluoxetine', 'fluvoxamine', 'paroxetine', 'citalopram', 'escitalopram'],
  ['naloxone', 'narcan'],
];

/** Decision words of an expected answer (whole words; any word of a group satisfies it). */
export const ANSWER_DECISION_TERMS: readonly (readonly string[])[] = [
  ['yes'],
  ['no', 'not'],
  ['refer', 'referral', 'referred'],
  ['mme'],
  ['avoid', 'avoided'],
  ['stop', 'stopped'],
  ['contraindicated'],
  ['emergency', 'same-day', 'same day'],
  ['urgent', 'prompt'],
  ['continue'],
];

/** A word that starts a recommendation (word start: "initiat" matches "initiate"). */
export const START_CUES: readonly string[] = [
  'start',
  'add',
  'begin',
  'initiat',
  'prescrib',
  'switch to',
  'titrat',
  'increase',
  'try',
  'trial of',
  'consider',
  'recommend',
  'prioriti',
  'offer',
  'refer',
];
/** Cues matched as whole words only (a prefix match would be too loose). */
const WHOLE_WORD_CUES = new Set(['add', 'try', 'increase']);

/** Words that, within the window of an option mention, stop it counting as "recommended". */
export const NEGATIVE_MARKERS: readonly string[] = [
  'not for this patient',
  'avoid',
  'contraindicat',
  'ruled out',
  'not recommended',
  'should not',
  'do not start',
  'do not add',
  'do not use',
  'do not offer',
  'do not prescribe',
  'do not continue',
  'do not restart',
  'do not increase',
  "don't start",
  "don't add",
  "don't use",
  'not yet',
  'not now',
  'stop',
  'discontinu',
  'instead of',
  'rather than',
  'failed',
  'inadequate response',
  'did not help',
  "didn't help",
  'ineffective',
  'not effective',
  'not tolerated',
  'intoleran',
  'no longer',
];

export interface StatusRule {
  /** Plain-words statement of the rule, printed with --verbose. */
  doc: string;
  /** Where the option mention must be: the action lines, anywhere outside the recap, or in a question. */
  scope: 'action' | 'reply' | 'question';
  /** At least one of these must belong to the mention (see "Clause" above). Omitted: any mention counts. */
  markers?: readonly string[];
  /** None of these may belong to the mention. */
  absent?: readonly string[];
  /** Phrases blanked out before looking for markers (negated forms of a marker). */
  blank?: readonly string[];
  /** The clause must also hold a dose (a number followed by "mg"). */
  needsDose?: boolean;
  /** The option must also not be "recommended". */
  notRecommended?: boolean;
}

const FAILED_RULE: StatusRule = {
  doc: 'a mention outside the recap carries failed / inadequate response / did not help / ineffective / no benefit',
  scope: 'reply',
  markers: [
    'failed',
    'inadequate response',
    'did not help',
    "didn't help",
    'ineffective',
    'not effective',
    'no response',
    'no benefit',
    'no meaningful',
  ],
};

/** Option status -> rule. "failed" and "failed-adequate-trial" are the same rule. */
export const STATUS_RULES: Record<string, StatusRule> = {
  recommended: {
    doc: 'named in the action lines with no negative marker (avoid, not for this patient, failed, stop, ...) on that mention',
    scope: 'action',
    absent: NEGATIVE_MARKERS,
  },
  'not-for-this-patient': {
    doc: 'a mention carries not for this patient / avoid / contraindicated / ruled out / not recommended / should not, and it is not "recommended"',
    scope: 'reply',
    markers: [
      'not for this patient',
      'avoid',
      'contraindicat',
      'ruled out',
      'not recommended',
      'should not',
      'do not use',
      'do not start',
      'do not offer',
      'not suitable',
      'not appropriate',
    ],
    notRecommended: true,
  },
  failed: FAILED_RULE,
  'failed-adequate-trial': FAILED_RULE,
  'not-tolerated': {
    doc: 'a mention carries not tolerated / intolerance / side effects / adverse effects / stopped for',
    scope: 'reply',
    markers: ['not tolerated', 'intoleran', 'side effect', 'adverse effect', 'stopped for'],
  },
  'current-at-target': {
    doc: 'a mention carries at target / target dose / guideline dose / continue (not "do not continue")',
    scope: 'reply',
    markers: ['at target', 'target dose', 'guideline dose', 'at the guideline', 'continue'],
    blank: ['do not continue', "don't continue", 'not continue'],
  },
  'current-below-target': {
    doc: 'a mention carries below / subtherapeutic / not yet at / short of, with a dose (number + mg) in the clause',
    scope: 'reply',
    markers: ['below', 'subtherapeutic', 'sub-therapeutic', 'not yet at', 'short of'],
    needsDose: true,
  },
  effective: {
    doc: 'a mention carries effective / working / helping / continue / meaningful improvement (negated forms blanked)',
    scope: 'reply',
    markers: [
      'effective',
      'working',
      'helping',
      'continue',
      'meaningful improvement',
      'meaningful change',
      'responding',
    ],
    blank: [
      'ineffective',
      'not effective',
      'lowest effective',
      'not working',
      'not helping',
      'do not continue',
      "don't continue",
      'not continue',
      'no meaningful',
    ],
  },
  'needs-data': {
    doc: 'a question of the reply names the option',
    scope: 'question',
  },
};

/** Characters allowed between an option mention and a marker in the same clause. */
export const MARKER_WINDOW = 50;

/** Blocks an opioid-start clause (the whole clause). */
export const GATE_BLOCKERS: readonly string[] = [
  'not yet',
  'only after',
  'before any',
  'before considering',
  'do not',
  "don't",
  'avoid',
  'not recommended',
  'contraindicat',
  'not for this patient',
  'should not',
  'gate closed',
  'not met',
];
/** Opioid terms for the gate: the opioid option's terms plus these (tramadol is not one). */
const GATE_OPIOID_TERMS: readonly string[] = [
  ...(OPTION_TERMS.opioid ?? []),
  'morphine equivalent',
  'immediate-release',
  'immediate release',
];
const GATE_CUES: readonly string[] = [
  'start',
  'begin',
  'initiat',
  'prescrib',
  'trial',
  'add',
  'switch to',
  'consider',
  'titrat',
  'immediate-release',
  'immediate release',
];

export const PAUSE_PHRASES: readonly string[] = [
  'stop the pathway',
  'stop the chronic pain pathway',
  'leave the pathway',
  'pause the pathway',
  'urgent',
  'same-day',
  'same day',
  'emergency',
  'prompt evaluation',
];
const EMERGENCY_WORDS: readonly string[] = ['emergency', 'same-day', 'same day', 'immediately', 'a&e'];

export const FLAG_CLAIMS: readonly string[] = [
  'red flag is present',
  'red flags are present',
  'red flag present',
  'red flags present',
  'stop the pathway',
  'stop the chronic pain pathway',
  'leave the pathway',
  'arrange urgent evaluation',
  'advise urgent evaluation',
  'same-day assessment',
  'emergency assessment',
  'suspected cauda equina',
  'suspected cancer',
  'suspected fracture',
  'suspected infection',
  'suspected spinal',
];
/** A recap value after "red flags:" that does not claim a flag. */
const NEUTRAL_FLAG_VALUES: readonly string[] = [
  'none',
  'no',
  'unknown',
  'not sure',
  'not completed',
  'incomplete',
  'not stated',
  'not screened',
  'negative',
];
export const SCREEN_INCOMPLETE: readonly string[] = [
  'not completed',
  'incomplete',
  'not complete',
  'not been completed',
  'unknown',
  'not sure',
  'unsure',
  'uncertain',
  'unclear',
  'still to',
  'not yet',
];

export const ASK_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the any his her their him he she they it its and or of to in on for with at by from as whether which what ' +
    'how much many has have had is are was were be been does do did actually other current currently this that ' +
    'these those e g eg if before after about than then there use used regular level area amount take takes took ' +
    'taken taking tried try trying patient pt all also still'
  ).split(' '),
);

/** Word -> stems any of which satisfies it in a question (others: the word's first five letters). */
export const ASK_SYNONYMS: Record<string, readonly string[]> = {
  dose: ['dose', 'dosage', 'mg'],
  doses: ['dose', 'dosage', 'mg'],
  long: ['long', 'duration', 'week', 'month'],
  kidney: ['kidne', 'renal', 'crcl', 'creat', 'egfr'],
  liver: ['liver', 'hepat', 'cirrh'],
  medicines: ['medic', 'drug'],
  medicine: ['medic', 'drug'],
  helped: ['help', 'relief', 'benef', 'impro', 'effec', 'respo'],
  numbness: ['numb', 'anaes', 'anest', 'sensa'],
  sodium: ['sodiu', 'hypon'],
  alcohol: ['alcoh', 'drink', 'etoh'],
  benzodiazepines: ['benzo'],
  therapies: ['thera', 'treat'],
  heart: ['heart', 'cardi'],
  function: ['funct', 'activ', 'disab'],
};

// ---------------------------------------------------------------------------------------------------------------
// Text helpers (no regular expressions beyond whitespace collapsing)
// ---------------------------------------------------------------------------------------------------------------

const isWordChar = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * Whether `term` may start right after `before`: a term starting with a letter needs a word start ("refer" is not in
 * "preferred"); one starting with a digit needs no digit, "." or "," before it ("60 mg" is not in "160 mg", but "1.5"
 * is in "x1.5"); one starting with a symbol ("≥ 90") needs nothing.
 */
function startsOk(term: string, before: string | undefined): boolean {
  const first = term[0];
  if (isDigit(first)) return !isDigit(before) && before !== '.' && before !== ',';
  return !isWordChar(first) || !isWordChar(before);
}

/** Start indexes of `term` in `lower` at a word start (and, if `whole`, ending at a word end). */
export function findTerm(lower: string, term: string, whole = false): number[] {
  const out: number[] = [];
  if (!term) return out;
  let i = lower.indexOf(term);
  while (i !== -1) {
    if (startsOk(term, lower[i - 1]) && (!whole || !isWordChar(lower[i + term.length]))) out.push(i);
    i = lower.indexOf(term, i + 1);
  }
  return out;
}

export const hasTerm = (lower: string, term: string, whole = false): boolean => findTerm(lower, term, whole).length > 0;

const WS = /\s+/g;
/** Lower case, markdown bold removed, whitespace collapsed. */
export const plain = (s: string): string => s.split('**').join('').replace(WS, ' ').trim().toLowerCase();

/** `s` with each phrase replaced by spaces (indexes are kept). */
function blankOut(s: string, phrases: readonly string[] | undefined): string {
  let out = s;
  for (const p of phrases ?? []) {
    let i = out.indexOf(p);
    while (i !== -1) {
      out = out.slice(0, i) + ' '.repeat(p.length) + out.slice(i + p.length);
      i = out.indexOf(p, i + p.length);
    }
  }
  return out;
}

function splitAll(s: string, seps: readonly string[]): string[] {
  let parts = [s];
  for (const sep of seps) parts = parts.flatMap((p) => p.split(sep));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

const clausesOf = (line: string): string[] => splitAll(line, ['. ', ';', '⚠️']);

const expectOptions = (e: Expect): string[] => (typeof e === 'string' ? [e] : e.anyOf);
/** An expected string is found at a word start ("refer" is not found in "preferred", "PT" not in "prompt"). */
const includesAny = (lower: string, e: Expect): boolean => expectOptions(e).some((o) => hasTerm(lower, plain(o)));
const expectLabel = (e: Expect): string => (typeof e === 'string' ? e : `anyOf ${JSON.stringify(e.anyOf)}`);

// ---------------------------------------------------------------------------------------------------------------
// Reply parsing
// ---------------------------------------------------------------------------------------------------------------

export interface ParsedReply {
  /** The whole reply (message texts and new card text), raw. */
  raw: string;
  /** plain(raw) of the whole reply. */
  lower: string;
  /** First paragraph (raw) used by answersQuestion. */
  firstParagraph: string;
  /** Plain lines, outside the recap. */
  lines: string[];
  /** Plain lines of the recap. */
  recapLines: string[];
  /** Plain lines of the action sections (empty if none). */
  actionLines: string[];
  /** Plain recommendation lines (used when there is no action section). */
  recommendationLines: string[];
  hasActionSection: boolean;
  /** Plain bold heading lines. */
  headings: string[];
  /** Plain question sentences. */
  questions: string[];
}

const ACTION_HEADINGS = ['**do now', '**recommended now', '**stop the pathway'];

function cardTexts(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const n of node) cardTexts(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if ((o.type === 'TextBlock' || o.type === 'TextRun') && typeof o.text === 'string') out.push(o.text);
  if (o.type === 'FactSet' && Array.isArray(o.facts)) {
    for (const f of o.facts as { title?: unknown; value?: unknown }[]) out.push(`${f.title ?? ''}: ${f.value ?? ''}`);
  }
  for (const key of ['body', 'items', 'columns', 'inlines']) if (key in o) cardTexts(o[key], out);
}

/** Question sentences of a plain line: from the previous sentence end to each "?". */
function questionsOf(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '?') {
      out.push(line.slice(start, i + 1).trim());
      start = i + 1;
    } else if ((c === '.' || c === '!') && line[i + 1] === ' ') {
      start = i + 1;
    }
  }
  return out;
}

const isBoldHeading = (rawLine: string): boolean => rawLine.trim().startsWith('**');
const isItalicFooter = (rawLine: string): boolean => rawLine.trim().startsWith('_');

export function parseReply(messages: readonly OutputMessage[]): ParsedReply {
  const blocks: string[] = [];
  const cardQuestions: string[] = [];
  for (const m of messages) {
    let text = m.text;
    if (m.card) {
      const found: string[] = [];
      cardTexts(m.card.body, found);
      const have = plain(text);
      for (const t of found) {
        const p = plain(t);
        if (p.endsWith('?')) cardQuestions.push(p);
        if (p && !have.includes(p)) text += `\n\n${t}`;
      }
    }
    blocks.push(text);
  }
  const raw = blocks.join('\n\n');
  const lines: string[] = [];
  const recapLines: string[] = [];
  const actionLines: string[] = [];
  const headings: string[] = [];
  const questions: string[] = [];
  let hasActionSection = false;
  for (const block of blocks) {
    let zone: 'none' | 'recap' | 'action' = 'none';
    for (const rawLine of block.split('\n')) {
      const line = plain(rawLine);
      if (!line) continue;
      if (isBoldHeading(rawLine)) {
        headings.push(line);
        const head = rawLine.trim().toLowerCase();
        if (ACTION_HEADINGS.some((h) => head.startsWith(h))) {
          zone = 'action';
          hasActionSection = true;
          continue;
        }
        zone = line.includes('i understood') ? 'recap' : 'none';
        if (zone === 'recap') continue;
      } else if (isItalicFooter(rawLine)) {
        zone = 'none';
      }
      if (zone === 'recap') {
        recapLines.push(line);
        continue;
      }
      // The quick-answer help under a question lists example answers ("contraindicated", "no relief"): not content.
      if (line.startsWith('quick answers:')) continue;
      lines.push(line);
      if (zone === 'action') actionLines.push(line);
      questions.push(...questionsOf(line));
    }
  }
  for (const q of cardQuestions) if (!questions.includes(q)) questions.push(q);
  const recommendationLines = lines.filter((l) => !l.endsWith('?') && isRecommendationLine(l));
  return {
    raw,
    lower: plain(raw),
    firstParagraph: firstParagraph(raw),
    lines,
    recapLines,
    actionLines,
    recommendationLines,
    hasActionSection,
    headings,
    questions,
  };
}

const ALL_OPTION_TERMS: readonly string[] = [
  ...new Set([...Object.values(OPTION_TERMS).flat(), ...ANSWER_DRUG_TERMS.flat()]),
];

/** Option terms only: an interaction partner (an SSRI, an MAOI) does not stand between an option and its marker. */
const OPTION_ONLY_TERMS: readonly string[] = [...new Set(Object.values(OPTION_TERMS).flat())];

/** Negated cue phrases, blanked before looking for a start cue ("not recommended" is no recommendation). */
export const NEGATED_CUES: readonly string[] = [
  'not recommended',
  'not recommend',
  'do not start',
  "don't start",
  'do not add',
  "don't add",
  'do not prescribe',
  'do not offer',
  'do not refer',
  'before considering',
  'before any',
  'no recommendation',
];

const hasStartCue = (s: string): boolean => {
  const t = blankOut(s, NEGATED_CUES);
  return START_CUES.some((c) => hasTerm(t, c, WHOLE_WORD_CUES.has(c)));
};

function isRecommendationLine(line: string): boolean {
  return clausesOf(line).some((c) => hasStartCue(c) && ALL_OPTION_TERMS.some((t) => hasTerm(c, t)));
}

function firstParagraph(raw: string): string {
  const paras = raw
    .split('\n\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  let i = 0;
  const p0 = paras[0] ?? '';
  if (p0.startsWith('New case ') && p0.length <= 12) i = 1;
  return paras[i] ?? '';
}

// ---------------------------------------------------------------------------------------------------------------
// Option statuses
// ---------------------------------------------------------------------------------------------------------------

/** The terms of an option key; "other non-drug therapies: a, b" gives one term list per named therapy. */
export function optionTermGroups(key: string): { name: string; terms: readonly string[] }[] {
  const k = key.toLowerCase().trim();
  const colon = k.indexOf(':');
  if (colon !== -1) {
    const names = splitAll(k.slice(colon + 1), [',', ' and ']);
    return names.map((name) => ({ name, terms: OPTION_TERMS[name] ?? [name] }));
  }
  return [{ name: k, terms: OPTION_TERMS[k] ?? [k] }];
}

interface Mention {
  clause: string;
  start: number;
  end: number;
}

function mentionsIn(lines: readonly string[], terms: readonly string[]): Mention[] {
  const out: Mention[] = [];
  for (const line of lines) {
    for (const clause of clausesOf(line)) {
      for (const t of terms) for (const i of findTerm(clause, t)) out.push({ clause, start: i, end: i + t.length });
    }
  }
  return out;
}

/** Words that open a condition: a marker after them states a rule ("when NSAIDs are ineffective"), not a finding. */
export const CONDITION_WORDS: readonly string[] = ['when', 'if', 'unless'];

/** Where the clause's first condition starts (its length if none). */
function conditionStart(text: string): number {
  let at = text.length;
  for (const w of CONDITION_WORDS) {
    const hit = findTerm(text, w, true)[0];
    if (hit !== undefined && hit < at) at = hit;
  }
  return at;
}

/**
 * Whether a marker belongs to the mention: same clause, within the window, no other option's term between, and the
 * marker not inside a condition.
 */
function markerBelongs(m: Mention, text: string, markers: readonly string[], ownTerms: readonly string[]): boolean {
  const condition = conditionStart(text);
  for (const marker of markers) {
    for (const k of findTerm(text, marker)) {
      if (k >= condition) continue;
      const [from, to] = k >= m.end ? [m.end, k] : [k + marker.length, m.start];
      if (k < m.end && k + marker.length > m.start) return true; // overlapping
      if (to - from > MARKER_WINDOW) continue;
      const between = text.slice(from, to);
      const other = OPTION_ONLY_TERMS.some((t) => !ownTerms.includes(t) && hasTerm(between, t));
      if (!other) return true;
    }
  }
  return false;
}

function hasDose(clause: string): boolean {
  for (let i = clause.indexOf('mg'); i !== -1; i = clause.indexOf('mg', i + 1)) {
    const before = clause[i - 1] === ' ' ? clause[i - 2] : clause[i - 1];
    if (before !== undefined && before >= '0' && before <= '9') return true;
  }
  return false;
}

function meetsStatus(reply: ParsedReply, terms: readonly string[], rule: StatusRule): boolean {
  if (rule.scope === 'question') return reply.questions.some((q) => terms.some((t) => hasTerm(q, t)));
  const lines = rule.scope === 'action' ? actionLinesOf(reply) : reply.lines;
  const ok = mentionsIn(lines, terms).some((m) => {
    const text = blankOut(m.clause, rule.blank);
    if (rule.absent && markerBelongs(m, text, rule.absent, terms)) return false;
    if (rule.markers && !markerBelongs(m, text, rule.markers, terms)) return false;
    if (rule.needsDose && !hasDose(m.clause)) return false;
    return true;
  });
  if (!ok) return false;
  const recommended = STATUS_RULES.recommended!;
  return !rule.notRecommended || !meetsStatus(reply, terms, recommended);
}

/** The action section's lines, or the recommendation lines when there is none. */
export const actionLinesOf = (reply: ParsedReply): string[] =>
  reply.hasActionSection ? reply.actionLines : reply.recommendationLines;
const actionMode = (reply: ParsedReply): string =>
  reply.hasActionSection
    ? 'section'
    : reply.recommendationLines.length > 0
      ? 'recommendation-lines'
      : 'no-action-lines';

export function optionStatusHolds(reply: ParsedReply, key: string, status: string): boolean | undefined {
  const rule = STATUS_RULES[status];
  if (!rule) return undefined;
  return optionTermGroups(key).every((g) => meetsStatus(reply, g.terms, rule));
}

// ---------------------------------------------------------------------------------------------------------------
// The other checks
// ---------------------------------------------------------------------------------------------------------------

export function opioidStartClauses(reply: ParsedReply): string[] {
  const tramadol = OPTION_TERMS.tramadol ?? [];
  const out: string[] = [];
  for (const line of actionLinesOf(reply)) {
    for (const clause of clausesOf(line)) {
      const namesTramadol = tramadol.some((t) => hasTerm(clause, t));
      const terms = namesTramadol
        ? (OPTION_TERMS.opioid ?? []).filter((t) => t !== 'opioid' && t !== 'mme')
        : GATE_OPIOID_TERMS;
      if (!terms.some((t) => hasTerm(clause, t))) continue;
      if (!GATE_CUES.some((c) => hasTerm(clause, c, c === 'add'))) continue;
      if (GATE_BLOCKERS.some((b) => clause.includes(b))) continue;
      out.push(clause);
    }
  }
  return out;
}

export function recommendsReferral(reply: ParsedReply): boolean {
  return (
    optionStatusHolds(reply, 'referral', 'recommended') === true || reply.headings.some((h) => hasTerm(h, 'refer'))
  );
}

function nonQuestionText(reply: ParsedReply): string {
  return reply.lines.map((l) => (l.endsWith('?') ? '' : l)).join('\n');
}

export function claimsRedFlag(reply: ParsedReply): string | undefined {
  const text = nonQuestionText(reply);
  const claim = FLAG_CLAIMS.find((c) => text.includes(c));
  if (claim) return claim;
  for (const l of reply.recapLines) {
    const body = l.startsWith('- ') ? l.slice(2) : l;
    if (!body.startsWith('red flags:') && !body.startsWith('red flag:')) continue;
    const value = body.slice(body.indexOf(':') + 1).trim();
    if (!NEUTRAL_FLAG_VALUES.some((v) => value.startsWith(v))) return `recap "${body}"`;
  }
  return undefined;
}

/** Drug key-term groups: one per drug option (any NSAID name satisfies "naproxen"), then ANSWER_DRUG_TERMS. */
function answerTermGroups(): (readonly string[])[] {
  const drugGroups = ['nsaid', 'duloxetine', 'tramadol', 'gabapentinoid', 'opioid'].map((k) => OPTION_TERMS[k] ?? []);
  return [...drugGroups, ...ANSWER_DRUG_TERMS];
}

/** The key-term groups of an expected answer that occur in it. */
export function answerKeyGroups(expected: string): (readonly string[])[] {
  const lower = plain(expected);
  const groups: (readonly string[])[] = [];
  for (const g of answerTermGroups()) if (g.some((t) => hasTerm(lower, t))) groups.push(g);
  for (const g of ANSWER_DECISION_TERMS) if (g.some((t) => hasTerm(lower, t, true))) groups.push(g);
  return groups;
}

/** A first paragraph that only says the turn was not understood is a request for data, not an answer. */
const RE_ASK_LEADS: readonly string[] = ['could not read that', "didn't recognise", 'did not recognise'];

function scoreAnswer(reply: ParsedReply, expected: string): Check {
  const first = reply.firstParagraph;
  const p = plain(first);
  const base = { kind: 'answersQuestion' as const, expected };
  if (!p) return { ...base, pass: false, detail: 'empty reply' };
  if (p.includes('i understood')) return { ...base, pass: false, mode: 'recap-first', detail: first };
  if (p.endsWith('?') || p.includes('next question')) {
    return { ...base, pass: false, mode: 'question-first', detail: first };
  }
  if (RE_ASK_LEADS.some((l) => p.includes(l))) return { ...base, pass: false, mode: 're-ask-first', detail: first };
  const groups = answerKeyGroups(expected);
  if (groups.length === 0) return { ...base, pass: true, mode: 'structural-only', detail: first };
  const decision = new Set<readonly string[]>(ANSWER_DECISION_TERMS);
  const hit = groups.find((g) => g.some((t) => hasTerm(p, t, decision.has(g))));
  return {
    ...base,
    pass: hit !== undefined,
    mode: 'key-terms',
    detail: `${hit ? `matched ${hit[0]}` : `none of ${groups.map((g) => g[0]).join(', ')}`}; first paragraph: ${first}`,
  };
}

function contentWords(s: string): string[] {
  const words: string[] = [];
  let cur = '';
  for (const c of `${s.toLowerCase()} `) {
    if (isWordChar(c)) cur += c;
    else {
      if (cur && !ASK_STOP_WORDS.has(cur)) words.push(cur);
      cur = '';
    }
  }
  return [...new Set(words)];
}

function splitParens(item: string): { main: string; alt: string } {
  let main = '';
  let alt = '';
  let depth = 0;
  for (const c of item) {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) alt += c;
    else main += c;
  }
  return { main, alt };
}

function missingWords(words: readonly string[], tokens: readonly string[]): string[] {
  return words.filter((w) => {
    const stems = ASK_SYNONYMS[w] ?? [w.slice(0, 5)];
    return !tokens.some((tok) => stems.some((s) => tok.startsWith(s)));
  });
}

function scoreAsk(reply: ParsedReply, item: string): Check {
  const tokens = contentWords(reply.questions.join(' '));
  const { main, alt } = splitParens(item);
  const mainWords = contentWords(main);
  const altWords = contentWords(alt);
  const missingMain = missingWords(mainWords, tokens);
  const missingAlt = altWords.length ? missingWords(altWords, tokens) : ['-'];
  const pass = missingMain.length === 0 || missingAlt.length === 0;
  return {
    kind: 'mustAsk',
    key: item,
    expected: `ask: ${mainWords.join(' ')}${altWords.length ? ` | alt: ${altWords.join(' ')}` : ''}`,
    pass,
    ...(pass
      ? {}
      : { detail: `missing ${missingMain.join(', ')}; questions: ${reply.questions.join(' / ') || '(none)'}` }),
  };
}

/**
 * Turns whose doNowMustNotInclude applies to the whole reply, as their set's README says: the out-of-population
 * items of blind-v3 (no dose belongs anywhere in the reply). Keyed "id" (every turn) or "id:turn".
 */
export const MUST_NOT_WHOLE_REPLY: ReadonlySet<string> = new Set(['mt-05', 'mt-14', 'mt-21:1']);

/** Every check of one turn's expectations against its reply. */
export function scoreTurn(expect: TurnExpect, reply: ParsedReply, opts: { mustNotWholeReply?: boolean } = {}): Check[] {
  const checks: Check[] = [];
  const action = reply.actionLines.join('\n');
  for (const [key, status] of Object.entries(expect.options ?? {})) {
    const holds = optionStatusHolds(reply, key, status);
    checks.push({
      kind: 'options',
      key,
      expected: status,
      pass: holds === true,
      mode: holds === undefined ? 'no-rule-for-status' : actionMode(reply),
    });
  }
  for (const e of expect.doNowMustInclude ?? []) {
    const where = reply.hasActionSection ? action : reply.lower;
    checks.push({
      kind: 'doNowMustInclude',
      key: expectLabel(e),
      expected: 'present',
      pass: includesAny(where, e),
      mode: reply.hasActionSection ? 'section' : 'whole-reply',
    });
  }
  for (const s of expect.doNowMustNotInclude ?? []) {
    const mode = opts.mustNotWholeReply ? 'whole-reply (README exception)' : actionMode(reply);
    const where = opts.mustNotWholeReply ? reply.lower : actionLinesOf(reply).join('\n');
    const found = hasTerm(where, plain(s));
    checks.push({
      kind: 'doNowMustNotInclude',
      key: s,
      expected: 'absent',
      pass: !found,
      mode: mode === 'no-action-lines' ? 'vacuous' : mode,
    });
  }
  for (const e of expect.mustMention ?? []) {
    checks.push({ kind: 'mustMention', key: expectLabel(e), expected: 'present', pass: includesAny(reply.lower, e) });
  }
  if (expect.answersQuestion) checks.push(scoreAnswer(reply, expect.answersQuestion));
  if (expect.gate && expect.gate !== 'n/a') {
    const starts = opioidStartClauses(reply);
    const open = starts.length > 0;
    checks.push({
      kind: 'gate',
      expected: expect.gate,
      pass: expect.gate === 'open' ? open : !open,
      mode: actionMode(reply),
      detail: open ? `opioid start: ${starts[0]}` : 'no opioid-start line',
    });
  }
  if (expect.referral === true || expect.referral === false) {
    const refers = recommendsReferral(reply);
    checks.push({
      kind: 'referral',
      expected: String(expect.referral),
      pass: refers === expect.referral,
      mode: actionMode(reply),
      detail: refers ? 'recommends referral' : 'no referral recommendation',
    });
  }
  if (expect.redFlag) checks.push(scoreRedFlag(reply, expect.redFlag));
  for (const item of expect.mustAsk ?? []) checks.push(scoreAsk(reply, item));
  return checks;
}

function scoreRedFlag(reply: ParsedReply, expected: NonNullable<TurnExpect['redFlag']>): Check {
  const claim = claimsRedFlag(reply);
  const text = nonQuestionText(reply);
  if (expected === 'emergency' || expected === 'urgent') {
    const pause = PAUSE_PHRASES.find((p) => text.includes(p));
    const emergencyWording = EMERGENCY_WORDS.some((w) => text.includes(w));
    return {
      kind: 'redFlag',
      expected,
      pass: pause !== undefined,
      mode: `level wording: ${emergencyWording ? 'emergency' : 'urgent-only'}`,
      detail: pause ? `pauses ("${pause}")` : 'does not pause the pathway',
    };
  }
  if (expected === 'not-completed') {
    const incomplete = reply.lines.some(
      (l) =>
        (l.includes('red flag') || l.includes('screen')) &&
        !l.endsWith('?') &&
        !l.startsWith('step:') &&
        SCREEN_INCOMPLETE.some((w) => l.includes(w)),
    );
    const recapIncomplete = reply.recapLines.some(
      (l) => l.includes('red flag') && SCREEN_INCOMPLETE.some((w) => l.includes(w)),
    );
    return {
      kind: 'redFlag',
      expected,
      pass: claim === undefined && (incomplete || recapIncomplete),
      detail: claim ? `claims a flag (${claim})` : incomplete || recapIncomplete ? 'says incomplete' : 'silent',
    };
  }
  return {
    kind: 'redFlag',
    expected,
    pass: claim === undefined,
    detail: claim ? `claims a flag (${claim})` : 'no flag claimed',
  };
}
