import { initialTransition } from 'xstate';
import type { CaseFacts } from '../src/clinical/case/case-facts.js';
import { viewOf } from './pathway-view-of.js';
import { pathwayMachine } from './pathway-machine.js';
import type { PathwayView } from './pathway-view.js';

export { applyFacts, PATHWAY_MACHINE_VERSION, startCase, type CaseEnvelope } from './case-envelope.js';
export { pathwayDiagram } from './pathway-diagram.js';
export type { GateCondition, PathwayView, StepId } from './pathway-view.js';

/** The snapshot-free view of a case: where the facts put the pathway, and what it recommends there. Pure. */
export function evaluatePathway(facts: CaseFacts): PathwayView {
  const [snapshot] = initialTransition(pathwayMachine, facts);
  return viewOf(snapshot);
}
