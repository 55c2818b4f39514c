import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';

/** A repeated stateless question reuses its answer; anything that makes the answer depend on the state does not. */
const options = { retentionDays: 30 };
let n = 0;
const input = (text: string, over: Partial<TurnInput> = {}): TurnInput => ({
  kind: 'message',
  conversationKey: `memo-${n}`,
  scope: 'personal',
  userId: 'u',
  text,
  activityId: `act-${n++}`,
  receivedAt: '2026-11-29T10:00:00.000Z',
  ...over,
});
const textOf = (r: ReturnType<typeof handleTurn>) => r.output.messages.map((m) => m.text).join('\n');
const CASE =
  '82 year old with chronic low back pain for 5 months, failed naproxen 500 bid for 8 weeks and PT, no red flags, CrCl 25';

describe('stateless answers reused', () => {
  it('the same question in two fresh conversations gets the same answer, and each turn still records its id', () => {
    const a = handleTurn(undefined, input('tramadol dose?'), options);
    const b = handleTurn(undefined, input('tramadol dose?'), options);
    expect(textOf(b)).toBe(textOf(a));
    expect(b.output.messages[0]).toBe(a.output.messages[0]);
    expect(a.state?.processed).toHaveLength(1);
    expect(b.state?.processed).toEqual([expect.stringMatching(/^act-/)]);
    expect(b.state?.processed).not.toEqual(a.state?.processed);
    expect(b.changed).toBe(true);
  });

  it('a question with figures (age, CrCl, a dose) is answered afresh each time, never from memory', () => {
    const a = handleTurn(undefined, input('tramadol in a 60 year old'), options);
    const b = handleTurn(undefined, input('tramadol in a 60 year old'), options);
    expect(textOf(b)).toBe(textOf(a));
    expect(b.output.messages[0]).not.toBe(a.output.messages[0]);
  });

  it('a retried activity id is still answered once', () => {
    const first = handleTurn(undefined, input('tramadol dose?', { activityId: 'retry-1' }), options);
    const retry = handleTurn(first.state, input('tramadol dose?', { activityId: 'retry-1' }), options);
    expect(retry.changed).toBe(false);
    expect(retry.output.messages).toEqual([]);
  });

  it('with an open case the answer uses the case, not a kept answer', () => {
    handleTurn(undefined, input('tramadol dose?'), options);
    const opened = handleTurn(undefined, input(CASE), options);
    expect(opened.state?.cases.length).toBe(1);
    const inCase = handleTurn(opened.state, input('tramadol dose?'), options);
    expect(textOf(inCase)).toMatch(/CrCl 25, case A/);
    // And the fresh conversation afterwards is not given the case's answer.
    expect(textOf(handleTurn(undefined, input('tramadol dose?'), options))).not.toMatch(/case A/);
  });

  it('a turn that opens a case is never reused: the second one opens its own case', () => {
    const first = handleTurn(undefined, input('new case'), options);
    const second = handleTurn(undefined, input('new case'), options);
    expect(first.state?.cases.length).toBe(1);
    expect(second.state?.cases.length).toBe(1);
  });
});
