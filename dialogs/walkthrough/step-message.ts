import { redFlagHeadline } from '../../src/clinical/knowledge/red-flags.js';
import { DISCLAIMER } from '../disclaimer.js';
import type { OutputMessage } from '../turn-types.js';
import { EntryCitations } from './citations.js';
import { isTherapyOption, therapyLines } from './therapy-lines.js';
import { caseOptionLines, continueLine, KidneyNote } from './option-lines.js';
import { focusLines, leftForPlan } from './step-focus.js';
import { withoutRestatements } from './restatements.js';
import { getEntry, hasEntry, type PathwayView } from './ports.js';
import { stepList } from './step-titles.js';

export interface StepMessageParts {
  label: string;
  view: PathwayView;
  /** "I understood" lines for this turn (labels, never the clinician's own words). */
  understood?: string[];
  /** A line before everything else (e.g. "Noted."). */
  lead?: string;
  /** Warning ids that are new this turn: shown first, marked. */
  newWarnings?: string[];
  /** Said once per case, at its start. */
  disclaimer?: boolean;
  /** Only the lead and new warnings: the step and its recommendations did not change this turn. */
  brief?: boolean;
}

/** Recommendations with citation markers, then the case's warnings. */
export function recommendationLines(
  view: PathwayView,
  book: EntryCitations,
  newWarnings: readonly string[] = [],
): string[] {
  const therapies = view.recommendations.filter(isTherapyOption);
  const continued = view.status === 'urgent' ? undefined : continueLine(view, book);
  const recs = [
    ...withoutRestatements(view.recommendations)
      .filter((id) => !isTherapyOption(id))
      .map((id) => book.line(id)),
    ...therapyLines(therapies, book),
    continued,
  ].filter((l): l is string => !!l);
  const fresh = newWarnings
    .map((id) => book.line(id))
    .filter((l): l is string => !!l)
    .map(markNew);
  const older = view.warnings
    .filter((id) => !newWarnings.includes(id))
    .map((id) => book.line(id))
    .filter((l): l is string => !!l);
  const forPatient = view.status === 'urgent' ? [] : caseOptionLines(view, book, new KidneyNote());
  return [
    ...(fresh.length ? ['**Warnings for this case**', ...fresh, ...older] : []),
    ...(view.status === 'urgent'
      ? [`**Stop the pathway: ${redFlagHeadline(view.recommendations)}**`]
      : recs.length
        ? [view.provisional ? `**Recommended now ${ONCE_SCREENED}**` : '**Recommended now**']
        : []),
    ...recs,
    ...(forPatient.length ? [FOR_THIS_PATIENT, ...forPatient] : []),
    ...(!fresh.length && older.length ? ['**Safety notes for this case**', ...older] : []),
  ];
}

/** The condition a provisional plan carries: the red-flag screen is not stated yet (PathwayView.provisional). */
const ONCE_SCREENED = '(once the red-flag screen is clear)';

/** The heading of the lines that say which options the case rules out, holds for a check, or has done with. */
const FOR_THIS_PATIENT = '**For this patient**';

/** Context that `plan` shows in full: imaging reconciliation and instrument scoring are not safety notes. */
const CONTEXT_KINDS = new Set(['imaging', 'instrument']);
const safetyNote = (id: string) => !hasEntry(id) || !CONTEXT_KINDS.has(getEntry(id).kind);

/**
 * The short step: the few recommendations actionable now (step-focus.ts), then every safety note of the case
 * (interactions, avoid items, label and adjustment notes for drugs held or recommended): never shortened.
 */
function focusSection(view: PathwayView, book: EntryCitations, newWarnings: readonly string[]): string[] {
  if (view.status === 'urgent') return recommendationLines(view, book, newWarnings);
  const fresh = newWarnings
    .filter(safetyNote)
    .map((id) => book.line(id))
    .filter((l): l is string => !!l)
    .map(markNew);
  const older = view.warnings
    .filter((id) => !newWarnings.includes(id) && safetyNote(id))
    .map((id) => book.line(id))
    .filter((l): l is string => !!l);
  const note = new KidneyNote();
  const recs = focusLines(view, book, note);
  const forPatient = caseOptionLines(view, book, note);
  const more = leftForPlan(view);
  return [
    ...(fresh.length ? ['**Warnings for this case**', ...fresh, ...older] : []),
    ...(recs.length ? [view.provisional ? `**Do now ${ONCE_SCREENED}**` : '**Do now**', ...recs] : []),
    ...(forPatient.length ? [FOR_THIS_PATIENT, ...forPatient] : []),
    ...(!fresh.length && older.length ? ['**Safety notes for this case**', ...older] : []),
    ...(more ? [`_Say "plan" for all recommendations (${more} more), "why" for the reasoning._`] : []),
  ];
}

/** The walk-through's main answer: what it understood, where the case is, what to do now, cited. */
export function stepMessage(p: StepMessageParts): OutputMessage {
  const book = new EntryCitations();
  if (p.brief) {
    const fresh = (p.newWarnings ?? [])
      .map((id) => book.line(id))
      .filter((l): l is string => !!l)
      .map(markNew);
    const citations = book.list();
    return { text: joinBlocks([...(p.lead ? [p.lead] : []), ...fresh]), ...(citations.length ? { citations } : {}) };
  }
  const lines = [
    ...(p.lead ? [p.lead] : []),
    ...(p.understood?.length
      ? [
          `**Case ${p.label}: I understood** (correct me by typing, e.g. "no leg symptoms")`,
          ...p.understood.map((u) => `- ${u}`),
        ]
      : []),
    `**Step:** ${stepList(p.view.activeSteps)}`,
    ...focusSection(p.view, book, p.newWarnings ?? []),
    ...(p.disclaimer ? [`_${DISCLAIMER}_`] : []),
  ];
  const citations = book.list();
  return { text: joinBlocks(lines), ...(citations.length ? { citations } : {}) };
}

/** List items stay together; other lines are paragraphs. */
export function joinBlocks(lines: readonly string[]): string {
  return lines.reduce((out, line, i) => {
    if (i === 0) return line;
    const list = line.startsWith('- ') && lines[i - 1]!.startsWith('- ');
    return `${out}${list ? '\n' : '\n\n'}${line}`;
  }, '');
}

const markNew = (line: string) => line.replace(/^- /, '- ⚠️ **New:** ');
