import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { replayCore } from '../../scripts/bench-replay.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/** The benchmark's replay core measures a turn without reading: it must hand out exactly what reading gave. */
describe('bench replay core', () => {
  const counted = () => {
    const calls: string[] = [];
    const core = replayCore((saved, input, options) => {
      calls.push(input.text);
      return handleTurn(saved, input, options);
    });
    return { calls, core };
  };

  it('reads a text once per state and replays an equal reply in a fresh object', async () => {
    const { calls, core } = counted();
    const first = await core(undefined, coreInput('duloxetine dose for a 70 year old?', 0), CORE_OPTIONS);
    const again = await core(undefined, coreInput('duloxetine dose for a 70 year old?', 1), CORE_OPTIONS);
    expect(calls).toEqual(['duloxetine dose for a 70 year old?']);
    expect(again.output).toEqual(first.output);
    expect(again.output).not.toBe(first.output);
    expect(again.state).toBe(first.state);
  });

  it('follows a conversation: the state a reply handed out keys the next turn', async () => {
    const { calls, core } = counted();
    const run = async () => {
      const a = await core(undefined, coreInput('new case', 0), CORE_OPTIONS);
      return core(a.state ?? undefined, coreInput('skip', 1), CORE_OPTIONS);
    };
    const once = await run();
    const twice = await run();
    expect(calls).toEqual(['new case', 'skip']);
    expect(twice.output).toEqual(once.output);
    expect(twice.state).toBe(once.state);
  });

  it('reads again when the state is one it did not hand out (read back from storage)', async () => {
    const { calls, core } = counted();
    const a = await core(undefined, coreInput('new case', 0), CORE_OPTIONS);
    const copy = structuredClone(a.state);
    await core(copy ?? undefined, coreInput('skip', 1), CORE_OPTIONS);
    await core(copy ?? undefined, coreInput('skip', 2), CORE_OPTIONS);
    expect(calls).toEqual(['new case', 'skip', 'skip']);
  });
});
