import { capital, lowerFirst } from '../capital.js';
import type { OutputMessage } from '../turn-types.js';
import { renderAnswer, type AnswerLine } from './answer-message.js';
import { appliedAdjustmentLines, notForPatient } from './adjustment-lines.js';
import { entryLine } from './knowledge-lines.js';
import { NO_DRUG_OPTION_LEFT, OPTION_TITLE, patientStop, ruledOutLines } from './next-option.js';
import { hasContext, readContext, withQuestion, withQuestionRules, type QuestionContext } from './question-context.js';
import { OFFERED_DRUGS, type DrugOptionId } from '../../src/clinical/case/option-status.js';
import { GUIDELINE_DRUG_STEPS, OPTION_GUIDELINE_LINE } from '../../src/clinical/knowledge/option-rules.js';
import { asksOptionsLeft } from '../../src/clinical/language/options-left-question.js';

/**
 * "Which first-line drug is left?" with facts that rule options out ("on an MAOI with heart failure", "chronic liver
 * disease"): each guideline option judged for this patient, in the guideline's order (GUIDELINE_DRUG_STEPS): one
 * ruled out says why, cited; one left gives its guideline line (its dose) and this patient's label rows. Tramadol,
 * the guideline's option "when duloxetine and NSAIDs are contraindicated or ineffective" (1), is judged when it is
 * out or when both first-line options are. No option left: the guideline's referral, opioids as a last resort.
 * Undefined unless the question asks which option is left and its facts (or the open case's) rule one out.
 */
export function optionsLeftMessage(lower: string, known: QuestionContext = {}): OutputMessage | undefined {
  if (!asksOptionsLeft(lower)) return undefined;
  const ctx = withQuestionRules(withQuestion(known, readContext(lower)), lower);
  if (!hasContext(ctx) && ctx.caseRuledOut === undefined) return undefined;
  const [firstLine = [], ...later] = GUIDELINE_DRUG_STEPS;
  const out = (o: DrugOptionId) => OFFERED_DRUGS[o].every((d) => patientStop(d, ctx) !== undefined);
  if (!firstLine.some(out) && !later.flat().some(out)) return undefined;
  const judged = [...firstLine, ...later.flat().filter((o) => out(o) || firstLine.every(out))];
  const ruled = judged.filter(out);
  const left = judged.filter((o) => !out(o));
  const lines = judged.flatMap((o) => (out(o) ? ruledOutLines(o, ctx) : leftLines(o, ctx)));
  // options out for one reason are named together ("duloxetine and tramadol ruled out (on an MAOI)")
  const byReason = new Map<string, string[]>();
  for (const o of ruled)
    byReason.set(shortReason(o, ctx), [...(byReason.get(shortReason(o, ctx)) ?? []), OPTION_TITLE[o]]);
  const reasons = [...byReason].map(([why, names]) => `${names.join(' and ')} ruled out (${why})`);
  const title = left.length
    ? `${capital(reasons.join('; '))}; left: ${left.map((o) => OPTION_TITLE[o]).join(', then ')}`
    : `${capital(reasons.join('; '))}: ${NO_DRUG_OPTION_LEFT.title}`;
  return renderAnswer({ title, lines: [...mergeSameRule(lines), ...(left.length ? [] : NO_DRUG_OPTION_LEFT.lines())] });
}

/** One rule that takes two options out (an MAOI: duloxetine and tramadol) is said once, naming both. */
function mergeSameRule(lines: AnswerLine[]): AnswerLine[] {
  const out: AnswerLine[] = [];
  for (const line of lines) {
    const i = out.findIndex((l) => l.text === line.text);
    if (i < 0) out.push(line);
    else if (line.label?.includes(', ruled out') && out[i]!.label?.includes(', ruled out'))
      out[i] = {
        ...out[i]!,
        label: out[i]!.label!.replace(', ruled out', ` and ${lowerFirst(line.label.split(',')[0]!)}, ruled out`),
      };
  }
  return out;
}

/** An option left: the guideline's line (its dose) and this patient's label rows for its drugs. */
function leftLines(option: DrugOptionId, ctx: QuestionContext): AnswerLine[] {
  const drugs = OFFERED_DRUGS[option].filter((d) => patientStop(d, ctx) === undefined);
  return [
    entryLine(OPTION_GUIDELINE_LINE[option], `${capital(OPTION_TITLE[option])}, left`),
    ...drugs.flatMap((d) => appliedAdjustmentLines(d, ctx)),
  ];
}

/** The reason in a few words, for the title: the option rule's ("on an MAOI"), else the label row's fact ("liver"). */
function shortReason(option: DrugOptionId, ctx: QuestionContext): string {
  const drug = OFFERED_DRUGS[option][0]!;
  const avoid = notForPatient(drug, ctx);
  const row = avoid && appliedAdjustmentLines(drug, ctx).find((l) => l.text.startsWith(avoid.text));
  return (row?.label && lowerFirst(row.label)) ?? ctx.caseRuledOut?.[option] ?? 'this patient';
}
