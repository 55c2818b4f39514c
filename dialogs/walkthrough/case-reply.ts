import type { ConversationState } from '../conversation-state.js';
import type { RouteResult } from '../route.js';
import type { OutputMessage } from '../turn-types.js';
import type { CaseRecord } from './case-record.js';
import { putCase } from './case-store.js';
import type { PathwayView } from './ports.js';
import { questionMessage } from './question-card.js';
import { stepMessage, type StepMessageParts } from './step-message.js';

/** Stores the case and answers with its step (cited) and, when something is missing, the one next question. */
export function caseReply(
  state: ConversationState,
  record: CaseRecord,
  view: PathwayView,
  parts: Omit<StepMessageParts, 'label' | 'view'> = {},
  before: OutputMessage[] = [],
): RouteResult {
  const messages = [...before, stepMessage({ ...parts, label: record.label, view })];
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
  return record?.pendingQuestion ? [questionMessage(record.label, record.pendingQuestion, true)] : [];
}
