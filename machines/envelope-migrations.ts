import { initialTransition } from 'xstate';
import { z } from 'zod';
import { caseFactsSchema } from '../src/clinical/case/case-facts.js';
import { pathwayMachine } from './pathway-machine.js';

/**
 * Migrations of saved snapshots, keyed by the version they migrate FROM. Each returns the next version's snapshot,
 * or undefined when the old snapshot cannot be read (the caller then reports "case needs review").
 *
 * Version 0 (the pre-statechart format) stored `{ step, facts }`: the name of one step and the case facts.
 * Version 1 is an XState persisted snapshot whose context is `{ facts }`. The facts carry everything the machine
 * needs; the position is recomputed from them (eventless transitions settle every region), so nothing is lost.
 */
const v0Schema = z.object({ step: z.string(), facts: caseFactsSchema });

export const MIGRATIONS: Record<number, (snapshot: unknown) => unknown> = {
  0: (snapshot) => {
    const parsed = v0Schema.safeParse(snapshot);
    if (!parsed.success) return undefined;
    const [settled] = initialTransition(pathwayMachine, parsed.data.facts);
    return pathwayMachine.getPersistedSnapshot(settled);
  },
};
