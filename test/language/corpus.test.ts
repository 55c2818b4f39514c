import { describe, expect, it } from 'vitest';
import { FACT_TYPES, loadCorpus, precision, recall, scoreCorpus } from '../../scripts/eval/corpus-scoring.js';

const cases = loadCorpus();
const { scores, results } = scoreCorpus(cases);

describe('extraction corpus (test/fixtures/cases)', () => {
  it('holds at least 80 de-identified cases with unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(FACT_TYPES.map((t) => [t]))('%s: precision and recall at least 95 %%', (t) => {
    const s = scores.get(t)!;
    const misses = results.flatMap((r) =>
      [...r.missed, ...r.extra].filter((m) => m.startsWith(`${t} `)).map((m) => `${r.id} ${m}`),
    );
    expect({ precision: precision(s) >= 0.95, recall: recall(s) >= 0.95, misses }).toMatchObject({
      precision: true,
      recall: true,
    });
  });

  it('tells case descriptions from questions', () => {
    expect(results.filter((r) => r.narrativeWrong).map((r) => r.id)).toEqual([]);
  });
});
