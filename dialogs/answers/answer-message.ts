import type { ReviewState } from '../../src/clinical/knowledge/entry-schema.js';
import { CitationBook } from '../citation-book.js';
import type { AdaptiveCardJson, Citation, OutputMessage, SuggestedAction } from '../turn-types.js';

/**
 * One short answer as data: a title and a few lines, each carrying either guideline citation numbers (1-6, shown
 * as [n] markers) or the named source of a clinical-reference fact (shown as a numbered marker after 6, labelled
 * with the cited entries' review state: "review pending" or "review confirmed"). Rendered once to plain text and
 * to an Adaptive Card 1.5 with the same content.
 */
export interface AnswerLine {
  text: string;
  /** Guideline citation numbers. */
  cites?: number[];
  /** Named public source (clinical-reference facts). */
  source?: string;
  /** The review state of the knowledge entry behind a sourced line (said beside its source). */
  review?: ReviewState;
  /** Short bold prefix, e.g. "Guideline", "Label". */
  label?: string;
  evidence?: 'moderate' | 'low';
}

export interface Answer {
  title: string;
  lines: AnswerLine[];
  /** One closing line without citation (e.g. "MME is not for converting between opioids"). */
  note?: string;
  suggestedActions?: SuggestedAction[];
}

interface Numbered {
  line: AnswerLine;
  markers: number[];
}

function number(lines: AnswerLine[]): { numbered: Numbered[]; citations: Citation[] } {
  const book = new CitationBook();
  const numbered = lines.map((line) => ({ line, markers: book.cite(line.cites, line.source, line.review) }));
  return { numbered, citations: book.list() };
}

function lineText({ line, markers }: Numbered): string {
  const prefix = line.label ? `**${line.label}:** ` : '';
  const evidence = line.evidence && !/evidence/i.test(line.text) ? ` (${line.evidence}-quality evidence)` : '';
  const marks = markers.map((m) => `[${m}]`).join('');
  return `${prefix}${line.text}${evidence}${marks ? ` ${marks}` : ''}`;
}

/**
 * The card does not list its sources: src/teams/render.ts writes out every cited [n] under any card (Teams shows
 * citation pop-ups only for text messages), so all cards, answers and walk-through alike, get one sources footer.
 */
export function renderAnswer(answer: Answer): OutputMessage {
  const { numbered, citations } = number(answer.lines);
  const body = numbered.map(lineText);
  const text = [
    `**${answer.title}**`,
    body.map((l) => `- ${l}`).join('\n'),
    ...(answer.note ? [answer.note] : []),
  ].join('\n\n');
  const card: AdaptiveCardJson = {
    type: 'AdaptiveCard',
    version: '1.5',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    body: [
      { type: 'TextBlock', text: answer.title, weight: 'Bolder', size: 'Medium', wrap: true },
      ...body.map((l) => ({ type: 'TextBlock', text: `- ${l}`, wrap: true, spacing: 'Small' })),
      ...(answer.note
        ? [{ type: 'TextBlock', text: answer.note, wrap: true, weight: 'Bolder', spacing: 'Medium' }]
        : []),
    ],
    ...(answer.suggestedActions?.length
      ? {
          actions: answer.suggestedActions.map((a) => ({
            type: 'Action.Submit',
            title: a.title,
            data: { command: 'say', text: a.value },
          })),
        }
      : {}),
  };
  return {
    text,
    card,
    ...(citations.length ? { citations } : {}),
    ...(answer.suggestedActions?.length ? { suggestedActions: answer.suggestedActions } : {}),
  };
}

/** A plain one-message answer with no card (safe refusals, "not covered", input problems). */
export function plain(text: string, suggestedActions?: SuggestedAction[]): OutputMessage {
  return { text, ...(suggestedActions?.length ? { suggestedActions } : {}) };
}
