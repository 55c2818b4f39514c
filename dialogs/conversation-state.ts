import { z } from 'zod';
import { caseLabelSchema, caseRecordSchema, MAX_CASES, pendingConfirmSchema } from './walkthrough/case-record.js';

/** Activity ids remembered per conversation so that a retried activity is answered once. */
export const REMEMBERED_ACTIVITY_IDS = 20;

/** Follow-up reminders kept per conversation (dialogs/walkthrough/reminders.ts). */
export const MAX_REMINDERS = 10;

/**
 * A follow-up reminder (issue 15): on `dueAt` the bot posts the case's pending review in this conversation. Only
 * the case label, the case's creation time (labels are reused once a case is forgotten) and times are stored, never
 * the clinician's words. `claim` is set by the scheduler (src/runtime/reminders.ts) with the record's eTag, so one
 * instance sends it; a claim older than its lease is taken again (the instance died while sending).
 */
export const reminderSchema = z.object({
  /** Its number in "reminders" and "cancel reminder 1"; never reused while the reminder is stored. */
  n: z.number().int().min(1).max(999),
  case: caseLabelSchema,
  caseCreatedAt: z.string().max(40),
  dueAt: z.string().datetime(),
  setAt: z.string().datetime(),
  claim: z.object({ at: z.string().datetime(), by: z.string().max(64) }).optional(),
  /** Failed sends so far; the reminder is dropped after a few. */
  attempts: z.number().int().min(0).max(100).default(0),
});
export type Reminder = z.infer<typeof reminderSchema>;

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
  /** Follow-up reminders not yet sent (records written before reminders existed have none). */
  reminders: z.array(reminderSchema).max(MAX_REMINDERS).default([]),
});
export type ConversationState = z.infer<typeof conversationStateSchema>;

export function emptyState(now: string): ConversationState {
  return { v: 1, updatedAt: now, processed: [], cases: [], reminders: [] };
}
