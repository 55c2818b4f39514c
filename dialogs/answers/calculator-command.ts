import { sharedReading } from '../../src/clinical/language/shared-readings.js';
import {
  type CalculatorOutcome,
  isMmeCommand,
  mmeCommand,
  oswestryCommand,
  startBackCommand,
} from './calculator-answers.js';
import { OSWESTRY_COMMAND, START_BACK_COMMAND, statesOswestrySum, statesStartBackScores } from './instrument-parse.js';
import { readScoreChanges, scoreChangesMessage } from './score-change.js';

/**
 * The calculators run as chat commands (calculator-answers.ts), with an Oswestry change read against the minimal
 * important change (score-change.ts). Its own module: score-change reads the opioid safety lines, which read the
 * MME calculator, so calculator-answers importing score-change would be a cycle.
 */
/** The command's result and reply, worked out once per turn (the walk-through asks whether it scores, then the route). */
export function runCalculatorCommand(text: string): CalculatorOutcome | undefined {
  return sharedReading('runCalculatorCommand', runCalculatorCommandOnce, text);
}

function runCalculatorCommandOnce(text: string): CalculatorOutcome | undefined {
  const lower = text.toLowerCase().trim();
  if (isMmeCommand(text, lower)) return mmeCommand(text);
  if (START_BACK_COMMAND.test(lower) || statesStartBackScores(lower)) return startBackCommand(lower);
  if (OSWESTRY_COMMAND.test(lower) || statesOswestrySum(lower)) {
    // "Oswestry went from 48% to 40% - meaningful?": the change against the minimal important change leads.
    const changes = readScoreChanges(lower);
    const outcome = oswestryCommand(lower);
    return changes[0]?.scale === 'odi' ? { ...outcome, message: scoreChangesMessage(changes, lower) } : outcome;
  }
  return undefined;
}
