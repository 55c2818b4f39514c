import type { StateValue } from 'xstate';
import type { CaseFacts } from '../src/clinical/case/case-facts.js';
import { caseGuards } from './guard-registry.js';
import { pathwayMachine } from './pathway-machine.js';
import { regionClassifiers as r } from './region-classifiers.js';

/**
 * Where the pathway statechart settles for these facts, read straight from its guards and region classifiers.
 *
 * The machine's eventless transitions make its settled state a function of the facts alone, whatever state it
 * started from: any red flag -> urgentEvaluation; else pain under 12 weeks -> notChronic; else the screen not done
 * -> redFlagScreen; else `care`, each parallel region in the state its classifier names. xstate reaches the same
 * place by running macrosteps (several per turn, each evaluating every guard of every active region); this reads
 * it once. test/machines/settle.property.test.ts checks that the two agree on random facts, so the statechart stays
 * the single source of the flow and of its diagram.
 */
export function settledValue(facts: CaseFacts): StateValue {
  if (caseGuards.anyRedFlag(facts)) return 'urgentEvaluation';
  if (caseGuards.notChronic(facts)) return 'notChronic';
  if (!caseGuards.redFlagScreenDone(facts)) return 'redFlagScreen';
  return {
    care: {
      initial: r.initial(facts),
      escalation: { drug: r.drug(facts), nonDrug: r.nonDrug(facts) },
      radicular: r.radicular(facts),
      opioidGate: r.gate(facts) === 'open' ? 'open' : { closed: r.gateDistance(facts) },
      referral: r.referral(facts),
      followUp: r.followUp(facts),
    },
  };
}

/** The machine's snapshot at its settled state for these facts, without an actor or a macrostep. */
export function settledSnapshot(facts: CaseFacts) {
  return pathwayMachine.resolveState({ value: settledValue(facts), context: { facts } });
}
