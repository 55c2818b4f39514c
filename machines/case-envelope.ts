import type { StateValue } from 'xstate';
import { z } from 'zod';
import { caseFactsSchema, type CaseFacts, factsPass } from '../src/clinical/case/case-facts.js';
import { MIGRATIONS } from './envelope-migrations.js';
import { isMachineState, settledState } from './pathway-view-of.js';
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
 * Envelopes this process made (startCase, applyFacts). The case record keeps its envelope object as it is (the record
 * schema reads it as unknown), so the envelope a turn made comes back to the next turn while the store holds that
 * version: it is then known to be of this version and at a state the machine has (its value is a settled value), and
 * is not checked again. An envelope read from the store is a new object, checked whole.
 */
const madeHere = new WeakSet<object>();

function envelopeOf(value: StateValue, savedAt?: string): CaseEnvelope {
  const envelope = {
    machineVersion: PATHWAY_MACHINE_VERSION,
    ...(savedAt !== undefined ? { savedAt } : {}),
    snapshot: { value },
  };
  madeHere.add(envelope);
  return envelope;
}

/**
 * The envelope of a new case. The facts are checked against the schema (throws on facts it does not allow) and the
 * checked object itself is settled: a passing parse differs from it only by keys no guard reads, so the turn's other
 * readers of these facts share what settling them worked out (the guards' and the view's memos are per facts object).
 */
export function startCase(facts: CaseFacts): CaseEnvelope {
  // the parse throws the schema's own error; facts that pass are not parsed
  if (!factsPass(facts)) caseFactsSchema.parse(facts);
  return envelopeOf(settledState(facts).value);
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

const FACTS_PROBLEM = 'the case facts do not match the schema';

/** Why a stored envelope cannot be moved on to these facts (undefined: it can), in the order the checks run. */
function restoreProblem(envelope: unknown, facts: CaseFacts): string | undefined {
  const parsedEnvelope = envelopeSchema.safeParse(envelope);
  if (!parsedEnvelope.success) return 'the saved case is not a pathway envelope';
  const { machineVersion } = parsedEnvelope.data;
  if (machineVersion > PATHWAY_MACHINE_VERSION)
    return `the case was saved by a newer pathway (version ${machineVersion})`;
  // checked, then settled as passed in (as startCase does): the view is the one the rest of the turn reads
  if (!factsPass(facts)) return FACTS_PROBLEM;
  const migrated = migrate(machineVersion, parsedEnvelope.data.snapshot);
  if ('error' in migrated) return migrated.error;
  const stored = storedSchema.safeParse(migrated.snapshot);
  if (!stored.success) return 'the saved pathway snapshot is unreadable';
  if (!isMachineState(stored.data.value as StateValue, facts))
    return 'the saved pathway snapshot could not be restored';
  return undefined;
}

/**
 * Restore (migrating old versions, checking the stored state is one this machine has), then settle on the new facts:
 * no actor and no macrostep (machines/settle.ts). An envelope this process made needs only the facts checked. Never
 * throws.
 */
export function applyFacts(envelope: unknown, facts: CaseFacts, now: string): ApplyResult {
  const problem =
    typeof envelope === 'object' && envelope !== null && madeHere.has(envelope)
      ? factsPass(facts)
        ? undefined
        : FACTS_PROBLEM
      : restoreProblem(envelope, facts);
  if (problem) return review(problem);
  const { value, view } = settledState(facts);
  return { kind: 'ok', envelope: envelopeOf(value, now), view };
}
