import { describe, expect, it } from 'vitest';
import { FEEDBACK_ROUTES, feedbackTurn, offersFeedback } from '../../dialogs/feedback.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { OutputMessage, TurnInput } from '../../dialogs/turn-types.js';
import { hasEntry } from '../../src/clinical/knowledge/knowledge-base.js';
import { cardNodes, type Json } from '../helpers/card-walk.js';

const feedbackData = (message: OutputMessage): Json[] =>
  cardNodes(
    message.card,
    (o) => o.type === 'Action.Submit' && (o.data as Json | undefined)?.command === 'feedback',
  ).map((o) => o.data as Json);

/**
 * Which replies offer feedback (dialogs/feedback.ts FEEDBACK_ROUTES): every row's example, after its `given` turns,
 * is answered by that route and carries Helpful / Report a problem with the route and cited entry ids; replies of
 * other routes carry none. A press through the core gives a report holding no text of the question.
 */
function replay(turns: readonly string[], scope: TurnInput['scope'] = 'personal'): OutputMessage[] {
  let state: unknown;
  let messages: OutputMessage[] = [];
  turns.forEach((text, i) => {
    const result = handleTurn(
      state,
      {
        kind: 'message',
        conversationKey: 'msteams/t/feedback-routes',
        scope,
        userId: 'u',
        text,
        activityId: `f-${i}`,
        receivedAt: new Date(Date.UTC(2026, 0, 1, 12, i)).toISOString(),
      },
      { retentionDays: 30 },
    );
    if (result.changed) state = result.state;
    messages = result.output.messages;
  });
  return messages;
}

describe('feedback routes', () => {
  for (const row of FEEDBACK_ROUTES) {
    it(`${row.route}: "${row.example}" offers feedback naming its route and cited entries`, () => {
      const [first] = replay([...(row.given ?? []), row.example]);
      expect(first?.meta?.route).toBe(row.route);
      const data = feedbackData(first!);
      expect(data.map((d) => d.rating)).toEqual([
        'helpful',
        'problem',
        'problem',
        'problem',
        'problem',
        'problem',
        'problem',
      ]);
      for (const d of data) {
        expect(d.route).toBe(row.route);
        for (const id of d.ids as string[]) expect(hasEntry(id), id).toBe(true);
      }
    });
  }

  it('answers that cite entries name them', () => {
    const [first] = replay(['duloxetine dose?']);
    expect(first!.meta!.ids!.length).toBeGreaterThan(0);
  });

  for (const text of ['help', 'new case', '58F chronic low back pain 9 months, naproxen 500 bid 8 weeks no relief']) {
    it(`"${text}" offers no feedback`, () => {
      for (const m of replay([text])) {
        expect(offersFeedback(m.meta)).toBe(false);
        expect(feedbackData(m)).toEqual([]);
      }
    });
  }

  it('a press gives a report with the allowed fields only, never the question', () => {
    const [first] = replay(['duloxetine dose for my marathon runner?']);
    const data = feedbackData(first!).find((d) => d.reason === 'too-long')!;
    const pressed = feedbackTurn({
      kind: 'message',
      conversationKey: 'k',
      scope: 'channel',
      userId: 'u',
      text: '',
      value: data,
      receivedAt: '2026-01-01T12:00:00.000Z',
    });
    expect(pressed?.report).toMatchObject({ route: 'answers.drug', reason: 'too-long', scope: 'channel' });
    expect(JSON.stringify(pressed?.report)).not.toMatch(/marathon|runner/);
  });

  it('a forged value is not a feedback press', () => {
    const forged = { command: 'feedback', rating: 'problem', reason: 'other', route: 'x', ids: ['a b'], v: '1' };
    const input = {
      kind: 'message',
      conversationKey: 'k',
      scope: 'personal',
      userId: 'u',
      text: '',
      value: forged,
      receivedAt: '2026-01-01T12:00:00.000Z',
    } as const;
    expect(feedbackTurn(input)).toBeUndefined();
  });
});
