import { afterEach, describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { MAX_TEXT_CHARS, type TurnInput } from '../../dialogs/turn-types.js';
import { OFFLOAD_MIN_CHARS, offloadingCore, type OffloadingCore } from '../../src/runtime/core-offload.js';

const NOTE =
  '62 yo F, low back pain 14 months. Tried ibuprofen 600 tid x 4 weeks, stopped for dyspepsia; acetaminophen 1 g tid prn no help. Denies saddle anaesthesia, bladder or bowel change, fever, weight loss. eGFR 72. ';
const input = (text: string): TurnInput => ({
  kind: 'message',
  conversationKey: 'offload',
  scope: 'personal',
  userId: 'u',
  text,
  activityId: 'a1',
  receivedAt: '2026-11-29T10:00:00.000Z',
});
const options = { retentionDays: 30 };
const longPaste = NOTE.repeat(Math.ceil(OFFLOAD_MIN_CHARS / NOTE.length) + 1);

let core: OffloadingCore | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

describe('long pastes are read on a worker thread', () => {
  it('answers a short text inline, without starting a worker', () => {
    core = offloadingCore();
    const r = core(undefined, input('duloxetine dose?'), options);
    expect(r).not.toBeInstanceOf(Promise);
    expect(r).toEqual(handleTurn(undefined, input('duloxetine dose?'), options));
  });

  it('reads a long paste inline until the worker has loaded, then on the worker, with the same result', async () => {
    core = offloadingCore();
    const inline = handleTurn(undefined, input(longPaste), options);
    const first = core(undefined, input(longPaste), options);
    expect(first).not.toBeInstanceOf(Promise);
    expect(first).toEqual(inline);
    await core.warm();
    const offloaded = core(undefined, input(longPaste), options);
    expect(offloaded).toBeInstanceOf(Promise);
    expect(await offloaded).toEqual(inline);
    // Over the message limit the core only says so, at once, on the event loop.
    const tooLong = core(undefined, input(NOTE.repeat(Math.ceil(MAX_TEXT_CHARS / NOTE.length) + 1)), options);
    expect(tooLong).not.toBeInstanceOf(Promise);
  }, 60_000);

  it('fails the waiting turn when the worker dies, and starts a fresh worker for the next long paste', async () => {
    core = offloadingCore(OFFLOAD_MIN_CHARS, new URL('../helpers/crashing-core-worker.mjs', import.meta.url));
    await core.warm();
    await expect(core(undefined, input(longPaste), options)).rejects.toThrow(/exited \(3\)/);
    const next = core(undefined, input(longPaste), options);
    expect(next).not.toBeInstanceOf(Promise);
    await core.warm();
    await expect(core(undefined, input(longPaste), options)).rejects.toThrow(/exited/);
  }, 60_000);
});
