import type { CaseFacts } from '../src/clinical/case/case-facts.js';
import { settledView } from './pathway-view-of.js';
import type { PathwayView } from './pathway-view.js';

export { applyFacts, PATHWAY_MACHINE_VERSION, startCase, type CaseEnvelope } from './case-envelope.js';
export { pathwayDiagram } from './pathway-diagram.js';
export type { GateCondition, PathwayView, StepId } from './pathway-view.js';

/**
 * The snapshot-free view of a case: where the facts put the pathway, and what it recommends there. Pure; computed
 * once per facts object (a turn asks for the same case's view from several places; facts are never mutated).
 */
export function evaluatePathway(facts: CaseFacts): PathwayView {
  return settledView(facts);
}
