import { assign, setup } from 'xstate';
import type { CaseFacts } from '../src/clinical/case/case-facts.js';
import { careRegions, drugStates, gateMeta, nonDrugStates, type RegionStates } from './care-states.js';
import { caseGuards } from './guard-registry.js';
import { regionClassifiers, type RegionId } from './region-classifiers.js';
import type { StateMeta } from './state-meta.js';

export interface PathwayContext {
  facts: CaseFacts;
}
export type PathwayEvent = { type: 'FACTS_UPDATED'; facts: CaseFacts };

type InRegion = { type: 'inRegionState'; params: { region: RegionId; state: string } };

interface SettledState {
  meta?: StateMeta;
  initial?: string;
  states?: Record<string, SettledState>;
  always: Array<{ target: string; guard: InRegion }>;
}

/** Each state of a region gets an eventless transition to every sibling the facts may put the region in. */
function settled(
  region: RegionId,
  states: RegionStates | Record<string, Omit<SettledState, 'always'>>,
): Record<string, SettledState> {
  const names = Object.keys(states);
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        ...states[name]!,
        always: names
          .filter((other) => other !== name)
          .map((other) => ({
            target: other,
            guard: { type: 'inRegionState', params: { region, state: other } } as const,
          })),
      },
    ]),
  );
}

const urgentMeta: StateMeta = { step: 'urgentEvaluation', needs: [], recommends: ['redflag.urgent-evaluation'] };
const notChronicMeta: StateMeta = { step: 'notChronic', needs: [], recommends: ['reading.chronic-pain'] };

/**
 * The pathway of the guideline "Management of Chronic Back Pain Refractory to Initial Medications".
 * The case facts are the context; every FACTS_UPDATED replaces them and eventless transitions settle each region.
 */
export const pathwayMachine = setup({
  types: {
    context: {} as PathwayContext,
    events: {} as PathwayEvent,
    input: {} as CaseFacts,
    meta: {} as StateMeta,
  },
  guards: {
    inRegionState: ({ context }, params: { region: RegionId; state: string }) =>
      regionClassifiers[params.region](context.facts) === params.state,
    anyRedFlag: ({ context }) => caseGuards.anyRedFlag(context.facts),
    noRedFlag: ({ context }) => !caseGuards.anyRedFlag(context.facts),
    redFlagScreenDone: ({ context }) => caseGuards.redFlagScreenDone(context.facts),
    redFlagScreenPending: ({ context }) => !caseGuards.redFlagScreenDone(context.facts),
    notChronic: ({ context }) => caseGuards.notChronic(context.facts),
    chronicOrUnknown: ({ context }) => !caseGuards.notChronic(context.facts),
  },
  actions: {
    storeFacts: assign({ facts: ({ event }) => event.facts }),
  },
}).createMachine({
  id: 'pathway',
  context: ({ input }) => ({ facts: input }),
  initial: 'redFlagScreen',
  on: { FACTS_UPDATED: { actions: 'storeFacts' } },
  states: {
    redFlagScreen: {
      meta: { step: 'redFlagScreen', needs: ['redFlags'], recommends: [] },
      always: [
        { target: 'urgentEvaluation', guard: 'anyRedFlag' },
        { target: 'notChronic', guard: 'notChronic' },
        { target: 'care', guard: 'redFlagScreenDone' },
      ],
    },
    /** Pain for less than 12 weeks: this pathway is for chronic pain (clinical-reference.md section 2), no plan. */
    notChronic: {
      meta: notChronicMeta,
      always: [
        { target: 'urgentEvaluation', guard: 'anyRedFlag' },
        { target: 'redFlagScreen', guard: 'chronicOrUnknown' },
      ],
    },
    urgentEvaluation: {
      meta: urgentMeta,
      always: { target: 'redFlagScreen', guard: 'noRedFlag' },
    },
    care: {
      type: 'parallel',
      meta: { needs: [], recommends: [{ id: 'overview', when: 'firstLineNotRuledOut' }] },
      always: [
        { target: 'urgentEvaluation', guard: 'anyRedFlag' },
        { target: 'notChronic', guard: 'notChronic' },
        { target: 'redFlagScreen', guard: 'redFlagScreenPending' },
      ],
      states: {
        initial: { initial: 'initialFailure', states: settled('initial', careRegions.initial) },
        escalation: {
          type: 'parallel',
          states: {
            drug: { initial: 'firstLine', states: settled('drug', drugStates) },
            nonDrug: { initial: 'intensify', states: settled('nonDrug', nonDrugStates) },
          },
        },
        radicular: { initial: 'screening', states: settled('radicular', careRegions.radicular) },
        opioidGate: {
          initial: 'closed',
          states: settled('gate', {
            closed: {
              initial: 'far',
              states: settled('gateDistance', { far: { meta: gateMeta.far }, near: { meta: gateMeta.near } }),
            },
            open: { meta: gateMeta.open },
          }),
        },
        referral: { initial: 'notIndicated', states: settled('referral', careRegions.referral) },
        followUp: { initial: 'none', states: settled('followUp', careRegions.followUp) },
      },
    },
  },
});

export type PathwayMachine = typeof pathwayMachine;
