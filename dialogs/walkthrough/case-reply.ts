import type { ConversationState } from '../conversation-state.js';
import { yesConditions } from '../answers/case-interactions.js';
import type { RouteResult } from '../route.js';
import { VERB } from '../card-value.js';
import type { AdaptiveCardJson, OutputMessage } from '../turn-types.js';
import type { CaseRecord, PendingConfirm } from './case-record.js';
import { putCase } from './case-store.js';
import type { PathwayView } from './ports.js';
import { execute, questionMessage } from './question-card.js';
import { pendingQuestionLine, stepMessage, type StepMessageParts } from './step-message.js';

/** Stores the case and answers with its step (cited) and, when something is missing, the one next question. */
export function caseReply(
  state: ConversationState,
  record: CaseRecord,
  view: PathwayView,
  parts: Omit<StepMessageParts, 'label' | 'view'> = {},
  before: OutputMessage[] = [],
): RouteResult {
  const conditions = yesConditions(record.facts.conditions);
  const messages = [...before, stepMessage({ conditions, ...parts, label: record.label, view })];
  if (record.pendingQuestion && view.status !== 'urgent')
    messages.push(questionMessage(record.label, record.pendingQuestion));
  return { state: putCase(state, record), output: { messages } };
}

export const sayOnly = (state: ConversationState | null, text: string, more: OutputMessage[] = []): RouteResult => ({
  state,
  output: { messages: [...(text ? [{ text }] : []), ...more] },
});

/** The pending question asked again after something else (a command, a dosing answer). */
export function reAsk(record: CaseRecord | undefined): OutputMessage[] {
  return record?.pendingQuestion ? [pendingQuestionLine(record.label, record.pendingQuestion)] : [];
}

/**
 * A yes/no card for what `pendingConfirm` holds (a deletion, or a change to an earlier answer). Its buttons name
 * what they confirm and for which case, so an older confirmation card never confirms a newer request.
 */
export function confirmCard(
  text: string,
  yes: string,
  pending: PendingConfirm,
  no = 'Cancel',
  say = 'cancel',
): OutputMessage {
  const about = { confirms: pending.action, ...(pending.label ? { case: pending.label } : {}) };
  const card: AdaptiveCardJson = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text, wrap: true }],
    actions: [
      execute(yes, VERB.command, { command: 'case', action: 'confirm', ...about }),
      execute(no, VERB.command, { command: 'case', action: 'cancel', ...about }),
    ],
  };
  return { text: `${text} Say "yes" to confirm or "${say}".`, card };
}
