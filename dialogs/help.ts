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

/**
 * A question about the bot itself ("what can you actually do?", "what are you for", "what do you cover", "how do I
 * use this"): answered with the help, never "not covered". Each row reads the whole message (lower case, trailing
 * punctuation allowed), its example and not its counter-example (test/answers/scope-questions.test.ts): a question
 * that goes on to a drug or a patient ("what do you do when duloxetine fails?", "how do I use duloxetine?") is not
 * about the bot.
 */
const LEAD = `^(?:(?:so|ok|okay|hi|hey|and|sorry|um|quick q)[,:]? )?`;
const END = `(?: (?:exactly|then|here|for me|for us|for clinicians|in practice|properly|best))?[?.!]*$`;
const YOU = `(?:you|u|this(?: bot| app| thing| tool)?|the (?:bot|app|tool)|it)`;
export const SCOPE_QUESTION_ROWS: readonly { id: string; re: RegExp; example: string; counter: string }[] = [
  {
    id: 'what-can-you-do',
    re: new RegExp(
      `${LEAD}what (?:else )?(?:can|could|do|does) ${YOU} (?:actually |really |even |exactly )?(?:do|help(?: me| us)? with|cover|answer|know(?: about)?|handle)${END}`,
    ),
    example: 'what can you actually do?',
    counter: 'what do you do when duloxetine fails?',
  },
  {
    id: 'what-are-you-for',
    re: new RegExp(
      `${LEAD}(?:what (?:are|r) (?:you|u)|what(?:'s| is) ${YOU}) (?:for|good for|able to do|capable of|about)${END}`,
    ),
    example: 'what are you for',
    counter: 'what are you using for her pain?',
  },
  {
    id: 'what-is-covered',
    re: new RegExp(
      `${LEAD}(?:what|which) (?:topics|things|areas|questions|drugs) (?:do|does|can) ${YOU} (?:cover|handle|answer|know about)${END}`,
    ),
    example: 'which topics do you cover?',
    counter: 'which drugs does the guideline cover for sciatica?',
  },
  {
    id: 'how-to-use',
    re: new RegExp(
      `${LEAD}how (?:do|can|should|would) (?:i|we) (?:use|work|talk to|ask|start with|get started with) ${YOU}${END}`,
    ),
    example: 'how do i use this',
    counter: 'how do I use duloxetine?',
  },
];

/** Whether the (lower-case) message asks what the bot is or does. */
export function asksAboutTheBot(lower: string): boolean {
  return SCOPE_QUESTION_ROWS.some((r) => r.re.test(lower));
}

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
