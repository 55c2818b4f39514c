/**
 * The walk-through's only imports from the other layers (contracts B and C in the project's contract notes, and
 * the knowledge base): one place to follow when their paths or shapes change.
 */
export { applyFacts, evaluatePathway, startCase } from '../../machines/pathway.js';
export type { GateCondition, PathwayView, StepId } from '../../machines/pathway-view.js';
export {
  answerToFact,
  extractCaseFacts,
  findDrugs,
  labelProblem,
  parseDoseRegimen,
  understoodLabels,
} from '../../src/clinical/language/index.js';
export type { Extraction } from '../../src/clinical/language/index.js';
export { getEntry, hasEntry, reviewSummary } from '../../src/clinical/knowledge/knowledge-base.js';
export { calculatorFacts, isCalculatorCommand } from '../answers/calculator-answers.js';
export { runCalculatorCommand } from '../answers/calculator-command.js';
export { isGuidelineTopic } from '../answers/guideline-answer.js';
