import { z } from 'zod';

/**
 * Longest message text the core reads; longer text gets a clear "too long" answer instead. A pasted clinic note runs
 * to 1,000-3,500 characters (the longest in the corpora is 3,240); 8,000 leaves room for a whole letter while one
 * turn's reading stays a few milliseconds, so a long paste never stalls other conversations (issue 16).
 */
export const MAX_TEXT_CHARS = 8_000;

/**
 * What the core sees of one inbound activity, independent of botbuilder.
 * `text` has the bot's @mention removed; `value` is an Adaptive Card submit payload (validated again by whoever reads it).
 */
export const turnInputSchema = z.object({
  kind: z.enum(['message', 'install']),
  conversationKey: z.string().min(1).max(512),
  scope: z.enum(['personal', 'groupChat', 'channel']),
  userId: z.string().max(512),
  text: z.string(),
  value: z.unknown().optional(),
  activityId: z.string().max(512).optional(),
  locale: z.string().max(64).optional(),
  /** ISO time the turn arrived; the core is pure and takes its clock from here. */
  receivedAt: z.string().datetime(),
});
export type TurnInput = z.infer<typeof turnInputSchema>;

/** A numbered guideline or reference source shown as a Teams citation (marker [n] in the text). */
export interface Citation {
  position: number;
  name: string;
  abstract: string;
}

export interface SuggestedAction {
  title: string;
  /** Text posted back when tapped. */
  value: string;
}

/** An Adaptive Card 1.5 JSON object (type "AdaptiveCard"). Rendering to an attachment happens in src/teams/. */
export type AdaptiveCardJson = { type: 'AdaptiveCard'; version: '1.5'; body: unknown[] } & Record<string, unknown>;

export interface OutputMessage {
  /** Plain text (light markdown). Always present: it is the fallback whenever a card cannot render. */
  text: string;
  card?: AdaptiveCardJson;
  citations?: Citation[];
  /** At most 3 are rendered. */
  suggestedActions?: SuggestedAction[];
  /**
   * Which route answered and the knowledge entry ids the message cites (never the clinician's words): what a
   * "Report a problem" press stores (dialogs/feedback.ts). Set by the core; not rendered.
   */
  meta?: OutputMeta;
}

export interface OutputMeta {
  route: string;
  ids?: string[];
}

export interface TurnOutput {
  messages: OutputMessage[];
}
