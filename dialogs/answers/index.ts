/** The quick answers (dosing, dose checks, interactions, guideline questions, calculators) for the router and the walk-through. */
export {
  answerRoutes,
  calculatorRoute,
  chooseQuickRoute,
  drugRoute,
  guidelineRoute,
  quickDecision,
  sourcesRoute,
  unknownDrugRoute,
  type GeneralRoutes,
} from './answer-routes.js';
export { calculatorFacts, isCalculatorCommand, type CalculatorOutcome } from './calculator-answers.js';
export { runCalculatorCommand } from './calculator-command.js';
export { interactionLines, interactionMessage } from './interactions.js';
export { renderAnswer, type Answer, type AnswerLine } from './answer-message.js';
