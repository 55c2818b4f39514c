import type { OutputMessage } from '../turn-types.js';
import { withLeadLines } from './lead-lines.js';

/**
 * A covered topic asked for a figure neither source gives (a taper rate, a blood-test schedule, how long a non-drug
 * therapy is tried, how often to review a patient stable on a medicine) or a practice neither source names (urine drug
 * testing, topical NSAIDs): the answer says plainly that the sources give no such figure or advice, then what they do
 * say on the topic (the answer that follows). Never a figure of its own. Each row has an example it must read and a counter-example
 * it must not (test/answers/covered-dead-ends-fb19.test.ts).
 */
export interface NoFigureRow {
  name: string;
  /**
   * The question asks it when any of these matches. Several patterns, each with one bounded window, rather than one
   * alternation of windows: the linear-time checker can prove each (test/security/regex-linear.test.ts).
   */
  asks: readonly RegExp[];
  /** Must match as well as one of `asks` ("stable on naproxen" with "how often do I review"). */
  requires?: RegExp;
  /** Read with `asks`, it is not this row's figure ("how much acetaminophen while I taper": a dose, not a rate). */
  unless?: RegExp;
  line: string;
  /** A drug named leads over a guideline row: its answer says what the sources give for that drug (liver, kidney). */
  drugLeads?: true;
  example: string;
  counter: string;
}

const LABS = `(?:lfts?|liver (?:function|tests?|enzymes|bloods)|kidney function|renal function|u ?& ?es?|creatinine|e?gfr|bloods?|blood ?tests?|labs?)`;
/**
 * "PT" as physical therapy, not the patient: never after an article or a possessive ("the pt", "my pt"), nor before a
 * verb or "on" ("pt to be on duloxetine", "pt stay on naproxen", "pt has been").
 */
const PHYSIO_PT = String.raw`(?<!\b(?:the|my|this|our|a|your|his|her|that) )pt(?! (?:to|be|been|is|was|has|had|stay|stays|remain|keep|continue|take|takes|on|can|should|will|needs?)\b)`;
const HOW_OFTEN = `(?:how often|how frequently|how regularly|frequency|interval|every how)`;
const NON_DRUG = `(?:${PHYSIO_PT}|physio(?:therapy)?|physical therapy|exercise|acupuncture|cbt|mindfulness|mbsr|rehab(?:ilitation)?|yoga|tai chi|massage|manipulation|chiro(?:practic)?)`;

/**
 * A patient stable on a medicine that works ("stable on naproxen", "doing well on it", "long-term tramadol", "for a
 * year"): no change asked. Shared by the guideline rows that answer these questions (guideline-intents.ts).
 */
export const STABLE_ON_MEDICINE =
  /\b(?:stable|settled|long[- ]?term|maintenance|well[- ]controlled|controlled|doing (?:well|great|fine|ok|okay|good|nicely)|(?:is|it'?s|that'?s|has been|been) (?:working|helping)|working (?:well|fine|nicely)|(?:for|x) (?:a|one|two|three|several|many|\d{1,2}) ?(?:years?|yrs?))\b/;
/** A review asked about: seeing, reviewing or following the patient up. */
const REVIEW_WORD = String.raw`(?:review(?:s|ed|ing)?|see(?:n|ing)?|follow[- ]?(?:up|them|him|her)|f\/u|reassess(?:ment|ing)?|re-?evaluat(?:e|ion|ing)|check (?:in|on|up)|recall|appointments?|visits?)`;
/** How often or when next to review ("how often do I review?", "F/u freq?", "when do I next need to see him?"). */
export const REVIEW_INTERVAL_ASKED = [
  new RegExp(
    String.raw`\b(?:how (?:often|frequently|regularly)|frequency|intervals?|every how)\b[^.?!\n]{0,40}?\b${REVIEW_WORD}\b`,
  ),
  new RegExp(
    String.raw`\b${REVIEW_WORD}\b[^.?!\n]{0,30}?\b(?:how (?:often|frequently|regularly)|frequency|freq|intervals?)\b`,
  ),
  /\bwhen (?:do|should|must|will|would|can) (?:i|we) (?:next )?(?:need to |have to )?(?:see|review|recall|reassess|check on|follow)\b/,
  /\bnext (?:review|appointment|visit|follow[- ]?up)\b/,
] as const;
/** A change being made: its own interval (2-4 weeks during adjustments; 1-4 weeks after an opioid start or increase). */
export const MEDICINE_CHANGE =
  /\b(?:titrat\w*|up-?titrat\w*|adjust\w*|increas\w*|rais(?:e|ed|ing)|start(?:ed|ing)?|switch\w*|chang\w*|going up|add(?:ed|ing)?|new(?:ly)? (?:start|prescri)\w*)\b/;
/** A medicine said to work ("now it's working", "pain is controlled", "settled"). */
const WORKS = `(?:working|helping|controlled|settled|stable|doing well)`;
/** When to try stopping ("when can I try to stop", "when should she come off"). */
const WHEN_STOP = String.raw`when (?:can|should|do|could|would|might) (?:i|we|she|he|they)(?: (?:try|think about|consider|look at))?(?: to)? (?:stop(?:ping)?|com(?:e|ing) off|wean(?:ing)?|trial (?:off|without)|discontinu(?:e|ing))\b`;
/** How long to keep a medicine that works going, or when to try stopping it. */
export const HOW_LONG_TO_CONTINUE = [
  /\bhow (?:long|many (?:more )?(?:months|years|weeks))\b[^.?!\n]{0,40}?\b(?:keep|continu\w*|stay|remain|leave|carry on|stick with|maintain)\b/,
  /\bduration of (?:treatment|therapy)\b|\bhow long (?:is|should be) (?:the )?(?:treatment|course|therapy)\b/,
  // when to try stopping, said of a medicine that works (before or after): "when can I stop it now pain is settled?"
  new RegExp(String.raw`\b${WHEN_STOP}[^.?!\n]{0,40}?\b${WORKS}\b`),
  new RegExp(String.raw`\b${WORKS}\b[^.?!\n]{0,40}?\b${WHEN_STOP}`),
] as const;
/** Not this question: a trial judged, a failure, a switch or referral ("how long to continue before switching?"). */
export const TRIAL_OR_FAILURE = new RegExp(
  String.raw`\b(?:before|until|till)\b|\b(?:switch|fail|refer|escalat)\w*|\btrial\b|\badequate\b|\b(?:not|isn'?t|no longer) (?:working|helping)|\b${NON_DRUG}\b`,
);
/** Urine drug testing or pill counts: neither source names them. */
export const DRUG_TESTING =
  /\burine (?:drug |tox\w* )?(?:screen\w*|test\w*|tox\w*)|\b(?:uds|udt|udss|utox|u-?tox)\b|\bdrug (?:screen\w*|test\w*)|\btox(?:icology)? (?:screen\w*|test\w*)|\b(?:pill|tablet|tab) counts?\b|\bcount(?:ing)? (?:the |his |her |their )?(?:pills|tablets|tabs)\b/;

export const NO_FIGURE_ROWS: readonly NoFigureRow[] = [
  {
    // the reference: no abrupt stop or rapid taper (opioids), taper gabapentinoids over >= 1 week; no rate or steps
    name: 'taper-rate',
    asks: [
      /\b(?:how (?:fast|quick(?:ly)?|slow(?:ly)?|much)|what (?:rate|speed|percent(?:age)?|%)|by how much|percent(?:age)? (?:a|per|each))[^.?!\n]{0,40}?\b(?:taper|wean|reduc|cut)|\b(?:taper(?:ing)?|weaning) (?:rate|schedule|speed)\b/,
      // "10% a week taper?": the window stops at another "%" (that one starts its own match), so no percent rescans
      /\b\d{1,2} ?%[^.?!\n%]{0,40}?\b(?:taper|wean|reduc|cut)/,
      // a schedule or plan asked for ("taper plan for his oxycodone", "wean schedule?", "how do I taper oxycodone?
      // need a schedule", "schedule for coming off tramadol")
      /\b(?:taper(?:ing)?|wean(?:ing)?|weaning-?off|reduction|step-?down) (?:plan|schedule|regimen|protocol|chart|steps)\b/,
      /\b(?:schedule|plan|regimen|protocol) (?:for|to) (?:the |his |her |their |a )?(?:taper\w*|wean\w*|coming off|reduc\w*)/,
      /\bhow (?:do|should|would|can) (?:i|we|you) (?:best )?(?:taper|wean)\b[^\n]{0,60}?\b(?:schedule|plan|regimen|protocol|steps)\b/,
    ],
    // the taper as the time of another question ("how much acetaminophen can I give while I taper the oxycodone?"),
    // unless its rate is asked too
    unless:
      /\b(?:while|whilst|during|as|when)\b[^.?!\n]{0,20}?\b(?:taper|wean)(?![^.?!\n]{0,30}?\b(?:how (?:fast|quick|slow|much)|rate|speed|percent|%|step))/,
    line: 'No figure in the sources: they give no taper rate or schedule (no percentage or step size). What they say:',
    example: 'how fast do I taper oxycodone?',
    counter: 'how much acetaminophen can I give while I taper the oxycodone?',
  },
  {
    // the reference names liver and kidney limits (CrCl cut-offs, liver disease) but no blood-test schedule
    name: 'lab-schedule',
    asks: [
      new RegExp(String.raw`\b${HOW_OFTEN}\b[^.?!\n]{0,40}?\b${LABS}\b`),
      new RegExp(String.raw`\b${LABS}\b[^.?!\n]{0,30}?\b${HOW_OFTEN}\b`),
    ],
    line: 'No figure in the sources: they give no schedule for liver or kidney blood tests. What they say:',
    drugLeads: true,
    example: 'how often to monitor LFTs on acetaminophen?',
    counter: 'LFTs normal, can he take acetaminophen?',
  },
  {
    // the reference: intensive non-drug therapy = a moderate-evidence therapy tried or declined; no length given
    name: 'non-drug-trial-length',
    asks: [
      new RegExp(String.raw`\bhow long\b[^.?!\n]{0,40}?\b${NON_DRUG}\b|\b${NON_DRUG}\b[^.?!\n]{0,30}?\bhow long\b`),
    ],
    // how long before it is called failed or referred: the guideline's 12 weeks / 3 months of optimised therapy
    unless:
      /\b(?:before|until|till)\b[^.?!\n]{0,30}?\b(?:fail\w*|failure|refer\w*|give up|call it|not working|doesn'?t work|move on|escalat\w*|next step)/,
    line: 'No figure in the sources: they give no length for a trial of a non-drug therapy. What they say:',
    example: 'how long should she keep doing acupuncture?',
    counter: 'how long should she do PT before we call it failed?',
  },
  {
    // the guideline: reassess every 2-4 weeks during medication adjustments (L62); the reference (CDC 2022): within
    // 1-4 weeks of starting an opioid or of any increase. Neither gives an interval once a medicine is stable.
    name: 'stable-review-interval',
    asks: REVIEW_INTERVAL_ASKED,
    requires: STABLE_ON_MEDICINE,
    unless: MEDICINE_CHANGE,
    line: 'No figure in the sources: they give no review interval for a patient stable on a medicine; the intervals they give are for changes. What they say:',
    example: 'stable on naproxen 5 months, how often do I review?',
    counter: 'stable on duloxetine, how often should I review after I increase it to 60?',
  },
  {
    // the guideline: do not continue ineffective medications indefinitely (pitfalls); no length for one that works
    name: 'continue-duration',
    asks: HOW_LONG_TO_CONTINUE,
    unless: TRIAL_OR_FAILURE,
    line: 'No figure in the sources: they give no length of treatment for a medicine that works, and no point at which to try stopping it. What they say:',
    example: 'duloxetine working, how long do I keep her on it?',
    counter: 'how long should I continue duloxetine before switching?',
  },
  {
    // the guideline: risk assessment, treatment agreement and monitoring plan; the reference: check the PDMP
    name: 'drug-testing',
    asks: [DRUG_TESTING],
    line: 'Not in the sources: they do not mention urine drug testing or pill counts. What they say:',
    example: 'should I do a urine drug screen before starting opioids?',
    counter: 'should I screen for substance use before starting opioids?',
  },
  {
    // the reference (CDC 2022): check the prescription drug monitoring programme, with no timing or schedule
    name: 'pdmp-schedule',
    asks: [
      new RegExp(String.raw`\b${HOW_OFTEN}\b[^.?!\n]{0,40}?\b(?:pdmps?|pmp|prescription (?:drug )?monitoring)\b`),
      new RegExp(
        String.raw`\b(?:pdmp|pmp|prescription monitoring|drug monitoring program(?:me)?)s?\b[^.?!\n]{0,30}?\b${HOW_OFTEN}\b`,
      ),
    ],
    line: 'No figure in the sources: they give no schedule for checking the prescription drug monitoring programme. What they say:',
    example: 'how often should I check the PDMP?',
    counter: 'do I need to check the PDMP before tramadol?',
  },
  {
    // the guideline: track outcomes with validated tools (ODI, pain scales); no schedule for repeating them
    name: 'instrument-schedule',
    asks: [
      new RegExp(
        String.raw`\b${HOW_OFTEN}\b[^.?!\n]{0,40}?\b(?:odi|oswestry|start ?back|questionnaires?|pain (?:scales?|scores?))\b`,
      ),
      new RegExp(String.raw`\b(?:odi|oswestry|start ?back|questionnaires?)\b[^.?!\n]{0,30}?\b${HOW_OFTEN}\b`),
    ],
    line: 'No figure in the sources: they give no schedule for repeating a questionnaire or score. What they say:',
    example: 'how often should I repeat the ODI?',
    counter: 'ODI 40 to 28, meaningful?',
  },
  {
    // the guideline's NSAIDs are naproxen and ibuprofen at its doses; neither source names a topical form
    name: 'topical-nsaid',
    asks: [
      /\b(?:nsaids?|diclofenac|voltaren|voltarol|ibuprofen|ibu|advil|nurofen|naproxen|ketoprofen|piroxicam|pennsaid|flector|anti-?inflammator(?:y|ies))\b[^.?!\n]{0,20}?\b(?:gels?|emulgel|creams?|topical(?:ly)?|patch(?:es)?|rub|ointment|spray|solution|drops)\b/,
      /\btopical (?:nsaids?|diclofenac|ibuprofen|anti-?inflammator(?:y|ies))\b/,
    ],
    line: 'Not in the sources: they give no advice on topical NSAIDs (gels, creams, patches); the NSAIDs they name are naproxen and ibuprofen. What they say:',
    example: 'voltaren gel for back pain?',
    counter: 'voltaren 50 mg tds for back pain?',
  },
  {
    // the reference: NSAID boxed warning for GI bleeding, ask about a prior GI bleed or ulcer; no gastroprotection
    name: 'gastroprotection',
    asks: [
      /\b(?:ppis?|proton[- ]pump|omeprazole|esomeprazole|pantoprazole|lansoprazole|rabeprazole|misoprostol|arthrotec|h2 (?:blocker|antagonist)s?|famotidine|gastro-?protect\w*|stomach (?:protection|cover))\b/,
    ],
    // a PPI said as taken now ("on omeprazole now. ok to trial naproxen?"): a medicine list, not the question
    unless:
      /\b(?:on|taking|takes|already on|using)(?: (?:a|an|her|his|their))? (?:ppis?|omeprazole|esomeprazole|pantoprazole|lansoprazole|rabeprazole)\b/,
    line: 'Not in the sources: they give no advice on gastroprotection (a PPI or misoprostol) with an NSAID. What they say:',
    example: 'PPI with naproxen?',
    counter: 'already taking pantoprazole daily, is naproxen ok for her back?',
  },
];

const asked = (r: NoFigureRow, lower: string): boolean =>
  r.asks.some((re) => re.test(lower)) && (r.requires?.test(lower) ?? true) && !r.unless?.test(lower);

/** The rows this question asks, by the question's own words. */
export function noFigureRows(lower: string): NoFigureRow[] {
  return NO_FIGURE_ROWS.filter((r) => asked(r, lower));
}

/** Whether the question asks the named row's figure (the guideline row that answers it reads this). */
export function asksNoFigure(name: string): (lower: string) => boolean {
  const row = NO_FIGURE_ROWS.find((r) => r.name === name);
  if (!row) throw new Error(`no such row: ${name}`);
  return (lower) => asked(row, lower);
}

/** The answer with the "no figure in the sources" line first, when the question asks a figure neither source gives. */
export function withNoFigure(message: OutputMessage, lower: string): OutputMessage {
  const rows = noFigureRows(lower);
  return rows.length
    ? withLeadLines(
        message,
        rows.map((r) => r.line),
      )
    : message;
}
