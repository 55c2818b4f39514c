import { z } from 'zod';
import { type CaseFacts, caseFactsSchema, factKeySchema } from '../../src/clinical/case/case-facts.js';
import { linkParsedFacts } from '../../src/clinical/case/facts-memo.js';
import { drugIdSchema } from '../../src/clinical/knowledge/drug-catalogue.js';
import type { Sex } from '../../src/clinical/language/stated-patient.js';

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

/**
 * One undo step stored as a delta (issue 16, compact records): the top-level facts that differed before the change
 * (`d`, their earlier values; `u`, keys the earlier facts did not have) and the question then pending (`q`). Each
 * step is relative to the next newer one (the newest to the case's current facts), so `back` rebuilds the earlier
 * facts from the current ones. Records written before deltas hold whole snapshots; those still restore as they are.
 */
export const historyDeltaSchema = z.strictObject({
  d: z.record(z.string(), z.unknown()),
  u: z.array(z.string()).optional(),
  q: factKeySchema.optional(),
  /** The sex the case knew before this step stated or corrected it ('unknown': none), so `back` restores it. */
  s: z.enum(['female', 'male', 'unknown']).optional(),
});
export type HistoryDelta = z.infer<typeof historyDeltaSchema>;
const historyEntrySchema = z.union([historyDeltaSchema, caseSnapshotSchema]);
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const caseRecordSchema = caseSnapshotSchema.extend({
  label: caseLabelSchema,
  /** The statechart's versioned envelope (machines/pathway.ts); read back only through applyFacts. */
  envelope: z.unknown(),
  /** Earlier states as deltas (older records: whole snapshots), newest last: `back` restores the last one. */
  history: z.array(historyEntrySchema).max(MAX_HISTORY).default([]),
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * The patient's sex as the case's first description stated it (or a later correction): a description of the other
   * sex is another patient (read-text.ts). Records stored before it parse unchanged, with the sex unknown.
   */
  sex: z.enum(['female', 'male']).optional(),
  /**
   * The drug the case is considering, an id only: one the clinician said they plan to start, or the drug of the
   * case's last dose answer. A later dose question naming no drug ("redo the dose?") is about it (case-pronoun.ts).
   */
  considering: drugIdSchema.optional(),
});
export type CaseRecord = z.infer<typeof caseRecordSchema>;

/**
 * A stored case record checked against the schema (undefined: not a readable record). Its facts are linked to the
 * facts they were parsed from: a case this process moved on last turn is not judged again from the start.
 */
export function parseCaseRecord(stored: unknown): CaseRecord | undefined {
  const parsed = caseRecordSchema.safeParse(stored);
  if (!parsed.success) return undefined;
  linkParsedFacts(parsed.data.facts, (stored as { facts: CaseFacts }).facts);
  return parsed.data;
}

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
  let history = [...record.history, deltaTo(previous, record.facts)].slice(-MAX_HISTORY);
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

/** Equal as stored: the same value (a field the merge left as it was), or the same JSON. */
const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The delta that turns `current` facts back into `previous`. */
function deltaTo(previous: CaseSnapshot, current: CaseFacts): HistoryDelta {
  const before = previous.facts as Record<string, unknown>;
  const now = current as Record<string, unknown>;
  const d: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(before)) if (!same(value, now[key])) d[key] = value;
  const u = Object.keys(now).filter((key) => !(key in before));
  return { d, ...(u.length ? { u } : {}), ...(previous.pendingQuestion ? { q: previous.pendingQuestion } : {}) };
}

/**
 * The record with the patient's sex now stated (a first description, or a correction: "sorry, female not male").
 * The undo step this turn pushed (advanceCase) keeps the sex before, so `back` restores it with the facts.
 */
export function withSex(record: CaseRecord, sex: Sex | undefined): CaseRecord {
  if (sex === undefined || record.sex === sex) return record;
  const last = record.history.at(-1);
  if (!last || 'facts' in last) return { ...record, sex };
  const step: HistoryDelta = { ...last, s: record.sex ?? 'unknown' };
  return { ...record, sex, history: [...record.history.slice(0, -1), step] };
}

/** The sex `back` returns to: the one the newest step kept, else the case's own (the step did not change it). */
export function sexBefore(record: CaseRecord): Sex | undefined {
  const last = record.history.at(-1);
  const kept = last && !('facts' in last) ? last.s : undefined;
  if (kept === undefined) return record.sex;
  return kept === 'unknown' ? undefined : kept;
}

/**
 * The state `back` returns to: the newest history step applied to the current facts (or, in a record written
 * before deltas, the stored snapshot). Undefined when there is none, or when the rebuilt facts do not validate.
 */
export function previousSnapshot(record: CaseRecord): CaseSnapshot | undefined {
  const last = record.history.at(-1);
  if (!last) return undefined;
  if ('facts' in last) return last;
  const facts: Record<string, unknown> = { ...record.facts, ...last.d };
  for (const key of last.u ?? []) delete facts[key];
  const parsed = caseFactsSchema.safeParse(facts);
  if (!parsed.success) return undefined;
  return { facts: parsed.data, ...(last.q ? { pendingQuestion: last.q } : {}) };
}
