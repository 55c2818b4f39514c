import type { CaseFacts } from './case-facts.js';

/**
 * What the readers of a facts object worked out for it (the view, the option statuses, the gate, the interactions),
 * one table per facts object, each reader's entry under its FactsMemo. One weak entry per facts object rather than
 * one per reader: fewer lookups, and less for the garbage collector to trace.
 */
const tables = new WeakMap<CaseFacts, Map<FactsMemo<unknown>, unknown>>();

function tableOf(facts: CaseFacts): Map<FactsMemo<unknown>, unknown> {
  let table = tables.get(facts);
  if (!table) {
    table = new Map();
    tables.set(facts, table);
  }
  return table;
}

/**
 * `copy` is what the case facts schema gave for `original`: it shares the original's table. The turn core parses
 * each case it restores (dialogs/turn-core.ts parseState), so a case carried over from the previous turn comes back
 * as a new facts object with the same content (a passing parse only puts keys in schema order and drops keys no
 * reader knows): what was worked out for the original stands for the copy, and the case is not judged again.
 */
export function linkParsedFacts(copy: CaseFacts, original: CaseFacts): void {
  if (copy !== original) tables.set(copy, tableOf(original));
}

/**
 * A memo of what one reader works out per facts object. Case facts are never changed in place (each turn merges
 * into a new object), so entries cannot go stale.
 */
export class FactsMemo<V> {
  get(facts: CaseFacts): V | undefined {
    return tables.get(facts)?.get(this) as V | undefined;
  }

  set(facts: CaseFacts, value: V): void {
    tableOf(facts).set(this, value);
  }
}

/**
 * A memo of what one reader works out per facts object and key (a drug, a therapy): `make` runs once per pair, and
 * its value is shared by every later reader of the same facts.
 */
export class KeyedFactsMemo<K, V> {
  private readonly byFacts = new FactsMemo<Map<K, V>>();

  get(facts: CaseFacts, key: K, make: () => V): V {
    let known = this.byFacts.get(facts);
    if (!known) {
      known = new Map();
      this.byFacts.set(facts, known);
    }
    if (known.has(key)) return known.get(key) as V;
    const value = make();
    known.set(key, value);
    return value;
  }
}
