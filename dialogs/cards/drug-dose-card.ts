import type { KnowledgeEntry } from '../../src/clinical/knowledge/entry-schema.js';
import type { DrugId } from '../../src/clinical/knowledge/drug-catalogue.js';
import { DISCLAIMER_SHORT } from './card-text.js';
import { citationLabel, drugDoseSummary } from '../../src/clinical/knowledge/drug-dose-summary.js';
import type { AdaptiveCardJson } from '../turn-types.js';

/** A compact card to insert into a conversation: fits the compose box's preview and a chat bubble. */
export const MAX_GUIDELINE_LINES = 2;
export const MAX_SAFETY_NOTES = 3;

export interface DrugDoseCard {
  drug: DrugId;
  /** Preview list entry in the message extension. */
  title: string;
  subtitle: string;
  card: AdaptiveCardJson;
  /** Plain-text version of the card (fallbackText). */
  text: string;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * One line for the guideline citation numbers used on the card: they are the guideline's own numbers. What they may
 * point to is a guess for the text as a whole (clinical-reference.md section 1), so it belongs to the `sources`
 * answer, never under a dose as if it were that dose's source.
 */
function sourceLines(entries: KnowledgeEntry[]): string[] {
  const numbers = [...new Set(entries.flatMap((e) => (e.origin === 'guideline' ? e.cites : [])))].sort((a, b) => a - b);
  if (!numbers.length) return [];
  const marks = numbers.map((n) => `[${n}]`).join('');
  const what = numbers.length > 1 ? 'citation numbers' : 'citation number';
  return [`${marks}: the guideline's own ${what}. Say "sources" in the bot for what it may refer to.`];
}

export function drugDoseCard(drug: DrugId): DrugDoseCard | undefined {
  const summary = drugDoseSummary(drug);
  if (!summary.guideline.length && !summary.notes.length) return undefined;
  const guideline = summary.guideline.slice(0, MAX_GUIDELINE_LINES);
  const notes = summary.notes.slice(0, MAX_SAFETY_NOTES);
  const title = capitalise(summary.name);
  const subtitle = guideline[0]?.text ?? notes[0]?.text ?? '';
  const sources = sourceLines(guideline);
  const text = [
    `**${title}**`,
    ...guideline.map((e) => `${e.text} ${citationLabel(e)}`),
    ...(notes.length ? ['Safety notes:', ...notes.map((e) => `- ${e.text} (${citationLabel(e)})`)] : []),
    ...sources,
    DISCLAIMER_SHORT,
  ].join('\n\n');
  const card: AdaptiveCardJson = {
    type: 'AdaptiveCard',
    version: '1.5',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    body: [
      { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' },
      ...(guideline.length
        ? guideline.map((e) => ({
            type: 'TextBlock',
            text: `${e.text} **${citationLabel(e)}**`,
            wrap: true,
            spacing: 'Small',
          }))
        : [{ type: 'TextBlock', text: 'The guideline gives no dose for this drug.', wrap: true }]),
      ...(notes.length
        ? [
            { type: 'TextBlock', text: 'Safety notes', weight: 'Bolder', wrap: true, spacing: 'Medium' },
            ...notes.map((e) => ({
              type: 'Container',
              spacing: 'Small',
              items: [
                { type: 'TextBlock', text: `- ${e.text}`, wrap: true },
                {
                  type: 'TextBlock',
                  text: citationLabel(e),
                  wrap: true,
                  isSubtle: true,
                  size: 'Small',
                  spacing: 'None',
                },
              ],
            })),
          ]
        : []),
      ...sources.map((s, i) => ({
        type: 'TextBlock',
        text: s,
        wrap: true,
        isSubtle: true,
        size: 'Small',
        spacing: i ? 'None' : 'Medium',
      })),
      { type: 'TextBlock', text: DISCLAIMER_SHORT, wrap: true, isSubtle: true, size: 'Small', spacing: 'Small' },
    ],
  };
  return { drug, title, subtitle: subtitle.length > 120 ? `${subtitle.slice(0, 117)}...` : subtitle, card, text };
}
