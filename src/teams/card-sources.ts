import type { AdaptiveCardJson, Citation } from '../../dialogs/turn-types.js';

/**
 * Teams shows citation pop-ups only for [n] markers in a message's text, not inside an Adaptive Card. So a card
 * whose text cites sources lists them itself: every cited [n] that the card does not already spell out gets a
 * "[n] source" line at the foot of the card (and of its plain-text fallback).
 */
export function withCitedSources(
  card: AdaptiveCardJson,
  text: string,
  citations: Citation[] = [],
): { card: AdaptiveCardJson; text: string } {
  const cited = citations.filter((c) => text.includes(`[${c.position}]`));
  if (!cited.length) return { card, text };
  const shown = JSON.stringify(card.body);
  // A source line reads "[n] Name..." (a marker in a sentence is "... [n]" or "[n][m]"), wherever it sits in a text block.
  const listed = (n: number) => new RegExp(`\\[${n}\\] \\p{L}`, 'u').test(shown);
  const missing = cited.filter((c) => !listed(c.position));
  if (!missing.length) return { card, text };
  const lines = [...missing]
    .sort((a, b) => a.position - b.position)
    .map((c) => `[${c.position}] ${c.abstract || c.name}`);
  const blocks = lines.map((line, i) => ({
    type: 'TextBlock',
    text: line,
    wrap: true,
    isSubtle: true,
    size: 'Small',
    spacing: i ? 'None' : 'Small',
  }));
  return { card: { ...card, body: [...card.body, ...blocks] }, text: [text, ...lines].join('\n\n') };
}
