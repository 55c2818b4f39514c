import { capital, lowerFirst } from '../capital.js';
import type { OutputMessage } from '../turn-types.js';
import { renderAnswer, type AnswerLine } from './answer-message.js';
import { entryLine } from './knowledge-lines.js';
import {
  heldFindings,
  nextAfterTried,
  OPTION_TITLE,
  patientStop,
  ruledOutStep,
  uniqueText,
  whyNotLines,
} from './next-option.js';
import { TRIAL_NEXT_QUESTION } from './trial-next.js';
import { drugOptionOf, type QuestionContext } from './question-context.js';
import { drugTitle } from './tablet-mme.js';
import { trialJudgementText } from './trial-verdict.js';
import { drugNames, type DrugId, type DrugMention } from './ports.js';
import { judgeTrial } from '../../src/clinical/case/adequate-trial.js';
import { emptyFacts } from '../../src/clinical/case/case-facts.js';
import { OPTION_GUIDELINE_LINE } from '../../src/clinical/knowledge/option-rules.js';
import { getEntry } from '../../src/clinical/knowledge/knowledge-base.js';
import { ADEQUATE_TRIAL } from '../../src/clinical/knowledge/case-readings.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { turnReceivedAt } from '../../src/clinical/language/shared-readings.js';

/** The NSAID class's kidney row (clinical-reference.md section 3: NSAID + CKD, CrCl < 30), and its cut-off. */
const NSAID_CKD = 'interaction.nsaid-ckd';
const RENAL_AVOID_BELOW = 30;

/** Outside a turn (tests): the fixed date the quick answers read at. */
const EPOCH = '1970-01-01T00:00:00.000Z';

/** A question that asks to switch after a failed drug: the drugs said, failed and asked, and the patient's facts. */
export interface SwitchQuestion {
  lower: string;
  mentions: readonly DrugMention[];
  failed: readonly DrugId[];
  asked: readonly DrugMention[];
  ctx: QuestionContext;
  held: readonly DrugId[];
}

/** A switch after a failed drug: to another drug of its option (classSwitchMessage), or to another option. */
export function switchMessage(q: SwitchQuestion): OutputMessage | undefined {
  return classSwitchMessage(q) ?? optionSwitchMessage(q) ?? afterTrialsMessage(q);
}

/**
 * "Duloxetine 60 x 8 wk failed, naproxen 500 bd x 6 wk failed, on sertraline. next?": trials said, no option asked,
 * only co-medications beside them. Each trial is judged; after the failed ones the guideline's next option for this
 * patient, with its listed interactions with what the patient takes (tramadol + an SSRI). Never "not covered" for the
 * co-medication: it is a fact about the patient, not the question.
 */
function afterTrialsMessage(q: SwitchQuestion): OutputMessage | undefined {
  const { lower, mentions, failed, asked, ctx, held } = q;
  if (!TRIAL_NEXT_QUESTION.test(lower) || asked.some((m) => drugOptionOf(m.drug) !== undefined)) return undefined;
  const trials = judgedTrials(
    lower,
    failed.filter((d) => drugOptionOf(d) !== undefined),
  );
  if (!trials.length || trials.some((t) => !t.text)) return undefined;
  const titleOf = (d: DrugId) => lowerFirst(drugTitle(d, mentions.find((m) => m.drug === d)?.matched ?? ''));
  const open = trials.find((t) => !t.failed);
  if (open)
    return renderAnswer({
      title: `Judge the ${titleOf(open.drug)} trial first (${open.text!.verdict})`,
      lines: [...trials.filter((t) => t.failed).flatMap((t) => t.lines.slice(0, 1)), ...open.lines],
    });
  // the drugs tried are closed by their trials; the next option is checked against this patient (an MAOI, an SSRI)
  const failedDrugs = trials.map((t) => t.drug);
  const next = nextAfterTried(ctx, failedDrugs, held, false);
  return renderAnswer({
    title: `${capital(failedDrugs.map(titleOf).join(' and '))}: failed adequate trial${failedDrugs.length > 1 ? 's' : ''}${next.title}`,
    lines: uniqueText([...trials.flatMap((t) => t.lines.slice(0, 1)), ...next.lines]),
  });
}

/** The trials said, each judged (triedTrial); `failed`: an adequate trial that did not help. */
function judgedTrials(lower: string, tried: readonly DrugId[]) {
  return tried.map((d) => {
    const t = triedTrial(lower, d);
    return { drug: d, ...t, failed: t.judged.kind === 'failed' || t.judged.kind === 'adequate' };
  });
}

/**
 * "Failed ibuprofen 600 tds for 6 weeks, switch to naproxen?": a drug of the same guideline option as the one that
 * failed. The option is judged by the trial actually taken (named as such, never "naproxen already failed"): an
 * adequate trial that failed closes the option, so another drug of it is not the next step, and the guideline's next
 * option follows; a trial below the guideline dose or too short is not a failure yet (trialJudgementText). Undefined
 * unless every drug asked is an NSAID (the one option with two drugs) beside a failed NSAID that it is not.
 */
function classSwitchMessage(q: SwitchQuestion): OutputMessage | undefined {
  const { lower, mentions, failed, asked, ctx, held } = q;
  const triedDrug = failed.find((d) => drugOptionOf(d) !== undefined);
  const option = triedDrug && drugOptionOf(triedDrug);
  if (!triedDrug || option !== 'nsaid') return undefined;
  // "on warfarin, naproxen not helping, change her to celecoxib?": the co-medication is a held fact, not a choice
  const switchedTo = asked.filter((m) => drugOptionOf(m.drug) !== undefined);
  if (!switchedTo.length || !switchedTo.every((m) => drugOptionOf(m.drug) === option && m.drug !== triedDrug))
    return undefined;
  const askedName = drugTitle(switchedTo[0]!.drug, switchedTo[0]!.matched);
  const triedName = drugTitle(triedDrug, mentions.find((m) => m.drug === triedDrug)?.matched ?? '');
  const optionName = 'the NSAID option';
  const { record, judged, text, lines } = triedTrial(lower, triedDrug);
  const askedDrug = switchedTo[0]!.drug;
  // a safety fact routes: the drug tried or the one asked, ruled out for this patient (eGFR 25, a GI bleed on an
  // anticoagulant), says why and the guideline's next option steps up
  const stopped = ruledOutStep(
    [
      { drug: triedDrug, name: triedName },
      { drug: askedDrug, name: askedName },
    ],
    ctx,
    [triedDrug],
    held,
  );
  // the tried drug still open keeps its trial's verdict before the asked drug's reason; an NSAID the label rows do not
  // name (meloxicam) beside one out for the kidney is out with it: the class's renal row (CrCl < 30) says so
  const classRenal = !patientStop(askedDrug, ctx) && ctx.crcl !== undefined && ctx.crcl < RENAL_AVOID_BELOW;
  if (stopped)
    return renderAnswer({
      title: classRenal
        ? stopped.title.replace(
            /\)(;|$)/,
            `); ${lowerFirst(askedName)} too (an NSAID with CrCl < ${RENAL_AVOID_BELOW})$1`,
          )
        : stopped.title,
      lines: [
        ...(patientStop(triedDrug, ctx) ? [] : lines.slice(0, 1)),
        ...stopped.lines.slice(0, 1),
        ...(classRenal ? [entryLine(NSAID_CKD, `Renal (${lowerFirst(askedName)})`)] : []),
        ...stopped.lines.slice(1),
      ],
    });
  // "meloxicam 15 daily for 8 weeks, no relief": an NSAID the guideline gives no dose for, tried long enough; its
  // dose is the clinician's to judge, and the option's next step is said for a failed one
  if (!text && record.outcome === 'ineffective' && (record.durationWeeks ?? 0) >= ADEQUATE_TRIAL.minWeeks) {
    const next = nextAfterTried(ctx, [triedDrug], held);
    return renderAnswer({
      title: `${askedName}: if ${lowerFirst(triedName)} was taken at an adequate dose, the NSAID option has failed and another NSAID is not the next step${next.title}`,
      lines: [
        {
          text: `The guideline gives no dose for ${(mentions.find((m) => m.drug === triedDrug)?.matched ?? triedName).toLowerCase()} to judge the trial by.`,
        },
        entryLine(OPTION_GUIDELINE_LINE[option], 'Guideline'),
        ...next.lines,
      ],
    });
  }
  if (judged.kind === 'failed' || judged.kind === 'adequate') {
    const next = nextAfterTried(ctx, [triedDrug], held);
    return renderAnswer({
      title: `${askedName}: ${optionName} has failed (an adequate trial of ${lowerFirst(triedName)}); another NSAID is not the next step${next.title}`,
      lines: [...lines.slice(0, 1), ...next.lines],
    });
  }
  // not a failure yet (below the dose, too short) or not known (dose, length): say so; the guideline's line for the option
  return renderAnswer({
    title: `${askedName}: judge the ${lowerFirst(triedName)} trial first (${text?.verdict ?? 'an adequate trial'})`,
    lines: [...lines, entryLine(OPTION_GUIDELINE_LINE[option], 'Guideline'), ...heldFindings(askedDrug, held)],
  });
}

/** The trial of the failed drug as the question reports it, judged and worded (trialJudgementText). */
function triedTrial(lower: string, triedDrug: DrugId) {
  const { patch } = extractCaseFacts(lower, turnReceivedAt() ?? EPOCH);
  const record = (patch.medications ?? []).find((m) => m.drug === triedDrug) ?? { drug: triedDrug };
  const judged = judgeTrial({ ...record, outcome: record.outcome ?? 'ineffective' }, { ...emptyFacts(), ...patch });
  const text = trialJudgementText(triedDrug, drugNames(triedDrug).generic, judged);
  const lines = (text?.lines ?? []).map((l) => lineOf(l.text, l.id));
  return { record, judged, text, lines };
}

/**
 * "Duloxetine 60 for 8 weeks, no relief: switch to naproxen?": a drug of another guideline option than the one that
 * failed. After a failed adequate trial the asked drug is checked against this patient (a safety fact routes to the
 * next option) and against the guideline's order: the next option it is, or the one that comes first. A trial not yet
 * failed is judged first. Undefined unless one option drug is asked beside a failed dosed drug of another option.
 */
function optionSwitchMessage(q: SwitchQuestion): OutputMessage | undefined {
  const { lower, mentions, failed, asked, ctx, held } = q;
  const switchedTo = asked.filter((m) => drugOptionOf(m.drug) !== undefined);
  const to = switchedTo[0];
  if (switchedTo.length !== 1 || !to) return undefined;
  const askedOption = drugOptionOf(to.drug);
  // every drug said tried ("failed duloxetine 60 x8wk and naproxen 500bd x6wk. tramadol next?"), each judged
  const triedDrugs = failed.filter((d) => drugOptionOf(d) !== undefined);
  const triedDrug = triedDrugs.find((d) => drugOptionOf(d) !== askedOption);
  if (!triedDrug || !askedOption) return undefined;
  const trials = judgedTrials(lower, triedDrugs);
  // the trial to judge first: one said tried and not yet failed (too short, below the dose), else the first
  const open = trials.find((t) => t.text && !t.failed);
  const { judged, text, lines } = open ?? trials.find((t) => t.drug === triedDrug)!;
  const judgedDrug = open?.drug ?? triedDrug;
  const askedName = drugTitle(to.drug, to.matched);
  const titleOf = (d: DrugId) => drugTitle(d, mentions.find((m) => m.drug === d)?.matched ?? '');
  const triedName = lowerFirst(titleOf(judgedDrug));
  const failedTrial = judged.kind === 'failed' || judged.kind === 'adequate';
  // a safety fact routes before the trial is judged: the drug tried (and the one asked) ruled out for this patient
  const stopped =
    patientStop(judgedDrug, ctx) || failedTrial
      ? ruledOutStep(
          [
            { drug: judgedDrug, name: capital(titleOf(judgedDrug)) },
            { drug: to.drug, name: askedName },
          ],
          ctx,
          triedDrugs,
          held,
        )
      : undefined;
  // the tried drug still open keeps its trial's verdict before the asked drug's reason
  if (stopped)
    return renderAnswer({
      title: stopped.title,
      lines: [...(patientStop(judgedDrug, ctx) ? [] : lines.slice(0, 1)), ...stopped.lines],
    });
  if (!text) return undefined;
  const askedStop = patientStop(to.drug, ctx);
  if (!failedTrial)
    // the drug asked is out and the one tried not yet failed: why not, then the trial to finish first
    return renderAnswer({
      title: `${askedName}: ${askedStop ? `not for this patient (${askedStop}); ` : ''}judge the ${triedName} trial first (${text.verdict})`,
      lines: [
        ...(askedStop ? whyNotLines(to.drug, ctx, held) : []),
        ...lines,
        ...(askedStop ? [] : [entryLine(OPTION_GUIDELINE_LINE[askedOption], 'Guideline')]),
        ...heldFindings(to.drug, held),
      ],
    });
  const failedDrugs = trials.filter((t) => t.failed).map((t) => t.drug);
  const trialLines = trials.filter((t) => t.failed).flatMap((t) => t.lines.slice(0, 1));
  const next = nextAfterTried(ctx, failedDrugs, held);
  if (next.option === askedOption)
    return renderAnswer({
      title: `${askedName}: yes, the guideline's next option after a failed adequate trial of ${failedDrugs.map((d) => lowerFirst(titleOf(d))).join(' and ')}${next.title.replace(/^; next option: [^,]*/, '')}`,
      lines: [...trialLines, ...next.lines],
    });
  // an option that comes first is not re-offered as if untried: the question is whether it was tried or is ruled out
  // ("duloxetine failed, switch to tramadol?": tramadol when duloxetine and NSAIDs are ineffective or contraindicated)
  const first = next.option ? OPTION_TITLE[next.option] : undefined;
  return renderAnswer({
    title: first
      ? `${askedName}: not the next step yet; next option: ${first}. Was ${first} tried at an adequate dose, or is it ruled out for this patient?`
      : `${askedName}: not the next step yet${next.title}`,
    lines: [
      ...trialLines,
      ...(first ? [entryLine(OPTION_GUIDELINE_LINE[askedOption], 'Guideline')] : []),
      ...next.lines,
    ],
  });
}

/** A verdict line with the citation of the entry it reads. */
function lineOf(text: string, id: string): AnswerLine {
  const entry = getEntry(id);
  return entry.origin === 'guideline'
    ? { text, cites: entry.cites }
    : { text, source: entry.source, review: entry.review };
}
