import type { AnswerLine } from './answer-message.js';
import { interactionRules, interactionsAmong, type DrugId } from './ports.js';
import type { QuestionContext } from './question-context.js';

/**
 * A drug asked about while a case is open: the listed interactions it would have with the drugs the case holds
 * (clinical-reference.md section 3), e.g. "ibuprofen 600 tid ok?" in a case on duloxetine. Pairs already among
 * the case's own drugs are the walk-through's to report, not repeated here.
 */
export function caseInteractionLines(drug: DrugId, ctx: QuestionContext): AnswerLine[] {
  const held = (ctx.caseDrugs ?? []).filter((d) => d !== drug);
  if (!held.length) return [];
  const before = new Set(interactionsAmong(held));
  const added = new Set(interactionsAmong([drug, ...held]).filter((id) => !before.has(id)));
  const label = `With case ${ctx.caseLabel ?? ''}'s medicines`.replace(" 's", "'s");
  return interactionRules.filter((r) => added.has(r.id)).map((r) => ({ text: r.text, source: r.source, label }));
}
