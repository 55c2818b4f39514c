import { z } from 'zod';
import { caseFactsSchema } from '../src/clinical/case/case-facts.js';
import { settledValue } from './settle.js';

/**
 * Migrations of saved snapshots, keyed by the version they migrate FROM. Each returns the next version's snapshot,
 * or undefined when the old snapshot cannot be read (the caller then reports "case needs review").
 *
 * Version 0 (the pre-statechart format) stored `{ step, facts }`: the name of one step and the case facts.
 * Version 1 is an XState persisted snapshot whose context is `{ facts }`. The facts carry everything the machine
 * needs; the position is recomputed from them (eventless transitions settle every region), so nothing is lost.
 * Version 2 keeps only the state value (`{ value }`); the facts live once, in the case record.
 */
const v0Schema = z.object({ step: z.string(), facts: caseFactsSchema });
const v1Schema = z.looseObject({
  status: z.literal('active'),
  value: z.union([z.string(), z.record(z.string(), z.unknown())]),
  context: z.looseObject({ facts: caseFactsSchema }),
});

export const MIGRATIONS: Record<number, (snapshot: unknown) => unknown> = {
  0: (snapshot) => {
    const parsed = v0Schema.safeParse(snapshot);
    if (!parsed.success) return undefined;
    return { status: 'active', value: settledValue(parsed.data.facts), context: { facts: parsed.data.facts } };
  },
  1: (snapshot) => {
    const parsed = v1Schema.safeParse(snapshot);
    return parsed.success ? { value: parsed.data.value } : undefined;
  },
};
