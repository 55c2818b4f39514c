/**
 * One message's readings, shared by every reader that asks within the turn (issue 16). The router tries its routes in
 * turn, and several ask for the same readings of the same text (the normalised text, the extraction, whether it is a
 * question). Inside `withSharedReadings` (dialogs/router.ts runs each turn in it) a reader that reads through
 * `sharedReading` computes once per distinct list of arguments and hands the same result to every later caller; the
 * results are dropped when the turn ends, so nothing is kept from one message to the next. Outside a turn (tests,
 * scripts) the readers simply compute. A turn runs synchronously (the core is pure and single-threaded), so one
 * module-level scope is enough.
 *
 * A shared reader is an exported function that asks `sharedReading` and a private `...Once` that does the reading.
 * The readers are pure (the result depends only on the arguments), so a shared result is exactly what each caller
 * would have computed; callers treat results as read-only (test/language/shared-readings.test.ts).
 */

type Memo = Map<unknown, unknown>;
type Key = string | number | boolean | undefined;

/** The turn's memos, one per reader; undefined between turns. */
let turn: Memo | undefined;

/** Test hook: told of every reading actually computed during a turn (not of one handed out again). */
export type ReadingWatcher = (reader: string, args: readonly unknown[]) => void;
let watcher: ReadingWatcher | undefined;

/** When the turn's message was received; undefined between turns. */
let turnAt: string | undefined;

/**
 * Runs one turn with its readings shared; a nested call joins the turn already running. `receivedAt` is the turn's
 * "now" (turnReceivedAt), so readers that date nothing can share the turn's dated readings.
 */
export function withSharedReadings<T>(run: () => T, receivedAt?: string): T {
  if (turn) return run();
  turn = new Map();
  turnAt = receivedAt;
  try {
    return run();
  } finally {
    turn = undefined;
    turnAt = undefined;
  }
}

/**
 * The running turn's receivedAt, for a reader given no date of its own (a quick question read as a case): reading the
 * text at the turn's date, it shares the turn's own extraction of the same text instead of making a second one.
 */
export function turnReceivedAt(): string | undefined {
  return turnAt;
}

/**
 * `read(...args)`, computed once per turn for each list of arguments (compared as Map keys: strings by value) and
 * handed out again to every later caller in the turn. `name` names the reader (one name per reader function).
 */
export function sharedReading<A extends readonly Key[], R>(name: string, read: (...args: A) => R, ...args: A): R {
  if (!turn) return read(...args);
  // one map level per argument, below one for how many were given (an omitted default is an entry of its own)
  let node = below(below(turn, name), args.length);
  for (let i = 0; i < args.length - 1; i++) node = below(node, args[i]);
  const last = args[args.length - 1];
  if (node.has(last)) return node.get(last) as R;
  const result = read(...args);
  node.set(last, result);
  watcher?.(name, args);
  return result;
}

/**
 * What `sharedReading(name, ..., args)` has already computed in the running turn, or undefined when it has not (or
 * outside a turn): for a reader whose cheap pre-check is only worth running when the full reading is not in hand.
 */
export function readingSoFar<A extends readonly Key[], R>(name: string, ...args: A): R | undefined {
  let node = turn?.get(name) as Memo | undefined;
  node = node?.get(args.length) as Memo | undefined;
  for (let i = 0; i < args.length - 1 && node; i++) node = node.get(args[i]) as Memo | undefined;
  return node?.get(args[args.length - 1]) as R | undefined;
}

function below(node: Memo, key: unknown): Memo {
  let next = node.get(key) as Memo | undefined;
  if (!next) {
    next = new Map();
    node.set(key, next);
  }
  return next;
}

/** Test hook: `watch` hears of every reading computed in a turn until the returned function is called. */
export function watchReadings(watch: ReadingWatcher): () => void {
  watcher = watch;
  return () => {
    watcher = undefined;
  };
}
