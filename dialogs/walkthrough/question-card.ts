import type { FactKey } from '../../src/clinical/case/case-facts.js';
import type { AdaptiveCardJson, OutputMessage } from '../turn-types.js';
import { QUESTIONS } from './questions.js';

const submit = (title: string, data: Record<string, unknown>, inputs: 'auto' | 'none' = 'none') => ({
  type: 'Action.Submit',
  title,
  data,
  associatedInputs: inputs,
});

/**
 * The single next question as an Adaptive Card 1.5: quick choices, a text box (typed answers always work too),
 * and skip / why buttons. The plain-text fallback says the same.
 */
export function questionMessage(label: string, key: FactKey, again = false): OutputMessage {
  const q = QUESTIONS[key];
  const lead = again ? `Back to case ${label}` : `Case ${label}`;
  const choices = q.choices.length ? `Quick answers: ${q.choices.join(' / ')}. ` : '';
  const text = `${lead}, next question: **${q.ask}**\n\n${choices}Or type it (${q.hint}). Say "skip" to leave it, "why" or "plan" any time.`;
  const answer = { command: 'answer', case: label, key };
  const card: AdaptiveCardJson = {
    type: 'AdaptiveCard',
    version: '1.5',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    body: [
      { type: 'TextBlock', text: `${lead} · next question`, isSubtle: true, size: 'Small', wrap: true },
      { type: 'TextBlock', text: q.ask, weight: 'Bolder', wrap: true },
      ...(q.choices.length
        ? [{ type: 'ActionSet', actions: q.choices.map((c) => submit(c, { ...answer, text: c })) }]
        : []),
      // Required only for the Answer button (associatedInputs 'auto'); the quick choices send their own text.
      {
        type: 'Input.Text',
        id: 'text',
        placeholder: q.hint,
        maxLength: 500,
        isRequired: true,
        errorMessage: 'Type an answer, or tap a quick answer.',
      },
    ],
    actions: [
      submit('Answer', answer, 'auto'),
      submit('Skip', { command: 'case', action: 'skip', case: label }),
      submit('Why?', { command: 'case', action: 'why', case: label }),
      submit('Plan', { command: 'case', action: 'plan', case: label }),
    ],
  };
  return { text, card, suggestedActions: q.choices.slice(0, 3).map((c) => ({ title: c, value: c })) };
}
