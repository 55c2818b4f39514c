import type { DrugId } from '../knowledge/drug-catalogue.js';
import { drugNames } from '../knowledge/drug-catalogue.js';
import { findDrugs } from './find-drugs.js';
import { OTHER_PERSON_WORDS } from './populations.js';

/**
 * A prescription drug monitoring programme finding of another prescriber ("PDMP: oxycodone filled from two different
 * prescribers", "PMP shows tramadol from an urgent-care prescriber, filled monthly"): the case counts the drug (it is
 * the patient's), and the reply leads with it and the PDMP entry (clinical-reference section 4). Each cue is data with
 * an example (test/walkthrough/pdmp-other-prescriber.test.ts).
 */
/**
 * Where a dispensing finding comes from: the PDMP, or the pharmacist reporting it ("pharmacist rang: early refill
 * requests", "pharmacy flagged oxycodone from two prescribers"): a fact about the patient's supply either way.
 */
const PDMP =
  /\b(?:pdmp|pmp|prescription (?:drug )?monitoring(?: program(?:me)?| database| report)?|pharmacists?|(?:the |our |his |her |local )pharmacy|pharmacy (?:rang|called|phoned|reports?|reported|says|said|flagged|notes|noted|mentioned|emailed|queried|query|concern))\b/i;
/** Another prescriber named: "two different prescribers", "a second prescriber", "an urgent-care prescriber". */
const OTHER_PRESCRIBER =
  /\b(?:two|2|three|3|multiple|several|different|another|other|second|2nd|separate|outside|urgent[- ]care|walk-?in|ed|er|locum)\b[^.;\n]{0,20}?\bprescribers?\b|\bprescribers?\b[^.;\n]{0,12}?\b(?:two|2|three|3|multiple|several|different)\b/i;

const OTHER_PRESCRIBER_ALL = new RegExp(OTHER_PRESCRIBER.source, 'gi');
/**
 * A negation ahead of the other prescriber in its clause says there is none: "PDMP: no oxycodone from other
 * prescribers", "nothing from other prescribers", "no other prescribers". Cut after a "but" first ("no early refills
 * but oxycodone from two prescribers" is a finding).
 */
const NEGATED_AHEAD = /\b(?:no|nil|nothing|none|not|never|without|zero)\b[^,;\n]{0,40}$/i;
const CONTRAST = /\b(?:but|however|although|though|yet|whereas)\b/gi;

function negatedAhead(ahead: string): boolean {
  const cut = [...ahead.matchAll(CONTRAST)].pop();
  return NEGATED_AHEAD.test(cut ? ahead.slice(cut.index + cut[0].length) : ahead);
}

/** The opioids and other drugs the finding names (in the sentence that says it), or undefined when there is none. */
export function pdmpOtherPrescriber(text: string): DrugId[] | undefined {
  if (!PDMP.test(text)) return undefined;
  for (const other of text.matchAll(OTHER_PRESCRIBER_ALL)) {
    // the sentence (or line) that names the other prescriber
    const start = Math.max(text.lastIndexOf('.', other.index), text.lastIndexOf('\n', other.index), -1) + 1;
    if (negatedAhead(text.slice(start, other.index))) continue;
    const endAt = text.slice(other.index).search(/[.\n](?!\d)/);
    const sentence = text.slice(start, endAt < 0 ? text.length : other.index + endAt);
    const drugs = [...new Set(findDrugs(sentence).map((m) => m.drug))];
    if (drugs.length) return drugs;
  }
  return undefined;
}

export const pdmpDrugText = (drugs: readonly DrugId[]): string => drugs.map((d) => drugNames(d).generic).join(' and ');

/**
 * What a PDMP check found that weighs against an opioid (the guideline: opioids "only when potential benefits clearly
 * outweigh risks for the individual patient", after "a thorough risk assessment"): another prescriber, early refills,
 * several pharmacies. Each cue is data with an example (test/walkthrough/pdmp-risk-finding.test.ts).
 */
const RISK_CUES: readonly RegExp[] = [
  // "two different prescribers", "an outside prescriber", "prescribers x3"
  OTHER_PRESCRIBER,
  // "early refills", "refilled early x2", "early fill requests"
  /\bearly (?:re-?fills?|fills?|scripts?|repeats?)\b|\b(?:re-?filled|filled|refills?) (?:too )?early\b/i,
  // "three pharmacies", "multiple pharmacies", "pharmacy shopping", "doctor shopping", "overlapping scripts"
  /\b(?:two|2|three|3|four|4|multiple|several|different|many|various|numerous) (?:different )?pharmacies\b|\b(?:pharmacy|doctor)[- ]shopping\b|\boverlapping (?:opioid )?(?:scripts|prescriptions|rxs?|fills)\b/i,
];
/**
 * A supply finding the clinician reports without a PDMP check ("ran out a week early again", "asking for an early
 * refill", "another GP is prescribing him oxycodone too"): the same risk for the opioid gate. Each a data row with an
 * example it must find and a counter-example it must not (test/walkthrough/late-fact.test.ts).
 */
export const SUPPLY_REPORT_ROWS: readonly { example: string; counter: string; re: RegExp }[] = [
  {
    example: 'ran out a week early again - can I go up to 10 qds?',
    counter: 'ran out of naproxen last week',
    re: /\b(?:ran|run(?:s|ning)?) out (?:of (?:it|them|(?:his|her|the) \w+) )?(?:(?:a|one|two|three|\d{1,2}) (?:week|weeks|days?)|a few days|a couple of (?:days|weeks)|days|weeks)? ?early\b/i,
  },
  {
    example: 'asking for an early refill, can I go up to 10 qds?',
    counter: 'early morning stiffness, can I go up to 10 qds?',
    re: /\b(?:asking|asked|asks|wants?|wanted|requests?|requested|requesting) (?:for )?(?:an? |another )?early (?:re-?fills?|scripts?|repeats?|supply|prescriptions?)\b/i,
  },
  {
    example: 'another GP is prescribing him oxycodone too - go up to 20 bd?',
    counter: 'another GP started the oxycodone - go up to 20 bd?',
    re: /\b(?:another|a second|a different|second|other) (?:gp|doctor|dr|prescriber|clinic) (?:is |has been |was |also )*(?:prescribing|writing|giving)\b/i,
  },
  {
    example: 'the pain clinic is also prescribing him tapentadol',
    counter: 'the pain clinic is prescribing him tapentadol',
    re: /\b(?:pain clinic|pain team|gp|doctor|dr|dentist|surgeon|practice|clinic|hospital) (?:is |has been |was )*also (?:prescribing|writing|giving)\b/i,
  },
];

/**
 * Words that make a supply report no report of this patient's present supply, in its clause or the words after it
 * in its sentence: a question or hypothetical ("what do you do if", "worried he might"), someone else's supply ("his
 * wife keeps running out"), or a past event ("once in 2019, none since"). Test: test/walkthrough/supply-report.test.ts.
 */
const NOT_A_REPORT_BEFORE = new RegExp(
  `\\b(?:if|might|may|could|would|worried|in case|in general|generally|what do you do|suppose|${OTHER_PERSON_WORDS.replace('|gp|dr|doctor|', '|')})\\b`,
);
const NOT_A_REPORT_AFTER =
  /\b(?:once in \d{4}|in (?:19|20)\d\d|none since|years ago|last year|no longer|not since|never again)\b/;
/** A sentence's end, for the words said after a supply report. */
const SENTENCE_END = /[.!?;\n]/;

/** The supply report at `at`..`end` is of this patient's present opioid supply (NOT_A_REPORT_*, a non-opioid named). */
function reportsSupply(text: string, at: number, end: number): boolean {
  if (NOT_A_REPORT_BEFORE.test(clauseBefore(text, at))) return false;
  const rest = text.slice(at, end + 80);
  const stop = rest.slice(end - at).search(SENTENCE_END);
  const sentence = stop < 0 ? rest : rest.slice(0, end - at + stop);
  if (NOT_A_REPORT_AFTER.test(sentence.toLowerCase())) return false;
  const named = findDrugs(sentence).map((m) => m.drug);
  // "ran out of his naproxen early", "another GP is prescribing his blood pressure meds": not an opioid's supply
  if (named.length) return named.some((d) => drugNames(d).drugClass === 'opioid');
  return !/\b(?:blood pressure|bp|statins?|inhalers?|insulin|antibiotics?|contraceptives?|thyroid)\b/i.test(sentence);
}

/** "PDMP clean", "clear PDMP", "PMP: nil concerns", "PDMP unremarkable". */
const CLEAN =
  /\b(?:pdmp|pmp)\b:? (?:is |was |reviewed,? |checked,? )?(?:clean|clear|unremarkable|ok|okay|fine|negative|nad|nil (?:concerns|issues|else|other)|appropriate|as expected|consistent)\b|\b(?:clean|clear|unremarkable|negative) (?:pdmp|pmp)\b/i;
/** A cue said as absent in its own clause: "no other prescribers", "nil early refills", "without multiple pharmacies". */
const DENIED = /\b(?:no|nil|not|without|denies|none|negative for|never)\b/;
/** "benefits clearly outweigh the risks": the clinician's judgement the guideline asks for, said plainly. */
const BENEFITS_OUTWEIGH =
  /\b(?:potential )?benefits? (?:now )?(?:clearly |do |does )?outweighs? (?:the )?(?:potential )?risks?\b/gi;

const NOT_OUTWEIGH = /\b(?:not|don'?t|doesn'?t|never|rarely|may not|might not) (?:clearly )?outweighs?\b/i;
/**
 * What may stand before the judgement in its clause when the clinician says it plainly: nothing ("PDMP reviewed.
 * Benefits clearly outweigh the risks"), or "I judge", "after review", "on balance", "we agree". Anything else is
 * someone else's view or a doubt ("pt thinks", "wife feels", "not sure", "unclear if", "do ...?", "if ..."): the gate
 * stays held, the safer reading (guideline: "only when potential benefits clearly outweigh risks").
 */
const PLAIN_LEAD_WORD = `(?:and|so|now|overall|on balance|after (?:review|discussion|careful review)|having weighed it|in my (?:judge?ment|view|opinion)|(?:i|we) (?:judge|have judged|am satisfied|'m satisfied|are satisfied|agree|consider|believe|think)(?: that)?)`;
const PLAIN_LEAD = new RegExp(String.raw`^(?:${PLAIN_LEAD_WORD}(?:\s+${PLAIN_LEAD_WORD})*)?(?:\s*the)?$`);
/** Doubt or another's view after it in its clause: "- not convinced", "?", "per pt", "pt says", "maybe". */
const DOUBT_AFTER =
  /\?|\b(?:not|unsure|unclear|uncertain|doubt\w*|maybe|perhaps|possibly|probably|per|according|says|thinks|feels|believes|reports|apparently|if|unless|pending)\b/;

/** The clinician's plain judgement that the benefits clearly outweigh the risks, in this text. */
function judgementSaid(text: string): boolean {
  if (NOT_OUTWEIGH.test(text)) return false;
  for (const m of text.matchAll(BENEFITS_OUTWEIGH)) {
    const at = m.index;
    const end = at + m[0].length;
    // the clause ahead: from the last sentence, comma, colon, dash or "but" before it
    const ahead = clauseBefore(text, at, [' - ', ' -- ', ' – ', ' — ']).trim();
    // the clause after: to the next sentence or comma (a question in a later clause is the request, not a doubt)
    const rest = text.slice(end, end + 60);
    const stop = rest.search(/[,;.!\n](?!\d)|\b(?:so|and|can|could|ok|okay|please|start)\b/);
    const after = stop < 0 ? rest : rest.slice(0, stop);
    // "? benefits outweigh risks": a query in shorthand
    const queried = /\?\s*$/.test(text.slice(Math.max(0, at - 3), at));
    if (!queried && PLAIN_LEAD.test(ahead) && !DOUBT_AFTER.test(after)) return true;
  }
  return false;
}

/**
 * The clause before `at`: after the last comma, semicolon, full stop, colon, line break or contrast word (and any
 * extra separators). A separator that is absent is skipped (lastIndexOf gives -1), so a short text keeps its "no".
 */
function clauseBefore(text: string, at: number, extra: readonly string[] = []): string {
  const before = text.slice(Math.max(0, at - 60), at).toLowerCase();
  let cut = 0;
  for (const c of [',', ';', '.', ':', '?', '!', '\n', ' but ', ' except ', ' however ', ...extra]) {
    const i = before.lastIndexOf(c);
    if (i >= 0) cut = Math.max(cut, i + c.length);
  }
  return before.slice(cut);
}

/** The cues built once, to find every place each is said. */
const RISK_CUES_ALL = RISK_CUES.map((cue) => new RegExp(cue.source, 'gi'));

/** The supply report rows built once, to find every place each is said. */
const SUPPLY_REPORTS_ALL = SUPPLY_REPORT_ROWS.map(({ re }) => new RegExp(re.source, 'gi'));

/** A supply report of this patient's present opioid supply, not denied in its clause ("no early refills"). */
function supplyReported(text: string): boolean {
  return SUPPLY_REPORTS_ALL.some((cue) =>
    [...text.matchAll(cue)].some(
      (m) => !DENIED.test(clauseBefore(text, m.index)) && reportsSupply(text, m.index, m.index + m[0].length),
    ),
  );
}

/** One of the cues said somewhere in the text and not denied in its own clause ("no early refills"). */
function cueSaid(cues: readonly RegExp[], text: string): boolean {
  return cues.some((cue) => [...text.matchAll(cue)].some((m) => !DENIED.test(clauseBefore(text, m.index))));
}

/**
 * 'yes': the PDMP check found a risk and the clinician has not said the benefits clearly outweigh it; 'no': a clean
 * PDMP, or the clinician's judgement given; undefined: no PDMP, or nothing said of what it showed.
 */
export function pdmpRiskFinding(text: string): 'yes' | 'no' | undefined {
  // the judgement may come in a later message than the finding ("weighed it: benefits clearly outweigh the risks")
  if (judgementSaid(text)) return 'no';
  if (!PDMP.test(text)) return supplyReported(text) ? 'yes' : undefined;
  if (cueSaid(RISK_CUES_ALL, text)) return 'yes';
  // "PDMP clean", "PDMP: no other prescribers, no early refills"
  return CLEAN.test(text) || RISK_CUES.some((cue) => cue.test(text)) ? 'no' : undefined;
}
