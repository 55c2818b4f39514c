import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';

/**
 * One conversation through the pure turn core, a minute between turns, the state carried as the turn runner carries
 * it (a turn that changed nothing keeps the state it was given; a deleted record starts again empty). `replies` is
 * each turn's message texts joined by newlines; `state` the record after the last turn.
 */
export function converse(
  turns: readonly string[],
  { key = 'conversation', at = '2026-11-29T10:00:00Z' }: { key?: string; at?: string } = {},
): { replies: string[]; state: unknown } {
  let state: unknown;
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
    if (r.changed) state = r.state ?? undefined;
    return r.output.messages.map((m) => m.text ?? '').join('\n');
  });
  return { replies, state };
}
