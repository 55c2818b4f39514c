import type { AdaptiveCardJson, Citation, OutputMessage, SuggestedAction } from '../turn-types.js';

/**
 * One short answer as data: a title and a few lines, each carrying either guideline citation numbers (1-6, shown
 * as [n] markers) or the named source of a clinical-reference fact (shown as a numbered marker after 6, labelled
 * "review pending"). Rendered once to plain text and to an Adaptive Card 1.5 with the same content.
 */
export interface AnswerLine {
  text: string;
  /** Guideline citation numbers. */
  cites?: number[];
  /** Named public source (clinical-reference facts). */
  source?: string;
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

/** What the guideline's numbers 1-6 probably refer to (clinical-reference §1); injected from the knowledge base. */
export type GuidelineSourceNames = (n: number) => string | undefined;

interface Numbered {
  line: AnswerLine;
  markers: number[];
}

function number(lines: AnswerLine[], names: GuidelineSourceNames): { numbered: Numbered[]; citations: Citation[] } {
  const citations = new Map<number, Citation>();
  const referencePositions = new Map<string, number>();
  const numbered = lines.map((line) => {
    const markers: number[] = [];
    for (const n of line.cites ?? []) {
      markers.push(n);
      if (!citations.has(n)) {
        citations.set(n, { position: n, name: `Guideline reference ${n}`, abstract: names(n) ?? `Cited in the guideline as ${n}.` });
      }
    }
    if (line.source) {
      let position = referencePositions.get(line.source);
      if (position === undefined) {
        position = 7 + referencePositions.size;
        referencePositions.set(line.source, position);
        citations.set(position, { position, name: line.source, abstract: `${line.source}. Review pending.` });
      }
      markers.push(position);
    }
    return { line, markers };
  });
  return { numbered, citations: [...citations.values()].sort((a, b) => a.position - b.position) };
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
export function renderAnswer(answer: Answer, names: GuidelineSourceNames): OutputMessage {
  const { numbered, citations } = number(answer.lines, names);
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
      ...(answer.note ? [{ type: 'TextBlock', text: answer.note, wrap: true, weight: 'Bolder', spacing: 'Medium' }] : []),
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
