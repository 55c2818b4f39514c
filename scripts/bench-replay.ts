import { handleTurn } from '../dialogs/turn-core.js';
import type { TurnCore } from '../src/runtime/turn-runner.js';

type Result = ReturnType<typeof handleTurn>;

/**
 * The benchmark's replay core (scripts/bench-server.ts `replay`): `core` computes each reply once, and the same text
 * arriving on the same state (the very state object a reply handed out, or no state) gets that reply again without
 * reading the text. The output is copied each time, so the renderer (which remembers what it rendered, by object)
 * renders it again; the copy is counted in the turn, so the figure sits a little above the floor. What it measures:
 * a turn's cost without reading its text, the floor under any reading.
 */
export function replayCore(core: (...args: Parameters<TurnCore>) => Result = handleTurn): TurnCore {
  /** The state objects this core handed out, each with the id replies are keyed by (0: no state). */
  const stateIds = new WeakMap<object, number>();
  const replies = new Map<string, Result>();
  let lastStateId = 0;
  return (saved, input, options) => {
    const known = saved === undefined ? 0 : typeof saved === 'object' && saved ? stateIds.get(saved) : undefined;
    const key = known === undefined ? undefined : `${known}\u0000${input.text}`;
    const hit = key === undefined ? undefined : replies.get(key);
    if (hit) return { ...hit, output: structuredClone(hit.output) };
    const result = core(saved, input, options);
    if (result.state && typeof result.state === 'object' && !stateIds.has(result.state))
      stateIds.set(result.state, ++lastStateId);
    if (key !== undefined) replies.set(key, result);
    return result;
  };
}
