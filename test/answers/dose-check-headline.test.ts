import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';

/** First line of the reply to one question in a fresh conversation. */
function headline(text: string): string {
  const input: TurnInput = {
    kind: 'message',
    conversationKey: `dose-headline-${text}`,
    scope: 'personal',
    userId: 'u',
    text,
    activityId: 'a-1',
    receivedAt: '2026-01-01T12:00:00.000Z',
  };
  return handleTurn(undefined, input, { retentionDays: 30 }).output.messages[0]!.text.split('\n')[0]!;
}

describe('dose check headline: a renal or liver "avoid" comes first (clinical-reference.md section 2)', () => {
  it.each([
    ['duloxetine 60 mg with CrCl 25', /duloxetine/i],
    ['naproxen 500 bid CrCl 20', /naproxen/i],
    ['ibuprofen 600 tid, CrCl 15', /ibuprofen/i],
  ])('%s: the title says not for this patient, never adequate', (q, drug) => {
    const title = headline(q);
    expect(title).toMatch(drug);
    expect(title).toMatch(/not for this patient/i);
    expect(title).not.toMatch(/adequate/i);
  });

  it('the "not for this patient" note is not repeated below the title', () => {
    const input: TurnInput = {
      kind: 'message',
      conversationKey: 'dose-headline-repeat',
      scope: 'personal',
      userId: 'u',
      text: 'duloxetine 60 mg with CrCl 25',
      activityId: 'a-1',
      receivedAt: '2026-01-01T12:00:00.000Z',
    };
    const text = handleTurn(undefined, input, { retentionDays: 30 }).output.messages[0]!.text;
    expect(text.match(/not for this patient/gi)).toHaveLength(1);
  });

  it.each(['duloxetine 60 mg', 'naproxen 500 bid CrCl 80'])('%s with normal kidneys keeps its verdict', (q) => {
    expect(headline(q)).toMatch(/adequate \(guideline dose\)/);
  });
});
