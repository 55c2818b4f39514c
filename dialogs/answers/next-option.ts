import { capital, lowerFirst } from '../capital.js';
import type { AnswerLine } from './answer-message.js';
import { adjustmentApplies, appliedAdjustmentLines, EGFR_CAUTION, notForPatient } from './adjustment-lines.js';
import { findingLine, interactionFindings } from './interactions.js';
import { entryLine } from './knowledge-lines.js';
import { drugNames, type DrugId } from './ports.js';
import { drugOptionOf, hasContext, readContext, withQuestionRules, type QuestionContext } from './question-context.js';
import { OFFERED_DRUGS, type DrugOptionId } from '../../src/clinical/case/option-status.js';
import { GUIDELINE_DRUG_STEPS, OPTION_GUIDELINE_LINE } from '../../src/clinical/knowledge/option-rules.js';

/**
 * The guideline's next option when this patient's facts rule the asked drug out (clinical-reference.md preamble: the
 * bot "says why and moves to the guideline's next option"). The options are tried in the guideline's order
 * (GUIDELINE_DRUG_STEPS: duloxetine or an NSAID, then tramadol); each is checked against every fact the answer
 * knows (the question's age, kidney, liver and co-medications, else the open case's), and one that is also out, or
 * already tried, gives way to the one after it. Its guideline line comes with this patient's label rows (tramadol with
 * CrCl < 30: every 12 h, maximum 200 mg/day) and its listed interactions with the medicines the patient takes.
 */

/** Why this patient's facts (the label's avoid, or the option rules of the question or open case) take the drug out. */
export function patientStop(drug: DrugId, ctx: QuestionContext): string | undefined {
  return notForPatient(drug, ctx)?.text.replace(/\.$/, '') ?? ruledOutReason(drug, ctx);
}

/** Why the option rules (the question's co-medications, or the open case) rule the drug's guideline option out. */
export function ruledOutReason(drug: DrugId, ctx: QuestionContext): string | undefined {
  const option = drugOptionOf(drug);
  return option ? ctx.caseRuledOut?.[option] : undefined;
}

/**
 * Any named drug this question's own patient facts or co-medications take out ("eGFR 24 ... cymbalta or naproxen?",
 * "on phenelzine, is duloxetine the next step?"): a safety fact routes, so such a question gets the drug answer,
 * never the bare guideline step that names the drug.
 */
export function questionRulesOut(lower: string, drugs: readonly DrugId[]): boolean {
  const ctx = withQuestionRules(readContext(lower), lower);
  return (hasContext(ctx) || ctx.caseRuledOut !== undefined) && drugs.some((d) => patientStop(d, ctx) !== undefined);
}

/** A drug the answer names (the one tried, the one asked), with the title's spelling of it. */
export interface NamedDrug {
  drug: DrugId;
  name: string;
}

/**
 * A safety fact routes, before any trial is judged: of the drugs the question names (the one tried, the one asked),
 * those this patient's facts rule out (patientStop) are said with their reasons and cited rows, and the guideline's
 * next option past them and the ones `tried` follows. Undefined when none is ruled out. Serves the trial's "next?"
 * (trial-next.ts) and the switch questions (class-switch.ts) alike.
 */
export function ruledOutStep(
  named: readonly NamedDrug[],
  ctx: QuestionContext,
  tried: readonly DrugId[],
  held: readonly DrugId[],
): NextOption | undefined {
  const out = named.filter((n, i) => patientStop(n.drug, ctx) && named.findIndex((x) => x.drug === n.drug) === i);
  if (!out.length) return undefined;
  const reasons = [...new Set(out.map((n) => patientStop(n.drug, ctx)!))];
  const next = nextAfterTried(ctx, [...tried, ...out.map((n) => n.drug)], held);
  const names = out.map((n, i) => (i ? lowerFirst(n.name) : n.name)).join(' and ');
  return {
    ...(next.option ? { option: next.option } : {}),
    title: `${names}: not for this patient (${reasons.join('; ')})${next.title}`,
    lines: uniqueText([...out.flatMap((n) => whyNotLines(n.drug, ctx, held)), ...next.lines]),
  };
}

/**
 * The cited lines that rule a drug out: this patient's label rows, else the option rule's entries (the open case's
 * co-medications), and its listed pairs with the medicines the patient takes.
 */
export function whyNotLines(drug: DrugId, ctx: QuestionContext, held: readonly DrugId[]): AnswerLine[] {
  const option = drugOptionOf(drug);
  const rule = notForPatient(drug, ctx) || !option ? [] : (ctx.ruledOutIds?.[option] ?? []).map((id) => entryLine(id));
  return [...appliedAdjustmentLines(drug, ctx), ...rule, ...heldFindings(drug, held)];
}

/** An option ruled out: the label row or the option rule that takes it out, with its source. */
export function ruledOutLines(option: DrugOptionId, ctx: QuestionContext): AnswerLine[] {
  const label = `${capital(OPTION_TITLE[option])}, ruled out`;
  const drug = OFFERED_DRUGS[option][0]!;
  const avoid = notForPatient(drug, ctx);
  if (avoid) {
    const row = appliedAdjustmentLines(drug, ctx).find((l) => l.text.startsWith(avoid.text));
    if (row) return [{ ...row, label: `${label} (${lowerFirst(row.label ?? 'label')})` }];
  }
  const ids = ctx.ruledOutIds?.[option] ?? [];
  if (ids.length) return ids.map((id) => entryLine(id, `${label} (${ctx.caseRuledOut?.[option] ?? ''})`));
  return [{ label, text: `${patientStop(drug, ctx) ?? ''}.` }];
}

/** An option is out when every drug it offers is (the NSAID option: naproxen and ibuprofen). */
const optionOut = (o: DrugOptionId, ctx: QuestionContext): boolean =>
  OFFERED_DRUGS[o].every((d) => patientStop(d, ctx) !== undefined);

const STEP_OPTIONS: ReadonlySet<DrugOptionId> = new Set(GUIDELINE_DRUG_STEPS.flat());

/** How the title names the option. */
export const OPTION_TITLE: Record<DrugOptionId, string> = {
  nsaid: 'an NSAID',
  duloxetine: 'duloxetine',
  tramadol: 'tramadol',
  gabapentin: 'gabapentin',
  pregabalin: 'pregabalin',
};

export interface NextOption {
  /** Said after the answer's title ("; next option: tramadol, adjusted for this patient"), or ''. */
  title: string;
  lines: AnswerLine[];
  /** The option stepped up to; undefined when none is left (referral, opioids as a last resort) or none applies. */
  option?: DrugOptionId;
}

const NONE: NextOption = { title: '', lines: [] };

/**
 * `named`: the drugs the question asks about (a named drug still open is answered by its own lines, so it is not
 * stepped up to); `tried`: drugs said to have failed; `held`: the medicines the patient takes (for the next option's
 * interactions). Nothing unless a named guideline step option is ruled out for this patient.
 */
export function nextOption(
  ctx: QuestionContext,
  named: readonly DrugId[],
  tried: readonly DrugId[] = [],
  held: readonly DrugId[] = [],
): NextOption {
  const namedOptions = named.map(drugOptionOf).filter((o) => o !== undefined);
  if (!namedOptions.some((o) => STEP_OPTIONS.has(o) && optionOut(o, ctx))) return NONE;
  return stepUp(ctx, namedOptions, tried, held);
}

/**
 * The guideline's first option after the ones tried (failed after an adequate trial: "failed ibuprofen, switch to
 * naproxen?" closes the NSAID option), checked against this patient's facts.
 */
export function nextAfterTried(
  ctx: QuestionContext,
  tried: readonly DrugId[],
  held: readonly DrugId[] = [],
  triedReasonsSaid = true,
): NextOption {
  return stepUp(ctx, [], tried, held, triedReasonsSaid);
}

function stepUp(
  ctx: QuestionContext,
  namedOptions: readonly DrugOptionId[],
  tried: readonly DrugId[],
  held: readonly DrugId[],
  triedReasonsSaid = true,
): NextOption {
  const done = new Set([...tried.map(drugOptionOf), ...(ctx.caseTried ?? [])]);
  // an option passed over for this patient says why (NSAIDs in heart failure, duloxetine with an SSRI)
  // (a reason the answer already gives for a drug it names or was tried, "on an MAOI", is not said twice)
  const saidFor = [...namedOptions.flatMap((o) => OFFERED_DRUGS[o]), ...(triedReasonsSaid ? tried : [])];
  const said = new Set(saidFor.map((d) => patientStop(d, ctx)));
  const skipped: AnswerLine[] = [];
  for (const option of GUIDELINE_DRUG_STEPS.flat()) {
    if (done.has(option)) continue;
    if (optionOut(option, ctx)) {
      if (!namedOptions.includes(option) && !said.has(patientStop(OFFERED_DRUGS[option][0]!, ctx)))
        skipped.push(...ruledOutLines(option, ctx).map(withoutEgfrGloss));
      continue;
    }
    // a named option still open is in the answer already, with its own lines
    if (namedOptions.includes(option)) return NONE;
    const drugs = OFFERED_DRUGS[option].filter((d) => patientStop(d, ctx) === undefined);
    const adjusted = uniqueText(drugs.flatMap((d) => appliedAdjustmentLines(d, ctx)).map(withoutEgfrGloss));
    const warnings = uniqueText(drugs.flatMap((d) => heldFindings(d, held)));
    const changes = drugs.some((d) => adjustmentApplies(d, ctx));
    return {
      option,
      title: `; next option: ${OPTION_TITLE[option]}${changes ? ', adjusted for this patient' : ''}`,
      lines: [...skipped, entryLine(OPTION_GUIDELINE_LINE[option], 'Next option'), ...adjusted, ...warnings],
    };
  }
  // every drug step is out or tried: the guideline's specialist referral, and opioids only as a last resort
  return {
    title: `; ${done.has('tramadol') ? 'tramadol already tried' : 'no guideline drug option left'}: ${NO_DRUG_OPTION_LEFT.next}`,
    lines: [...skipped, ...NO_DRUG_OPTION_LEFT.lines()],
  };
}

/** No guideline drug option left for this patient: the guideline's specialist referral, opioids only as a last resort. */
export const NO_DRUG_OPTION_LEFT = {
  next: 'referral, or opioids as a last resort',
  title: 'no guideline drug option left: referral, or opioids as a last resort',
  lines: (): AnswerLine[] => [
    entryLine('referral.persistent-pain-12-weeks', 'Next'),
    entryLine('opioid.last-resort', 'Last resort'),
  ],
};

/**
 * The answer's own renal line already says how an eGFR is used ("eGFR 25 used as CrCl") and that it overestimates
 * clearance (clinical-reference.md section 2): said once, so the next option's line gives the figure alone.
 */
function withoutEgfrGloss(line: AnswerLine): AnswerLine {
  const strip = (t: string) => t.replace(/ used as CrCl/, '').replace(` ${EGFR_CAUTION}`, '');
  return { ...line, text: strip(line.text), ...(line.label !== undefined ? { label: strip(line.label) } : {}) };
}

/** The listed interactions of the next option's drug with the medicines the patient takes (clinical-reference §3). */
export function heldFindings(drug: DrugId, held: readonly DrugId[]): AnswerLine[] {
  const others = held.filter((d) => d !== drug && drugOptionOf(d) === undefined);
  if (!others.length) return [];
  const name = drugNames(drug).generic;
  return interactionFindings([drug, ...others])
    .filter((f) => f.pair.includes(name))
    .map(findingLine);
}

/** The first line of each text (two drugs of one option, or a plan and the MME lines, may say the same). */
export function uniqueText(lines: AnswerLine[]): AnswerLine[] {
  const seen = new Set<string>();
  return lines.filter((l) => !seen.has(l.text) && seen.add(l.text));
}
