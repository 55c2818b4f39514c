import { capital } from '../capital.js';
import type { OutputMessage } from '../turn-types.js';
import { plain, renderAnswer, type AnswerLine } from './answer-message.js';
import { regimenMme, regimenMmeLines } from './calculator-answers.js';
import { MME_LIMITS } from '../../src/clinical/calculators/clinical-params.js';
import { OPTION_GUIDELINE_LINE } from '../../src/clinical/knowledge/option-rules.js';
import { fmt } from './number-format.js';
import { caseInteractionConditions, caseInteractionLines, conditionsNamed } from './case-interactions.js';
import { ACETAMINOPHEN_ALONE, DRUG_PLANS, type DrugPlan } from './drug-plans.js';
import {
  adjustmentApplies,
  adjustmentLines,
  adjustmentNoted,
  adjustmentQuestion,
  appliedAdjustmentLines,
  notForPatient,
} from './adjustment-lines.js';
import { doseCheckMessage } from './dose-check-answer.js';
import {
  afterRuleLines,
  type Finding,
  findingLine,
  interactionFindings,
  NOT_CHECKED,
  strictestHeadline,
} from './interactions.js';
import { NON_POSITIVE_REASON, nonPositiveDose, unclearDose, UNCLEAR_DOSE_ASK } from './non-positive-dose.js';
import { entryLine } from './knowledge-lines.js';
import { NALOXONE_RISK, naloxoneLabel, naloxoneReasons } from '../../src/clinical/knowledge/mme-factors.js';
import { taperRuleFor } from '../../src/clinical/knowledge/case-readings.js';
import { washoutDaysAfterStop } from '../../src/clinical/knowledge/option-rules.js';
import { drugClassOf, isHeld } from '../../src/clinical/case/medication-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/index.js';
import { NOT_AFTER_ORGAN } from '../../src/clinical/language/condition-failure.js';
import { turnReceivedAt } from '../../src/clinical/language/shared-readings.js';
import { asksWhatToOffer } from '../../src/clinical/language/offer-question.js';
import { heldWhenPlanned, plannedChangeAt } from '../../src/clinical/language/planned-change.js';
import { COPD } from '../../src/clinical/language/concepts.js';
import {
  combinationByBrand,
  combinationByOpioid,
  dosingFor,
  drugNames,
  findDrugs,
  isDosedDrug,
  type DrugId,
  type DrugMention,
  type NamedProduct,
  productOf,
} from './ports.js';
import {
  drugOptionOf,
  hasContext,
  readContext,
  reasonsOfDrugs,
  withQuestion,
  withQuestionRules,
  type QuestionContext,
  questionPairChecks,
} from './question-context.js';
import { drugTitle, joinCombinations, labelBoxedWarning, naloxoneLine } from './tablet-mme.js';
import { ASKS_TRIAL_VERDICT, trialDoseVerdict } from './trial-verdict.js';
import { uncheckedPartners } from './unchecked-partner.js';
import { withAspirinDose } from './aspirin-dose.js';
import { notTakenAt, saidNotTaken } from './not-taken.js';
import { stopWishLines } from './stop-wish.js';
import { nextAfterTried, nextOption, type NextOption, patientStop, ruledOutReason, uniqueText } from './next-option.js';
import { switchMessage } from './class-switch.js';
import { naloxoneMessage } from './naloxone-answer.js';
import { eitherLines, eitherRow } from './either-option.js';
import { newStartNote } from './new-start.js';
import { trialNextMessage } from './trial-next.js';
import { offGuidelineNext } from './off-guideline-trial.js';

/**
 * Quick drug questions: dosing, dose checks, adjustments, interactions, avoid and not-covered answers. One short
 * message; numbers only ever come from knowledge entries or the structured dosing data.
 */
/** "starting" asks a dose ("starting dose?", "starting oxycodone 5 mg?"), not when it starts a thing ("starting a
 * morphine-type painkiller - what to screen?", "starting him on it").
 */
export const DOSE_WORDS =
  /\b(?:dose|doses|dosing|dosage|how much|max(?:imum)?|titrat\w*|starting(?! (?:an?|him|her|them|the|this|that) ))\b/;

/** "celecoxib instead of naproxen?", "duloxetine vs pregabalin": a choice between drugs, not a combination. */
const COMPARE =
  /\b(?:instead|versus|vs\.?|compared?|comparison|switch(?:ing)?|change (?:from|to)|better|rather than|or)\b/;

/** Words that make it a combination question even when "or" appears ("tramadol or oxycodone with diazepam?"). */
const COMBINE =
  /interact|together|combin|\bplus\b|\+|(?<!\b(?:start|begin|go|stick|start off|lead)\s)\bwith\b|\band\b|\badd(?:ing|ed)?\b|\bon\b/;

const ALONE = /\b(?:alone|monotherapy|on (?:its|it's) own|by itself|only|just)\b/;

export const COVERED_DRUGS =
  'duloxetine, NSAIDs (naproxen, ibuprofen), tramadol, gabapentin and pregabalin (radicular pain), acetaminophen as an adjunct';

/**
 * Words that ask about buying without a prescription (clinical-reference.md section 2: "OTC Aleve ... without a
 * prescriber"). With a naproxen sodium product named, the OTC limit (OTC_ENTRY) is shown beside its conversion.
 * Each row reads its example (test/answers/followups.test.ts).
 */
export const OTC_WORDS: readonly { re: RegExp; example: string }[] = [
  { re: /\botc\b/, example: 'naproxen sodium otc max?' },
  { re: /\bover[- ]the[- ]counter\b/, example: 'over the counter naproxen sodium limit?' },
  {
    re: /\bwithout (?:a |any )?(?:prescription|prescriber|script|rx)\b|\bnon-?prescription\b/,
    example: 'how much anaprox can he take without a prescription?',
  },
  {
    re: /\b(?:from|at|in) (?:the |a )?(?:chemist|pharmacy|drugstore|drug store|supermarket)\b/,
    example: 'naproxen sodium bought from the chemist - max a day?',
  },
];
/** The OTC naproxen sodium limit's entry (named-products.ts: Aleve's own entries). */
export const OTC_ENTRY = 'label.aleve-otc';

export const asksOtc = (lower: string): boolean => OTC_WORDS.some((w) => w.re.test(lower));

/** A naproxen sodium product's entries, with the OTC limit added when the question asks about buying it OTC. */
export function withOtcEntry(ids: readonly string[], product: NamedProduct | undefined, lower: string): string[] {
  const otc = product?.kind === 'naproxen-sodium' && asksOtc(lower) && !ids.includes(OTC_ENTRY);
  return otc ? [...ids, OTC_ENTRY] : [...ids];
}

/** "Percocet (oxycodone)": kept beside the answers that import it from here. */
export { drugTitle };

/** The class named by a class word ("NSAIDs", "anti-inflammatories"), not a drug of the class. */
const NSAID_CLASS_WORD = /^(?:nsaids?|anti-?inflammator(?:y|ies)|antiinflammatories)$/;

/**
 * An NSAID other than naproxen or ibuprofen, named ("meloxicam"): the guideline gives it no dose of its own. A class
 * word ("anti-inflammatories ok with CKD?") is the class, whose lines follow.
 */
function otherNsaidLine(mention: DrugMention | undefined): AnswerLine | undefined {
  if (mention?.drug !== 'other-nsaid' || NSAID_CLASS_WORD.test(mention.matched.toLowerCase())) return undefined;
  return {
    text: `The guideline gives no dose for ${mention.matched.toLowerCase()}; its NSAID examples are naproxen and ibuprofen.`,
  };
}

/** A plan's lines that start the drug ("Add duloxetine 30 mg daily..."): never said when stopping it is the question. */
const STARTING_LINE = /^(?:escalation|radicular|opioid\.gate|opioid\.framework)\./;
const stoppingPlan = (plan: DrugPlan): DrugPlan => ({
  ...plan,
  lines: plan.lines.filter(([id]) => !STARTING_LINE.test(id)),
});

/**
 * Mid-case, duloxetine's radicular line is shown only when the case has radicular pain; with no case open the
 * general answer keeps it (guideline: duloxetine "even more appropriate" with a radicular component [1][2]).
 */
function planLines(plan: DrugPlan, ctx: QuestionContext = {}): AnswerLine[] {
  const notRadicularCase = ctx.caseRadicular !== undefined && ctx.caseRadicular !== 'yes';
  return plan.lines
    .filter(([id]) => !(notRadicularCase && id === 'radicular.duloxetine'))
    .map(([id, label]) => entryLine(id, label));
}

/** `known`: facts of the open case (age, kidney, liver) to apply when the question does not give its own. */
/** `tried`: drugs the question says have failed, never stepped up to. */
export function answerDrugQuestion(
  lower: string,
  typed: DrugMention[],
  known: QuestionContext = {},
  tried: readonly DrugId[] = [],
): OutputMessage {
  // "oxycodone/acetaminophen": one combination product of the opioid (tablet-mme.ts joinCombinations).
  const mentions = joinCombinations(lower, typed);
  // a dose said two ways that disagree is asked, whatever the drug (an opioid's MME depends on it too)
  const unclear = mentions.find((m) => unclearDose(lower, m));
  if (unclear) return plain(`${drugTitle(unclear.drug, unclear.matched)}: ${UNCLEAR_DOSE_ASK}`);
  // Only a dosed drug's amount is judged: an avoid drug with any amount still gets its "avoid".
  for (const m of mentions.filter((x) => DRUG_PLANS[x.drug].kind === 'dose')) {
    const amount = nonPositiveDose(lower, m);
    if (amount)
      return plain(
        `${drugTitle(m.drug, m.matched)} ${amount}: ${NON_POSITIVE_REASON} No recommendation was computed from it.`,
      );
  }
  // "6 weeks on duloxetine, still sore, refer?": the trial judged, the next option and when to refer (trial-next.ts)
  const trialCtx = patientContext(lower, known);
  const trialNext = trialNextMessage(lower, mentions, trialCtx, heldBy(mentions, trialCtx));
  if (trialNext) return trialNext;
  // "on oxycodone 5 q6h, failed duloxetine and naproxen. tramadol next?": tramadol is not added on top of another
  // opioid taken now (the case's rule, option-status.ts otherOpioidInUse): a safety fact routes
  const onOpioid = tramadolOnOpioidMessage(lower, mentions, known.caseOpioids);
  if (onOpioid) return onOpioid;
  // "oxycodone 5 bd - does he need naloxone? no benzos, no SUD": the reference's naloxone rule (naloxone-answer.ts)
  const naloxone = naloxoneMessage(lower, mentions);
  if (naloxone) return naloxone;
  const drugs = [...new Set(mentions.map((m) => m.drug))];
  // "keen to come off the pregabalin - anything to know?": the stop wished is the question (stop-wish.ts)
  const stopping = drugs.length === 1 ? stopWishLines(mentions, lower) : [];
  if (stopping.length) {
    return renderAnswer({
      title: `${drugTitle(drugs[0]!, mentions[0]!.matched)}: ${taperRuleFor(drugs[0]!) ? 'taper when stopping' : 'stopping'}`,
      lines: uniqueText([
        ...stopping,
        ...planLines(stoppingPlan(DRUG_PLANS[drugs[0]!]), patientContext(lower, known)).slice(0, 1),
      ]),
    });
  }
  // "failed APAP. next: cymbalta or naproxen?": the failed drug is history, not one of the choices. One still taken
  // ("tried sertraline - still on it") stays, for its interactions; neither is ever the next option.
  // "naproxen 500 bd 6 weeks no help. duloxetine next?": a trial read as failed, another drug asked and not added to it
  const failed = NEXT_STEP_QUESTION.test(lower)
    ? failedDrugs(lower, mentions)
    : ADDED_TO.test(lower)
      ? []
      : switchAsked(readFailed(lower, mentions), mentions);
  const stopped = failed.filter((d) => !stillTaken(lower, mentions, d));
  if (stopped.length && drugs.length > stopped.length) {
    const choices = mentions.filter((m) => !stopped.includes(m.drug));
    // "failed ibuprofen, switch to naproxen?": the option is judged by the trial actually taken (class-switch.ts)
    const ctx = patientContext(lower, known);
    // "duloxetine 60 x 8 weeks, no relief: switch to naproxen?": the option asked, checked against the order and patient
    const switched = switchMessage({
      lower,
      mentions,
      failed: stopped,
      asked: choices,
      ctx,
      held: heldBy(mentions, ctx),
    });
    if (switched) return switched;
    return answerDrugQuestion(lower, choices, known, [...tried, ...failed]);
  }
  // "couldn't tolerate duloxetine - ok to go straight to tramadol?", "stopped the sertraline last month, can I start
  // duloxetine?": a drug no longer taken makes no interaction pair; the answer is the asked drug's dose and gate.
  // "not on aspirin", "stopped aspirin 81 last month": a name said as not taken now (not-taken.ts) is no pair either.
  const negated = drugs.filter((d) => saidNotTaken(lower, d, mentions));
  const gone = drugs.length >= 2 ? [...new Set([...notTakenNow(lower, mentions, drugs), ...negated])] : [];
  if (gone.length && drugs.length > gone.length) {
    const asked = mentions.filter((m) => !gone.includes(m.drug));
    return answerDrugQuestion(lower, asked, known, [...tried, ...failed, ...gone]);
  }
  const history = [...tried, ...failed];
  // A failed drug still taken makes it a combination: its interactions with each choice are said.
  const held = failed.length > stopped.length;
  // "switching to apixaban next week. naproxen ok?": a co-medication's change planned is held, never one of the choices
  const changing = mentions.some(
    (m) => drugOptionOf(m.drug) === undefined && plannedChangeAt(lower, m.start, m.end) !== undefined,
  );
  if (drugs.length >= 2 && COMPARE.test(lower) && !COMBINE.test(lower) && !held && !changing)
    return comparisonMessage(drugs, mentions, patientContext(lower, known), history);
  // "she won't stop the warfarin. naproxen or duloxetine?", "on warfarin - naproxen or duloxetine?": a choice between
  // pathway options with a co-medication taken; the choice is answered, each option's pairs with it said after
  const choice = optionChoice(lower, mentions);
  const choiceCtx = patientContext(lower, known);
  // an option ruled out by the co-medication or the patient ("on phenelzine ... duloxetine or tramadol?") keeps the
  // combination's answer, which routes to the next option
  if (choice && !held && choice.every((d) => !patientStop(d, choiceCtx))) {
    const coMeds = drugs.filter((d) => drugOptionOf(d) === undefined);
    const pairs = uniqueText(choice.flatMap((d) => interactionFindings([d, ...coMeds]).map(findingLine)));
    return comparisonMessage(choice, mentions, choiceCtx, history, pairs);
  }
  const adjunct = acetaminophenAdjunct(drugs, mentions, lower, patientContext(lower, known));
  if (adjunct) return adjunct;
  // "tried amitriptyline - no benefit, also failed naproxen. next?": every drug named failed, one the guideline does not
  // name; its next step past them all, not the pair's "not checked"
  const offDrug =
    drugs.length >= 2 && stopped.length === drugs.length
      ? mentions.find((m) => DRUG_PLANS[m.drug].kind === 'not-covered')
      : undefined;
  const offAnswer = offDrug && offGuidelineMessage(lower, offDrug, patientContext(lower, known), history, (l) => l);
  if (offAnswer) return offAnswer;
  if (drugs.length >= 2)
    return interactionMessage(drugs, mentions, DOSE_WORDS.test(lower), lower, patientContext(lower, known), history);
  const mention = mentions[0]!;
  const drug = mention.drug;
  const title = drugTitle(drug, mention.matched);
  const partners = drugs.length === 1 ? uncheckedPartners(lower, mentions) : [];
  const dosed = mention.doseMg !== undefined || mention.dailyMg !== undefined;
  // A dose check asked with the pair ("on lisinopril + HCTZ, ok for naproxen 500 bid? interactions?") keeps its check;
  // the pair's "not checked" line joins it.
  const context = patientContext(lower, known);
  // With patient facts the answer below applies them and carries the pair's "not checked" line (a safety fact routes).
  if (partners.length && !(dosed && isDosedDrug(drug)) && !hasContext(context))
    return uncheckedPairMessage(drug, title, partners, context);
  let plan = DRUG_PLANS[drug];
  if (drug === 'acetaminophen' && ALONE.test(lower) && mention.doseMg === undefined) plan = ACETAMINOPHEN_ALONE;
  const pairLines = partners.length ? [uncheckedPairLine(title, partners)] : [];
  const withCase = withCaseLines([...caseInteractionLines(drug, context), ...pairLines]);
  switch (plan.kind) {
    case 'avoid':
      return renderAnswer({
        title: `${title}: ${drug === 'acetaminophen' ? 'not alone' : 'avoid'}`,
        lines: withCase(planLines(plan)),
      });
    case 'not-covered': {
      // "on amitriptyline 10 for months, no better, next?": no dead end; the guideline's next step (off-guideline-trial.ts)
      const offGuideline = offGuidelineMessage(lower, mention, context, tried, withCase);
      if (offGuideline) return offGuideline;
      return renderAnswer({
        title: `${title}: not covered by this pathway`,
        lines: withCase([
          { text: `This pathway gives no dose for ${drugNames(drug).generic}. It covers ${COVERED_DRUGS}.` },
          ...planLines(plan),
        ]),
      });
    }
    case 'opioid':
      return renderAnswer({
        title: `${title}: no dose from this pathway; opioids are a last resort`,
        lines: withCase(
          uniqueText([...withNaloxoneAsked(regimenMmeLines(mentions, lower), lower), ...planLines(plan)]),
        ),
        suggestedActions: [{ title: 'MME calculator', value: `MME ${drugNames(drug).generic.split(' ')[0]} ` }],
      });
    case 'dose':
      break;
  }
  if (isDosedDrug(drug) && (mention.doseMg !== undefined || mention.dailyMg !== undefined)) {
    // "ibuprofen 200 mg x2 when bad - NSAID failure?": the dose against the adequate dose leads; one below it per dose
    // needs no frequency to say the trial was not adequate.
    const verdict = ASKS_TRIAL_VERDICT.test(lower) ? trialDoseVerdict(mention) : undefined;
    if (verdict?.below && mention.timesPerDay === undefined)
      return renderAnswer({
        title: verdict.title,
        lines: withCase([verdict.line, entryLine('reading.adequate-trial'), ...planLines(plan, context).slice(0, 1)]),
      });
    // Ruled out for this patient: the guideline's next option follows (an option rule's reason joins the title).
    const stop = patientStop(drug, context)
      ? {
          reason: notForPatient(drug, context) ? undefined : ruledOutReason(drug, context),
          next: nextOption(context, [drug], history, heldBy(mentions, context)),
        }
      : undefined;
    if (verdict)
      return doseCheckMessage(drug, title, mention, context, (lines) => withCase([verdict.line, ...lines]), stop);
    return doseCheckMessage(
      drug,
      title,
      mention,
      context,
      withCase,
      stop,
      stop ? undefined : newStartNote(lower, mention),
    );
  }
  // The open case rules the drug out (option-rules.ts): the guideline's line stays, marked as not for this patient.
  const ruledOut = ruledOutReason(drug, context);
  const lines = planLines(plan, context).map((l) =>
    ruledOut && l.label?.startsWith('Guideline') ? { ...l, label: `${l.label}, not for this patient` } : l,
  );
  // A named product's own facts after the guideline's first line ("ultracet max?", "aleve otc?").
  lines.splice(1, 0, ...productFactLines(mention, lower).filter((l) => !lines.some((x) => x.text === l.text)));
  const unnamed = otherNsaidLine(mention);
  if (unnamed) lines.unshift(unnamed);
  // A class rule (NSAIDs in cirrhosis or heart failure) reaches an NSAID with no dosing record of its own too.
  const adjusted = adjustmentLines(drug, context);
  if (adjusted.length) {
    // The label's "avoid" for this patient comes first, in the title (clinical-reference.md section 2).
    const stop = notForPatient(drug, context);
    const heading = stop
      ? `not for this patient (${stop.text.replace(/\.$/, '')})`
      : ruledOut
        ? `not for this patient (${ruledOut})`
        : adjustmentApplies(drug, context)
          ? 'adjusted for this patient'
          : (adjustmentQuestion(drug, context) ??
            (adjustmentNoted(drug, context)
              ? 'a safety note for this patient, no dose change'
              : 'no adjustment listed for this patient'));
    const next = nextOption(context, [drug], history, heldBy(mentions, context));
    return renderAnswer({
      title: `${title}: ${heading}${next.title}`,
      // a drug ruled out keeps its reason and the guideline's first line; the next option follows
      lines: withCase([...adjusted, ...lines.slice(0, next.lines.length ? 1 : 2), ...next.lines]),
    });
  }
  // An interaction with the case's medicines that names a condition the case has (opioid + gabapentinoid, COPD) leads.
  const warned = caseInteractionConditions(drug, context);
  const caseWarning = warned.length
    ? `${title}: interaction with case ${context.caseLabel ?? ''}'s medicines (case has ${warned.join(', ')})`.replace(
        " 's",
        "'s",
      )
    : title;
  const next = ruledOut ? nextOption(context, [drug], history, heldBy(mentions, context)) : undefined;
  return renderAnswer({
    title: ruledOut ? `${title}: not for this patient (${ruledOut})${next?.title ?? ''}` : caseWarning,
    lines: withCase(next?.lines.length ? [...lines.slice(0, 1), ...next.lines] : lines),
  });
}

/**
 * The patient facts an answer applies: the question's own (with the options its co-medications rule out), else the
 * open case's.
 */
function patientContext(lower: string, known: QuestionContext): QuestionContext {
  return withQuestionRules(withQuestion(known, readContext(lower)), lower);
}

/** The medicines the patient takes: the non-pathway drugs the question names and those the open case holds. */
/** Tramadol asked as an addition or the next step ("can I add", "start", "next?", "on top"); "tramadol and methadone" alone is the pair's question. */
const ADD_OR_NEXT = /\b(?:add|adding|added|start|starting|next|on top|as well|also|trial of|try|give)\b/;

/** Two drugs set side by side as a choice: "tramadol or oxycodone", "tramadol vs morphine". */
const CHOICE_BETWEEN = /^[\s,]*(?:or|vs\.?|versus|or rather)[\s,]*$/;

/** A switch or rotation to tramadol ("switch her oxycodone to tramadol") stops the other opioid: not an add-on. */
const SWITCH_TO = /\b(?:switch\w*|chang\w*|swap\w*|rotat\w*|convert\w*|instead|replac\w*|wean\w*|taper\w*)\b/;

/**
 * Tramadol asked about while another opioid is taken now (not stopped, not failed and stopped, not a companion's:
 * `mentions` holds the patient's own): the guideline's tramadol step comes before other opioids, so it is not added
 * on top (the case reads the same: option-status.ts otherOpioidInUse). The title names the opioid taken, and the MME
 * with tramadol added when it reaches the reassess threshold (reference section 4). Undefined otherwise.
 */
function tramadolOnOpioidMessage(
  lower: string,
  mentions: readonly DrugMention[],
  inCase?: QuestionContext['caseOpioids'],
): OutputMessage | undefined {
  const tramadol = mentions.find((m) => m.drug === 'tramadol' && !notTakenAt(lower, m.start, m.end));
  if (!tramadol || SWITCH_TO.test(lower) || !ADD_OR_NEXT.test(lower)) return undefined;
  // "tramadol or oxycodone with diazepam?": a choice between them, not an add-on (the comparison answers it)
  const choice = mentions.some((m) => {
    const [a, b] = m.start < tramadol.start ? [m, tramadol] : [tramadol, m];
    return m !== tramadol && CHOICE_BETWEEN.test(lower.slice(a.end, b.start));
  });
  if (choice) return undefined;
  const failed = NEXT_STEP_QUESTION.test(lower) ? failedDrugs(lower, mentions) : [];
  const gone = new Set([
    ...failed.filter((d) => !stillTaken(lower, mentions, d)),
    ...notTakenNow(lower, mentions, [...new Set(mentions.map((m) => m.drug))]),
  ]);
  const opioids = mentions.filter(
    (m) =>
      m.drug !== 'tramadol' &&
      drugClassOf(m.drug) === 'opioid' &&
      !gone.has(m.drug) &&
      !notTakenAt(lower, m.start, m.end),
  );
  // the open case's opioids taken now (methadone from the clinic) when the question names none: tramadol on top of them
  const caseNames = opioids.length ? [] : (inCase?.names.filter((n) => n !== 'tramadol') ?? []);
  if (!opioids.length && !caseNames.length) return undefined;
  const title = (m: DrugMention): string => {
    const t = drugTitle(m.drug, m.matched);
    return m.matched.toLowerCase() === drugNames(m.drug).generic.toLowerCase() ? t.toLowerCase() : t;
  };
  const names = caseNames.length ? caseNames.join(' and ') : [...new Set(opioids.map(title))].join(' and ');
  const {
    lines: mme,
    total,
    both,
  } = caseNames.length
    ? withCaseMme(regimenMme([tramadol], lower), names, inCase?.mme)
    : questionMme(opioids, tramadol, lower);
  const limit =
    total === undefined || total < MME_LIMITS.reassess
      ? undefined
      : total >= MME_LIMITS.avoid
        ? `>= ${MME_LIMITS.avoid}: avoid or carefully justify; offer naloxone`
        : `>= ${MME_LIMITS.reassess}: reassess; offer naloxone`;
  const withIt = limit ? `; ${both ? 'with it' : 'taken now'} ${fmt(total!)} MME/day (${limit})` : '';
  // the other drugs' findings with tramadol and the opioid (a benzodiazepine: the boxed warning, said in the title)
  const taken = [...new Set(mentions.map((m) => m.drug))].filter((d) => !gone.has(d));
  const findings = labelBoxedWarning(interactionFindings(taken).map(findingLine));
  const boxed = findings.some((l) => l.label === 'Boxed warning') ? '; boxed warning: opioid + benzodiazepine' : '';
  return renderAnswer({
    title: `Tramadol: not on top of ${names}, an opioid taken now${boxed}${withIt}`,
    lines: uniqueText([
      ...findings.filter((l) => l.label === 'Boxed warning'),
      {
        text: `Tramadol is an opioid too: added to ${names} it makes two opioids at once. The guideline's tramadol step comes before other opioids; with an opioid already taken, review that opioid instead.`,
      },
      entryLine(OPTION_GUIDELINE_LINE.tramadol, 'Guideline'),
      entryLine('opioid.framework.reassess'),
      ...mme,
      ...findings,
      ...[naloxoneLine(total, taken)].filter((l): l is AnswerLine => l !== undefined),
    ]),
  });
}

/** The question's opioids with tramadol added, else (tramadol with no dose) the MME of what is taken now. */
function questionMme(
  opioids: readonly DrugMention[],
  tramadol: DrugMention,
  lower: string,
): { lines: AnswerLine[]; total?: number; both: boolean } {
  const both = regimenMme(
    [...opioids, tramadol].sort((a, b) => a.start - b.start),
    lower,
  );
  // tramadol with no dose: the MME of what is taken now, never a part total passed off as the whole
  return both.total !== undefined ? { ...both, both: true } : { ...regimenMme(opioids, lower), both: false };
}

/**
 * Tramadol on top of the case's opioids: the case's MME/day (its own lines), then the combined figure when both are
 * known; else the case's alone, never tramadol's part passed off as the whole.
 */
function withCaseMme(
  tramadol: { lines: AnswerLine[]; total?: number },
  names: string,
  caseMme: number | undefined,
): { lines: AnswerLine[]; total?: number; both: boolean } {
  if (caseMme === undefined)
    return {
      lines: [{ text: `MME/day of ${names} taken now: not computable from the case (dose or frequency missing).` }],
      both: false,
    };
  const taken: AnswerLine = { text: `Taken now: ${names}, ${fmt(caseMme)} MME/day (case).` };
  if (tramadol.total === undefined) return { lines: [taken], total: caseMme, both: false };
  const total = caseMme + tramadol.total;
  return {
    lines: [taken, ...tramadol.lines, { text: `Combined with tramadol: ${fmt(total)} MME/day.` }],
    total,
    both: true,
  };
}

/**
 * A drug the guideline does not name, said taken without benefit: what the guideline does not say, its next step
 * for this patient, and the drug's listed pairs (off-guideline-trial.ts). Undefined when no lack of benefit is said.
 */
function offGuidelineMessage(
  lower: string,
  mention: DrugMention,
  context: QuestionContext,
  tried: readonly DrugId[],
  withCase: (lines: AnswerLine[]) => AnswerLine[],
): OutputMessage | undefined {
  const found = offGuidelineNext(lower, mention.drug, mention.matched.toLowerCase(), context, tried);
  if (!found) return undefined;
  return renderAnswer({
    title: `${drugTitle(mention.drug, mention.matched)}: not in the guideline for back pain${found.next.title}`,
    lines: withCase(uniqueText([found.lead, ...found.next.lines, ...planLines(DRUG_PLANS[mention.drug])])),
  });
}

function heldBy(mentions: readonly DrugMention[], ctx: QuestionContext): DrugId[] {
  return [...new Set([...mentions.map((m) => m.drug).filter((d) => !drugOptionOf(d)), ...(ctx.caseDrugs ?? [])])];
}

/**
 * A question about what comes next ("failed APAP, next: cymbalta or naproxen?", "is duloxetine still the next
 * step?"). (Heart, kidney or liver failure is a condition, not a failed drug.)
 */
export const NEXT_STEP_QUESTION = new RegExp(
  String.raw`how long|how often|before switching|${NOT_AFTER_ORGAN}\bfail(?:s|ed|ure)?\b|didn'?t (?:work|help)|not (?:working|helping)|what (?:now|next)|next step|where (?:do|can|should) (?:we|i) go|no better\b|\b(?:switch|change|swap|move|rotate)(?: (?:her|him|them|pt|the patient))? (?:over )?(?:to|onto)\b`,
);

/**
 * A drug said to have failed or been tried ("failed APAP", "tried paracetamol", "naproxen didn't help"). Each row
 * reads the words on one side of the drug's name (test/answers/next-step.test.ts).
 */
const FAILED_BEFORE =
  /\b(?:failed|tried|after|despite|no better (?:on|with)|not helped by)(?: (?:a|an|the|on|with|trial of|course of|regular))?\s*$/;
/** A regimen said between the drug and its outcome ("ibuprofen 600 tds x 6/52 didn't help"). */
const FAILED_AFTER =
  /^\s*(?:\d[\d.]*\s?(?:mg\s?)?(?:(?:bd|bid|tds|tid|qds|qid|od|daily|prn|nocte)\s?)?(?:(?:x|for) \d[\d/]*(?: ?(?:days?|weeks?|wks?|months?))?\s?)?(?:[-,;]\s?)?)?(?:has |have |had )?(?:failed|didn'?t (?:work|help)|did not (?:work|help)|not (?:working|helping)|no (?:help|good|better)|ineffective)\b/;

/** Outside a turn (tests): the reading date does not matter here, only the medications' stop and outcome are read. */
const EPOCH = '1970-01-01T00:00:00.000Z';

/**
 * Drugs the question says were stopped or not tolerated, read as the case reader reads them (stopped.ts, the outcome
 * rows): not taken now and not held, so no interaction with them is current. Said with a still-held co-medication
 * (an SSRI not said stopped) the drug stays.
 */
function notTakenNow(lower: string, mentions: readonly DrugMention[], drugs: readonly DrugId[]): DrugId[] {
  const meds = extractCaseFacts(lower, turnReceivedAt() ?? EPOCH).patch.medications ?? [];
  return drugs.filter((d) => {
    // An MAOI stays: its rule runs on for 14 days after the last dose ("or within 14 days", clinical-reference.md
    // section 2), and the line says so.
    if (drugClassOf(d) === 'maoi') return false;
    const said = meds.filter((m) => m.drug === d);
    if (!said.length || !said.every((m) => (m.stopped === true || m.outcome === 'not-tolerated') && !isHeld(m)))
      return false;
    // "not tolerated, back on 30 mg": a dose kept after the intolerance is still taken; only a stopped drug leaves
    return said.some((m) => m.stopped === true) || !stillTaken(lower, mentions, d);
  });
}

/**
 * The drugs said to have failed: by the words next to the name (FAILED_BEFORE, FAILED_AFTER), or a trial the case
 * reader reads as no relief ("meloxicam 15 daily for 8 weeks no relief", "6 weeks on duloxetine, still sore").
 */
function failedDrugs(lower: string, mentions: readonly DrugMention[]): DrugId[] {
  const read = readFailed(lower, mentions);
  return [
    ...new Set([
      ...mentions
        .filter(
          (m) =>
            FAILED_BEFORE.test(lower.slice(Math.max(0, m.start - 30), m.start)) ||
            FAILED_AFTER.test(lower.slice(m.end, m.end + 40)),
        )
        .map((m) => m.drug),
      ...read,
    ]),
  ];
}

/** The named drugs the case reader reads as tried with no relief ("naproxen 500 bd 6 weeks no help"). */
function readFailed(lower: string, mentions: readonly DrugMention[]): DrugId[] {
  const named = new Set(mentions.map((m) => m.drug));
  return (extractCaseFacts(lower, turnReceivedAt() ?? EPOCH).patch.medications ?? [])
    .filter((m) => m.outcome === 'ineffective' && named.has(m.drug))
    .map((m) => m.drug);
}

/** The drugs read as failed, when another guideline option is named beside them (the switch asked), else none. */
const switchAsked = (failed: DrugId[], mentions: readonly DrugMention[]): DrugId[] =>
  mentions.some((m) => drugOptionOf(m.drug) !== undefined && !failed.includes(m.drug)) ? failed : [];

/**
 * A drug asked as an addition to the one that failed ("naproxen not enough, add duloxetine?", "duloxetine with it?"):
 * a combination, so its pair is said; without these words a drug asked after a failed trial is a switch.
 */
export const ADDED_TO =
  /\b(?:add(?:ing|ed)?|together|combin\w*|plus|on top|alongside|as well|in addition|with (?:it|them|that|this))\b|\+/;

/**
 * Words that say a drug is still being taken ("tried sertraline - still on it", "didn't help but she's still taking
 * it"). Each row reads its example (test/answers/next-step.test.ts). Followed by a drug's name the row is about that
 * drug; otherwise ("it", "them") about every drug said to have failed, the safer reading.
 */
export const STILL_TAKING_ROWS: readonly { re: RegExp; example: string }[] = [
  {
    re: /\bstill (?:on|taking|takes|using|uses)\b/g,
    example: 'CHF, tried sertraline - still on it. next step: cymbalta or ibuprofen?',
  },
  {
    re: /\b(?:continu(?:es|ing|ed)|remains?|stays?|kept) (?:on|taking)\b|\bcontinues (?:it|them)\b/g,
    example: 'tramadol not helping, remains on it; next: duloxetine or naproxen?',
  },
  {
    re: /\b(?:not|never|hasn'?t|has not) (?:stopped|come off)\b/g,
    example: 'failed tramadol, not stopped. next: cymbalta?',
  },
  {
    // a lower dose kept after the drug did not suit: it is still taken ("halved it to 75 bd", "dose reduced to 300")
    re: /\b(?:halved|halving|dose (?:reduced|lowered|decreased|dropped|cut)|on a (?:lower|reduced|smaller) dose|(?:reduced|dropped|decreased|lowered|cut|went|came|brought) (?:it |the dose |back |down )?to \d)/g,
    example: "couldn't tolerate pregabalin so halved it to 75 bd, add tramadol?",
  },
  {
    // "back on 30 mg", "now on 150 mg": the current dose said after the intolerance
    re: /\b(?:back|now) on\b/g,
    example: "didn't tolerate duloxetine 60, back on 30 mg - add tramadol?",
  },
];

function stillTaken(lower: string, mentions: readonly DrugMention[], drug: DrugId): boolean {
  return STILL_TAKING_ROWS.some(({ re }) =>
    [...lower.matchAll(re)].some((m) => {
      const end = m.index + m[0].length;
      const next = mentions.find((x) => x.start >= end && x.start <= end + 2);
      return next === undefined || next.drug === drug;
    }),
  );
}

/**
 * The knowledge entries of the product a name stands for (clinical-reference.md section 2): a named product's own
 * entries (Aleve: naproxen sodium and the OTC limit) or a combination's label limit (Ultracet: 8 tablets a day).
 */
function productFactLines(m: DrugMention, lower: string): AnswerLine[] {
  const combo = combinationByBrand(m.matched) ?? (m.matched.includes('/') ? combinationByOpioid(m.drug) : undefined);
  const ids = combo?.limit ? [combo.limit.entry] : (productOf(m)?.entries ?? []);
  return withOtcEntry(ids, productOf(m), lower).map((id) => entryLine(id));
}

/** Naloxone asked about by name ("oxycodone 5 mg bid - does he need naloxone?"). */
const ASKS_NALOXONE = /\b(?:naloxone|narcan)\b/;

/**
 * Naloxone asked about beside an opioid regimen: the MME lines carry the naloxone line when a risk factor is met;
 * when none is (under 50 MME/day, no benzodiazepine), the entry is still said, unlabelled by a reason, so the
 * history risk factors it names are not lost.
 */
function withNaloxoneAsked(lines: AnswerLine[], lower: string): AnswerLine[] {
  if (!ASKS_NALOXONE.test(lower)) return lines;
  const naloxone = entryLine(NALOXONE_RISK.entry, 'Naloxone');
  return lines.some((l) => l.text === naloxone.text) ? lines : [...lines, naloxone];
}

/**
 * A pair's rule that names a condition the patient has ("opioid + gabapentin: especially with COPD", the question's
 * COPD or the open case's): that line says so and comes first (a safety fact leads).
 */
function withPatientConditions(
  findings: readonly Finding[],
  lines: AnswerLine[],
  lower: string,
  ctx: QuestionContext,
): AnswerLine[] {
  const has = [...new Set([...(saysCopd(lower) ? (['copd'] as const) : []), ...(ctx.caseConditions ?? [])])];
  if (!has.length) return lines;
  const marked = lines.map((l, i) => {
    const named = conditionsNamed(findings[i]?.rule.topics ?? [], has);
    return named.length ? { ...l, label: `${l.label ?? 'Interaction'}${PATIENT_HAS}${named.join(', ')}` } : l;
  });
  return [...marked.filter((_l, i) => marked[i] !== lines[i]), ...marked.filter((_l, i) => marked[i] === lines[i])];
}

const PATIENT_HAS = '; patient has ';

/** COPD said and not denied ("no COPD"). */
function saysCopd(lower: string): boolean {
  COPD.lastIndex = 0;
  for (let m = COPD.exec(lower); m; m = COPD.exec(lower))
    if (!/\b(?:no|not|without|denies)\s$/.test(lower.slice(Math.max(0, m.index - 9), m.index))) return true;
  return false;
}

/**
 * A drug ruled out now only by co-medications whose stop is planned waits for that stop ("not yet"); another reason
 * (the kidney, the label's avoid, a co-medication kept: "also on cipro") rules it out now, and the next option steps up.
 */
function waitsForStop(d: DrugId, ctx: QuestionContext, lower: string, stopping: readonly DrugId[]): boolean {
  const option = drugOptionOf(d);
  const reason = patientStop(d, ctx);
  if (!stopping.length || !option || !reason || notForPatient(d, ctx) !== undefined) return false;
  const fromStop = reasonsOfDrugs(lower, stopping, option);
  return fromStop.length > 0 && !fromStop.reduce((rest, r) => rest.split(r).join(''), reason).replace(/[;\s]/g, '');
}

/** The severities whose pair is never taken together (clinical-reference.md section 3: avoid, contraindicated). */
const NEVER_TOGETHER: ReadonlySet<string> = new Set(['avoid', 'contraindicated']);

/**
 * A co-medication whose stop or start is planned, not done ("plan to stop it next week", "she's stopping sertraline
 * next week", "will start apixaban on Monday"): still taken, or about to be, so the pair applies (planned-change.ts).
 * Said first, with what to do: a guideline drug asked about waits for the stop ("not yet"), by the interval the
 * reference gives after that drug's stop (an MAOI: option-rules.ts withinDays) or, with none given, saying so; the
 * pair's own rule carries the citation.
 */
function plannedChangeLines(
  mentions: readonly DrugMention[],
  lower: string,
  waiting: readonly DrugId[],
  findings: readonly Finding[],
): AnswerLine[] {
  // `waiting`: the guideline drugs asked that wait for a stop (waitsForStop)
  const asked = waiting.map((d) => drugNames(d).generic);
  // a pair names the drug as typed ("cymbalta") or by its generic name
  const namesOf = (a: string): string[] => {
    const d = waiting.find((w) => drugNames(w).generic === a);
    return [a.toLowerCase(), ...mentions.filter((x) => x.drug === d).map((x) => x.matched.toLowerCase())];
  };
  const seen = new Set<DrugId>();
  return mentions.flatMap((m): AnswerLine[] => {
    if (drugOptionOf(m.drug) !== undefined || seen.has(m.drug)) return [];
    const planned = plannedChangeAt(lower, m.start, m.end);
    // "coming off warfarin next week, switching to apixaban": the class stopped is started again, so it stays held
    const restarted =
      planned === 'stop'
        ? mentions.find((x) => x !== m && x.drug === m.drug && plannedChangeAt(lower, x.start, x.end) === 'start')
        : undefined;
    const change = restarted ? 'start' : planned;
    if (change) seen.add(m.drug);
    const said = (restarted ?? m).matched.toLowerCase();
    const name = capital(said);
    const rule = findings.find((f) => f.pair.some((p) => p.toLowerCase() === said))?.rule;
    const cited = rule ? { source: rule.source } : {};
    // only a drug this stop's own rule meets waits for it; an unrelated one never does
    const pairsOf = (a: string) =>
      findings.filter(
        (f) =>
          f.pair.some((p) => p.toLowerCase() === said) &&
          f.pair.some((p) => namesOf(a).some((n) => p.toLowerCase().includes(n))),
      );
    const waits = asked.filter((a) => pairsOf(a).length > 0);
    // a pair never to be taken together (duplicate antidepressants, an MAOI): the switch is planned with the prescriber
    const never = waits.some((a) => pairsOf(a).some((f) => NEVER_TOGETHER.has(f.severity)));
    if (change === 'stop' && waits.length) {
      const days = washoutDaysAfterStop(m.drug);
      const after =
        days === undefined
          ? `start ${waits.join(' or ')} after the stop. The reference gives no washout interval after ${said}.`
          : `start ${waits.join(' or ')} no sooner than ${days} days after the ${said} is stopped: the rule below holds within ${days} days of it.`;
      return [
        {
          label: 'Not yet',
          text: `${capital(waits.join(' or '))}: not yet. ${name} is still taken until its planned stop, so the rule below applies now; ${never ? `never both together: plan the switch with the ${said}'s prescriber, and ` : ''}${after}`,
          ...cited,
        },
      ];
    }
    if (change === 'stop')
      return [
        {
          label: 'Still taken',
          text: `${name}: its stop is planned, not done, so it is still taken and the interaction below applies.`,
        },
      ];
    // a pain drug wanted or proposed ("wants percocet") is the question, not a co-medication about to start
    if (change === 'start' && heldWhenPlanned(m.drug))
      return [
        {
          label: 'Planned',
          text: `${name}: its start is planned, so the interaction below applies once it starts; weigh it now, before starting ${said}.`,
        },
      ];
    return [];
  });
}

/** The reference's rows for an opioid with a benzodiazepine or other CNS depressant (section 3). */
const SEDATIVE_RULES: ReadonlySet<string> = new Set(NALOXONE_RISK.withPairs);

/**
 * An opioid with a sedative, and the clinician asks what to offer ("anything I should be offering her?") or names
 * naloxone: the reference's naloxone line, as it says it (its risk factors listed), after the pair's warning.
 */
function sedativeNaloxone(findings: readonly Finding[], lower: string): AnswerLine[] {
  const pairs = findings.filter((f) => SEDATIVE_RULES.has(f.rule.id));
  if (!pairs.length || !(ASKS_NALOXONE.test(lower) || asksWhatToOffer(lower))) return [];
  const line = entryLine(NALOXONE_RISK.entry, 'Naloxone');
  // A benzodiazepine is among the naloxone line's own risk factors. Another CNS depressant (a muscle relaxant, a
  // hypnotic) is not: the line says its own reason, the reference's opioid + CNS depressant row (the same warning as
  // a benzodiazepine), and cites that row beside the naloxone text.
  const classes: readonly string[] = NALOXONE_RISK.withDrugClasses;
  const benzodiazepines = findDrugs(lower)
    .filter((m) => classes.includes(drugClassOf(m.drug)))
    .map((m) => m.matched);
  if (benzodiazepines.length) return [{ ...line, label: naloxoneLabel(naloxoneReasons({ benzodiazepines })) }];
  const pair = pairs[0]!;
  // the rule's first side is the opioid, its second the depressant (reference section 3)
  return [
    {
      ...line,
      label: naloxoneLabel(naloxoneReasons({ depressants: [pair.pair[1]] })),
      source: [line.source, pair.rule.source].filter(Boolean).join('; '),
    },
  ];
}

/**
 * The open case's interaction lines go right after the answer's first line (they are about this patient); a
 * general line with the same words is dropped.
 */
function withCaseLines(extra: AnswerLine[]): (lines: AnswerLine[]) => AnswerLine[] {
  if (!extra.length) return (lines) => lines;
  const said = new Set(extra.map((l) => l.text));
  return (lines) => {
    const rest = lines.filter((l) => !said.has(l.text));
    return [...rest.slice(0, 1), ...extra, ...rest.slice(1)];
  };
}

/**
 * Two or more drugs: the listed interactions, any avoid note, and when a dose is asked for ("on naproxen, what dose
 * of duloxetine?") the guideline dose line of each pathway drug named without a dose. With patient facts (the
 * question's or the open case's: "Child-Pugh B: duloxetine ok? if not, tramadol dose?") each drug's finding for
 * this patient comes first; a drug the facts rule out is named in the title with its reason and gets no dose line.
 */
function interactionMessage(
  drugs: DrugId[],
  mentions: DrugMention[],
  doseAsked: boolean,
  lower: string,
  ctx: QuestionContext,
  tried: readonly DrugId[] = [],
): OutputMessage {
  const names = drugs.map((d) => memberTitle(d, mentions.find((m) => m.drug === d)?.matched ?? ''));
  // "she's stopping sertraline next week, can I start duloxetine?": a co-medication whose stop is planned rules the
  // option out only until that stop, so the option waits ("not yet") and no next option steps up; the label's own
  // "avoid" for this patient (kidney, liver) still rules it out.
  const stopping = mentions
    .filter((m) => drugOptionOf(m.drug) === undefined && plannedChangeAt(lower, m.start, m.end) === 'stop')
    .filter((m, i, all) => all.findIndex((x) => x.drug === m.drug) === i);
  const waiting = stopping.map((m) => {
    const days = washoutDaysAfterStop(m.drug);
    return `${days === undefined ? '' : `${days} days after `}the ${m.matched.toLowerCase()} is stopped`;
  });
  // a co-medication about to start (a switch from phenelzine to sertraline) may rule the drug out after the stop:
  // no "not yet" then, the drug is ruled out with its reason (the safer reading)
  const starting = mentions.some(
    (m) =>
      drugOptionOf(m.drug) === undefined &&
      heldWhenPlanned(m.drug) &&
      plannedChangeAt(lower, m.start, m.end) === 'start',
  );
  const waits = (d: DrugId) =>
    !starting &&
    waitsForStop(
      d,
      ctx,
      lower,
      stopping.map((m) => m.drug),
    );
  const stops = drugs.flatMap((d, i) => {
    const reason = patientStop(d, ctx);
    if (!reason) return [];
    const wait = waits(d);
    return [
      wait
        ? { drug: d, wait, text: `${names[i]} not yet (${reason}, until ${waiting.join(' and ')})` }
        : { drug: d, wait, text: `${names[i]} not for this patient (${reason})` },
    ];
  });
  // "he's on warfarin, can I give ibuprofen?": a drug not ruled out whose co-medication the reference asks about first
  // (an NSAID with an anticoagulant or antiplatelet): check first, and the guideline's next option if unsuitable
  const pairChecks = questionPairChecks(lower);
  const checks = drugs.flatMap((d, i) => {
    const option = drugOptionOf(d);
    const reasons = option && !stops.some((s) => s.drug === d) ? pairChecks[option] : undefined;
    return reasons ? [{ drug: d, text: `${names[i]} check first (${reasons.map((r) => r.label).join('; ')})` }] : [];
  });
  // A drug ruled out keeps only its reason: no dose row for a drug this patient is not to take.
  const patientLines = drugs.flatMap((d) => {
    const lines = appliedAdjustmentLines(d, ctx);
    const out = stops.some((s) => s.drug === d) ? notForPatient(d, ctx)?.text : undefined;
    return stops.some((s) => s.drug === d) ? lines.filter((l) => out !== undefined && l.text.startsWith(out)) : lines;
  });
  const undosed = drugs.filter(
    (d) =>
      !stops.some((s) => s.drug === d) &&
      !mentions.some((m) => m.drug === d && (m.doseMg !== undefined || m.dailyMg !== undefined)),
  );
  const doseLines = doseAsked
    ? undosed.flatMap((d) => {
        const plan = DRUG_PLANS[d];
        return plan.kind === 'dose' ? planLines(plan).slice(0, 1) : [];
      })
    : [];
  const typedName = (d: DrugId) => (mentions.find((m) => m.drug === d)?.matched ?? drugNames(d).generic).toLowerCase();
  // Aspirin with an NSAID, by the aspirin dose said: low-dose blunting, or analgesic doses not recommended.
  const nsaid = drugs.find((d) => drugClassOf(d) === 'nsaid');
  const findings = withAspirinDose(
    interactionFindings(
      drugs,
      undefined,
      mentions.map((m) => m.matched),
      typedName,
    ),
    mentions,
    lower,
    nsaid && typedName(nsaid),
  );
  const found = withPatientConditions(findings, labelBoxedWarning(findings.map(findingLine)), lower, ctx);
  // A third name the pathway does not know ("tramadol + sertraline + ondansetron"): its pairs are not checked.
  const partners = uncheckedPartners(lower, mentions);
  const avoid = drugs.flatMap((d) => {
    const plan = DRUG_PLANS[d];
    return plan.kind === 'avoid' ? planLines(plan).slice(0, 1) : [];
  });
  const none: AnswerLine[] = found.length
    ? []
    : [
        {
          text: `${names.join(' + ')}: not checked by this pathway; use a full interaction reference.`,
        },
      ];
  const unchecked = partners.length ? [uncheckedWithLine(partners, names)] : [];
  // An adjunct beside another drug, the pair unchecked ("paracetamol with her duloxetine?"): its place is known, the
  // guideline's adjunct line and its label maximum (the dosing data's role 'adjunct').
  const adjunct = found.length
    ? []
    : drugs.flatMap((d) =>
        !stops.some((s) => s.drug === d) && isDosedDrug(d) && dosingFor(d).role === 'adjunct'
          ? planLines(DRUG_PLANS[d])
          : [],
      );
  // a drug not ruled out whose every listed pair is with a drug being stopped ("stopping sertraline next month, start
  // tramadol now?") waits for the stop too; one with a pair that stays (naproxen with warfarin kept) does not
  const stoppingNames = stopping.map((m) => m.matched.toLowerCase());
  const onlyStoppedPairs = (d: DrugId): boolean => {
    if (drugOptionOf(d) === undefined || patientStop(d, ctx)) return false;
    const name = drugNames(d).generic.toLowerCase();
    const mine = findings.filter((f) => f.pair.some((p) => p.toLowerCase().includes(name)));
    return mine.length > 0 && mine.every((f) => f.pair.some((p) => stoppingNames.includes(p.toLowerCase())));
  };
  const planned = [
    ...stopWishLines(mentions, lower),
    ...(found.length
      ? plannedChangeLines(
          mentions,
          lower,
          drugs.filter((d) => waits(d) || onlyStoppedPairs(d)),
          findings,
        )
      : []),
  ];
  const lines: AnswerLine[] = uniqueText([
    ...planned,
    ...patientLines,
    ...doseLines,
    ...none,
    ...found,
    ...afterRuleLines(findings.map((f) => f.rule.id)),
    ...unchecked,
    ...adjunct,
    // the MME lines give naloxone with its reasons when a risk factor is met; else the entry as the reference says it
    ...regimenMmeLines(mentions, lower),
    ...sedativeNaloxone(findings, lower),
    ...avoid,
  ]);
  // The headline carries the strictest finding: a drug ruled out for this patient first, then the strictest pair
  // (named when more than two drugs were named).
  const condition = found.find((l) => l.label?.includes(PATIENT_HAS))?.label?.split(PATIENT_HAS)[1];
  const headline = `${strictestHeadline(findings, names.length + partners.length)}${condition ? ` (patient has ${condition})` : ''}`;
  // A guideline option ruled out: the guideline's next option, checked against the same facts, steps up.
  const next = stops.some((s) => !s.wait)
    ? nextOption(ctx, drugs, tried, heldBy(mentions, ctx))
    : checks.length
      ? ifUnsuitable(nextAfterTried(ctx, [...tried, ...checks.map((c) => c.drug)], heldBy(mentions, ctx), false))
      : undefined;
  const title = `${[...names, ...partners.map(capital)].join(' + ')}: ${[...stops.map((s) => s.text), ...checks.map((c) => c.text), headline].join('; ')}${next?.title ?? ''}`;
  return renderAnswer({ title, lines: [...lines, ...(next?.lines ?? [])] });
}

/** The next option said as the way on if the drug checked first proves unsuitable ("; if unsuitable, next option: ..."). */
function ifUnsuitable(next: NextOption): NextOption {
  return { ...next, title: next.title.replace(/^; /, '; if unsuitable, ') };
}

/**
 * A class entry named by one of its members ("lithium" for "other serotonergic drugs (triptans, lithium, St John's
 * wort)"): the member as typed, so the pair said is the pair asked about.
 */
function memberTitle(drug: DrugId, matched: string): string {
  const generic = drugNames(drug).generic.toLowerCase();
  const said = matched.toLowerCase();
  const listed = generic.indexOf('(');
  return said && listed > 0 && generic.slice(listed).includes(said) ? capital(said) : drugTitle(drug, matched);
}

/**
 * One pathway drug and a name the pathway does not know, in an interaction question: the pair is not in the
 * reference's table, so it has not been checked (clinical-reference.md section 3), then the drug's first line.
 */
/** Acetaminophen said as an add-on: "acetaminophen as an add-on to naproxen", "paracetamol on top of the ibuprofen". */
const ADJUNCT = /\badd[- ]?on\b|\badjunct\w*|\bon top of\b|\badded (?:in |on )?to\b|\bin addition to\b|\btop[- ]up\b/;

/**
 * Acetaminophen asked as an add-on to one other drug, no dose given and no listed interaction between them: the
 * guideline's adjunct role and the 4,000 mg/day maximum from all sources lead (the question is the role), then the
 * pair's "not checked" line. A listed pair or an opioid (it may be a combination product) keeps the pair answer.
 */
function acetaminophenAdjunct(
  drugs: readonly DrugId[],
  mentions: readonly DrugMention[],
  lower: string,
  ctx: QuestionContext,
): OutputMessage | undefined {
  if (drugs.length !== 2 || !drugs.includes('acetaminophen') || !ADJUNCT.test(lower) || hasContext(ctx))
    return undefined;
  if (mentions.some((m) => m.doseMg !== undefined || m.dailyMg !== undefined)) return undefined;
  const other = drugs.find((d) => d !== 'acetaminophen')!;
  // an opioid may be a combination product that holds acetaminophen (Norco, Ultracet): the pair answer adds the totals
  if (drugClassOf(other) === 'opioid' || interactionFindings([...drugs]).length) return undefined;
  const otherName = memberTitle(other, mentions.find((m) => m.drug === other)?.matched ?? '');
  const name = memberTitle('acetaminophen', mentions.find((m) => m.drug === 'acetaminophen')?.matched ?? '');
  return renderAnswer({
    title: `${name}: an adjunct to ${otherName}, not monotherapy`,
    lines: [
      ...planLines(DRUG_PLANS.acetaminophen),
      { text: `${name} + ${otherName}: ${NOT_CHECKED}; use a full interaction reference.` },
    ],
  });
}

/** clinical-reference.md section 3: a pair outside the table is "not checked", never "no interaction". */
function uncheckedPairLine(title: string, partners: readonly string[]): AnswerLine {
  const names = partners.join(', ');
  const them = partners.length === 1 ? `${names} is` : `${names} are`;
  return {
    text: `${title} + ${names}: not checked by this pathway (${them} not in its interaction table); use a full interaction reference.`,
  };
}

/** Names the pathway does not know beside several it does: each of their pairs is unchecked, the others' are not. */
function uncheckedWithLine(partners: readonly string[], names: readonly string[]): AnswerLine {
  const them = partners.length === 1 ? 'it is' : 'they are';
  return {
    text: `${capital(partners.join(', '))} with ${names.join(', ')}: not checked by this pathway (${them} not in its interaction table); use a full interaction reference.`,
  };
}

/**
 * The pair's "not checked" line, then the drug's own lines as the drug alone gets them (guideline, label, renal, liver,
 * age): an unlisted partner never hides what the label says for the drug itself.
 */
function uncheckedPairMessage(
  drug: DrugId,
  title: string,
  partners: readonly string[],
  ctx: QuestionContext,
): OutputMessage {
  return renderAnswer({
    title: `${title} + ${partners.join(', ')}: ${NOT_CHECKED}`,
    lines: [uncheckedPairLine(title, partners), ...planLines(DRUG_PLANS[drug], ctx)],
  });
}

/**
 * In an open case, a choice asked with no option named ("does that change which one?"): the guideline's escalation
 * pair (an NSAID or duloxetine), each judged against the case. The case's own NSAID stands for the class, else
 * naproxen (the guideline's example dose).
 */
export function caseChoiceMessage(
  lower: string,
  mentions: DrugMention[],
  known: QuestionContext,
  caseDrugs: readonly DrugId[],
): OutputMessage {
  const nsaid = caseDrugs.find((d) => drugOptionOf(d) === 'nsaid') ?? 'naproxen';
  const choice: DrugId[] = [nsaid, 'duloxetine'];
  // the question's own co-medications count too ("she's just started fluvoxamine - does that change which one?")
  const coMeds = mentions.map((m) => m.drug).filter((d) => !caseDrugs.includes(d));
  const pairs = uniqueText(choice.flatMap((d) => interactionFindings([d, ...coMeds]).map(findingLine)));
  return comparisonMessage(choice, mentions, patientContext(lower, known), [], pairs);
}

/** A choice between drugs: where each sits in the pathway (its first guideline line, or its avoid / not-covered line). */
function comparisonMessage(
  drugs: DrugId[],
  mentions: DrugMention[],
  ctx: QuestionContext,
  tried: readonly DrugId[],
  pairs: readonly AnswerLine[] = [],
): OutputMessage {
  const named = drugs.map((d) => ({ d, name: drugTitle(d, mentions.find((m) => m.drug === d)?.matched ?? '') }));
  const names = named.map(({ name }) => name);
  const ruled: string[] = [];
  // an option the open case has tried and closed (failed, not tolerated) is not offered again: the next one steps up
  const closed: string[] = [];
  const lines = named.flatMap(({ d, name }): AnswerLine[] => {
    const plan = DRUG_PLANS[d];
    const first = otherNsaidLine(mentions.find((m) => m.drug === d)) ?? planLines(plan)[0];
    if (plan.kind === 'not-covered' || !first)
      return [{ label: name, text: 'not covered by this pathway; no dose given.' }];
    // A safety fact routes: the drug this patient's facts rule out is said with its reason, never its dose.
    const stop = patientStop(d, ctx);
    const applied = appliedAdjustmentLines(d, ctx);
    const option = drugOptionOf(d);
    if (!stop && option && ctx.caseTried?.includes(option)) {
      closed.push(name);
      return [
        { label: name, text: `already tried in case ${ctx.caseLabel ?? ''}: not offered again.`.replace(' :', ':') },
      ];
    }
    // the open case's own medicines judge the option too ("on warfarin ... ibuprofen vs duloxetine?")
    if (!stop) return [{ ...first, label: name }, ...applied, ...caseInteractionLines(d, ctx)];
    ruled.push(name);
    // The label's own line gives the reason with its source; a case's option rule gives it in words.
    return applied.length && notForPatient(d, ctx)
      ? [{ label: name, text: 'not for this patient.' }, ...applied]
      : [{ label: name, text: `not for this patient (${stop}).` }, ...applied];
  });
  const out = ruled.length + closed.length > 0;
  const next = out ? nextOption(ctx, drugs, tried, heldBy(mentions, ctx)) : undefined;
  // Two options the guideline offers as alternatives: either is one, and the patient's facts decide (either-option.ts)
  const either = out ? undefined : eitherRow(drugs);
  const verdicts = [
    ruled.length ? `${ruled.join(', ')} not for this patient` : '',
    closed.length ? `${closed.join(', ')} already tried` : '',
  ].filter(Boolean);
  // the open case's medicines qualify the options: no bare "either is a guideline option" then
  const caseLines = lines.some((l) => l.label?.startsWith('With case'));
  const title = `${names.join(' or ')}${out ? `: ${verdicts.join('; ')}${next?.title ?? ''}` : either && !pairs.length && !caseLines ? ': either is a guideline option' : ''}`;
  const eitherFirst = either ? eitherLines(either) : [];
  return renderAnswer({
    title,
    lines: [...eitherFirst.slice(0, 1), ...lines, ...eitherFirst.slice(1), ...(next?.lines ?? []), ...pairs],
  });
}

/** Two pathway options joined by "or" ("naproxen or duloxetine?"), besides co-medications: the options, else undefined. */
const OR_JOIN = /^\s?(?:\d[\w ./]{0,20}\s)?or\s$/;
function optionChoice(lower: string, mentions: readonly DrugMention[]): DrugId[] | undefined {
  const options = mentions.filter((m) => drugOptionOf(m.drug) !== undefined);
  if (options.length !== 2 || options.length === mentions.length) return undefined;
  const [a, b] = options as [DrugMention, DrugMention];
  if (a.drug === b.drug) return undefined;
  return OR_JOIN.test(lower.slice(a.end, b.start)) ? [a.drug, b.drug] : undefined;
}
