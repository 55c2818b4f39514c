import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';

export interface AnotherPatientCase {
  id: string;
  turns: string[];
  expect: 'new-case' | 'same-case';
}

/** What the last turn did to the open case: opened another, or kept (updated) the one that was open. */
export function anotherPatientScores(set: readonly AnotherPatientCase[]) {
  return set.map((c) => {
    let state: unknown;
    let activeBefore: string | undefined;
    let casesBefore = 0;
    for (const [i, text] of c.turns.entries()) {
      const current = state as { activeCase?: string; cases?: unknown[] } | undefined;
      activeBefore = current?.activeCase;
      casesBefore = current?.cases?.length ?? 0;
      const input: TurnInput = {
        kind: 'message',
        conversationKey: `v5:${c.id}`,
        scope: 'personal',
        userId: 'eval',
        text,
        activityId: `${c.id}-${i}`,
        receivedAt: new Date(Date.parse('2026-11-29T10:00:00Z') + i * 60_000).toISOString(),
      };
      const r = handleTurn(state, input, { retentionDays: 30 });
      if (r.changed) state = r.state;
    }
    const after = state as { activeCase?: string; cases?: unknown[] } | undefined;
    const opened = (after?.cases?.length ?? 0) > casesBefore || after?.activeCase !== activeBefore;
    const got = opened ? 'new-case' : 'same-case';
    return { id: c.id, expect: c.expect, got, ok: got === c.expect, last: c.turns.at(-1) ?? '' };
  });
}
