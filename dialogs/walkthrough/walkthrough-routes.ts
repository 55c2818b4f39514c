import type { Route, RouteContext, RouteResult } from '../route.js';
import type { OutputMessage } from '../turn-types.js';
import { medicationLabel } from '../../src/clinical/language/understood.js';
import type { CaseFacts, FactKey } from '../../src/clinical/case/case-facts.js';
import { dailyTabletsTarget, statedUseTarget, withTabletDoses } from '../../src/clinical/case/tablet-change.js';
import { pressedButton } from '../card-value.js';
import { answer, readAnswer, staleAnswer } from './answer.js';
import { confirmsAnother, runCommand } from './case-commands.js';
import type { CaseRecord } from './case-record.js';
import { reAsk, sayOnly } from './case-reply.js';
import { caseCalculatorAnswer } from './case-calculators.js';
import { ASKS_IF_IT_MATTERS, questionIntent, type QuestionIntent } from './case-answer.js';
import { aboutThisPatient, caseQuestionAnswer } from './case-question.js';
import { ifFailsAnswer } from './if-fails.js';
import { companionMedicineAsked } from '../../src/clinical/language/companion-question.js';
import { askedIfFails } from '../../src/clinical/language/if-fails.js';
import { TRIAL_QUESTION } from '../../src/clinical/language/trial-questions.js';
import { advanceCase } from './case-session.js';
import { activeRecord, findCase, putCase } from './case-store.js';
import { parseCommand } from './commands.js';
import { drugContextOnly, startsACase, updatesACase } from './case-signal.js';
import { intake } from './intake.js';
import { tabletDetailAnswer } from './tablet-detail.js';
import { clearedFlags, mergeFacts, patchSaysSomething } from './merge-facts.js';
import { NOT_COVERED_START } from '../answers/guideline-answer.js';
import { planMessage } from './plan-message.js';
import { planChangeLead } from './score-change-lead.js';
import {
  calculatorFacts,
  evaluatePathway,
  findDrugs,
  isGuidelineTopic,
  runCalculatorCommand,
  type Extraction,
} from './ports.js';
import { outcomeIn } from '../../src/clinical/language/outcomes.js';
import {
  namesAnotherPatient,
  extraction,
  IN_ADDITION,
  looksLikeCaseDescription,
  looksLikeNewPatient,
  looksLikeQuestion,
  opensWithLateFact,
} from './read-text.js';
import { isSmallTalk } from '../fallback.js';
import { closingQuestion } from '../../src/clinical/language/question-shape.js';
import { asideStart } from '../../src/clinical/language/aside.js';
import { isCoMedication, isOpioid } from '../../src/clinical/case/medication-facts.js';
import { toldInClause } from './given-clause.js';
import { pdmpRiskFinding } from '../../src/clinical/language/pdmp-finding.js';

const MAX_ANSWER_CHARS = 200;
const LONG_NARRATIVE_CHARS = 120;

const command = (ctx: RouteContext) => {
  const cmd = parseCommand(ctx.lower, pressedButton(ctx.card), !!ctx.state.pendingConfirm, !!activeRecord(ctx.state));
  // Without an open case, "help" is the general help answer.
  if (cmd?.kind === 'help' && !activeRecord(ctx.state)) return undefined;
  // A yes to changing an earlier answer is that answer, read as any answer is (walkthrough-answer).
  return cmd?.kind === 'confirm' && confirmsPendingAnswer(ctx) ? undefined : cmd;
};

/** A yes (typed or its button) to the change of an earlier answer now waiting. */
function confirmsPendingAnswer(ctx: RouteContext): boolean {
  if (ctx.state.pendingConfirm?.action !== 'answer' || confirmsAnother(ctx)) return false;
  return parseCommand(ctx.lower, pressedButton(ctx.card), true)?.kind === 'confirm';
}

/** Commands by word or button, at any point of a walk-through. */
export const walkthroughCommandRoute: Route = {
  name: 'walkthrough-command',
  matches: (ctx) => command(ctx) !== undefined,
  handle: (ctx) => runCommand(onButtonsCase(ctx), command(ctx)!),
};

/** A button on an older card acts on the case it was shown for, which becomes the open case. */
function onButtonsCase(ctx: RouteContext): RouteContext {
  const label = ctx.card?.command === 'case' && ctx.card.action !== 'switch' ? ctx.card.case : undefined;
  const target = label ? findCase(ctx.state, label) : undefined;
  return target && target.label !== ctx.state.activeCase
    ? { ...ctx, state: { ...ctx.state, activeCase: target.label } }
    : ctx;
}

type AnswerTarget =
  | { gone: string }
  | { record: CaseRecord; key: FactKey; text: string; stale?: boolean; confirmed?: boolean };

/**
 * The case and question the answer is for: a confirmed change to an earlier answer; the button's case and
 * question (stale when that question is not the case's pending one: the button is on an older card); else the
 * open case's pending question.
 */
function answerTarget(ctx: RouteContext): AnswerTarget | undefined {
  const waiting = ctx.state.pendingConfirm;
  if (waiting?.action === 'answer' && waiting.label && waiting.key && waiting.text && confirmsPendingAnswer(ctx)) {
    const record = findCase(ctx.state, waiting.label);
    return record ? { record, key: waiting.key, text: waiting.text, confirmed: true } : { gone: waiting.label };
  }
  const card = pressedButton(ctx.card);
  if (card?.command === 'answer') {
    const record = findCase(ctx.state, card.case);
    return record
      ? { record, key: card.key, text: card.text, stale: record.pendingQuestion !== card.key }
      : { gone: card.case };
  }
  const record = activeRecord(ctx.state);
  if (!record?.pendingQuestion || card || looksLikeQuestion(ctx.text, ctx.input.receivedAt)) return undefined;
  // "if tramadol doesn't work what next": a hypothetical is never an answer (if-fails.ts replies, case unchanged)
  if (askedIfFails(ctx.text)) return undefined;
  // "define treatment failure", "does that count as tried?": what counts as a failed trial is asked, nothing answered
  if (TRIAL_QUESTION.test(ctx.lower)) return undefined;
  // "wife on amitriptyline, he's asking to try hers": a companion's own medicine asked about is no answer (the case
  // answers it: not his prescription, not added)
  if (companionMedicineAsked(ctx.text)) return undefined;
  // "thanks!" while a question is pending is small talk, not an answer (dialogs/fallback.ts replies)
  if (isSmallTalk(ctx.lower)) return undefined;
  // A whole description (another patient, a follow-up visit) is the narrative route's, not an answer.
  if (
    ctx.text.length > MAX_ANSWER_CHARS ||
    looksLikeNewPatient(ctx.text) ||
    namesAnotherPatient(ctx.text, record, ctx.input.receivedAt)
  )
    return undefined;
  const ex = extraction(ctx.text, ctx.input.receivedAt);
  if (ex.isCaseNarrative && startsACase(ex.patch)) return undefined;
  const key = record.pendingQuestion;
  // "actually she takes 4 a day": the use of a combination product the case holds, not an answer to the pending
  // question (read as one, "6 tablets per day" became an NSAID): the update route's
  if (saysDailyUse(ex, record)) return undefined;
  // "6 a day", "500 mg": the answer to the case's tablet question (tablet-detail.ts), the update route's
  if (tabletDetailAnswer(ctx.text, record.facts, key, ctx.input.receivedAt)) return undefined;
  // "she's asking for OxyContin 10 bd": a drug requested is judged for the patient, unless it answers the question
  if (ex.proposals.some((p) => isOpioid(p.drug)) && !readAnswer(key, ctx.text, ctx.input.receivedAt)) return undefined;
  // "naproxen and warfarin" mid-case is a question for the answers unless it answers the question asked.
  if (drugContextOnly(ex.patch) && !readAnswer(key, ctx.text, ctx.input.receivedAt)) return undefined;
  // A guideline topic that states no fact and answers nothing ("follow-up interval during medication changes").
  if (!patchSaysSomething(ex.patch) && !readAnswer(key, ctx.text, ctx.input.receivedAt) && isGuidelineTopic(ctx.lower))
    return undefined;
  return { record, key, text: ctx.text };
}

/**
 * A reply to the pending question, typed or tapped (one the bot cannot read gets the question again). A button
 * for another question of the case is never applied silently: the bot asks first (staleAnswer).
 */
export const walkthroughAnswerRoute: Route = {
  name: 'walkthrough-answer',
  matches: (ctx) => answerTarget(ctx) !== undefined,
  handle: (ctx) => {
    const target = answerTarget(ctx)!;
    // A confirmed change is applied once: the confirmation it answered is used up.
    const { pendingConfirm: _, ...settled } = ctx.state;
    const base = 'confirmed' in target && target.confirmed ? settled : ctx.state;
    if ('gone' in target)
      return sayOnly(
        base,
        `That question was for case ${target.gone}, which is no longer stored.`,
        reAsk(activeRecord(base)),
      );
    if (target.stale) return staleAnswer({ ...ctx, state: base }, target.record, target.key, target.text);
    const state = target.record.label === base.activeCase ? base : putCase(base, target.record);
    return answer({ ...ctx, state }, target.record, target.key, target.text);
  },
};

/** A pasted or typed case description: starts a case or updates the open one (follow-up visits). */
export const walkthroughNarrativeRoute: Route = {
  name: 'walkthrough-narrative',
  matches: (ctx) => {
    if (pressedButton(ctx.card)) return false;
    // Someone else described or asked about mid-case ("my colleague's patient: 49M ... thoughts?", "she's 70 too, on
    // tramadol - safe to add duloxetine?") gets a case of their own, whatever the text's shape: answering it with
    // the open case's facts would mix two people.
    const open = activeRecord(ctx.state);
    if (open && namesAnotherPatient(ctx.text, open, ctx.input.receivedAt)) return true;
    // A description may end with its question ("58M ... what next?"): it is still a case. A short question with
    // drug context ("he is on warfarin, can I give ibuprofen") is for the answers.
    // an opening description with a question about a relative's own medicine ("61F CLBP, on duloxetine. Her
    // daughter is on tramadol. Any interaction?") is this patient's case: the relative's drug stays out of it
    if (!open && companionMedicineAsked(ctx.text) && describesAPatient(ctx)) return true;
    if (looksLikeQuestion(ctx.text, ctx.input.receivedAt) && !looksLikeCaseDescription(ctx.text, LONG_NARRATIVE_CHARS))
      return false;
    const ex = extraction(ctx.text, ctx.input.receivedAt);
    return ex.identifiers || (ex.isCaseNarrative && startsACase(ex.patch));
  },
  handle: (ctx) => intake(ctx, ctx.text, false),
};

/** The text describes a patient of its own (a narrative, or a note opening with age and sex), enough to start a case. */
function describesAPatient(ctx: RouteContext): boolean {
  const ex = extraction(ctx.text, ctx.input.receivedAt);
  return startsACase(ex.patch) && (ex.isCaseNarrative || looksLikeCaseDescription(ctx.text, LONG_NARRATIVE_CHARS));
}

/**
 * With no question pending: facts said about the open case that are not a question ("no leg symptoms", "started tramadol 50 q6h"): they
 * update it. Questions ("duloxetine dose?", "MME oxycodone 5 q6h") go on to the answers routes.
 */
export const walkthroughUpdateRoute: Route = {
  name: 'walkthrough-update',
  matches: (ctx) => {
    if (pressedButton(ctx.card) || !activeRecord(ctx.state)) return false;
    const at = ctx.input.receivedAt;
    // "1-2 q4-6h prn, max 6/day" answering the case's tablets question: its shape is a regimen's, never a question's
    const open = activeRecord(ctx.state)!;
    if (tabletDetailAnswer(ctx.text, open.facts, open.pendingQuestion, at)) return true;
    // An acute harm said in any wording, question or not, reaches the open case on every turn (issue 13). A question
    // must say it of the patient: checked first, so that most questions are never read for facts.
    if (looksLikeQuestion(ctx.text, at)) {
      // Only the questions the case answers (refer? what next?) are read for facts: most questions never are.
      // "started oxycodone 3 wks ago, ...; up to 10 mg qid?": the closing question asks it, whatever words came before
      const asksTheCase =
        CASE_STATE_INTENTS.has(questionIntent(ctx.lower) ?? 'dose') ||
        CASE_STATE_INTENTS.has(questionIntent(closingQuestion(ctx.text) ?? '') ?? 'dose');
      // "if tramadol doesn't work what next?": a hypothetical, the case unchanged but for an acute harm
      if (askedIfFails(ctx.text))
        return saidOfThePatient(ctx.text) && redFlagOrHarmSaid(extraction(ctx.text, at).patch);
      // "can I add naproxen? she had a bleeding ulcer in 2019", "what about tramadol - btw he's on sertraline 100": a
      // new safety fact said with the question joins the case first, and the question is answered from it
      // (only when the reader found the question, so that the asked drug is never read as taken); said in its own
      // sentence before the question too ("she's just been started on rivaroxaban. keep the naproxen?")
      if (hasAside(ctx.text) || SENTENCE_BEFORE.test(ctx.text) || toldInClause(ctx.text)) {
        const said = extraction(ctx.text, at);
        if (said.question && addsSafetyFact(open.facts, ctx.text, said.patch, said.question)) return true;
      }
      // "ran out a week early again - can I go up to 10 qds?": an early refill or another prescriber said with the
      // question holds the opioid gate: it joins the case first, and the question is answered from it
      if (pdmpRiskFinding(ctx.text) === 'yes' && open.facts.pdmpRiskFinding !== 'yes') return true;
      // "her sodium came back at 128, does that matter?", "he is 80 now, still ok?": a finding of the patient with
      // a question of whether it matters is recorded, then answered (case-answer.ts findingsSection)
      if (ASKS_IF_IT_MATTERS.test(ctx.text) && statesFinding(extraction(ctx.text, at).patch)) return true;
      const gateWords = GATE_WORDS.test(ctx.text);
      if (!asksTheCase && !gateWords && !saidOfThePatient(ctx.text)) return false;
      const patch = extraction(ctx.text, at).patch;
      return (
        (saidOfThePatient(ctx.text) && redFlagOrHarmSaid(patch)) ||
        (asksTheCase && statesCaseState(patch)) ||
        (gateWords && statesGateFacts(patch))
      );
    }
    const ex = extraction(ctx.text, at);
    // "suppose tramadol fails": a hypothetical stores nothing but an acute harm (if-fails.ts replies)
    if (askedIfFails(ctx.text)) return acuteHarmSaid(ex.patch);
    const record = activeRecord(ctx.state)!;
    // a work-up that excludes a red flag the case holds ("saddle sensation normal, PVR 20 mL") updates it, even when
    // it states no other fact
    return (
      acuteHarmSaid(ex.patch) ||
      ex.identifiers ||
      updatesACase(ex.patch) ||
      // "it's been 3 weeks since she stopped it": a stop of the case's medicine, placed or asked (pronoun-stop.ts)
      (ex.stopsToPlace?.length ?? 0) > 0 ||
      !!caseDoseChanges(record, ctx) ||
      saysDailyUse(ex, record) ||
      lateMedication(ctx.text, ex) ||
      clearedFlags(record.facts, ctx.text).length > 0
    );
  },
  handle: (ctx) => intake(ctx, ctx.text, false),
};

/**
 * A medicine said as a late fact or as taken in addition, not asked ("oh and he also has oxycodone IR 5 mg up to qds for
 * breakthrough", "forgot to say - OxyNorm 5 mg qds prn too"): the open case's, though a drug named alone is a question's
 * context (case-signal.ts drugContextOnly). Every opioid counts toward the MME (clinical-reference.md section 4).
 */
function lateMedication(text: string, ex: Extraction): boolean {
  return (ex.patch.medications?.length ?? 0) > 0 && (opensWithLateFact(text) || IN_ADDITION.test(text));
}

/** Tablets a day said of a medication the open case holds ("uses about three a day"): an update of the case. */
function saysDailyUse(ex: Extraction, record: CaseRecord): boolean {
  return (
    ex.dailyTablets !== undefined &&
    (dailyTabletsTarget(ex.dailyTablets, record.facts) ?? statedUseTarget(ex.dailyTablets, record.facts)) !== undefined
  );
}

/** Words of a dose change, so that most questions are never read for one. */
const CHANGE_WORD =
  /\b(?:now|increased|raised|titrated|uptitrated|up-titrated|bumped|upped|reduced|decreased|dropped|lowered|cut|weaned|tapered|went|gone|came|come|changed)\b/i;

/**
 * The new doses a question says of drugs the open case holds ("gabapentin went up to 600 tds - can I add tramadol?",
 * "OxyContin has gone up to 40 bd, MME now?"), as a patch of those medications only: the case records them before
 * the question is answered, so its MME, targets and plan follow. Undefined: none.
 */
function caseDoseChanges(record: CaseRecord, ctx: RouteContext): Extraction['patch'] | undefined {
  if (!CHANGE_WORD.test(ctx.text)) return undefined;
  const ex = extraction(ctx.text, ctx.input.receivedAt);
  const changed = new Set(ex.doseChanged ?? []);
  const held = new Set(record.facts.medications.map((m) => m.drug));
  const medications = (ex.patch.medications ?? []).filter((m) => changed.has(m.drug) && held.has(m.drug));
  if (!medications.length) return undefined;
  // "oxycodone now 2 tabs q6h": the tablets times the case's strength; a count with no strength known is left out
  const { patch, unknown } = withTabletDoses({ medications }, ex.tabletChanges ?? [], record.facts);
  const known = (patch.medications ?? []).filter(
    (m) => !unknown.some((u) => u.drug === m.drug && u.product === m.product),
  );
  return known.length ? { medications: known } : undefined;
}

/**
 * Cauda equina (in lay words too: "numb down below", "wet herself") and signs of serotonin toxicity, said or all
 * denied: the open case hears them whatever the message's shape, and the statechart pauses (or resumes) the
 * pathway. Any other red flag said of the patient in a question does too; red flags named as a topic ("weight loss
 * advice?", "is night pain a red flag?") stay with the answers.
 */
/**
 * A harm said of this patient ("she wet herself last night, what do I do?"), not asked about as a topic ("saddle
 * anaesthesia: is that a red flag?", "red flags: weight loss and saddle numbness?"): each a data row.
 */
const OF_THE_PATIENT =
  /\b(?:she|he|they|her|his|patient|pt|now|since|today|yesterday|tonight|last night|this morning|reports?|complains?|developed|noticed)\b/i;
const ABOUT_THE_TOPIC = /\b(?:is (?:that|this|it) (?:a )?red flag|red flags?\s*[?:]|what (?:is|are|counts)|means?)\b/i;

function saidOfThePatient(text: string): boolean {
  return OF_THE_PATIENT.test(text) && !ABOUT_THE_TOPIC.test(text);
}

/**
 * "Also: pain 8/10, ODI 66%, unable to work. Refer?", "Bloods: CrCl 26. What now?": new facts of how the patient is doing, with a question the
 * case answers (refer, next step, raise, keep on). The case hears the facts and answers from them; sent to the
 * answers, the ODI's band was given instead and the facts were lost.
 */
const CASE_STATE_INTENTS: ReadonlySet<QuestionIntent> = new Set(['refer', 'next', 'increase', 'continue', 'failed']);
const CASE_STATE_FACTS = [
  'functionalDisability',
  'oswestryPercent',
  'oswestryBaselinePercent',
  'painScore',
  'painBaselineScore',
  'improvedSinceLastVisit',
  'weeksOptimizedTherapy',
  'consideringInterventional',
  'startBackRisk',
  // "Bloods: CrCl 26. What now?": kidney function rules drugs out and steps the next one up; the case answers
  'renal',
  // "sorry, it's open-angle glaucoma, not narrow-angle - what now?", "no GI bleed hx, that was her sister. what next?":
  // a condition corrected rules a drug back in or out; the case answers from the corrected facts
  'conditions',
] as const;

/**
 * A safety fact the case does not hold yet, said of the patient in a question, before it, after it or in an aside: a
 * condition present (a GI bleed, CKD), kidney function, or a medicine taken now that the case does not list (before
 * the question, a co-medication only: an anticoagulant, antiplatelet, SSRI or MAOI). It routes the answer (reference
 * section 2). A relative's medicine, a past one ("was on warfarin, stopped") or a planned one ("cardiology may start
 * apixaban") is none: the reader leaves them out or marks them stopped or planned.
 */
function addsSafetyFact(facts: CaseFacts, text: string, patch: Extraction['patch'], question: string): boolean {
  // the fact said after the question or in an aside ("...? she had a bleeding ulcer", "- btw he's on sertraline"),
  // or in a sentence of its own before it ("eGFR 24 now. pregabalin dose?"); a fact inside the question's own
  // sentence ("tramadol 50 q6h CrCl 20?", "on sertraline, add duloxetine?") is the quick answer's, the case unchanged
  // "given she's on phenelzine, can we start duloxetine?": a clause of the question telling what the patient takes
  // or has is the patient's too (given-clause.ts); the asked drug is never in the patch
  const aside = hasAside(text);
  const clause = toldInClause(text);
  if (!aside && !clause && text.toLowerCase().indexOf(question.toLowerCase()) <= 0) return false;
  if (companionMedicineAsked(text)) return false;
  // "can he take duloxetine if he has glaucoma?", "would tramadol be ok if he was on an SSRI?": imagined, not said
  if (IMAGINED.test(text)) return false;
  const newCondition = Object.entries(patch.conditions ?? {}).some(
    ([id, v]) => v === 'yes' && (facts.conditions as Record<string, string | undefined>)[id] !== 'yes',
  );
  const renal = patch.renal;
  const newRenal =
    renal !== undefined &&
    Object.keys(renal).length > 0 &&
    JSON.stringify({ ...facts.renal, ...renal }) !== JSON.stringify(facts.renal ?? {});
  const held = new Set(facts.medications.map((m) => m.drug));
  const newMedicine = (patch.medications ?? []).some(
    (m) =>
      (m.outcome === 'current' || (clause && m.outcome === undefined && isCoMedication(m))) &&
      !m.startPlanned &&
      !held.has(m.drug) &&
      (aside || clause || isCoMedication(m)),
  );
  return newCondition || newRenal || newMedicine;
}

/** A sentence ends before the text does ("eGFR 24 now. pregabalin dose?"): a cheap first look before reading facts. */
const SENTENCE_BEFORE = /[.;!?]\s+\S/;

/** A fact said after the question or in an aside ("...? she had a bleeding ulcer", "- btw he's on sertraline"). */
function hasAside(text: string): boolean {
  const aside = asideStart(text, 0, text.length);
  return aside > 0 && aside < text.length;
}

/** A fact imagined of the patient ("if he has glaucoma", "suppose she were on an SSRI"), never recorded. */
const IMAGINED =
  /\b(?:if|what if|suppose|supposing|in case|assuming|provided|unless)\s(?:he|she|they|the patient|the pt|pt|patient)\b|\bwere (?:he|she|they) (?:on|to)\b/i;

/** Findings a "does that matter?" question can say: a blood result, an age, kidney function, a condition. */
const FINDING_FACTS = ['sodiumMmolL', 'liverTestsAbnormal', 'age', 'renal', 'conditions'] as const;

function statesFinding(patch: Extraction['patch']): boolean {
  return FINDING_FACTS.some((k) => {
    const v = (patch as Record<string, unknown>)[k];
    return v !== undefined && (typeof v !== 'object' || Object.keys(v as object).length > 0);
  });
}

function statesCaseState(patch: Extraction['patch']): boolean {
  return CASE_STATE_FACTS.some((k) => (patch as Record<string, unknown>)[k] !== undefined);
}

/**
 * "risk assmt done: ORT low, PDMP clean; discussed benefits/risks, agrees to trial. how do I start?": the opioid gate's
 * own facts (a risk assessment, the benefits-and-risks talk) are only ever said of this patient, so a question that
 * states them updates the case and is answered with it (the gate open, the framework). GATE_WORDS is a cheap first
 * look, so other questions are not read for facts; "PDMP?" or "ORT?" alone asks about the topic, not this patient.
 */
const GATE_WORDS = /\b(?:risk|discuss\w*|counsel\w*|consent\w*|conversation|agreement)\b/i;

function statesGateFacts(patch: Extraction['patch']): boolean {
  return patch.opioidRiskAssessment !== undefined || patch.opioidDiscussion !== undefined;
}

export function acuteHarmSaid(patch: Extraction['patch']): boolean {
  return !!patch.redFlags?.includes('cauda-equina') || patch.serotoninSigns !== undefined;
}

/**
 * A question said of the patient that names any red flag ("she's now waking at night and losing weight, hx breast ca
 * - what next?") updates the case too: the case pauses and its answer is the urgent evaluation, never the drug step
 * the quick answer would give (a safety fact routes).
 */
function redFlagOrHarmSaid(patch: Extraction['patch']): boolean {
  return acuteHarmSaid(patch) || (patch.redFlags?.length ?? 0) > 0;
}

export const WALKTHROUGH_ROUTE_NAMES = new Set([
  walkthroughCommandRoute.name,
  walkthroughAnswerRoute.name,
  walkthroughNarrativeRoute.name,
  walkthroughUpdateRoute.name,
]);

/** A yes/no for `forget` counts only on the very next turn; anything else drops it, so a later "yes" deletes nothing. */
export function settlePendingConfirm(ctx: RouteContext): RouteContext {
  if (!ctx.state.pendingConfirm) return ctx;
  const cmd = parseCommand(ctx.lower, pressedButton(ctx.card), true);
  if (cmd?.kind === 'confirm' || cmd?.kind === 'cancel') return ctx;
  const { pendingConfirm: _, ...state } = ctx.state;
  return { ...ctx, state };
}

/**
 * After another route answered in the middle of a walk-through (a dosing or guideline question, a calculator):
 * a calculator's STarT Back or Oswestry result joins the open case, and the pending question is asked again.
 */
export function resumeCase(ctx: RouteContext, result: RouteResult, routeName: string): RouteResult {
  if (!result.state) return result;
  let state = result.state;
  let record = activeRecord(state);
  if (!record) return result;
  // a dose change said with the question is recorded first; the reply says so in one line
  const changes = caseDoseChanges(record, ctx);
  const moved = changes && advanceCase(record, mergeFacts(record.facts, changes, ctx.text), ctx.input.receivedAt);
  const noted: OutputMessage[] = [];
  if (moved?.kind === 'ok') {
    record = moved.record;
    state = putCase(state, record);
    const said = changes!.medications!.map(({ outcome: _, ...m }) => medicationLabel(m)).join('; ');
    noted.push({ text: `Case ${record.label} updated: ${said} (say "back" to undo).` });
  }
  // "total MME?", "how much paracetamol is she on?" with no regimen typed: worked out from the case's own medicines
  // in place of the calculator's "give each opioid" or the topic answer.
  // "can I just stop the gabapentin, it never helped?": the drug's result is recorded before the answer (the taper)
  const failed = stoppedForOutcome(record, ctx);
  const judged = failed && advanceCase(record, mergeFacts(record.facts, failed, ctx.text), ctx.input.receivedAt);
  if (judged?.kind === 'ok') {
    record = judged.record;
    state = putCase(state, record);
    noted.push({
      text: `Case ${record.label} updated: ${failed!.medications!.map((m) => medicationLabel(m)).join('; ')} (say "back" to undo).`,
    });
  }
  const fromCase = caseCalculatorAnswer(record, ctx.text);
  if (fromCase) return { state, output: { messages: [...noted, fromCase, ...reAsk(record)] } };
  // "ok and if that fails?", "and after duloxetine?": the case's next step as if that trial failed, not the general
  // escalation answer (dialogs/walkthrough/if-fails.ts)
  const ifFails = routeName === 'answers.calculator' ? undefined : ifFailsAnswer(record, ctx.text);
  if (ifFails) return { state, output: { messages: [...noted, ifFails, ...reAsk(record)] } };
  // Only with a case open: the calculator's result is worked out again here when ctx.text is not the text the
  // calculator route read.
  const calculated = routeName === 'answers.calculator' ? runCalculatorCommand(ctx.text) : undefined;
  const added = calculated && calculatorFacts(calculated);
  if (added && patchSaysSomething(added)) {
    const before = record.facts.oswestryPercent;
    const moved = advanceCase(record, mergeFacts(record.facts, added), ctx.input.receivedAt);
    if (moved.kind === 'ok') {
      record = moved.record;
      state = putCase(state, record);
      return {
        state,
        output: {
          messages: [
            ...result.output.messages,
            { text: scoreAddedNote(record.label, before, added) },
            ...reAsk(record),
          ],
        },
      };
    }
  }
  // a question about this patient ("Shall I go up to 60?", "Could I add tramadol?") is answered with the case
  // first; the quick answer's content follows, unless it only said the pathway has no answer
  // "does that change anything?", "still ok?", "any difference?" after a new fact: what it changed leads, then the plan
  if (routeName !== 'answers.calculator' && asksWhatChanged(ctx, record))
    return withNoted(aboutTheCase(ctx, state, record), noted);
  const answered =
    routeName === 'answers.calculator' ? undefined : caseQuestionAnswer(record, ctx.text, ctx.input.receivedAt);
  const deadEnd = routeName === 'fallback' || isNotCovered(result.output.messages);
  // a question about this patient that no answer covers ("what do we do with him?") is about the case too
  if (!answered && deadEnd && (asksAboutTheCase(ctx) || (ctx.text.includes('?') && aboutThisPatient(ctx.text))))
    return withNoted(aboutTheCase(ctx, state, record), noted);
  // "failed meds, what now?" while a red flag pauses the case: the case's plan (the urgent evaluation), not the
  // escalation options the general answer gives
  if (!answered && asksAboutTheCase(ctx) && evaluatePathway(record.facts).status === 'urgent')
    return withNoted(aboutTheCase(ctx, state, record), noted);
  // a case paused by a red flag answers with the urgent evaluation; the quick answer (a drug step, the escalation
  // options) must not follow it as if the pathway went on
  const quick = (answered && deadEnd) || answered?.paused || answered?.complete ? [] : result.output.messages;
  return {
    state,
    output: { messages: [...noted, ...(answered ? [answered.message] : []), ...quick, ...reAsk(record)] },
  };
}

/**
 * The note after a score added to an open case: what changed when it replaces the case's ODI ("Case A updated: ODI
 * 44% -> 75%", "ODI 44% taken back: not scored"), else that it was added.
 */
function scoreAddedNote(label: string, before: number | undefined, added: Partial<CaseFacts>): string {
  const undo = '(say "back" to undo)';
  if (before !== undefined && added.oswestryNotScored)
    return `Case ${label} updated: its ODI ${before}% is taken back, this form is not scored; ask for a complete ODI ${undo}.`;
  if (before !== undefined && added.oswestryPercent !== undefined && added.oswestryPercent !== before)
    return `Case ${label} updated: ODI ${before}% -> ${added.oswestryPercent}% ${undo}.`;
  return `Added to case ${label} ${undo}.`;
}

/** A result said with a request to stop ("never helped", "made her drowsy"): the only failures a stop records. */
const STOP_OUTCOMES: ReadonlySet<string> = new Set(['ineffective', 'not-tolerated']);

/**
 * "can I just stop the gabapentin, it never helped?": a stop asked of one drug the case holds, with its result said,
 * as a patch of that drug's outcome; undefined when the question says no result or names no one held drug.
 */
function stoppedForOutcome(record: CaseRecord, ctx: RouteContext): Extraction['patch'] | undefined {
  if (questionIntent(ctx.lower) !== 'stop') return undefined;
  const held = new Set(record.facts.medications.map((m) => m.drug));
  const named = [...new Set(findDrugs(ctx.text).map((m) => m.drug))].filter((d) => held.has(d));
  if (named.length !== 1) return undefined;
  const outcome = outcomeIn(ctx.lower);
  if (!outcome || !STOP_OUTCOMES.has(outcome)) return undefined;
  return { medications: [{ ...record.facts.medications.find((m) => m.drug === named[0])!, outcome }] };
}

/** The one-line note of a dose change recorded, before the reply. */
function withNoted(result: RouteResult, noted: readonly OutputMessage[]): RouteResult {
  return noted.length ? { ...result, output: { messages: [...noted, ...result.output.messages] } } : result;
}

/**
 * Words that ask what to do for this patient, each row with an example (test/answers/fallback.test.ts reads them); a
 * topic the pathway does not cover ("sleep hygiene?", "back brace?") has none and keeps its honest "not covered".
 */
export const WHAT_TO_DO_ROWS: readonly { words: string; example: string }[] = [
  { words: 'try', example: 'anything else I should try?' },
  { words: 'leaves?|left', example: 'eGFR 28, sorry, should have said. What does that leave?' },
  { words: 'options?', example: 'so what are her options now?' },
  { words: 'next', example: 'ok and after that, what comes next for him?' },
  { words: 'suggest\\w*|recommend\\w*', example: 'saddle sensation normal on exam. what would you suggest?' },
  { words: 'do (?:now|next)|from here', example: 'right, so where from here for this lady?' },
  { words: 'approach|manage\\w*|handle|plan', example: 'how would you handle this' },
  { words: 'what now|now what', example: 'failed meds, what now?' },
  { words: 'what else', example: 'ok, what else is there for her?' },
  {
    words: '(?:comes?|is|after) (?:after|next after) (?:that|this|it)|after (?:that|this) one|then what|what then',
    example: 'what comes after that?',
  },
  {
    words: 'send (?:him|her|them) home|go(?:es)? home on|discharge (?:him|her|them)|d/?c (?:him|her|them)',
    example: 'exam normal. So what do we send him home on?',
  },
  {
    words: 'change (?:things|anything|the plan|management|what we do)|make a difference|alter the plan',
    example: 'repeat eGFR is 52, not 25. Does that change things?',
  },
  { words: 'change anything|any change|any difference|difference does (?:that|it) make', example: 'any difference?' },
  { words: 'still (?:ok|okay|fine|safe|alright|good)', example: 'forgot to say - eGFR 28. still ok?' },
  {
    words:
      '(?:change|affect|alter) (?:your|the|my) (?:advice|answer|recommendations?|suggestions?|management)|affect (?:things|anything|the plan)',
    example: "sorry, it's open-angle glaucoma, not narrow-angle. Does that change your advice?",
  },
];
/** The rows that ask whether the last thing said changes the plan ("does that change anything?"). */
const CHANGE_ASKED = new RegExp(
  `\\b(?:${WHAT_TO_DO_ROWS.filter((r) => /change|difference|still/.test(r.words))
    .map((r) => r.words)
    .join('|')})\\b`,
  'i',
);
const WHAT_TO_DO = new RegExp(`\\b(?:${WHAT_TO_DO_ROWS.map((r) => r.words).join('|')})\\b`, 'i');

/** A short question whether the case's newest change changes the plan, with no fact of its own and a change to compare. */
function asksWhatChanged(ctx: RouteContext, record: CaseRecord): boolean {
  if (ctx.text.length > MAX_CHANGE_QUESTION_CHARS || !CHANGE_ASKED.test(ctx.text)) return false;
  if (patchSaysSomething(extraction(ctx.text, ctx.input.receivedAt).patch)) return false;
  return planChangeLead(record) !== undefined;
}
const MAX_CHANGE_QUESTION_CHARS = 60;

function asksAboutTheCase(ctx: RouteContext): boolean {
  return WHAT_TO_DO.test(ctx.text) || parseCommand(ctx.lower, undefined, false, true)?.kind === 'plan';
}

/**
 * No dead ends mid-case (issue 14): text that no answer covers while a case is open, and that asks what to do
 * ("eGFR 28, sorry. What does that leave?"), is read as being about that case: any facts it states are added, and
 * the reply is the case's plan as it now stands, never "not covered".
 */
function aboutTheCase(ctx: RouteContext, state: RouteResult['state'] & object, record: CaseRecord): RouteResult {
  const ex = extraction(ctx.text, ctx.input.receivedAt);
  let current = record;
  let next = state;
  let lead = `Taking that as a question about case ${record.label}: here is where it stands.`;
  // "does that change anything?" right after a score was corrected: say what it changed first
  const scoreChange = CHANGE_ASKED.test(ctx.text) && !patchSaysSomething(ex.patch) ? planChangeLead(record) : undefined;
  if (scoreChange) lead = scoreChange;
  if (patchSaysSomething(ex.patch)) {
    const moved = advanceCase(record, mergeFacts(record.facts, ex.patch, ctx.text), ctx.input.receivedAt);
    if (moved.kind === 'ok') {
      current = moved.record;
      next = putCase(state, current);
      lead = `Case ${record.label} updated (say "back" to undo); here is where it stands.`;
    }
  }
  return {
    state: next,
    output: { messages: [{ text: lead }, planMessage(current, evaluatePathway(current.facts)), ...reAsk(current)] },
  };
}

const isNotCovered = (messages: readonly { text: string }[]) =>
  messages.length === 1 && messages[0]!.text.startsWith(NOT_COVERED_START);
