import type { OutputMessage } from '../turn-types.js';
import { renderAnswer, type AnswerLine } from './answer-message.js';
import { interactionRules, interactionsAmong, type DrugId } from './ports.js';

/**
 * Interaction lines for a set of drugs (clinical-reference §3), from the knowledge base's interactionsAmong: used
 * for a quick question naming two drugs and by the walk-through for the drugs of an open case.
 */
export function interactionLines(
  drugs: readonly DrugId[],
  crcl?: number,
  productNames: readonly string[] = [],
): AnswerLine[] {
  const ids = new Set(interactionsAmong(drugs, [], crcl, productNames));
  return interactionRules
    .filter((r) => ids.has(r.id))
    .map((r) => ({
      text: r.text,
      source: r.source,
      label: r.severity === 'contraindicated' ? 'Contraindicated' : 'Interaction',
    }));
}

/** One message with the interactions among a case's drugs, or undefined when none of the listed pairs is present. */
export function interactionMessage(drugs: readonly DrugId[], crcl?: number): OutputMessage | undefined {
  const lines = interactionLines(drugs, crcl);
  return lines.length ? renderAnswer({ title: 'Interactions in this case', lines }) : undefined;
}
