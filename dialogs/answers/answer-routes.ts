import type { Route, RouteContext, RouteResult } from '../route.js';
import type { OutputMessage, SuggestedAction } from '../turn-types.js';
import { plain, renderAnswer, type AnswerLine } from './answer-message.js';
import { entryLines } from './knowledge-lines.js';
import { isCalculatorCommand } from './calculator-answers.js';
import { runCalculatorCommand } from './calculator-command.js';
import { gabapentinoidSwitchMessage } from './gabapentinoid-switch.js';
import { answerDrugQuestion, caseChoiceMessage, COVERED_DRUGS, DOSE_WORDS, NEXT_STEP_QUESTION } from './drug-answer.js';
import { patientStop, questionRulesOut } from './next-option.js';
import { optionsLeftMessage } from './options-left.js';
import type { Medication } from '../../src/clinical/case/case-facts.js';
import { isHeld } from '../../src/clinical/case/medication-facts.js';
import { NALOXONE_RISK } from '../../src/clinical/knowledge/mme-factors.js';
import {
  answerGuidelineQuestion,
  didYouMeanMessage,
  intentAnswer,
  TRIAL_ROWS,
  notCoveredMessage,
  searchAnswer,
  searchGuideline,
  uncoveredMessage,
} from './guideline-answer.js';
import { GUIDELINE_INTENTS, INCREASE_TO_COMBINATION, scoreIntents, topSpecificIntent } from './guideline-intents.js';
import {
  classWordMessage,
  type Finding,
  findingLine,
  interactionFindings,
  pairQuestionMessage,
} from './interactions.js';
import { adjustmentApplies } from './adjustment-lines.js';
import { isQuestion, asksAboutAnActivity } from '../../src/clinical/language/question-shape.js';
import { impliedMentions } from './implied-drugs.js';
import { reportsTrialForNext } from './trial-next.js';
import { drugNames, findDrugs, productOf, type DrugId, type DrugMention } from './ports.js';
import { answerProductQuestion } from './product-answer.js';
import { asksOpioidSwap, opioidSwapMessage } from './opioid-swap.js';
import { DRUG_TESTING, noFigureRows, withNoFigure } from './no-figure.js';
import { withRadicularScope } from './radicular-scope.js';
import { caseOpioidIncrease, opioidIncreaseMessage, proposedIncrease } from './opioid-increase.js';
import { caseContext, drugOptionOf, hasContext, readContext, type QuestionContext } from './question-context.js';
import { WHICH_OPTION } from './either-option.js';
import {
  harmMessage,
  isRedFlagQuestion,
  namesRedFlagSigns,
  redFlagMessage,
  screenGapBeforeDrug,
} from './red-flag-answer.js';
import { expandIntervals } from './regimen-shorthand.js';
import { decide, offersCase, uncoveredTopic, type Decision, type RouteSignals } from './route-scores.js';
import { reviewAsked, reviewMessage, SOURCES_QUESTION, sourcesMessage } from './sources-answer.js';
import { correctTopicTypos } from './topic-typos.js';
import { claimMessage, claimVerdict } from './claim-verdicts.js';
import { notTakenAt } from './not-taken.js';
import { stopKept, stopWished } from './stop-wish.js';
import { populationsIn } from '../../src/clinical/language/populations.js';
import {
  type CompanionDrugList,
  companionDrugLists,
  companionListAt,
} from '../../src/clinical/language/companion-drugs.js';
import { withLeadLines } from './lead-lines.js';
import { activeRecord } from '../walkthrough/case-store.js';
import { caseDoseDrugs } from '../walkthrough/case-pronoun.js';
import { axialGabapentinoidAsked, axialGabapentinoidMessage } from './axial-gabapentinoid.js';
import { type DescribedDrug, readDescribedDrugs } from '../../src/clinical/language/described-drugs.js';

/**
 * The quick answers as router routes. dialogs/router.ts asks `chooseQuickRoute` after the walk-through routes: the
 * candidates are scored (route-scores.ts) and the best answers. A quick question is short once read
 * (readClinicalText: a pasted EHR medication list shrinks to its shorthand, so "<3 sig lines> MME?" is still a
 * question); longer text is left to the walk-through (case descriptions) or the fallback.
 */
export const MAX_QUESTION_CHARS = 300;
/** However short it reads, raw text longer than this is a narrative, never a quick question. */
export const MAX_RAW_QUESTION_CHARS = 1200;

/** A procedure question naming steroids is about injections, not systemic steroids. */
const PROCEDURE = /epidural|injection|nerve block|\besi\b/;
/** Questions about when to switch or what follows a failed drug are pathway questions, unless a dose is given. */
/** Fitness to drive or operate machinery on a drug: not in the guideline or the clinical reference. */
const PATHWAY_QUESTION = NEXT_STEP_QUESTION;

/**
 * The text as the quick answers read it: accents dropped so that "duloxétine" or "naproxène" are still recognised,
 * then readClinicalText (spoken "M M E", "question mark", number words; EHR sigs) and "q6" read as "q6h".
 */
const readCache = new WeakMap<RouteContext, string>();
const describedCache = new WeakMap<RouteContext, DescribedDrug[]>();
/**
 * Printable ASCII, tabs and line breaks have no accents to drop (NFD leaves them as they are): text of only these
 * skips the decomposition. Anything else (accents, other control characters) takes the full reading.
 */
const NOT_PLAIN_ASCII = /[^\t\n\r -~]/;
function questionText(ctx: RouteContext): string {
  let read = readCache.get(ctx);
  if (read === undefined) {
    const plain = NOT_PLAIN_ASCII.test(ctx.text) ? ctx.text.normalize('NFD').replace(/\p{M}/gu, '') : ctx.text;
    // "the gabapentin cousin": read as the drug it describes (described-drugs.ts), said in the answer
    const described = readDescribedDrugs(plain);
    read = expandIntervals(described.text);
    readCache.set(ctx, read);
    describedCache.set(ctx, described.read);
  }
  return read;
}

/** Short enough to be a quick question: the read text within MAX_QUESTION_CHARS, the raw text within the hard cap. */
const short = (ctx: RouteContext): boolean =>
  ctx.text.length <= MAX_RAW_QUESTION_CHARS && questionText(ctx).length <= MAX_QUESTION_CHARS;

/** Question-shaped once read: spoken "question mark" counts as "?". */
const asksQuestion = (ctx: RouteContext): boolean => isQuestion(questionText(ctx).toLowerCase());

const mentionsCache = new WeakMap<RouteContext, DrugMention[]>();
/** A companion's own drugs the question named ("her husband ... he's on diazepam"), left out of `mentions`. */
const companionCache = new WeakMap<RouteContext, CompanionDrug[]>();
function mentions(ctx: RouteContext): DrugMention[] {
  let found = mentionsCache.get(ctx);
  if (!found) {
    const companions: CompanionDrug[] = [];
    if (short(ctx)) {
      const text = questionText(ctx);
      const lower = text.toLowerCase();
      const all = findDrugs(text);
      // a companion's or relative's own medicine is not the patient's: never checked against hers (companion-drugs.ts)
      const lists = companionDrugLists(
        lower,
        all.map((m) => m.start),
      );
      const theirs: CompanionDrug[] = [];
      const named = all.filter((m) => {
        const list = companionListAt(lists, m.start);
        if (list) theirs.push({ list, mention: m });
        return !list;
      });
      // the person's drug named again for the patient ("mum had serotonin syndrome on tramadol. pt on sertraline - is
      // tramadol ok for him?"): the question is the patient's, so no "not the patient's" line for it
      companions.push(...theirs.filter((c) => !named.some((m) => m.drug === c.mention.drug)));
      // "something for spasms on top of his tramadol?": the class asked for by what it treats (implied-drugs.ts)
      found = [...named, ...impliedMentions(lower, named)].sort((a, b) => a.start - b.start);
    } else found = [];
    mentionsCache.set(ctx, found);
    companionCache.set(ctx, companions);
  }
  return found;
}

/** "Read as pregabalin: "the gabapentin cousin"": which drug a description was taken to be (described-drugs.ts). */
function describedLines(ctx: RouteContext): string[] {
  questionText(ctx);
  return (describedCache.get(ctx) ?? []).map((d) => `**Read as ${d.as}:** "${d.typed}".`);
}

interface CompanionDrug {
  list: CompanionDrugList;
  mention: DrugMention;
}

/** "Diazepam is her husband's, not hers": said first, so that no finding of it is read as the patient's. */
function companionDrugLine({ list, mention }: CompanionDrug): string {
  const name = mention.matched;
  const hers = list.patientPronoun === 'her' ? 'hers' : list.patientPronoun === 'his' ? 'his' : "the patient's";
  const her = list.patientPronoun === 'her' ? 'her' : list.patientPronoun === 'his' ? 'him' : 'the patient';
  const own = list.patientPronoun ? `${list.patientPronoun} own` : "the patient's own";
  return `**${name.charAt(0).toUpperCase()}${name.slice(1)} is ${list.who}'s, not ${hers}:** it is not counted or checked for ${her}; this answer is about ${own} medicines.`;
}

const answer = (ctx: RouteContext, message: OutputMessage): RouteResult => ({
  state: ctx.state,
  output: { messages: [message] },
});

/**
 * A calculator command, unless it proposes an opioid increase ("oxy 10 bid, increase to 20 bid, new MME?"): the drug
 * route answers that with the MME now and after (opioid-increase.ts); an unnamed opioid's ("ODI 40 -> 42, go up to
 * 10/325?"), the guideline row for it (guideline-intents.ts).
 */
const asksCalculator = (ctx: RouteContext): boolean => {
  const lower = questionText(ctx).toLowerCase();
  return (
    isCalculatorCommand(questionText(ctx)) &&
    !proposedIncrease(lower, mentions(ctx)) &&
    !INCREASE_TO_COMBINATION.test(lower)
  );
};

/**
 * The last sentence asks for a total the calculators give ("... What is the total MME and the total acetaminophen
 * per day?", "MME and total paracetamol?"); not "total knee replacement" (no question after it).
 */
const TOTALS_WORD = /\b(?:mme|mmes|morphine (?:milligram )?equivalents?|total|totals|add up|adds up)\b/;
/** The sentence ends in "?" (spaces after it aside) with a totals word before it and no full stop between. */
const totalsAsked = (last: string): boolean => {
  const t = last.trimEnd();
  return t.endsWith('?') && TOTALS_WORD.test(t.slice(t.lastIndexOf('.') + 1, -1));
};
/**
 * The last sentence of a text: after its last line break, and after the full stop before its last one (a final
 * full stop or a decimal point stays in it), if it has a word ('' otherwise). Done by index, not by a pattern: a
 * pattern anchored at the end rescans the text from every start.
 */
const lastSentence = (text: string): string => {
  const lastDot = text.lastIndexOf('.');
  const dotBefore = lastDot > 0 ? text.lastIndexOf('.', lastDot - 1) : -1;
  const rest = text.slice(Math.max(text.lastIndexOf('\n'), dotBefore) + 1);
  return /\S/.test(rest) ? rest : '';
};
/** A list names this many drugs or more: a pasted medication list, not a narrative with one drug. */
const LIST_DRUGS = 4;

/**
 * A pasted medication list (discharge summary, EHR export: many unrelated medicines, an allergies line) closed by a
 * totals question: longer than a quick question once read, but the calculators read only the opioid and
 * acetaminophen lines of it, so it is answered whole within the raw cap rather than dead-ending.
 */
function pastedListForTotals(ctx: RouteContext): boolean {
  if (ctx.text.length > MAX_RAW_QUESTION_CHARS) return false;
  return totalsAsked(lastSentence(ctx.lower)) && findDrugs(questionText(ctx)).length >= LIST_DRUGS;
}

/** The calculators read the read text: spoken "M M E oxycodone five q6h" is the MME command. */
export const calculatorRoute: Route = {
  name: 'answers.calculator',
  matches: (ctx) => (short(ctx) || pastedListForTotals(ctx)) && asksCalculator(ctx),
  handle: (ctx) =>
    answer(
      ctx,
      withLeadLines(runCalculatorCommand(questionText(ctx))?.message ?? notCoveredMessage(), describedLines(ctx)),
    ),
};

export const sourcesRoute: Route = {
  name: 'answers.sources',
  matches: (ctx) => short(ctx) && (SOURCES_QUESTION.test(ctx.lower) || reviewAsked(ctx.lower)),
  // "were your doses reviewed by a pharmacist?": the reference's review status
  handle: (ctx) => answer(ctx, reviewAsked(ctx.lower) ? reviewMessage() : sourcesMessage()),
};

/** The open walk-through case's age, kidney and liver facts, so that "tramadol dose?" mid-case applies them. */
function openCaseContext(ctx: RouteContext): QuestionContext {
  const open = ctx.state.cases.find((c) => c.label === ctx.state.activeCase);
  return open ? caseContext(open.label, open.facts) : {};
}

/** The open case's held medicines, so acetaminophen is added up with what the case already takes (issue 12). */
function openCaseMedications(ctx: RouteContext): Medication[] {
  const open = ctx.state.cases.find((c) => c.label === ctx.state.activeCase);
  return open ? open.facts.medications.filter(isHeld) : [];
}

/**
 * "After a dose increase", "after up-titrating": when the change happened, not a dose asked for ("f/u after
 * up-titrating oxy?", "reassess after a dose increase of duloxetine?").
 */
const AFTER_DOSE_CHANGE =
  /\b(?:after|while|whilst|during|when) (?:an? |the |each |any |i'?m |we'?re )?(?:(?:dose|med|medication) (?:increases?|changes?|adjustments?|reductions?)|(?:(?:up-?|down-?)?titrat(?:e|es|ed|ing|ion)|starting|increasing|raising|reducing|changing|adjusting|adding|switching)(?: (?:the|his|her|their))?(?: [a-z-]{1,20})?(?: dose)?)\b/g;
/**
 * How often a dose is taken, said as a preference ("prefers twice daily dosing"): not a dose asked for, so "ER oxy ok
 * to start if she prefers twice daily dosing" stays the formulation question.
 */
const DOSING_FREQUENCY = /\b(?:once|twice|three times)(?: a day| daily| per day)? dosing\b/g;
/** "How much week(s) before I can say it failed": a length of time asked (non-native wording), not a dose. */
const HOW_MUCH_TIME = /\bhow much (?:weeks?|days?|months?|time)\b/g;
/**
 * A dose change or a start said as what happened or what comes first, in a question about something else ("increased
 * his oxycodone dose, when to review?", "what do I tell her before starting oxycodone?"): no dose asked for. Read
 * only when the question asks about follow-up or the conversation (WHEN_NOT_A_DOSE).
 */
const DOSE_CHANGED =
  /\b(?:(?:increas|rais|chang|adjust|titrat|reduc)(?:e|ed|es|ing)|upped|lowered|bumped(?: up)?)(?: (?:the|his|her|their))?(?: [a-z-]{1,20})? dose\b|\bdose (?:increases?|changes?|adjustments?|reductions?|titrations?)\b|\b(?:before|prior to) starting\b/g;
/**
 * Asked about follow-up, the pre-opioid conversation or drug testing: the question a dose change or a start leads to
 * ("drug screen before starting tramadol?").
 */
const WHEN_NOT_A_DOSE = new RegExp(
  String.raw`\b(?:reassess\w*|re-?evaluat\w*|review|follow[- ]?up|f\/u|how soon|when (?:do|should|to|can|must) (?:i |we )?(?:see|review|reassess|check)|see (?:him|her|them|pt) again|discuss\w*|counsel\w*|tell (?:him|her|them|the (?:patient|pt)|pt)|conversation|explain)\b|${DRUG_TESTING.source}`,
);
/** Words that make two drugs named together a question about the pair (an interaction), not about the pathway. */
const PAIR_CUE = /interact|together|combin|alongside|\bplus\b|\+|\bwith\b|\bsafe\b|at the same time|\bboth\b/;

/**
 * A guideline question that names a drug as its context, not as what is asked about: the guideline's answer wins.
 * - a procedure ("epidural steroids");
 * - a precise guideline question (a `specific` intent row: "skip duloxetine and start an opioid?", "is 40 mg of
 *   oxycodone a day opioid-tolerant?", "when do I see her again after starting duloxetine?") when no dose is asked;
 * - what to do after a drug failed ("paracetamol and codeine for months, no better: where do we go from here?"), with
 *   no dose given and, for two or more drugs, nothing that asks about the pair.
 */
const rulesOutPair = (line: AnswerLine): boolean =>
  line.label === 'Contraindicated' || /\b(?:not recommended|avoid)\b/i.test(line.text);

/** The guideline row on stopping opioids: never abruptly (CDC 2022). */
const NO_ABRUPT_TAPER = 'opioid.cdc-no-abrupt-taper';

/**
 * A drug class word asked alone ("nsaids?", "anti-inflammatories?", "SNRIs?"): the guideline's place for the class
 * (its row), not the class's safety lines. "nsaids in CKD?" and "nsaids dose?" stay with the drug answer.
 */
const BARE_CLASS_WORD = /^\s*(?:nsaids?|anti-?inflammator(?:y|ies)|snris?|gabapentinoids?)\s*(?:\?\s*)?$/;

/**
 * A drug asked to be added or started ("diazepam 5 bd ok to add for spasm?", "can I add diazepam?"): a question about
 * the new pair, whatever taper is said beside it, so a taper row never takes it from the pair's answer. Each row reads
 * its example and not its counter-example (test/answers/safety-lines.test.ts). Bounded windows: linear.
 */
export const ADD_ASKED_ROWS: readonly { side: 'before' | 'after'; re: RegExp; example: string; counter: string }[] = [
  {
    // the add said after the drug, in its clause: "diazepam 5 bd ok to add?", "diazepam - can we start it?"
    side: 'after',
    re: /^[^.;?\n]{0,30}?\b(?:to|can (?:i|we)|could (?:i|we)|should (?:i|we)|ok|okay) (?:add|start|prescribe|co-?prescribe)\b/,
    example: 'oxycodone 10 qid, we plan to taper. diazepam 5 bd ok to add for spasm?',
    counter: 'wants to stop the percocet and the diazepam this week, ok?',
  },
  {
    // the add said before the drug: "ok to add diazepam?", "start him on diazepam"
    side: 'before',
    re: /\b(?:add|adding|start|starting|prescribe|prescribing|co-?prescrib(?:e|ing))(?: (?:him|her|them))?(?: (?:on|in))?(?: (?:some|a|the))?\s*$/,
    example: 'refuses to taper the oxycodone 10 qid - ok to add diazepam 5 bd for spasm?',
    counter: 'tapering the oxycodone 10 qid, also on diazepam 5 bd - what next?',
  },
];

/** The drug at [start, end) is asked to be added or started. */
export function addAsked(lower: string, m: { start: number; end: number }): boolean {
  const before = lower.slice(Math.max(0, m.start - 30), m.start);
  const after = lower.slice(m.end, m.end + 40);
  return ADD_ASKED_ROWS.some((r) => r.re.test(r.side === 'before' ? before : after));
}

/**
 * The open case's facts bear on the drugs asked: they rule one out or change its dose (eGFR 22 and NSAIDs), or a
 * medicine the case takes pairs with one (warfarin and NSAIDs). A safety fact routes: the drug answer, with the case.
 */
function caseBearsOn(ctx: RouteContext, drugs: readonly DrugId[]): boolean {
  const open = openCaseContext(ctx);
  if (drugs.some((d) => patientStop(d, open) !== undefined || adjustmentApplies(d, open))) return true;
  const held = [...new Set(openCaseMedications(ctx).map((m) => m.drug))];
  return drugs.some((d) => held.some((h) => h !== d && interactionFindings([d, h]).length > 0));
}

function defersToGuideline(ctx: RouteContext): boolean {
  if (PROCEDURE.test(ctx.lower)) return true;
  // a class word asked alone: the guideline's row for the class, unless the open case rules the class out or adjusts it
  if (BARE_CLASS_WORD.test(ctx.lower)) return !caseBearsOn(ctx, [...new Set(mentions(ctx).map((m) => m.drug))]);
  const notDose = ctx.lower.replace(AFTER_DOSE_CHANGE, ' ').replace(DOSING_FREQUENCY, ' ').replace(HOW_MUCH_TIME, ' ');
  if (DOSE_WORDS.test(WHEN_NOT_A_DOSE.test(ctx.lower) ? notDose.replace(DOSE_CHANGED, ' ') : notDose)) return false;
  const found = mentions(ctx);
  // A named product with a label entry of its own (Duragesic, Anaprox, Gralise) is answered by the product's answer.
  const labelled = found.some((m) => productOf(m)?.entries[0]?.startsWith('label.'));
  // The best guideline row, when it is a specific one (a drug answer usually wins, so the other rows are not scored).
  // ... but a trial asked as a failure ("Anaprox DS one bd for 6 weeks, no help, failed?") is the trial's question
  const best = topSpecificIntent(ctx.lower);
  const top = labelled && !TRIAL_ROWS.has(best?.name ?? '') ? undefined : best;
  const dosed = found.some((m) => m.doseMg !== undefined || m.dailyMg !== undefined);
  const named = [...new Set(found.map((m) => m.drug))];
  // A safety fact routes, above any guideline row: two drugs the interaction table rules out together or carries a
  // boxed warning for ("duloxetine next step for a pt on phenelzine?": contraindicated; "on oxycodone plus diazepam,
  // keep going?": boxed warning) get the drug answer, which leads with the pair, never the guideline step that names
  // one of them. A warning (NSAID + duloxetine: GI bleeding) does not.
  // a drug said not taken ("duloxetine never tried") makes no pair (not-taken.ts)
  const taken = named.filter((d) => found.some((m) => m.drug === d && !notTakenAt(ctx.lower, m.start, m.end)));
  const findings = taken.length >= 2 ? interactionFindings(taken) : [];
  // ... unless the question is whether to stop them ("wants to stop the Percocet and the diazepam this week, OK?"):
  // then the harm is an abrupt stop, and the taper row leads.
  // A drug of the pair asked to be added is the pair's question, not the taper's ("we plan to taper; ok to add diazepam?").
  const stopping = (top?.ids.includes(NO_ABRUPT_TAPER) ?? false) && !found.some((m) => addAsked(ctx.lower, m));
  // ... and a stop wished of a drug that is no opioid ("he wants to stop the gabapentin, on oxycodone too"): the drug
  // answer says its own stopping rule and keeps its pairs (stop-wish.ts), not the opioid taper row
  // ("she doesn't want to stop the gabapentin, oxycodone ok with it?": a stop refused is no opioid taper either)
  if (found.some((m) => stopWished(ctx.lower, m) || stopKept(ctx.lower, m))) return false;
  // a gabapentinoid asked about for axial pain, an opioid only beside it ("... on oxycodone 10 qid too - stop it?"):
  // the axial answer (its taper, its dose, its pairs), not the opioid taper row
  if (axialGabapentinoidAsked(ctx.text, found, ctx.input.receivedAt)) return false;
  // a proposed increase of the opioid taken ("3-month review on hydrocodone 5 qid, go up to 10 qid?"): the MME now
  // and after, with the review rules, never the review row alone (opioid-increase.ts)
  // ... unless no dose is given and the no-gain row answers it ("3 month review on oxycodone, no functional gain, pt
  // asking to go up?": no higher dose, whatever the dose)
  const increase = proposedIncrease(questionText(ctx).toLowerCase(), found);
  const undosed =
    increase && !increase.proposed && increase.now.doseMg === undefined && increase.now.dailyMg === undefined;
  if (increase && !(undosed && top?.name === 'opioid-no-gain-increase')) return false;
  if (!stopping && findings.some((f) => f.severity === 'boxed-warning' || rulesOutPair(findingLine(f)))) return false;
  // Likewise a drug the question's own patient facts rule out ("eGFR 24, failed APAP. next: cymbalta or naproxen?",
  // "heavy drinker ... is duloxetine still the next step?"): the drug answer names it and why.
  if (questionRulesOut(ctx.lower, named)) return false;
  // "on duloxetine 8 weeks, still in pain, should I refer her?": the trial judged leads (trial-next.ts)
  if (reportsTrialForNext(ctx.lower, found)) return false;
  if (top?.patientLeads && patientFactsApply(ctx.lower, named, findings, dosed)) return false;
  if (top && !(top.ids.includes(NALOXONE_RISK.entry) && naloxoneRiskNamed(found))) return true;
  return !dosed && PATHWAY_QUESTION.test(ctx.lower) && (named.length === 1 || !PAIR_CUE.test(ctx.lower));
}

/**
 * For a row that gives a drug's place in the pathway (patientLeads): this question's own facts change the answer for
 * a named drug. A dose given (its MME), patient facts that adjust a named drug's dose ("eGFR 20 ... tramadol
 * instead?": every 12 h, at most 200 mg a day), or a medicine outside the pathway's options that a named drug
 * interacts with ("on sertraline, skip straight to tramadol?").
 */
function patientFactsApply(
  lower: string,
  named: readonly DrugId[],
  findings: readonly Finding[],
  dosed: boolean,
): boolean {
  if (dosed) return true;
  const facts = readContext(lower);
  if (hasContext(facts) && named.some((d) => adjustmentApplies(d, facts))) return true;
  const coMedicine = named.filter((d) => drugOptionOf(d) === undefined && drugNames(d).drugClass !== 'opioid');
  return findings.some((f) => coMedicine.some((d) => f.pair.includes(drugNames(d).generic)));
}

/**
 * "Does he need naloxone?" with the regimen that decides it: an opioid with a dose (its MME) or beside a drug of the
 * naloxone risk classes (a benzodiazepine). The drug answer works out the MME and gives the naloxone line when it
 * applies; the bare naloxone entry could not say whether it does.
 */
function naloxoneRiskNamed(found: readonly DrugMention[]): boolean {
  const classes: readonly string[] = NALOXONE_RISK.withDrugClasses;
  const opioids = found.filter((m) => drugNames(m.drug).drugClass === 'opioid');
  return (
    opioids.some((m) => m.doseMg !== undefined || m.dailyMg !== undefined) ||
    (opioids.length > 0 && found.some((m) => classes.includes(drugNames(m.drug).drugClass)))
  );
}

/**
 * Mid-case, the question naming no drug: an increase asked of the one opioid the case holds ("function no better. go
 * up to 10 tds?"), answered as if it were named (opioid-increase.ts caseOpioidIncrease).
 */
function caseIncrease(ctx: RouteContext): ReturnType<typeof caseOpioidIncrease> {
  if (!short(ctx) || mentions(ctx).length) return undefined;
  return caseOpioidIncrease(questionText(ctx).toLowerCase(), openCaseMedications(ctx));
}

/**
 * Mid-case, a choice asked with no guideline option named ("she's just started fluvoxamine - does that change which
 * one?"): the options judged against the case, never "fluvoxamine is not a pathway option" (either-option.ts).
 */
function caseChoice(ctx: RouteContext): boolean {
  return (
    activeRecord(ctx.state) !== undefined &&
    WHICH_OPTION.test(questionText(ctx).toLowerCase()) &&
    mentions(ctx).every((m) => drugOptionOf(m.drug) === undefined)
  );
}

export const drugRoute: Route = {
  name: 'answers.drug',
  matches: (ctx) =>
    (mentions(ctx).length > 0 && !defersToGuideline(ctx)) || caseIncrease(ctx) !== undefined || caseChoice(ctx),
  handle: (ctx) => {
    if (caseChoice(ctx)) {
      const drugs = activeRecord(ctx.state)?.facts.medications.map((m) => m.drug) ?? [];
      const lower = questionText(ctx).toLowerCase();
      return answer(ctx, caseChoiceMessage(lower, mentions(ctx), openCaseContext(ctx), drugs));
    }
    const held = caseIncrease(ctx);
    if (held)
      return answer(ctx, opioidIncreaseMessage(held, openCaseMedications(ctx), ctx.lower, [], openCaseContext(ctx)));
    // "didn't get to ask about bladder or saddle numbness, rest fine, ok to start naproxen?": not yet, those questions
    // first (reference section 6), then the drug's answer
    // "gabapentin for axial back pain, no leg sx?": the radicular branch's drug, with the axial options instead
    const axial = axialGabapentinoidMessage(ctx.text, mentions(ctx), ctx.input.receivedAt);
    const result = axial ? answer(ctx, axial) : drugAnswerResult(ctx);
    const gap = screenGapBeforeDrug(ctx.text, ctx.input.receivedAt);
    return gap ? { ...result, output: { messages: [gap, ...result.output.messages] } } : result;
  },
};

function drugAnswerResult(ctx: RouteContext): RouteResult {
  {
    // People outside the pathway's adults never reach here: dialogs/population-hold.ts answers them first.
    if (asksAboutAnActivity(ctx.lower)) return answer(ctx, drivingMessage(mentions(ctx)));
    const lower = questionText(ctx).toLowerCase();
    // one opioid swapped for another: never answered as a pair or as each drug alone (opioid-swap.ts)
    if (asksOpioidSwap(lower, mentions(ctx)))
      return answer(ctx, opioidSwapMessage(mentions(ctx), openCaseMedications(ctx)));
    // the opioid taken, its dose raised: the MME now and after, and what an increase asks for (opioid-increase.ts)
    const increase = proposedIncrease(lower, mentions(ctx));
    if (increase)
      return answer(
        ctx,
        opioidIncreaseMessage(increase, openCaseMedications(ctx), lower, mentions(ctx), openCaseContext(ctx)),
      );
    // "moving from gabapentin to pregabalin, overlap?": never the two together (gabapentinoid-switch.ts)
    const pair = gabapentinoidSwitchMessage(lower, mentions(ctx)) ?? pairQuestionMessage(lower, mentions(ctx));
    const message = withLeadLines(
      withRadicularScope(
        pair ??
          answerProductQuestion(lower, mentions(ctx), openCaseContext(ctx), openCaseMedications(ctx)) ??
          answerDrugQuestion(lower, mentions(ctx), openCaseContext(ctx)),
        questionText(ctx),
        ctx.input.receivedAt,
        mentions(ctx),
      ),
      [...describedLines(ctx), ...(companionCache.get(ctx) ?? []).map(companionDrugLine)],
    );
    // "Rx oxycodone 5 mg q6h, pt drinks most nights": the dose answer, then the pair with the class word.
    const classPair = pair ? undefined : classWordMessage(lower, mentions(ctx));
    if (classPair) return { state: ctx.state, output: { messages: [message, classPair] } };
    // A guideline row the patient's facts overrode (patientLeads): its own rule follows the drug answer, short.
    const row = topSpecificIntent(ctx.lower);
    const follow = row?.patientLeads && row.followIds ? row.followIds : [];
    if (!follow.length || !row) return answer(ctx, message);
    const rule = renderAnswer({ title: row.title, lines: entryLines(follow) });
    return { state: ctx.state, output: { messages: [message, rule] } };
  }
}

function drivingMessage(found: DrugMention[]): OutputMessage {
  const names = [...new Set(found.map((m) => drugNames(m.drug).generic))];
  return plain(
    `This pathway does not cover driving or operating machinery on ${names.join(' or ')}, so I have no advice on it from the pathway; check the drug label and local rules. For what the pathway says about the drug itself, ask e.g. "${names[0]} dose?".`,
  );
}

/**
 * A dose question about a drug the catalogue does not know: honest "not covered", never a dose. Scored only when a
 * drug-like word is named and no guideline topic matches (route-scores.ts); class nouns are guideline topics.
 */
export const unknownDrugRoute: Route = {
  name: 'answers.unknown-drug',
  matches: (ctx) => short(ctx) && DOSE_WORDS.test(ctx.lower),
  handle: (ctx) =>
    answer(
      ctx,
      plain(`That drug is not covered by this pathway, so I give no dose for it. The pathway covers ${COVERED_DRUGS}.`),
    ),
};

/** Red-flag questions: the headline states the level of urgency (reference section 6). */
export const redFlagRoute: Route = {
  name: 'answers.red-flags',
  matches: (ctx) => short(ctx) && isRedFlagQuestion(ctx.lower),
  handle: (ctx) => answer(ctx, redFlagMessage(ctx.text, ctx.input.receivedAt)),
};

/**
 * A drug question that also names red-flag signs of a patient ("history of cancer, duloxetine dose?", "is naproxen ok
 * with osteoporosis?"): the red flag and its level first, then what was asked about the drug. Only with no case open
 * and no patient outside the pathway's adults named (population-hold.ts lets a red-flag answer stand, never a dose).
 */
export const redFlagThenDrugRoute: Route = {
  name: redFlagRoute.name,
  matches: (ctx) => redFlagRoute.matches(ctx) && drugRoute.matches(ctx),
  handle: (ctx) => ({
    state: ctx.state,
    output: { messages: [...redFlagRoute.handle(ctx).output.messages, ...drugRoute.handle(ctx).output.messages] },
  }),
};

/** Signs of harm with the drug that causes it ("on tramadol and sertraline, now sweating and tremulous?"). */
export const harmRoute: Route = {
  name: 'answers.red-flags',
  matches: (ctx) => short(ctx) && harmMessage(ctx.text, mentions(ctx)) !== undefined,
  handle: (ctx) => answer(ctx, harmMessage(ctx.text, mentions(ctx)) ?? redFlagMessage(ctx.text, ctx.input.receivedAt)),
};

export const guidelineRoute: Route = {
  name: 'answers.guideline',
  matches: (ctx) => short(ctx) && (asksQuestion(ctx) || answerGuidelineQuestion(ctx.lower) !== undefined),
  handle: (ctx) => answer(ctx, answerGuidelineQuestion(ctx.lower) ?? notCoveredMessage()),
};

/** The route order before scoring (kept for callers that test one route's own match). */
export const answerRoutes: Route[] = [
  calculatorRoute,
  sourcesRoute,
  drugRoute,
  unknownDrugRoute,
  redFlagRoute,
  guidelineRoute,
];

/** The routes that help and the general fallback are (dialogs/router.ts owns them). */
export interface GeneralRoutes {
  help: Route;
  fallback: Route;
  isHelp(ctx: RouteContext): boolean;
}

/** The turn's signals, each computed once and only when a candidate asks (route-scores.ts RouteSignals). */
function signals(ctx: RouteContext, general: GeneralRoutes): RouteSignals {
  const once = <T>(f: () => T): (() => T) => {
    let done = false;
    let value: T;
    return () => {
      if (!done) {
        value = f();
        done = true;
      }
      return value;
    };
  };
  const isShort = short(ctx);
  // The guideline rules, the retrieval and the topic cues read misspelt topic words as spelt ("opiod criteria").
  const lower = isShort ? correctTopicTypos(ctx.lower) : ctx.lower;
  return {
    short: isShort,
    lower,
    isQuestion: isShort && asksQuestion(ctx),
    help: () => general.isHelp(ctx),
    calculator: once(() => asksCalculator(ctx)),
    listedTotals: once(() => !isShort && pastedListForTotals(ctx)),
    sources: once(() => SOURCES_QUESTION.test(ctx.lower) || reviewAsked(ctx.lower)),
    claim: once(() => claimVerdict(lower) !== undefined),
    drug: once(() => drugRoute.matches(ctx)),
    harm: once(() => mentions(ctx).length > 0 && harmRoute.matches(ctx)),
    redFlagSigns: once(() => short(ctx) && namesRedFlagSigns(ctx.text, ctx.input.receivedAt)),
    drugNames: once(() => [...new Set(mentions(ctx).map((m) => m.matched.toLowerCase()))]),
    intents: once(() =>
      scoreIntents(lower).map(({ intent, score }) => ({
        name: intent.name,
        score,
        example: intent.example,
        title: intent.title,
      })),
    ),
    search: once(() => searchGuideline(lower)),
    asksDose: once(() => DOSE_WORDS.test(ctx.lower)),
    caseDoses: once(() => {
      const record = activeRecord(ctx.state);
      if (!record || mentions(ctx).length) return undefined;
      return { label: record.label, drugs: caseDoseDrugs(record).map((d) => drugNames(d).generic.toLowerCase()) };
    }),
  };
}

const say = (name: string, message: (ctx: RouteContext) => OutputMessage): Route => ({
  name,
  matches: () => true,
  handle: (ctx) => answer(ctx, message(ctx)),
});

function routeFor(decision: Decision, s: RouteSignals, general: GeneralRoutes, hasOpenCase: boolean): Route {
  switch (decision.kind) {
    case 'fallback':
      return general.fallback;
    case 'not-covered':
      return say(guidelineRoute.name, () => notCoveredMessage());
    case 'did-you-mean':
      return say('answers.did-you-mean', () => didYouMeanMessage(decision.buttons, decision.lead));
    case 'answer':
      break;
  }
  const best = decision.best;
  switch (best.candidate) {
    case 'help':
      return general.help;
    case 'calculator':
      return calculatorRoute;
    case 'sources':
      return sourcesRoute;
    case 'drug':
      return drugRoute;
    case 'harm':
      return harmRoute;
    case 'red-flag': {
      // a statement of a patient's signs, not a question nor the red-flag topic ("no fever but has unexplained
      // weight loss"; not "cauda equina signs"): the fallback gives the same answer, then offers to start a case
      const topic = s.intents().some((i) => isRedFlagIntent(i.name));
      if (!s.isQuestion && !hasOpenCase && !topic) return general.fallback;
      // "red flag?", "urgent?" asks about the flag alone; a drug asked too is answered after it
      return s.drug() && !topic && !hasOpenCase && !populationsIn(s.lower).length ? redFlagThenDrugRoute : redFlagRoute;
    }
    case 'unknown-drug':
      return unknownDrugRoute;
    case 'claim': {
      const row = claimVerdict(s.lower);
      return say(guidelineRoute.name, () => (row ? claimMessage(row, s.lower) : notCoveredMessage()));
    }
    case 'uncovered': {
      const topic = uncoveredTopic(s.lower);
      return say(guidelineRoute.name, () => (topic ? uncoveredMessage(topic) : notCoveredMessage()));
    }
    case 'search':
      return say(guidelineRoute.name, () => searchAnswer(s.search()));
    case 'intent': {
      const name = best.answer.slice('intent:'.length);
      if (isRedFlagIntent(name)) return redFlagRoute;
      return say(
        guidelineRoute.name,
        (ctx) => intentAnswer(name, s.lower, ctx.input.receivedAt) ?? notCoveredMessage(),
      );
    }
  }
}

const isRedFlagIntent = (name: string) => GUIDELINE_INTENTS.find((i) => i.name === name)?.route === 'red-flags';

const START_CASE_TITLE = 'Start a case from this';

/** A question that also describes a patient, answered as a question: offer to start a case with its text. */
function withStartCase(route: Route, ctx: RouteContext, s: RouteSignals): Route {
  if (route.name === 'help' || route.name === 'fallback' || ctx.state.activeCase) return route;
  if (!offersCase(ctx.text, s.isQuestion)) return route;
  const start: SuggestedAction = { title: START_CASE_TITLE, value: `new case ${ctx.text}` };
  return {
    ...route,
    handle: (c) => {
      const result = route.handle(c);
      const [first, ...rest] = result.output.messages;
      if (!first) return result;
      const buttons = [...(first.suggestedActions ?? []).slice(0, 2), start];
      return { ...result, output: { messages: [{ ...first, suggestedActions: buttons }, ...rest] } };
    },
  };
}

/**
 * The quick answer for this turn: every candidate scored, the best answers; close candidates or a weak match that
 * names a guideline topic get "did you mean" buttons; "not covered" only when nothing the guideline knows is named.
 */
/** The scored decision for this turn's text (what chooseQuickRoute acts on; tests read it). */
export function quickDecision(ctx: RouteContext, general: GeneralRoutes): Decision {
  return decide(signals(ctx, general));
}

export function chooseQuickRoute(ctx: RouteContext, general: GeneralRoutes): Route {
  const s = signals(ctx, general);
  const decision = decide(s);
  const route =
    optionsLeftRoute(ctx, decision, s) ?? routeFor(decision, s, general, ctx.state.activeCase !== undefined);
  return withStartCase(withNoFigureLine(route, s), ctx, s);
}

/** A figure asked that neither source gives (no-figure.ts): said plainly before what the sources do say. */
function withNoFigureLine(route: Route, s: RouteSignals): Route {
  const rows = noFigureRows(s.lower);
  if (route.name === 'help' || !rows.length) return route;
  // "LFTs how often on duloxetine?": the drug's own answer (its liver and kidney lines), not the monitoring row
  const lead =
    route.name === guidelineRoute.name && rows.some((r) => r.drugLeads) && s.drugNames().length > 0 ? drugRoute : route;
  return {
    ...lead,
    handle: (c) => {
      const result = lead.handle(c);
      const [first, ...rest] = result.output.messages;
      if (!first) return result;
      return { ...result, output: { ...result.output, messages: [withNoFigure(first, s.lower), ...rest] } };
    },
  };
}

/** Answers that a safety reading of their own outranks (a red flag, signs of harm, a calculation, a claim do not). */
const YIELDS_TO_OPTIONS: ReadonlySet<string> = new Set(['drug', 'intent', 'search', 'unknown-drug']);

/**
 * "Which first-line drug is left?" with facts that rule options out: each guideline option judged for this patient
 * (options-left.ts), in place of the bare guideline step or a single drug's answer. A safety fact routes.
 */
function optionsLeftRoute(ctx: RouteContext, decision: Decision, s: RouteSignals): Route | undefined {
  if (!s.short) return undefined;
  if (decision.kind === 'answer' && !YIELDS_TO_OPTIONS.has(decision.best.candidate)) return undefined;
  if (decision.kind === 'fallback') return undefined;
  const lower = questionText(ctx).toLowerCase();
  // mid-case, a question that adds facts of its own ("eGFR 28, sorry. What does that leave?") updates the case first:
  // the fallback's case answer, not this one
  if (ctx.state.activeCase && (decision.kind !== 'answer' || hasContext(readContext(lower)))) return undefined;
  const message = optionsLeftMessage(lower, openCaseContext(ctx));
  return message ? say(guidelineRoute.name, () => message) : undefined;
}
