import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';

const NOW = '2026-11-29T10:00:00.000Z';
const options = { retentionDays: 30 };
const input = (over: Partial<TurnInput> = {}): TurnInput => ({
  kind: 'message',
  conversationKey: 'msteams/t/conv',
  scope: 'personal',
  userId: 'u',
  text: 'hi',
  receivedAt: NOW,
  ...over,
});
const textOf = (r: ReturnType<typeof handleTurn>) => r.output.messages.map((m) => m.text).join('\n');

describe('turn core', () => {
  it('answers help with what the bot does and the decision-support disclaimer', () => {
    const r = handleTurn(undefined, input({ text: 'help' }), options);
    const text = textOf(r);
    expect(text).toMatch(/dosing/i);
    expect(text).toMatch(/case walk-through/i);
    expect(text).toMatch(/guideline questions/i);
    expect(text).toMatch(/decision support, not a prescription/i);
    expect(r.output.messages[0]?.card?.version).toBe('1.5');
    expect(r.output.messages[0]?.suggestedActions?.length).toBeLessThanOrEqual(3);
    expect(r.changed).toBe(true);
  });

  it('welcomes on install', () => {
    const r = handleTurn(undefined, input({ kind: 'install', text: '' }), options);
    expect(textOf(r)).toMatch(/^Welcome/);
  });

  it('answers a retried activity id once', () => {
    const first = handleTurn(undefined, input({ activityId: 'a-1' }), options);
    expect(first.state?.processed).toEqual(['a-1']);
    const retry = handleTurn(first.state, input({ activityId: 'a-1' }), options);
    expect(retry.changed).toBe(false);
    expect(retry.output.messages).toEqual([]);
  });

  it('remembers only the most recent activity ids', () => {
    let state: unknown;
    for (let i = 0; i < 30; i++) state = handleTurn(state, input({ activityId: `a-${i}` }), options).state;
    const processed = (state as { processed: string[] }).processed;
    expect(processed).toHaveLength(20);
    expect(processed.at(-1)).toBe('a-29');
  });

  it('treats a card button as the text it carries, and rejects unknown button data', () => {
    const viaButton = handleTurn(undefined, input({ text: '', value: { command: 'say', text: 'help' } }), options);
    expect(textOf(viaButton)).toMatch(/decision support/i);
    const bogus = handleTurn(undefined, input({ text: '', value: { command: 'drop tables' } }), options);
    expect(textOf(bogus)).toMatch(/button's data was not recognised/);
  });

  it('gives a clear answer to empty and too-long messages', () => {
    expect(textOf(handleTurn(undefined, input({ text: '   ' }), options))).toMatch(/empty message/);
    const long = handleTurn(undefined, input({ text: 'x'.repeat(25_000) }), options);
    expect(textOf(long)).toMatch(/too long.*25,000 characters/);
  });

  it('a paste over the 8,000-character limit is refused with what to paste instead, and stores nothing', () => {
    const note = '58M chronic LBP 9 months, naproxen 500 bid x 6 wks no relief. '.repeat(140);
    expect(note.length).toBeGreaterThan(8_000);
    const r = handleTurn(undefined, input({ text: note }), options);
    expect(textOf(r)).toMatch(/too long.*the limit is 8,000.*Nothing was stored.*medicines tried/s);
    expect((r.state as { cases: unknown[] }).cases).toEqual([]);
  });

  it('starts afresh and says so when the stored case is older than the retention period', () => {
    const old = handleTurn(undefined, input({ receivedAt: '2026-10-01T10:00:00.000Z' }), options).state;
    const r = handleTurn(old, input(), options);
    expect(textOf(r)).toMatch(/deleted after 30 days/);
    expect(r.state?.updatedAt).toBe(NOW);
  });

  it('never overwrites a stored record it cannot read, but forget deletes it', () => {
    const unreadable = { v: 99, something: 'from a newer version' };
    const r = handleTurn(unreadable, input({ text: 'hello' }), options);
    expect(r.changed).toBe(false);
    expect(textOf(r)).toMatch(/could not be read/);
    const forget = handleTurn(unreadable, input({ text: 'forget' }), options);
    expect(forget).toMatchObject({ changed: true, state: null });
  });
});
