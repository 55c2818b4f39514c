import { z } from 'zod';
import { caseRecordSchema, MAX_CASES, pendingConfirmSchema } from './walkthrough/case-record.js';

/** Activity ids remembered per conversation so that a retried activity is answered once. */
export const REMEMBERED_ACTIVITY_IDS = 20;

/**
 * Everything stored for one conversation (1:1 chat, group chat, or channel thread). Other parts of the core add
 * their own fields here; the whole record is deleted by `forget` and expires after the retention period.
 */
export const conversationStateSchema = z.object({
  v: z.literal(1),
  updatedAt: z.string(),
  processed: z.array(z.string()).max(REMEMBERED_ACTIVITY_IDS).default([]),
  /** Walk-through cases (dialogs/walkthrough/); a group chat or channel thread normally holds one. */
  cases: z.array(caseRecordSchema).max(MAX_CASES).default([]),
  /** Label of the case the clinician is working on. */
  activeCase: z.string().optional(),
  /** `forget` / `forget all` waiting for confirmation. */
  pendingConfirm: pendingConfirmSchema.optional(),
});
export type ConversationState = z.infer<typeof conversationStateSchema>;

export function emptyState(now: string): ConversationState {
  return { v: 1, updatedAt: now, processed: [], cases: [] };
}
