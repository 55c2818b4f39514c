import { getEntry, hasEntry } from '../../src/clinical/knowledge/knowledge-base.js';
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

/** "[1] ACP 2017 guideline ... (probable)" for each guideline citation number used on the card. */
function sourceLines(entries: KnowledgeEntry[]): string[] {
  const numbers = [...new Set(entries.flatMap((e) => (e.origin === 'guideline' ? e.cites : [])))].sort((a, b) => a - b);
  return numbers.map((n) => {
    const id = `sources.${n}`;
    const text = hasEntry(id)
      ? getEntry(id).text.replace(/^Probable source of citation \d+: /, '')
      : 'guideline source';
    return `[${n}] ${text} (probable source)`;
  });
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
