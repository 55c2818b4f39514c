import { describe, expect, it } from 'vitest';
import { parseState } from '../../dialogs/turn-core.js';
import { applyFacts, evaluatePathway, startCase } from '../../machines/pathway.js';
import { SAMPLES } from './case-samples.js';

const NOW = '2026-01-01T00:00:00.000Z';

/**
 * What a turn made and hands to the next turn (the runner passes back the state it wrote while the store holds that
 * version): an envelope of this process is not checked again, and a case's parsed facts share what was worked out for
 * the facts they were parsed from. Neither may change a result.
 */
describe('work carried to the next turn', () => {
  it('an envelope made here still has its facts checked', () => {
    const env = startCase(SAMPLES.gateOpen!);
    const bad = { ...SAMPLES.gateOpen!, age: -3 };
    expect(applyFacts(env, bad, NOW)).toEqual({
      kind: 'needs-review',
      reason: 'the case facts do not match the schema',
    });
    const ok = applyFacts(env, SAMPLES.radicularNoMri!, NOW);
    if (ok.kind !== 'ok') throw new Error(ok.reason);
    expect(ok.view).toEqual(evaluatePathway(structuredClone(SAMPLES.radicularNoMri!)));
    // the same result as the envelope read back from the store
    expect(applyFacts(JSON.parse(JSON.stringify(env)), SAMPLES.radicularNoMri!, NOW)).toEqual(ok);
  });

  it("a case's parsed facts share the view of the facts they were parsed from", () => {
    const facts = structuredClone(SAMPLES.gateOpen!);
    const view = evaluatePathway(facts);
    const record = { label: 'A', facts, envelope: startCase(facts), history: [], createdAt: NOW, updatedAt: NOW };
    const state = parseState({ v: 1, updatedAt: NOW, processed: [], cases: [record], reminders: [] });
    const parsed = state!.cases[0]!.facts;
    expect(parsed).not.toBe(facts);
    expect(evaluatePathway(parsed)).toBe(view);
    // a record read from the store (new objects) is judged from its own facts, to the same view
    const stored = parseState(JSON.parse(JSON.stringify({ v: 1, updatedAt: NOW, cases: [record] })));
    expect(evaluatePathway(stored!.cases[0]!.facts)).toEqual(view);
  });
});
