import { DISCLAIMER, PRIVACY_NOTE } from './disclaimer.js';
import type { AdaptiveCardJson, OutputMessage, SuggestedAction } from './turn-types.js';

const EXAMPLES: SuggestedAction[] = [
  { title: 'New case', value: 'new case' },
  { title: 'Duloxetine dose', value: 'duloxetine dose?' },
  { title: 'When to refer?', value: 'when to refer?' },
];

const LINES = [
  'Back Pain Pathway helps with chronic low back pain that has not responded to initial medications.',
  '- **Dosing**: "duloxetine dose?", "is naproxen 250 bid adequate?", "MME of oxycodone 5 q6h"',
  '- **Case walk-through**: paste a short case description, or say "new case"',
  '- **Guideline questions**: "steroids?", "when to refer?", "MRI?"',
];

/** The help answer and the 1:1 welcome: what the bot does, with the disclaimer said once. */
export function helpMessage(intro?: string): OutputMessage {
  const text = [...(intro ? [intro] : []), ...LINES, DISCLAIMER, PRIVACY_NOTE].join('\n\n');
  const card: AdaptiveCardJson = {
    type: 'AdaptiveCard',
    version: '1.5',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    body: [
      ...(intro ? [{ type: 'TextBlock', text: intro, wrap: true }] : []),
      { type: 'TextBlock', text: 'Back Pain Pathway', weight: 'Bolder', size: 'Medium', wrap: true },
      ...LINES.map((line) => ({ type: 'TextBlock', text: line, wrap: true, spacing: 'Small' })),
      { type: 'TextBlock', text: DISCLAIMER, wrap: true, isSubtle: true, size: 'Small' },
      { type: 'TextBlock', text: PRIVACY_NOTE, wrap: true, isSubtle: true, size: 'Small', spacing: 'None' },
    ],
    actions: EXAMPLES.map((a) => ({ type: 'Action.Submit', title: a.title, data: { command: 'say', text: a.value } })),
  };
  return { text, card, suggestedActions: EXAMPLES };
}
