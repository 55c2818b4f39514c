import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFacts, PATHWAY_MACHINE_VERSION, startCase, evaluatePathway } from '../../machines/pathway.js';
import { caseFactsArbitrary } from './case-arbitrary.js';
import { SAMPLES } from './case-samples.js';

const NOW = '2026-01-01T00:00:00.000Z';
const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('case envelope', () => {
  it('start -> store as JSON -> apply new facts: ok, versioned, stamped, same view as evaluatePathway', () => {
    const env = roundTrip(startCase(SAMPLES.naproxenLowDose!));
    expect(env.machineVersion).toBe(PATHWAY_MACHINE_VERSION);
    const r = applyFacts(env, SAMPLES.gateOpen!, NOW);
    if (r.kind !== 'ok') throw new Error(r.reason);
    expect(r.envelope).toMatchObject({ machineVersion: PATHWAY_MACHINE_VERSION, savedAt: NOW });
    expect(r.view).toEqual(evaluatePathway(SAMPLES.gateOpen!));
    expect(JSON.stringify(r.envelope.snapshot)).toContain('"open"');
  });

  it('a red flag after restore moves to urgent; clearing it returns to care', () => {
    const first = applyFacts(roundTrip(startCase(SAMPLES.gateOpen!)), SAMPLES.redFlagCauda!, NOW);
    if (first.kind !== 'ok') throw new Error(first.reason);
    expect(first.view.status).toBe('urgent');
    const second = applyFacts(roundTrip(first.envelope), SAMPLES.gateOpen!, NOW);
    if (second.kind !== 'ok') throw new Error(second.reason);
    expect(second.view.gate.open).toBe(true);
  });

  it('migrates the version 0 format ({ step, facts }) through the migration table', () => {
    const v0 = {
      machineVersion: 0,
      savedAt: '2025-06-01T00:00:00.000Z',
      snapshot: { step: 'escalation', facts: SAMPLES.radicularNoMri },
    };
    const r = applyFacts(v0, SAMPLES.radicularNoMri!, NOW);
    if (r.kind !== 'ok') throw new Error(r.reason);
    expect(r.envelope.machineVersion).toBe(PATHWAY_MACHINE_VERSION);
    expect(r.view.activeSteps).toContain('radicular');
    expect(r.view.recommendations).toContain('radicular.mri');
  });

  it.each([
    ['a newer version', { machineVersion: PATHWAY_MACHINE_VERSION + 1, snapshot: {} }, /newer/],
    ['a version 0 snapshot without facts', { machineVersion: 0, snapshot: { step: 'x' } }, /migrated/],
    ['not an envelope', 'garbage', /not a pathway envelope/],
    ['null', null, /not a pathway envelope/],
    ['a negative version', { machineVersion: -1, snapshot: {} }, /not a pathway envelope/],
    [
      'a snapshot with no context',
      { machineVersion: 1, snapshot: { status: 'active', value: 'redFlagScreen' } },
      /version 1 snapshot could not be migrated/,
    ],
    [
      'a state this machine does not have',
      { machineVersion: 1, snapshot: { status: 'active', value: 'nowhere', context: { facts: {} } } },
      /could not be restored/,
    ],
    [
      'a finished snapshot',
      { machineVersion: 1, snapshot: { status: 'done', value: 'redFlagScreen', context: { facts: {} } } },
      /version 1 snapshot could not be migrated/,
    ],
    [
      'a version 2 snapshot with more than its value',
      { machineVersion: 2, snapshot: { value: 'redFlagScreen', context: {} } },
      /unreadable/,
    ],
  ])('%s -> needs review, never a throw', (_label, envelope, reason) => {
    const r = applyFacts(envelope, SAMPLES.screenedOnly!, NOW);
    expect(r.kind).toBe('needs-review');
    if (r.kind === 'needs-review') expect(r.reason).toMatch(reason);
  });

  it('migrates a version 1 envelope (an xstate persisted snapshot) to the compact version 2', () => {
    const facts = SAMPLES.radicularNoMri!;
    const v1 = {
      machineVersion: 1,
      savedAt: '2026-11-01T00:00:00.000Z',
      snapshot: {
        status: 'active',
        value: 'redFlagScreen',
        historyValue: {},
        context: { facts },
        children: {},
      },
    };
    const r = applyFacts(v1, facts, NOW);
    if (r.kind !== 'ok') throw new Error(r.reason);
    expect(r.envelope.machineVersion).toBe(2);
    expect(Object.keys(r.envelope.snapshot as object)).toEqual(['value']);
    expect(r.view).toEqual(evaluatePathway(facts));
  });

  it('a version 2 envelope holds the state value only, not a second copy of the facts', () => {
    const env = startCase(SAMPLES.gateOpen!);
    expect(JSON.stringify(env).length).toBeLessThan(400);
    expect(JSON.stringify(env)).not.toContain('medications');
  });

  it('a corrupt nested state value is reported, not silently reset', () => {
    const env = roundTrip(startCase(SAMPLES.screenedOnly!)) as { machineVersion: number; snapshot: { value: unknown } };
    env.snapshot.value = { care: { radicular: 'sideways' } };
    expect(applyFacts(env, SAMPLES.screenedOnly!, NOW).kind).toBe('needs-review');
  });

  it('never throws on arbitrary stored values, and answers ok only for real envelopes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ machineVersion: fc.integer({ min: -1, max: 3 }), snapshot: fc.anything() }),
        ),
        (stored) => {
          const r = applyFacts(stored, SAMPLES.screenedOnly!, NOW);
          expect(['needs-review']).toContain(r.kind);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('restore + new facts gives the same view as evaluating the new facts (random pairs)', () => {
    fc.assert(
      fc.property(caseFactsArbitrary, caseFactsArbitrary, (before, after) => {
        const r = applyFacts(roundTrip(startCase(before)), after, NOW);
        if (r.kind !== 'ok') throw new Error(r.reason);
        expect(r.view).toEqual(evaluatePathway(after));
      }),
      { numRuns: 200 },
    );
  });
});
