import { z } from 'zod';
import { factKeySchema } from '../src/clinical/case/case-facts.js';
import { caseLabelSchema } from './walkthrough/case-record.js';

/** Walk-through commands a button can carry (dialogs/walkthrough/commands.ts gives each its typed words). */
export const caseCommandSchema = z.enum([
  'why',
  'back',
  'skip',
  'plan',
  'note',
  'restart',
  'forget',
  'forget-all',
  'confirm',
  'cancel',
  'help',
  'cases',
  'switch',
]);
export type CaseCommand = z.infer<typeof caseCommandSchema>;

/**
 * Data posted back by the bot's own card buttons (Action.Submit `data` merged with card inputs).
 * Anything that does not match is treated as an unreadable button press, never trusted.
 */
export const cardValueSchema = z.discriminatedUnion('command', [
  /** Behave as if the clinician had typed `text`. */
  z.object({ command: z.literal('say'), text: z.string().min(1).max(500) }),
  /** A quick choice (or the card's text input) answering the walk-through's question `key` about case `case`. */
  z.object({
    command: z.literal('answer'),
    case: caseLabelSchema,
    key: factKeySchema,
    text: z.string().trim().min(1).max(500),
  }),
  /** A walk-through command button; `case` names the case it was shown for (required for `switch`). */
  z.object({ command: z.literal('case'), action: caseCommandSchema, case: caseLabelSchema.optional() }),
]);
export type CardValue = z.infer<typeof cardValueSchema>;

export function parseCardValue(value: unknown): CardValue | undefined {
  const result = cardValueSchema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** The words a clinician would type for the same button, so that every button also works as typed text. */
export function cardValueText(value: CardValue): string {
  switch (value.command) {
    case 'say':
    case 'answer':
      return value.text;
    case 'case':
      if (value.action === 'switch') return `switch to case ${value.case ?? ''}`.trim();
      return value.action === 'forget-all' ? 'forget all' : value.action;
  }
}
