import { z } from 'zod';
import { factKeySchema } from '../src/clinical/case/case-facts.js';
import { caseLabelSchema, confirmableSchema } from './walkthrough/case-record.js';

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
 * Data posted back by the bot's own card buttons (Action.Submit or Action.Execute `data`, merged with card inputs).
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
  /**
   * A walk-through command button; `case` names the case it was shown for (required for `switch`). A question
   * card's Skip carries its question `key` (an older card's Skip skips nothing once the case has moved on); a
   * confirmation button names what it `confirms`, so an older confirmation card never confirms a newer request.
   */
  z.object({
    command: z.literal('case'),
    action: caseCommandSchema,
    case: caseLabelSchema.optional(),
    key: factKeySchema.optional(),
    confirms: confirmableSchema.optional(),
  }),
]);
export type CardValue = z.infer<typeof cardValueSchema>;

/** A button whose words stand for typed text (help and answer cards): every route reads it as if typed. */
export function pressedButton(card: CardValue | undefined): CardValue | undefined {
  return card?.command === 'say' ? undefined : card;
}

/**
 * What a question card's `refresh` action carries (Adaptive Cards Universal Actions, verb "refresh"): which
 * card it is, so the bot can show it as it stands now (live while its question is the pending one, else closed).
 * Never a button press: it changes nothing.
 */
export const questionRefSchema = z.object({
  command: z.literal('view'),
  case: caseLabelSchema,
  key: factKeySchema,
});
export type QuestionRef = z.infer<typeof questionRefSchema>;

/** Universal Actions verbs (Action.Execute `verb`): what a press does, readable in logs and by the client. */
export const VERB = { answer: 'answer', command: 'case-command', refresh: 'refresh' } as const;

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
