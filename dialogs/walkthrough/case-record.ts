import { z } from 'zod';
import { caseFactsSchema, factKeySchema } from '../../src/clinical/case/case-facts.js';

/** Cases kept per conversation; starting one more drops the least recently changed. */
export const MAX_CASES = 6;
/** Undo steps kept per case (fewer when the record would pass CASE_BYTES_TARGET). */
export const MAX_HISTORY = 8;
/** Stored size target for one case (JSON characters): history is trimmed oldest-first to stay under it. */
export const CASE_BYTES_TARGET = 4_096;

/** Short case labels: the bot assigns A, B, C...; a clinician may give a short word (no identifiers). */
export const caseLabelSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,11}$/);

/** An earlier state of a case kept for `back`: the facts are enough, the statechart settles where they say. */
export const caseSnapshotSchema = z.object({
  facts: caseFactsSchema,
  pendingQuestion: factKeySchema.optional(),
});
export type CaseSnapshot = z.infer<typeof caseSnapshotSchema>;

export const caseRecordSchema = caseSnapshotSchema.extend({
  label: caseLabelSchema,
  /** The statechart's versioned envelope (machines/pathway.ts); read back only through applyFacts. */
  envelope: z.unknown(),
  /** Earlier snapshots, newest last: `back` restores the last one. */
  history: z.array(caseSnapshotSchema).max(MAX_HISTORY).default([]),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseRecord = z.infer<typeof caseRecordSchema>;

/** What a yes/no confirmation is for: deleting a case or all, or changing an earlier answer (an older card's button). */
export const confirmableSchema = z.enum(['forget', 'forget-all', 'answer']);

/**
 * A destructive command, or a change to an earlier answer, waiting for the clinician's yes (next turn only).
 * For `answer`: the case `label`, the question `key` and the button's `text` (read again when confirmed).
 * Records stored before `answer` existed parse unchanged.
 */
export const pendingConfirmSchema = z.object({
  action: confirmableSchema,
  label: caseLabelSchema.optional(),
  key: factKeySchema.optional(),
  text: z.string().max(500).optional(),
});
export type PendingConfirm = z.infer<typeof pendingConfirmSchema>;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The first of A, B, C... (then A2, B2...) not used by another case. */
export function nextLabel(taken: readonly string[]): string {
  const used = new Set(taken.map((l) => l.toUpperCase()));
  for (let round = 1; ; round++) {
    for (const letter of LETTERS) {
      const label = round === 1 ? letter : `${letter}${round}`;
      if (!used.has(label)) return label;
    }
  }
}

/**
 * Pushes `previous` onto the undo history of the case as it now stands, then trims history oldest-first to the count
 * and size targets (all of it, if the case alone is that large: `back` is a convenience, the facts are not).
 */
export function withHistory(record: CaseRecord, previous: CaseSnapshot): CaseRecord {
  let history = [...record.history, previous].slice(-MAX_HISTORY);
  let next = { ...record, history };
  while (history.length > 0 && JSON.stringify(next).length >= CASE_BYTES_TARGET) {
    history = history.slice(1);
    next = { ...record, history };
  }
  return next;
}

export function snapshotOf(record: CaseRecord): CaseSnapshot {
  return {
    facts: record.facts,
    ...(record.pendingQuestion ? { pendingQuestion: record.pendingQuestion } : {}),
  };
}
