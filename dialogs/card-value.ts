import { z } from 'zod';

/**
 * Data posted back by the bot's own card buttons (Action.Submit `data` merged with card inputs).
 * Anything that does not match is treated as an unreadable button press, never trusted.
 */
export const cardValueSchema = z.discriminatedUnion('command', [
  /** Behave as if the clinician had typed `text`. */
  z.object({ command: z.literal('say'), text: z.string().min(1).max(500) }),
]);
export type CardValue = z.infer<typeof cardValueSchema>;

export function parseCardValue(value: unknown): CardValue | undefined {
  const result = cardValueSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
