import { expect } from 'vitest';
import type { CardValue } from '../../dialogs/card-value.js';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput, TurnOutput } from '../../dialogs/turn-types.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import type { CaseFacts, FactKey } from '../../src/clinical/case/case-facts.js';
import { evaluatePathway, type StepId } from '../../machines/pathway.js';

/** One row of a scenario table: what the clinician sends, and what must be true after the turn. */
export interface Turn {
  say?: string;
  button?: CardValue;
  /** Minutes after the previous turn (default 1). */
  after?: number;
  expect?: {
    /** Subset of the open case's facts. */
    facts?: Partial<CaseFacts> | Record<string, unknown>;
    /** Every listed step is active. */
    steps?: StepId[];
    noSteps?: StepId[];
    /** Every listed knowledge id is recommended (or a warning). */
    recs?: string[];
    noRecs?: string[];
    warnings?: string[];
    /** The question now pending (null: none). */
    pending?: FactKey | null;
    /** Keys that must not be asked now. */
    notAsked?: FactKey[];
    text?: RegExp[];
    noText?: RegExp[];
    active?: string | null;
    cases?: string[];
    /** The conversation record was deleted. */
    deleted?: boolean;
    /** A card with this many or more Action.Submit entries anywhere. */
    questionCard?: boolean;
    citations?: boolean;
  };
}

export interface Scenario {
  name: string;
  scope?: TurnInput['scope'];
  turns: Turn[];
}

const START = Date.parse('2026-11-29T10:00:00.000Z');

export function textOf(output: TurnOutput): string {
  return output.messages.map((m) => m.text).join('\n');
}

/** Runs a scenario through the pure core, feeding each turn's state into the next, checking each row. */
export function runScenario(s: Scenario): { state: unknown; outputs: TurnOutput[] } {
  let state: unknown;
  let clock = START;
  const outputs: TurnOutput[] = [];
  s.turns.forEach((turn, i) => {
    clock += (turn.after ?? 1) * 60_000;
    const input: TurnInput = {
      kind: 'message',
      conversationKey: `msteams/t/${s.name}`,
      scope: s.scope ?? 'personal',
      userId: 'u-1',
      text: turn.say ?? '',
      ...(turn.button ? { value: turn.button } : {}),
      activityId: `act-${i}`,
      receivedAt: new Date(clock).toISOString(),
    };
    const r = handleTurn(state, input, { retentionDays: 30 });
    state = r.state;
    outputs.push(r.output);
    check(s.name, i, turn, r.state as ConversationState | null, r.output);
  });
  return { state, outputs };
}

function check(name: string, i: number, turn: Turn, state: ConversationState | null, output: TurnOutput): void {
  const where = `${name} turn ${i} ("${turn.say ?? JSON.stringify(turn.button)}")`;
  const e = turn.expect;
  if (!e) return;
  const text = textOf(output);
  if (e.deleted !== undefined) expect(state === null, where).toBe(e.deleted);
  for (const re of e.text ?? []) expect(text, where).toMatch(re);
  for (const re of e.noText ?? []) expect(text, where).not.toMatch(re);
  if (!state) return;
  if (e.cases)
    expect(
      state.cases.map((c) => c.label),
      where,
    ).toEqual(e.cases);
  if (e.active !== undefined) expect(state.activeCase ?? null, where).toBe(e.active);
  const record = activeRecord(state);
  if (e.facts) expect(record?.facts, where).toMatchObject(e.facts);
  if (e.pending !== undefined) expect(record?.pendingQuestion ?? null, where).toBe(e.pending);
  for (const key of e.notAsked ?? []) expect(record?.pendingQuestion, where).not.toBe(key);
  if (e.questionCard) {
    const card = output.messages.find((m) => m.card && JSON.stringify(m.card).includes('"command":"answer"'));
    expect(card, `${where}: question card`).toBeDefined();
  }
  if (e.citations) {
    expect(
      output.messages.some((m) => (m.citations?.length ?? 0) > 0 && /\[\d+\]/.test(m.text)),
      `${where}: citations`,
    ).toBe(true);
  }
  if (e.steps || e.noSteps || e.recs || e.noRecs || e.warnings) {
    expect(record, where).toBeDefined();
    const view = evaluatePathway(record!.facts);
    for (const step of e.steps ?? []) expect(view.activeSteps, where).toContain(step);
    for (const step of e.noSteps ?? []) expect(view.activeSteps, where).not.toContain(step);
    for (const id of e.recs ?? []) expect([...view.recommendations, ...view.warnings], where).toContain(id);
    for (const id of e.noRecs ?? []) expect(view.recommendations, where).not.toContain(id);
    for (const id of e.warnings ?? []) expect(view.warnings, where).toContain(id);
  }
}
