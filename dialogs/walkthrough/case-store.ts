import type { ConversationState } from '../conversation-state.js';
import { MAX_CASES, type CaseRecord } from './case-record.js';

export function activeRecord(state: ConversationState): CaseRecord | undefined {
  return state.activeCase ? findCase(state, state.activeCase) : undefined;
}

export function findCase(state: ConversationState, label: string): CaseRecord | undefined {
  const wanted = label.toLowerCase();
  return state.cases.find((c) => c.label.toLowerCase() === wanted);
}

/** Stores the case (replacing one with its label) and makes it active. */
export function putCase(state: ConversationState, record: CaseRecord): ConversationState {
  const others = state.cases.filter((c) => c.label !== record.label);
  return { ...state, cases: [...others, record], activeCase: record.label };
}

/** Room for one more case: drops the least recently changed when the conversation holds MAX_CASES. */
export function makeRoom(state: ConversationState): { state: ConversationState; dropped?: string } {
  if (state.cases.length < MAX_CASES) return { state };
  const oldest = [...state.cases].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))[0]!;
  return { state: removeCase(state, oldest.label), dropped: oldest.label };
}

export function removeCase(state: ConversationState, label: string): ConversationState {
  const cases = state.cases.filter((c) => c.label !== label);
  const { activeCase, ...rest } = state;
  return activeCase === label || !activeCase ? { ...rest, cases } : { ...rest, cases, activeCase };
}
