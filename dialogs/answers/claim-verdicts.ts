import type { OutputMessage } from '../turn-types.js';
import { type AnswerLine, renderAnswer } from './answer-message.js';
import { JUST_MEDICINES } from './guideline-intents.js';
import { entryLines } from './knowledge-lines.js';
import { getEntry } from './ports.js';
import { readContext } from './question-context.js';

/**
 * Claim-checking questions ("True or false: opioids are first line?", "Is it true that everyone needs an MRI?", "Is it
 * OK not to try physio before duloxetine?"): when a row below recognises the claim, the answer leads with a plain
 * verdict and the source's own words, then the topic's lines. A claim no row recognises gets the topic without a
 * verdict (the ordinary routing): a verdict is given only where the sources settle it.
 *
 * Data: each row is one claim in one polarity. `all` must all match and `unless` must not (a negation or a
 * qualifier that changes the claim, "not first line", "with red flags", turns the row off rather than flip it).
 * `holds` says whether the sources support the claim as the row reads it; `entry` is the entry quoted.
 * test/answers/claim-verdicts.test.ts sends every example and checks the verdict.
 */
export interface ClaimRow {
  name: string;
  all: readonly RegExp[];
  unless?: RegExp;
  holds: boolean;
  /** The knowledge entry whose words settle the claim (quoted in the verdict line). */
  entry: string;
  title: string;
  /** The topic's lines after the verdict (the quoted entry is not repeated). */
  ids: readonly string[];
  /** Claims in clinicians' words that this row settles. */
  examples: readonly string[];
  /**
   * The claim is about a number ("90 MME a day is a hard ceiling"): digits are the claim's words, not a patient's
   * dose, so they do not make it a question about a patient.
   */
  numbered?: boolean;
  /**
   * The claim is about something neither source settles (the law): the answer says so and gives no verdict, then
   * the source's own words on the topic.
   */
  outside?: string;
}

/**
 * Legality: the law, a state's rules, what is allowed. Neither the guideline nor the clinical reference rules on it.
 */
const LEGALITY =
  /\b(?:legal(?:ly)?|illegal|unlawful|lawful|against the law|by law|the law|statutory|statute|regulations?|state (?:law|limits?|rules?|cap)|mandatory|not allowed|not permitted|forbidden|prohibited|banned)\b/;

/** The question checks a claim: true or false, is it true that, is it OK (not) to, I heard that. */
const CLAIM_SHAPE =
  /^(?:can|could|may) (?:i|we) (?:just|only|simply)\b|\bis it (?:enough|sufficient) to\b|\btrue or false\b|\bt or f\b|\btrue\/false\b|\bt\/f\b|\bfact or (?:myth|fiction)\b|\bmyth or fact\b|\bis it (?:true|correct|right|a myth)\b|\bis (?:that|this) (?:true|right|correct)\b|\bam i (?:right|correct|wrong) (?:that|in thinking|to think)\b|\bi (?:heard|read|was told)\b|\bis it (?:ok|okay|fine|acceptable|reasonable|alright|all right|safe) (?:to|not)\b|^(?:ok|okay) (?:to|not)\b|\bright\?$|\bcorrect\?$/;
/** The "is it OK (not) to..." form: answered yes or no rather than true or false. */
const PERMISSION_SHAPE =
  /^(?:can|could|may) (?:i|we) (?:just|only|simply)\b|\bis it (?:enough|sufficient) to\b|\bis it (?:ok|okay|fine|acceptable|reasonable|alright|all right|safe) (?:to|not)\b|^(?:ok|okay) (?:to|not)\b/;

const OPIOID = /\b(?:opioids?|opiates?|narcotics?|oxy\w*|morphine|hydromorphone|fentanyl|hydrocodone|tapentadol)\b/;
const HELPFUL =
  /\b(?:helps?|work|works|effective|recommended|useful|good|first[- ]line|reasonable|indicated|beneficial|better than placebo|worth)\b/;

const OPIOID_GATE_IDS = [
  'opioid.gate.documented-failure',
  'pitfall.opioids-without-adequate-trial',
  'escalation.duloxetine',
];
const IMAGING_IDS = ['imaging.reconciled', 'radicular.mri'];
const NONDRUG_IDS = ['nondrug.foundation', 'nondrug.prioritize-before-opioids', 'nondrug.exercise'];
const RELEASE_IDS = ['opioid.framework.immediate-release', 'opioid.er-la-products', 'opioid.cdc-er-la'];

/**
 * Tramadol said to come first: "tramadol is preferred ahead of duloxetine", "tramadol before cymbalta", "tramadol
 * rather than an SNRI". Tramadol named before the ordering word, up to six words between (each word after a space).
 */
const TRAMADOL_AHEAD =
  /\b(?:tramadol|ultram)\b(?: [\w'/-]{1,20}){0,6} (?:preferred|ahead of|before|over|rather than|instead of|in preference to|first choice)\b/;
/** Duloxetine out of the way ("if duloxetine is contraindicated", "cymbalta failed"): then tramadol is the option. */
const DULOXETINE_RULED_OUT =
  /\b(?:not|never|isn'?t)\b|\bif (?:duloxetine|cymbalta|an snri)\b|\b(?:duloxetine|cymbalta|snri) (?:is |was |has been )?(?:contraindicated|ineffective|not tolerated|failed|didn'?t (?:work|help))/;

export const CLAIM_ROWS: readonly ClaimRow[] = [
  {
    name: 'opioids first line',
    all: [
      OPIOID,
      /first[- ]line|first choice|go-?to|first (?:step|option)|start (?:with|on) (?:an? )?(?:opioid|narcotic)|straight (?:to|on)|\bearly\b/,
    ],
    unless: /\b(?:not|never|shouldn'?t|avoid|last)\b/,
    holds: false,
    entry: 'opioid.last-resort',
    title: 'Opioids: last resort, after the gate',
    ids: OPIOID_GATE_IDS,
    examples: [
      'True or false: opioids are first line for chronic low back pain',
      'is it true that you can go straight to opioids for severe chronic LBP?',
      'heard opioids are the go-to for chronic back pain now, is that right?',
    ],
  },
  {
    name: 'opioids last resort',
    all: [
      OPIOID,
      /last resort|last[- ]line|only after|third[- ]line|after (?:everything|other (?:options|treatments|therapies))/,
    ],
    unless: /\b(?:not|never|isn'?t|aren'?t)\b/,
    holds: true,
    entry: 'opioid.last-resort',
    title: 'Opioids: last resort, after the gate',
    ids: OPIOID_GATE_IDS,
    examples: [
      'true or false - opioids are a last resort in chronic LBP',
      'Is it correct that opioids come only after other options fail?',
    ],
  },
  {
    name: 'imaging for everyone',
    all: [
      /\b(?:mri|mris|imaging|x-?rays?|scans?|ct)\b/,
      /\b(?:all|every|everyone|everybody|routine(?:ly)?|always|anyone)\b|(?:is|are) (?:needed|required|necessary|mandatory)|\bmust (?:get|have|order)\b/,
    ],
    unless: /red ?flags?|radicul|sciatica|\bleg\b|neuro|cauda|\b(?:not|never|no|shouldn'?t|don'?t|avoid)\b/,
    holds: false,
    entry: 'pitfall.routine-imaging',
    title: 'Imaging',
    ids: IMAGING_IDS,
    examples: [
      'Is it true that imaging is needed for all chronic back pain?',
      'T/F: everyone with chronic LBP should get an MRI',
      'I was told we always X-ray chronic back pain, is that right?',
    ],
  },
  {
    name: 'no routine imaging',
    all: [
      /\b(?:not|no|skip|without|avoid|don'?t|no need)(?: to)?(?: order| get| request| arrange| do| send for)?(?: an?| any| routine)? (?:mri|imaging|x-?rays?|scans?)\b/,
    ],
    unless: /red ?flags?|radicul|sciatica|\bleg\b|neuro|cauda/,
    holds: true,
    entry: 'pitfall.routine-imaging',
    title: 'Imaging',
    ids: IMAGING_IDS,
    examples: [
      'is it ok not to order an MRI for chronic LBP',
      'true or false: no routine imaging for chronic low back pain',
    ],
  },
  {
    name: 'skip non-drug therapy',
    all: [
      /\bnot (?:to )?(?:try|trial|do|offer|bother with|refer for|refer to|start|use)(?: any)? (?:physio\w*|exercise|non-?drug\w*|non-?pharm\w*|pt|rehab\w*|physical therapy)\b/,
    ],
    holds: false,
    entry: 'nondrug.foundation',
    title: 'Non-drug therapies: the foundation',
    ids: NONDRUG_IDS,
    examples: [
      'Is it OK not to try physio before duloxetine?',
      'is it reasonable not to bother with exercise therapy and just use meds',
    ],
  },
  {
    name: 'medications alone',
    all: [
      new RegExp(
        `\\b(?:meds|medications?|medicines?|drugs|tablets|pills)(?: are)? (?:alone|only|by themselves|on their own)\\b|\\bjust (?:do |use |take |go with |stick (?:to|with) )?(?:the )?(?:meds|medications?|drugs|tablets|pills)\\b|${JUST_MEDICINES.source}`,
      ),
    ],
    unless: /\b(?:not|never|isn'?t|aren'?t)\b/,
    holds: false,
    entry: 'pitfall.medications-alone',
    title: 'Non-drug therapies: the foundation',
    ids: ['nondrug.foundation', 'nondrug.prioritize-before-opioids'],
    examples: [
      'true or false: medications alone are enough for chronic back pain',
      'is it true that meds by themselves are fine for CLBP?',
      "ok to just do tablets and skip physio and psych, she's busy?",
      "Can I just manage her with tablets? She really doesn't like exercise.",
      'is it enough to simply treat him with painkillers',
      'could we only use pills for him, he hates the gym',
    ],
  },
  {
    name: 'keep ineffective medications',
    all: [
      /\b(?:keep|continue|continuing|leave|leaving|stay(?:ing)? on|carry(?:ing)? on)\b/,
      /\bnot (?:working|helping)|\b(?:doesn'?t|don'?t|didn'?t) (?:work|help)|\bineffective\b|\bno benefit\b|\buseless\b/,
    ],
    unless: /\b(?:not|never) (?:to )?(?:keep|continue|leave|stay|carry)|\bstop/,
    holds: false,
    entry: 'pitfall.continuing-ineffective',
    title: 'Not continuing ineffective medications',
    ids: ['monitor.reassess-2-4-weeks', 'monitor.no-improvement-3-months'],
    examples: [
      'true or false: it is fine to keep a patient on meds that are not working',
      'Is it true you can just leave her on the same tablets even if they dont help?',
    ],
  },
  {
    name: 'systemic steroids help',
    all: [/\b(?:oral |systemic )?(?:cortico)?steroids?\b|\bprednis\w*|\bpred\b/, HELPFUL],
    unless: /\b(?:not|no|don'?t|doesn'?t|avoid|never|epidural|injections?)\b/,
    holds: false,
    entry: 'avoid.systemic-corticosteroids',
    title: 'Systemic corticosteroids: avoid',
    ids: [],
    examples: [
      'true or false: oral steroids help chronic low back pain',
      'I heard a pred burst works for chronic LBP, is that true?',
    ],
  },
  {
    name: 'benzodiazepines help',
    all: [/\bbenzo\w*|diazepam|valium|lorazepam|alprazolam|clonazepam/, HELPFUL],
    unless: /\b(?:not|no|don'?t|doesn'?t|avoid|never)\b/,
    holds: false,
    entry: 'avoid.benzodiazepines',
    title: 'Benzodiazepines: avoid',
    ids: ['interaction.opioid-benzodiazepine'],
    examples: [
      'Is it true diazepam is useful for chronic back spasm?',
      'T or F: benzos are reasonable for chronic low back pain',
    ],
  },
  {
    name: 'stop opioids abruptly',
    all: [
      OPIOID,
      /\b(?:stop|cease|discontinu|cut|come off)\w*/,
      /abrupt\w*|suddenly|cold turkey|all at once|overnight|straight away/,
    ],
    unless: /\b(?:not|never|don'?t|shouldn'?t|avoid) (?:to )?(?:stop|cease|discontinu|cut|come off|abrupt|sudden)/,
    holds: false,
    entry: 'opioid.cdc-no-abrupt-taper',
    title: 'Stopping or tapering opioids',
    ids: ['opioid.framework.reassess'],
    examples: [
      'true or false: you can stop opioids abruptly if they are not helping',
      'is it ok to just cut his oxy cold turkey, right?',
    ],
  },
  {
    name: 'start with extended-release',
    all: [
      /(?:extended|slow|modified|sustained|controlled)[- ]release|long[- ]acting|\b(?:er|la|sr|mr)\b/,
      /\bfirst\b|\bstart|\binitial|\bbegin/,
    ],
    unless: /\b(?:not|never)\b|immediate|short[- ]acting|\bir\b/,
    holds: false,
    entry: 'opioid.framework.immediate-release',
    title: 'Immediate-release first, not extended-release',
    ids: RELEASE_IDS.slice(1),
    examples: [
      'true or false: start opioids with a long-acting formulation',
      'is it true that ER oxycodone is best to start with?',
    ],
  },
  {
    name: 'start with immediate-release',
    all: [/immediate[- ]release|short[- ]acting|\bir\b/, /\bfirst\b|\bstart|\binitial|\bbegin/],
    unless: /\b(?:not|never)\b|extended|long[- ]acting|\ber\b/,
    holds: true,
    entry: 'opioid.framework.immediate-release',
    title: 'Immediate-release first, not extended-release',
    ids: RELEASE_IDS.slice(1),
    examples: ['is it true opioids should be started as immediate-release?'],
  },
  {
    // Whether a dose is legal (a state's law) is in neither source: no verdict on the law, only what the sources say.
    // Before the hard-limit row, so "a hard legal ceiling" is read as a legal claim.
    name: 'MME threshold and the law',
    all: [/\b(?:50|fifty|90|ninety)\b|\bmme\b|morphine (?:milligram )?equivalen/, LEGALITY],
    holds: false,
    outside: 'the law (state or national limits) is outside this pathway, so no ruling on legality;',
    entry: 'mme.thresholds',
    title: 'MME thresholds: what the sources say (the law is outside this pathway)',
    ids: ['opioid.framework.lowest-dose', 'mme.not-for-conversion'],
    examples: [
      'true or false ninety MME a day is a hard legal ceiling',
      'I heard 90 MME/day is the legal limit, is that right?',
      'T/F: it is illegal to prescribe above 50 MME',
      "I heard it's illegal to prescribe over 90 MME in Washington, is that right?",
      'is it true the state caps opioids at 90 MME by law?',
    ],
    numbered: true,
  },
  {
    // The clinical reference's thresholds are "avoid or carefully justify", so a fixed clinical ceiling is false.
    name: 'MME threshold a hard limit',
    all: [
      /\b(?:50|fifty|90|ninety)\b|\bmme\b|morphine (?:milligram )?equivalen/,
      /\b(?:hard|absolute|strict|firm) (?:ceiling|limit|cap|cut-?off|max(?:imum)?)\b|\bcan'?t (?:go|prescribe) (?:above|over|past|beyond)\b|\bnever (?:go|prescribe) (?:above|over|past|beyond)\b/,
    ],
    unless: /\b(?:not|isn'?t|aren'?t|no)\b (?:a |an )?(?:hard|absolute|strict|firm)/,
    holds: false,
    entry: 'mme.thresholds',
    title: 'MME thresholds: avoid or carefully justify, not a hard ceiling',
    ids: ['opioid.framework.lowest-dose', 'mme.not-for-conversion'],
    examples: [
      'true or false ninety MME a day is a hard ceiling',
      'T/F: you can never go above 90 MME',
      'am I right that 50 MME is an absolute cap?',
    ],
    numbered: true,
  },
  {
    // The step order: duloxetine is the preferred second line; tramadol comes when duloxetine and NSAIDs are
    // contraindicated or ineffective. Tramadol said first ("tramadol is preferred ahead of duloxetine") is false.
    name: 'tramadol ahead of duloxetine',
    all: [TRAMADOL_AHEAD, /duloxetine|cymbalta|\bsnris?\b|second[- ]line|preferred/],
    unless: DULOXETINE_RULED_OUT,
    holds: false,
    entry: 'escalation.duloxetine',
    title: 'Second line: duloxetine first, tramadol after',
    ids: ['escalation.tramadol'],
    examples: [
      'True or false: once first-line analgesia has failed, tramadol is preferred ahead of duloxetine',
      'is it true tramadol comes before cymbalta after NSAIDs fail?',
      'I heard we go tramadol rather than duloxetine as second line now, is that right?',
      'T/F tramadol is the preferred second-line agent',
      'am I right that tramadol should be tried instead of an SNRI?',
    ],
  },
  {
    name: 'duloxetine second line',
    all: [/duloxetine|cymbalta|\bsnris?\b/, /second[- ]line|preferred|next (?:step|line)|after (?:nsaids?|initial)/],
    unless: /\b(?:not|never|isn'?t)\b/,
    holds: true,
    entry: 'escalation.duloxetine',
    title: 'Duloxetine: the preferred second-line agent',
    ids: ['radicular.duloxetine'],
    examples: [
      'True or false: duloxetine is the preferred second line agent for chronic LBP',
      'am I right that an SNRI is next after NSAIDs?',
    ],
  },
];

/**
 * Words that turn a claim around ("should never be stopped", "shouldn't be used first", "should be avoided"). A row
 * whose own examples use one reads it; any other row gives no verdict rather than the opposite one.
 */
const TURNS_CLAIM =
  /\b(?:never|shouldn'?t|should not|mustn'?t|must not|(?:don'?t|do not|doesn'?t|does not)(?! (?:really )?(?:like|want|enjoy|fancy|care for)\b)|avoid\w*|contraindicated)\b/;
const expectsTurn = new Map(
  CLAIM_ROWS.map((row) => [row, row.examples.some((e) => TURNS_CLAIM.test(e.toLowerCase()))]),
);

/**
 * A claim about a patient ("... for a pt on phenelzine?", "... with CrCl 20?"): the patient's facts decide, so the
 * drug or case answer gives it, with every rule-out; a verdict is only for the general claim.
 */
const ABOUT_A_PATIENT = /\b(?:pt|pts)\b|\b(?:my|this|the|our|her|his) (?:patient|client)\b/;
const NUMBER = /\d/;

/** The claim row that settles this question, when it is claim-shaped and a row recognises the claim. */
export function claimVerdict(lower: string): ClaimRow | undefined {
  if (!CLAIM_SHAPE.test(lower) || ABOUT_A_PATIENT.test(lower) || Object.keys(readContext(lower)).length)
    return undefined;
  const numbers = NUMBER.test(lower);
  return CLAIM_ROWS.find((row) => {
    if ((numbers && row.numbered !== true) || !row.all.every((p) => p.test(lower))) return false;
    // A negation turns the claim only in the sentence that makes it: "Can I just use tablets? She doesn't exercise."
    const claim = lower.split(/(?<=[.?!])\s+/).find((s) => row.all.every((p) => p.test(s))) ?? lower;
    return !row.unless?.test(claim) && (expectsTurn.get(row) || !TURNS_CLAIM.test(claim));
  });
}

/** A guideline entry's quoted words (reference entries carry none: their id stands in, matching only itself). */
function quoteOf(id: string): string {
  const entry = getEntry(id);
  return entry.origin === 'guideline' ? (entry.quote ?? id) : id;
}

/** The verdict line, then the topic's lines: "False: the guideline says "..." [1]". */
export function claimMessage(row: ClaimRow, lower: string): OutputMessage {
  const entry = getEntry(row.entry);
  const permission = PERMISSION_SHAPE.test(lower);
  const label = row.outside
    ? 'Not settled by these sources'
    : permission
      ? row.holds
        ? 'Yes'
        : 'No'
      : row.holds
        ? 'True'
        : 'False';
  const words = entry.origin === 'guideline' ? (entry.quote ?? entry.text) : entry.text;
  // A pitfall's words name what not to do ("Ordering routine imaging without red flags"): say so, or the quote reads
  // as advice.
  const who =
    entry.origin !== 'guideline'
      ? 'the clinical reference says'
      : entry.kind === 'pitfall'
        ? 'the guideline lists as a pitfall to avoid'
        : 'the guideline says';
  const text = `${row.outside ? `${row.outside} ` : ''}${who}: "${words}"`;
  const verdict: AnswerLine =
    entry.origin === 'guideline'
      ? { label, text, cites: entry.cites }
      : { label, text, source: entry.source, review: entry.review };
  // Entries that share the quoted words (a pitfall and the rule it restates) would repeat the verdict line.
  const rest = row.ids.filter((id) => id !== row.entry && quoteOf(id) !== quoteOf(row.entry));
  return renderAnswer({ title: row.title, lines: [verdict, ...entryLines(rest)] });
}
