import { createActor } from 'xstate';
import { z } from 'zod';
import { caseFactsSchema, type CaseFacts } from '../src/clinical/case/case-facts.js';
import { MIGRATIONS } from './envelope-migrations.js';
import { pathwayMachine } from './pathway-machine.js';
import { viewOf } from './pathway-view-of.js';
import type { PathwayView } from './pathway-view.js';

/** Bump when the machine's states change shape, and add a migration from the previous version. */
export const PATHWAY_MACHINE_VERSION = 1;

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

const persistedSchema = z.looseObject({
  status: z.literal('active'),
  value: z.union([z.string(), z.record(z.string(), z.unknown())]),
  context: z.looseObject({ facts: caseFactsSchema }),
});

export function startCase(facts: CaseFacts): CaseEnvelope {
  const actor = createActor(pathwayMachine, { input: caseFactsSchema.parse(facts) }).start();
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  return { machineVersion: PATHWAY_MACHINE_VERSION, snapshot };
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

/** One short-lived actor: restore (migrating old versions), send FACTS_UPDATED, persist, stop. Never throws. */
export function applyFacts(envelope: unknown, facts: CaseFacts, now: string): ApplyResult {
  const parsedEnvelope = envelopeSchema.safeParse(envelope);
  if (!parsedEnvelope.success) return review('the saved case is not a pathway envelope');
  const { machineVersion } = parsedEnvelope.data;
  if (machineVersion > PATHWAY_MACHINE_VERSION)
    return review(`the case was saved by a newer pathway (version ${machineVersion})`);
  const parsedFacts = caseFactsSchema.safeParse(facts);
  if (!parsedFacts.success) return review('the case facts do not match the schema');
  const migrated = migrate(machineVersion, parsedEnvelope.data.snapshot);
  if ('error' in migrated) return review(migrated.error);
  const persisted = persistedSchema.safeParse(migrated.snapshot);
  if (!persisted.success) return review('the saved pathway snapshot is unreadable');
  try {
    // resolveState throws on a state value this machine does not have.
    pathwayMachine.resolveState({ value: persisted.data.value as never, context: persisted.data.context as never });
    const actor = createActor(pathwayMachine, { snapshot: persisted.data as never, input: parsedFacts.data }).start();
    actor.send({ type: 'FACTS_UPDATED', facts: parsedFacts.data });
    const snapshot = actor.getSnapshot();
    const saved = actor.getPersistedSnapshot();
    actor.stop();
    if (snapshot.status !== 'active') return review('the restored pathway stopped unexpectedly');
    return {
      kind: 'ok',
      envelope: { machineVersion: PATHWAY_MACHINE_VERSION, savedAt: now, snapshot: saved },
      view: viewOf(snapshot),
    };
  } catch {
    return review('the saved pathway snapshot could not be restored');
  }
}
