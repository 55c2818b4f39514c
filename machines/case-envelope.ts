import type { StateValue } from 'xstate';
import { z } from 'zod';
import { caseFactsSchema, type CaseFacts } from '../src/clinical/case/case-facts.js';
import { MIGRATIONS } from './envelope-migrations.js';
import { isMachineState, settledView } from './pathway-view-of.js';
import { settledValue } from './settle.js';
import type { PathwayView } from './pathway-view.js';

/**
 * Bump when the machine's states change shape, and add a migration from the previous version. Version 2 stores only
 * the settled state value (`{ value }`): the case record already holds the facts, and the value follows from them.
 */
export const PATHWAY_MACHINE_VERSION = 2;

export interface CaseEnvelope {
  machineVersion: number;
  savedAt?: string;
  snapshot: unknown;
}

export type ApplyResult =
  | { kind: 'ok'; envelope: CaseEnvelope; view: PathwayView }
  | { kind: 'needs-review'; reason: string };

const envelopeSchema = z.object({
  machineVersion: z.number().int().min(0),
  savedAt: z.string().optional(),
  snapshot: z.unknown(),
});

const storedSchema = z.strictObject({ value: z.union([z.string(), z.record(z.string(), z.unknown())]) });

/**
 * The envelope of a new case. The facts are checked against the schema (throws on facts it does not allow) and the
 * checked object itself is settled: a passing parse differs from it only by keys no guard reads, so the turn's other
 * readers of these facts share what settling them worked out (the guards' and the view's memos are per facts object).
 */
export function startCase(facts: CaseFacts): CaseEnvelope {
  caseFactsSchema.parse(facts);
  return { machineVersion: PATHWAY_MACHINE_VERSION, snapshot: { value: settledValue(facts) } };
}

const review = (reason: string): ApplyResult => ({ kind: 'needs-review', reason });

/** Bring an older snapshot to the current version through the migration table. */
function migrate(version: number, snapshot: unknown): { snapshot: unknown } | { error: string } {
  let current = snapshot;
  for (let v = version; v < PATHWAY_MACHINE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { error: `no migration from machine version ${v}` };
    const migrated = step(current);
    if (migrated === undefined) return { error: `the version ${v} snapshot could not be migrated` };
    current = migrated;
  }
  return { snapshot: current };
}

/**
 * Restore (migrating old versions, checking the stored state is one this machine has), then settle on the new facts:
 * no actor and no macrostep (machines/settle.ts). Never throws.
 */
export function applyFacts(envelope: unknown, facts: CaseFacts, now: string): ApplyResult {
  const parsedEnvelope = envelopeSchema.safeParse(envelope);
  if (!parsedEnvelope.success) return review('the saved case is not a pathway envelope');
  const { machineVersion } = parsedEnvelope.data;
  if (machineVersion > PATHWAY_MACHINE_VERSION)
    return review(`the case was saved by a newer pathway (version ${machineVersion})`);
  // checked, then settled as passed in (as startCase does): the view is the one the rest of the turn reads
  if (!caseFactsSchema.safeParse(facts).success) return review('the case facts do not match the schema');
  const migrated = migrate(machineVersion, parsedEnvelope.data.snapshot);
  if ('error' in migrated) return review(migrated.error);
  const stored = storedSchema.safeParse(migrated.snapshot);
  if (!stored.success) return review('the saved pathway snapshot is unreadable');
  if (!isMachineState(stored.data.value as StateValue, facts))
    return review('the saved pathway snapshot could not be restored');
  return {
    kind: 'ok',
    envelope: {
      machineVersion: PATHWAY_MACHINE_VERSION,
      savedAt: now,
      snapshot: { value: settledValue(facts) },
    },
    view: settledView(facts),
  };
}
