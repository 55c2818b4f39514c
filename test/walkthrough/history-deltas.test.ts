import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startCase } from '../../machines/pathway.js';
import {
  type CaseRecord,
  type CaseSnapshot,
  caseRecordSchema,
  MAX_HISTORY,
  previousSnapshot,
  withHistory,
} from '../../dialogs/walkthrough/case-record.js';
import { caseFactsArbitrary } from '../machines/case-arbitrary.js';
import { SAMPLES } from '../machines/case-samples.js';

/** Issue 16, compact records: undo history is stored as deltas; `back` must rebuild every earlier state exactly. */
const NOW = '2026-01-01T00:00:00.000Z';
const record = (snap: CaseSnapshot): CaseRecord => ({
  label: 'A',
  ...snap,
  envelope: startCase(snap.facts),
  history: [],
  createdAt: NOW,
  updatedAt: NOW,
});
const roundTrip = (r: CaseRecord): CaseRecord => caseRecordSchema.parse(JSON.parse(JSON.stringify(r)));

function advance(r: CaseRecord, next: CaseSnapshot): CaseRecord {
  const { pendingQuestion: _, ...rest } = r;
  return roundTrip(
    withHistory(
      { ...rest, ...next },
      { facts: r.facts, ...(r.pendingQuestion ? { pendingQuestion: r.pendingQuestion } : {}) },
    ),
  );
}

function undo(r: CaseRecord): CaseRecord | undefined {
  const previous = previousSnapshot(r);
  if (!previous) return undefined;
  const { pendingQuestion: _, ...rest } = r;
  return roundTrip({ ...rest, ...previous, history: r.history.slice(0, -1) });
}

const snapshot = fc.record(
  { facts: caseFactsArbitrary, pendingQuestion: fc.constantFrom('age', 'redFlags', 'duloxetineTrial', 'radicular') },
  { requiredKeys: ['facts'] },
);

describe('undo history as deltas', () => {
  it('back after any sequence of changes returns each earlier state exactly, newest first', () => {
    fc.assert(
      fc.property(fc.array(snapshot, { minLength: 2, maxLength: MAX_HISTORY + 1 }), (states) => {
        let r = record(states[0]!);
        for (const s of states.slice(1)) r = advance(r, s);
        const kept = Math.min(r.history.length, states.length - 1);
        for (let i = states.length - 2; i >= states.length - 1 - kept; i--) {
          r = undo(r)!;
          expect(r.facts).toEqual(caseRecordSchema.parse(record(states[i]!)).facts);
          expect(r.pendingQuestion).toEqual(states[i]!.pendingQuestion);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a step stores only what changed', () => {
    const r = advance(record({ facts: SAMPLES.naproxenLowDose! }), {
      facts: { ...SAMPLES.naproxenLowDose!, age: (SAMPLES.naproxenLowDose!.age ?? 50) + 1 },
    });
    expect(r.history).toEqual([{ d: {}, u: ['age'] }]);
    const again = advance(r, { facts: { ...r.facts, age: r.facts.age! + 1 } });
    expect(again.history.at(-1)).toEqual({ d: { age: r.facts.age } });
  });

  it('a record written before deltas (whole snapshots in its history) still undoes', () => {
    const legacy = roundTrip({
      ...record({ facts: SAMPLES.gateOpen! }),
      history: [{ facts: SAMPLES.naproxenLowDose!, pendingQuestion: 'age' }],
    });
    const r = undo(legacy)!;
    expect(r.facts).toEqual(caseRecordSchema.parse(record({ facts: SAMPLES.naproxenLowDose! })).facts);
    expect(r.pendingQuestion).toBe('age');
  });
});
