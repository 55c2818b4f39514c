import { describe, expect, it } from 'vitest';
import { dosingFor, guidelineDailyRange } from '../../src/clinical/knowledge/dosing.js';
import type { DosedDrugId } from '../../src/clinical/knowledge/dosing-schema.js';
import { getEntry } from '../../src/clinical/knowledge/knowledge-base.js';
import { SEED_TEXT } from './seed-text.js';

/**
 * Every guideline dose number is read back from the guideline text itself: a typo in the data or in a quote
 * fails here. Frequencies: "twice daily" = 2, "three times daily" = 3, "daily" = 1, "every 6-8 hours" = 3-4.
 */
function seedDose(pattern: RegExp): { min: number; max: number; times: { min: number; max: number } } {
  const m = SEED_TEXT.match(pattern);
  if (!m?.groups) throw new Error(`guideline text no longer matches ${pattern}`);
  const min = Number(m.groups.min);
  const max = Number(m.groups.max ?? m.groups.min);
  const freq = m.groups.freq ?? '';
  const hours = freq.match(/every (\d+)-(\d+) hours/);
  const times = hours
    ? { min: 24 / Number(hours[2]), max: 24 / Number(hours[1]) }
    : { min: FREQ[freq] ?? NaN, max: FREQ[freq] ?? NaN };
  return { min, max, times };
}
const FREQ: Record<string, number> = { 'twice daily': 2, 'three times daily': 3, daily: 1 };
const DOSE = String.raw`(?<min>\d+)(?:-(?<max>\d+))? mg (?<freq>twice daily|three times daily|every \d+-\d+ hours)`;

function expectGuidelineDose(drug: DosedDrugId, fromSeed: ReturnType<typeof seedDose>): void {
  const g = dosingFor(drug).guideline;
  expect(g, drug).toBeDefined();
  expect(g?.perDoseMg).toEqual({ min: fromSeed.min, max: fromSeed.max });
  expect(g?.timesPerDay).toEqual(fromSeed.times);
  const entry = getEntry(g?.knowledgeId ?? '');
  expect(SEED_TEXT).toContain(entry.origin === 'guideline' ? entry.quote : '(not a guideline entry)');
  expect(entry.origin === 'guideline' ? entry.cites : []).toEqual(g?.cites);
}

describe('guideline doses pinned to the guideline text', () => {
  it('duloxetine: 30 mg daily titrated to 60 mg daily (1, 2); overview says 30-60 mg daily', () => {
    const entry = getEntry('escalation.duloxetine');
    expect(entry.origin === 'guideline' && entry.quote).toContain('starting at 30 mg daily, titrating to 60 mg daily');
    expect(SEED_TEXT).toContain('duloxetine (30-60 mg daily)');
    const d = dosingFor('duloxetine');
    expect(d.guideline?.perDoseMg).toEqual({ min: 30, max: 60 });
    expect(d.guideline?.timesPerDay).toEqual({ min: 1, max: 1 });
    expect(d.guideline?.titration).toEqual({ startDailyMg: 30, targetDailyMg: 60 });
    expect(d.guideline?.cites).toEqual([1, 2]);
    expect(guidelineDailyRange('duloxetine')).toMatchObject({ min: 30, max: 60, meaning: 'range' });
  });

  it('naproxen: 500 mg twice daily as the adequate dose (1)', () => {
    const fromSeed = seedDose(new RegExp(`naproxen ${DOSE}`));
    expect(fromSeed).toEqual({ min: 500, max: 500, times: { min: 2, max: 2 } });
    expectGuidelineDose('naproxen', fromSeed);
    expect(guidelineDailyRange('naproxen')).toMatchObject({ min: 1000, max: 1000, meaning: 'minimum', cites: [1] });
  });

  it('ibuprofen: 600-800 mg three times daily as the adequate dose (1)', () => {
    const fromSeed = seedDose(new RegExp(`ibuprofen ${DOSE}`));
    expect(fromSeed).toEqual({ min: 600, max: 800, times: { min: 3, max: 3 } });
    expectGuidelineDose('ibuprofen', fromSeed);
    expect(guidelineDailyRange('ibuprofen')).toMatchObject({ min: 1800, max: 2400, meaning: 'minimum' });
  });

  it('tramadol: 50-100 mg every 6-8 hours (1, 2)', () => {
    const fromSeed = seedDose(new RegExp(`Tramadol \\(${DOSE}\\)`));
    expect(fromSeed).toEqual({ min: 50, max: 100, times: { min: 3, max: 4 } });
    expectGuidelineDose('tramadol', fromSeed);
    expect(guidelineDailyRange('tramadol')).toMatchObject({ min: 150, max: 400, meaning: 'range', cites: [1, 2] });
  });

  it('gabapentin: 300-1200 mg three times daily (1)', () => {
    const fromSeed = seedDose(new RegExp(`gabapentin \\(${DOSE}\\)`));
    expect(fromSeed).toEqual({ min: 300, max: 1200, times: { min: 3, max: 3 } });
    expectGuidelineDose('gabapentin', fromSeed);
    expect(guidelineDailyRange('gabapentin')).toMatchObject({ min: 900, max: 3600 });
  });

  it('pregabalin: 150-300 mg twice daily (1)', () => {
    const fromSeed = seedDose(new RegExp(`pregabalin \\(${DOSE}\\)`));
    expect(fromSeed).toEqual({ min: 150, max: 300, times: { min: 2, max: 2 } });
    expectGuidelineDose('pregabalin', fromSeed);
    expect(guidelineDailyRange('pregabalin')).toMatchObject({ min: 300, max: 600 });
  });

  it('acetaminophen: adjunct only, no guideline dose (1, 3)', () => {
    const entry = getEntry('avoid.acetaminophen-monotherapy');
    expect(entry.origin === 'guideline' && entry.quote).toContain('should not be relied upon as monotherapy');
    expect(entry.origin === 'guideline' && entry.cites).toEqual([1, 3]);
    expect(dosingFor('acetaminophen').guideline).toBeUndefined();
    expect(guidelineDailyRange('acetaminophen')).toBeUndefined();
    expect(dosingFor('acetaminophen').role).toBe('adjunct');
  });

  it('the guideline text holds no dose the data does not (every "N mg" in the seed is accounted for)', () => {
    // 20-30 mg is the opioid framework's morphine equivalent (opioid.framework.lowest-dose), not a drug dose.
    const drugText = SEED_TEXT.replace('morphine equivalent of 20-30 mg daily', '');
    const seedMg = [...drugText.matchAll(/(\d+)(?:-(\d+))? mg/g)]
      .flatMap((m) => [m[1], m[2]])
      .filter(Boolean)
      .map(Number);
    const dataMg = new Set(
      (['duloxetine', 'naproxen', 'ibuprofen', 'tramadol', 'gabapentin', 'pregabalin'] as const).flatMap((d) => {
        const g = dosingFor(d).guideline;
        return g ? [g.perDoseMg.min, g.perDoseMg.max] : [];
      }),
    );
    const unaccounted = seedMg.filter((n) => !dataMg.has(n));
    expect(seedMg.length).toBeGreaterThan(10);
    expect(unaccounted).toEqual([]);
  });
});
