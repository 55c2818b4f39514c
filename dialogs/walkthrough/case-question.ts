import type { OutputMessage } from '../turn-types.js';
import { caseAnswerMessage, companionMedicineLine, questionIntent } from './case-answer.js';
import type { CaseRecord } from './case-record.js';
import { mergeFacts } from './merge-facts.js';
import { evaluatePathway } from './ports.js';
import { extraction } from './read-text.js';
import { asksOpioidSwap } from '../answers/opioid-swap.js';
import { asksAboutAPair } from '../answers/unchecked-partner.js';
import { findDrugs } from './ports.js';
import { asksAboutAnActivity } from '../../src/clinical/language/question-shape.js';
import { companionMedicineAsked } from '../../src/clinical/language/companion-question.js';
import { TRIAL_QUESTION } from '../../src/clinical/language/trial-questions.js';
import { drugOptionOf } from '../answers/question-context.js';
import { ASKS_TRIAL_VERDICT } from '../answers/trial-verdict.js';

/**
 * Signs that a short question asked with a case open is about this patient, not a topic: a patient pronoun, "this
 * patient", or a decision asked in the first person ("shall I", "should I", "could I", "can I", "do I") or of
 * the bot ("would you"). Each a data row with an example it must read (test/walkthrough/case-question-anywhere.test.ts).
 */
export const ABOUT_THIS_PATIENT: readonly { example: string; re: RegExp }[] = [
  { example: 'should I refer him?', re: /\b(?:he|she|him|her|they|them|his)\b/i },
  {
    example: 'is duloxetine ok for this patient?',
    re: /\b(?:this|the|my|our) (?:patient|pt|man|woman|lady|gentleman)\b/i,
  },
  { example: 'Shall I go up to 60?', re: /\b(?:shall|should|could|can|do|may) (?:i|we)\b/i },
  {
    // keep a treatment going or not: only ever asked of one under way, this patient's
    example: 'continue or stop?',
    re: /^\W{0,3}(?:(?:so|ok|okay|and|or|right)\W{1,3})?(?:continue|keep (?:going|on|it going)|carry on|stay on|stick with)\b/i,
  },
  {
    // charting the red-flag screen or going on past it: only ever this patient's screen
    example: 'ok to chart RF neg and proceed?',
    re: /\b(?:chart|document|record)\w*\b[^.?!]{0,20}\b(?:red[- ]?flags?|rfs?|screen)\b|^\W{0,3}(?:(?:ok|okay|so|right)\W{1,3})?(?:to )?(?:proceed|go ahead|move on)\b/i,
  },
  { example: 'increase duloxetine?', re: /^\s*(?:\?\s?)?(?:increase|raise|titrate|go up|stop|switch|add)\b/i },
  {
    // a raise asked in its own sentence after a fact of the patient: only ever this patient's dose
    example: 'function no better. go up to 20 bd?',
    re: /[.;!,\u2013-]\s*(?:increase|raise|titrate|go up|up (?:it|the dose)|bump (?:it )?up)\b/i,
  },
  {
    example: 'Would you get an MRI?',
    re: /\b(?:would|do) you (?:get|order|start|add|refer|give|use|increase|stop|switch)\b/i,
  },
  {
    // whether the trial failed ("no better. failed?", "counts as failed?", "move on?"): only ever this patient's trial
    example: 'no better. failed?',
    re: /^(?![^\n]*\b(?:what|next|after|when|how|which)\b)[^\n]*(?:\bfail(?:ed|ure)\?|\bcounts? as (?:an? )?(?:\w+ )?fail(?:ed|ure)?\b|\b(?:move on|give up)\?)/i,
  },
  {
    // whether the opioid gate is met ("Is the opioid gate met now?", "gate open yet?", "has she cleared the gate?"):
    // with a case open, only ever this patient's gate
    example: 'Is the opioid gate met now?',
    re: /\bgate\b[^.?!\n]{0,30}\b(?:met|open|opened|satisfied|passed|cleared)\b|\b(?:met|meet|meets|satisfied|passed|cleared) (?:the )?(?:opioid )?gate\b/i,
  },
  {
    // a short referral question with a case open ("refer?", "referral?", "time to refer?", "pain clinic now?") asks it
    // of this patient; one asking for the criteria themselves ("referral criteria?", "when to refer?") is the topic
    example: 'refer?',
    re: /^(?![^\n]*\b(?:criteria|indications?|guidelines?|when to|what are)\b)(?=[^\n]{0,40}$)[^\n]*\b(?:refer(?:ral|ring)?|pain (?:clinic|cent(?:re|er)|specialist))\b/i,
  },
];

export function aboutThisPatient(text: string): boolean {
  return ABOUT_THIS_PATIENT.some((row) => row.re.test(text));
}

/** The case's answer to a question about this patient; `paused` when a red flag stops the pathway for it. */
export interface CaseQuestionAnswer {
  message: OutputMessage;
  paused: boolean;
  /** The case's answer is the whole reply (the follow-up interval): the quick answer's topic lines do not follow. */
  complete?: boolean;
}

/** The case's answer to a later turn's question about this patient, if the case answers it. */
export function caseQuestionAnswer(
  record: CaseRecord,
  text: string,
  receivedAt: string,
): CaseQuestionAnswer | undefined {
  // "how many weeks before I can say duloxetine didn't work?", "does that count as tried?": what counts as a failed
  // trial, asked of a drug the case holds or of "that": the case's trial judged, the general answer after it
  const trialAsked = asksTrialOfCase(text, record);
  if ((!aboutThisPatient(text) && !trialAsked) || asksAboutAnActivity(text)) return undefined;
  // one opioid swapped for another is the swap's own answer (dialogs/answers/opioid-swap.ts), never the case's verdict
  // on one of the two drugs
  if (asksOpioidSwap(text, findDrugs(text))) return undefined;
  // "would it interact w/ her tamoxifen?": the pair's answer (listed, or not checked), never the case's "yes, an
  // option now", which answers another question
  if (asksAboutAPair(text.toLowerCase())) return undefined;
  const ex = extraction(text, receivedAt);
  // a patient outside the pathway's adults named in the question gets the population hold, never a case dose
  if (ex.patch.population?.length) return undefined;
  // answered with the case as this message describes it ("He has been on duloxetine 30 mg for 8 days. Shall I go
  // up to 60?"): what the sentences before the question state counts for the answer (the question's own words are
  // never read as facts: "would you get an MRI?" is no MRI), though this route does not store it
  const before = statedBefore(text);
  const facts = before ? mergeFacts(record.facts, extraction(before, receivedAt).patch, before) : record.facts;
  const view = evaluatePathway(facts);
  // "Pregabalin it is. Starting dose and how far do I go?": a drugless question is about the one drug the sentence
  // before it names (two named, "switch to oxycodone as the tramadol doesn't touch it. Reasonable?": no context,
  // the proposal and the case decide)
  const question = ex.question ?? text.trim();
  const before1 = findDrugs(question).length ? undefined : lastSentence(before);
  const oneDrug = before1 && new Set(findDrugs(before1).map((m) => m.drug)).size === 1 ? before1 : undefined;
  // a sentence before it that names no drug ("function no better. go up to 20 bd?") is context too: what it says of
  // the patient decides the answer, and it names no drug to ask about
  const drugless = before1 && !findDrugs(before1).length ? before1 : undefined;
  const context = ex.questionContext ?? oneDrug ?? drugless;
  const message = caseAnswerMessage({
    facts,
    view,
    ex: { patch: {}, proposals: ex.proposals, question, ...(context ? { questionContext: context } : {}) },
  });
  // the follow-up interval, or whether to keep a drug going: the case's verdict is the whole answer (the topic's
  // general lines would repeat it, or answer another drug: "stop it?" is no question about tapering gabapentin)
  const intent = questionIntent(ex.question ?? text);
  const complete = intent === 'review' || intent === 'continue' || intent === 'stop' || intent === 'failed';
  // a relative's own medicine asked about: said first that the case does not count it, then the patient's answer
  const companion = companionMedicineAsked(text);
  const said = companion
    ? {
        ...message,
        text: message?.text
          ? `${companionMedicineLine(companion)}\n\n${message.text}`
          : companionMedicineLine(companion),
      }
    : message;
  // asking to take a relative's own supply: the "no" and the patient's own answer are the whole reply (the quick
  // answer would dose the relative's drug)
  // what counts as a failure asked: the general answer follows the case's verdict
  const whole = (complete && !(trialAsked && TRIAL_QUESTION.test(text.toLowerCase()))) || companion?.sharing === true;
  return said && { message: said, paused: view.status === 'urgent', ...(whole ? { complete: true } : {}) };
}

/** A trial's referent: "that", "it", "this". */
const THAT_TRIAL = /\b(?:that|this|it)\b/;

/** What counts as a failed trial (or whether one failed), asked of "that" or of a drug (or drug class) the case holds. */
function asksTrialOfCase(text: string, record: CaseRecord): boolean {
  const lower = text.toLowerCase();
  if (!TRIAL_QUESTION.test(lower) && !ASKS_TRIAL_VERDICT.test(lower)) return false;
  const named = findDrugs(lower);
  // a trial the question states with its own dose ("naproxen 500 bd for 6 weeks, was that adequate?") is its own
  if (named.some((m) => m.doseMg !== undefined || m.dailyMg !== undefined)) return false;
  if (THAT_TRIAL.test(lower)) return record.facts.medications.length > 0;
  const held = new Set(record.facts.medications.map((m) => drugOptionOf(m.drug) ?? m.drug));
  return named.some((m) => held.has(drugOptionOf(m.drug) ?? m.drug));
}

/** The text before the message's last sentence (the question), or undefined when the message is one sentence. */
export function statedBefore(text: string): string | undefined {
  const body = text.trimEnd();
  let cut = -1;
  for (const end of ['. ', '? ', '! ', '\n']) cut = Math.max(cut, body.lastIndexOf(end, body.length - 2));
  return cut > 0 ? body.slice(0, cut + 1) : undefined;
}

/** The last sentence of a text, or undefined. */
function lastSentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const cut = statedBefore(text);
  return (cut ? text.slice(cut.length) : text).trim() || undefined;
}
