import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput, TurnOutput } from '../../dialogs/turn-types.js';

/**
 * One conversation through the pure turn core, a minute between turns, the state carried as the turn runner carries
 * it (a turn that changed nothing keeps the state it was given; a deleted record starts again empty). `replies` is
 * each turn's message texts joined by newlines; `state` the record after the last turn; `outputs` each turn's whole
 * output and `states` each record a turn returned. With `readBack`, each turn gets the record as read back from the
 * store (a JSON copy) rather than the one the last turn returned.
 */
export function converse(
  turns: readonly string[],
  {
    key = 'conversation',
    at = '2026-11-29T10:00:00Z',
    readBack = false,
  }: { key?: string; at?: string; readBack?: boolean } = {},
): { replies: string[]; state: unknown; outputs: TurnOutput[]; states: unknown[] } {
  let state: unknown;
  const outputs: TurnOutput[] = [];
  const states: unknown[] = [];
  const replies = turns.map((text, i) => {
    const input: TurnInput = {
      kind: 'message',
      conversationKey: key,
      scope: 'personal',
      userId: 'u',
      text,
      activityId: `${key}-${i}`,
      receivedAt: new Date(Date.parse(at) + i * 60_000).toISOString(),
    };
    const r = handleTurn(state, input, { retentionDays: 30 });
    outputs.push(r.output);
    if (r.changed) {
      states.push(r.state);
      state = r.state === null ? undefined : readBack ? JSON.parse(JSON.stringify(r.state)) : r.state;
    }
    return r.output.messages.map((m) => m.text ?? '').join('\n');
  });
  return { replies, state, outputs, states };
}
