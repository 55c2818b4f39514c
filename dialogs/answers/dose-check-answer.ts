import type { OutputMessage } from '../turn-types.js';
import { plain, renderAnswer, type AnswerLine } from './answer-message.js';
import { adjustmentLines } from './adjustment-lines.js';
import { entryLine } from './knowledge-lines.js';
import { checkDose, dosingFor, headlineParts, type DrugMention } from './ports.js';
import type { QuestionContext } from './question-context.js';
import { fmt } from './number-format.js';

type DosedDrugId = Parameters<typeof dosingFor>[0];

/** Guideline-vs-label notes that are not about the dose being checked (shown in the drug's own answer instead). */
const OFF_TOPIC_GAPS = new Set(['gap.duloxetine-tramadol', 'gap.gabapentinoid-renal']);

function safeRefusal(what: string, why: string): OutputMessage {
  return plain(`${what}: ${why} No recommendation was computed from it.`);
}

/**
 * "Is naproxen 250 bid adequate?": the verdict from the knowledge base's checkDose with the numbers. An absurd
 * amount or a wrong unit gets a safe reply and never a computed recommendation. The title carries the strictest
 * finding (checkDose's findings: avoid, label maximum, single-dose ceiling, this patient's limits, then the
 * guideline); the note that says the same at length is not repeated below it.
 */
/**
 * The drug ruled out for this patient (next-option.ts): `reason` when an option rule says so (the label's own avoid
 * is checkDose's finding already), and the guideline's next option.
 */
export interface RuledOut {
  reason?: string | undefined;
  next: { title: string; lines: AnswerLine[] };
}

/**
 * `withCase`: places the open case's interaction lines (identity when no case is open). `stop`: the drug is out for
 * this patient; the guideline's next option follows the dose's own findings and the label entry.
 */
export function doseCheckMessage(
  drug: DosedDrugId,
  title: string,
  m: DrugMention,
  ctx: QuestionContext,
  withCase: (lines: AnswerLine[]) => AnswerLine[] = (lines) => lines,
  stop?: RuledOut,
  /** A new start written above the sources' start (new-start.ts): said in the title instead of the trial verdict. */
  startNote?: string,
): OutputMessage {
  const amount = m.doseMg ?? m.dailyMg ?? 0;
  const unit = m.unit === 'g' || m.unit === 'mcg/hr' ? m.unit : 'mg';
  const said = `${title} ${fmt(unit === 'g' ? amount / 1000 : amount)} ${unit}${m.doseMg === undefined ? '/day' : ''}`;
  if (m.unit === 'mcg/hr') return safeRefusal(said, 'mcg/hr is a patch rate, not a unit for this drug.');
  const perDay = m.timesPerDay;
  let doseMg: number;
  let timesPerDay: number;
  if (m.doseMg !== undefined && perDay !== undefined) {
    [doseMg, timesPerDay] = [m.doseMg, perDay];
  } else if (m.doseMg !== undefined && onceDaily(drug)) {
    // A once-daily drug given as one amount ("duloxetine 60 mg"): that amount is the daily dose.
    [doseMg, timesPerDay] = [m.doseMg, 1];
  } else if (m.dailyMg !== undefined) {
    timesPerDay = dosingFor(drug).guideline?.timesPerDay.min ?? 1;
    doseMg = m.dailyMg / timesPerDay;
  } else {
    const probe = checkDose(drug, m.doseMg ?? 0, 1, ctx);
    if (probe.verdict === 'absurd') return safeRefusal(said, probe.notes[0] ?? 'that amount is not plausible.');
    // One dose past the label's single-dose ceiling is said however often it is taken ("five of the 200s at a time").
    const ceiling = probe.findings.find((f) => f.kind === 'above-dose-ceiling');
    if (ceiling)
      return plain(
        `${said}: ${ceiling.text}. How often is it taken? Say e.g. "${drug} ${fmt(m.doseMg ?? 0)} mg bid" for a full dose check.`,
      );
    return plain(`${said}: how often is it taken? Say e.g. "${drug} ${fmt(m.doseMg ?? 0)} mg bid" for a dose check.`);
  }
  const check = checkDose(drug, doseMg, timesPerDay, ctx);
  if (check.verdict === 'absurd') return safeRefusal(said, check.notes[0] ?? 'that amount is not plausible.');
  // A daily cap that is not a whole number of doses (3 tablets a dose, at most 8 a day) is said as the cap, never as
  // a fractional count of doses a day ("600 mg x 2.7/day").
  const regimen =
    m.dailyMg !== undefined && perDay === undefined
      ? `${fmt(check.dailyMg)} mg/day`
      : Number.isInteger(check.timesPerDay)
        ? `${fmt(check.doseMg)} mg x ${fmt(check.timesPerDay)}/day = ${fmt(check.dailyMg)} mg/day`
        : `${fmt(check.doseMg)} mg a dose, at most ${fmt(check.dailyMg)} mg/day`;
  // The patient's own renal/age/liver tier (with its source) replaces the full adjustment tables.
  const adjustments = adjustmentLines(drug, ctx);
  const ids = check.knowledgeIds.filter(
    (id) =>
      !/^(?:renal|age|liver|condition|dialysis)\./.test(id) &&
      (!OFF_TOPIC_GAPS.has(id) || (id === 'gap.gabapentinoid-renal' && ctx.crcl !== undefined)),
  );
  const entries = ids.map((id) => entryLine(id, id.startsWith('gap.') ? 'Guideline vs label' : undefined));
  // The title's findings: their notes would only repeat it ("not for this patient", "above the label maximum").
  const parts = headlineParts(check);
  const shown = new Set([...entries, ...adjustments].map((e) => e.text));
  for (const part of parts) if (part.note) shown.add(part.note);
  // A "Label: ..." note repeats the label entry shown below, which carries its source.
  // An adjustment line may carry a note after the result ("eGFR overestimates..."): its result is still shown.
  const notes = check.notes.filter(
    (n) => !shown.has(n) && !adjustments.some((a) => a.text.startsWith(n)) && !/^label\b/i.test(n),
  );
  const shownEntries = stop?.next.lines.length ? entries.slice(0, 1) : entries;
  const lines: AnswerLine[] = [
    ...notes.map((text) => ({ text })),
    ...adjustments,
    ...shownEntries,
    ...(stop?.next.lines ?? []),
  ];
  const found = parts.map((p) => p.text);
  // An option rule's "not for this patient" leaves only the findings above a limit beside it (never "adequate").
  const beside = found.filter((t) => /\babove\b/.test(t));
  const headline = (
    stop?.reason ? [`not for this patient (${stop.reason})`, ...beside] : startNote ? [startNote, ...beside] : found
  ).join('; ');
  return renderAnswer({ title: `${title} ${regimen}: ${headline}${stop?.next.title ?? ''}`, lines: withCase(lines) });
}

function onceDaily(drug: DosedDrugId): boolean {
  const times = dosingFor(drug).guideline?.timesPerDay;
  return times?.min === 1 && times.max === 1;
}
