import { describe, expect, it } from 'vitest';
import { ageAdjustment, liverAdjustment, renalAdjustment } from '../../src/clinical/knowledge/dose-adjustments.js';
import { avoidDrugs, dosing, dosingFor } from '../../src/clinical/knowledge/dosing.js';
import { labelRowsOf } from '../../src/clinical/knowledge/dosing-schema.js';
import { getEntry, knowledge } from '../../src/clinical/knowledge/knowledge-base.js';
import { CLINICAL_REFERENCE } from './seed-text.js';

/** The clinical-reference row of a drug in section 2 (label facts): the numbers in the data must appear there. */
function referenceRow(name: string): string {
  const row = CLINICAL_REFERENCE.split('\n').find((line) => line.startsWith(`| ${name}`));
  if (!row) throw new Error(`clinical-reference.md has no row for ${name}`);
  return row;
}
const mg = (n: number) => n.toLocaleString('en-US');

describe('label limits pinned to clinical-reference.md section 2', () => {
  it('every label maximum and starting dose appears in its drug row', () => {
    const rows: Record<string, string> = {
      duloxetine: 'Duloxetine',
      naproxen: 'Naproxen',
      ibuprofen: 'Ibuprofen',
      tramadol: 'Tramadol',
      gabapentin: 'Gabapentin',
      pregabalin: 'Pregabalin',
      acetaminophen: 'Acetaminophen',
    };
    for (const d of dosing) {
      const row = referenceRow(rows[d.drug] ?? '?');
      for (const n of [
        d.label.maxDailyMg,
        d.label.startDailyMg,
        d.label.usualMaxDailyMg,
        d.label.noAddedBenefitAboveDailyMg,
      ]) {
        if (n !== undefined) expect(row, `${d.drug} ${n}`).toContain(`${mg(n)} mg`);
      }
      for (const tier of d.renal) {
        if (tier.dailyMg)
          expect(row, `${d.drug} renal`).toContain(`${mg(tier.dailyMg.min)}-${mg(tier.dailyMg.max)} mg/day`);
        if (tier.maxDailyMg) expect(row).toContain(`maximum ${tier.maxDailyMg} mg/day`);
        expect(tier.source).toBe(d.label.source);
      }
    }
    expect(dosingFor('naproxen').label.maxDailyMg).toBe(1500);
    expect(dosingFor('ibuprofen').label.maxDailyMg).toBe(3200);
    expect(dosingFor('tramadol').label.maxDailyMg).toBe(400);
    expect(dosingFor('gabapentin').label).toMatchObject({ startDailyMg: 300, maxDailyMg: 3600 });
    expect(dosingFor('pregabalin').label).toMatchObject({ startDailyMg: 150, usualMaxDailyMg: 300, maxDailyMg: 600 });
    expect(dosingFor('acetaminophen').label.maxDailyMg).toBe(4000);
    expect(dosingFor('duloxetine').label).toMatchObject({ startDailyMg: 30, noAddedBenefitAboveDailyMg: 60 });
  });

  it('records where the guideline is looser than the label', () => {
    expect(dosingFor('pregabalin').looserThanLabel).toEqual(['gap.pregabalin-dose', 'gap.gabapentinoid-renal']);
    expect(dosingFor('gabapentin').looserThanLabel).toContain('gap.gabapentinoid-renal');
    expect(dosingFor('tramadol').looserThanLabel).toEqual(['gap.tramadol-caps', 'gap.duloxetine-tramadol']);
    expect(getEntry('gap.pregabalin-dose').text).toContain('600 mg/day');
  });

  it('avoid drugs (benzodiazepines, systemic corticosteroids) carry no dose at all', () => {
    expect(avoidDrugs.map((d) => d.drug)).toEqual(['benzodiazepine', 'systemic-corticosteroid']);
    for (const d of avoidDrugs) {
      expect(Object.keys(d).sort()).toEqual(['drug', 'knowledgeId', 'role']);
      expect(JSON.stringify(d)).not.toMatch(/\d/);
      expect(getEntry(d.knowledgeId).kind).toBe('avoid');
    }
    for (const id of ['avoid.benzodiazepines', 'avoid.systemic-corticosteroids'])
      expect(getEntry(id).text).not.toMatch(/\d/);
    const recommending = knowledge.filter((e) => e.kind === 'recommendation' || e.kind === 'radicular');
    for (const e of recommending) {
      expect(e.drugs ?? [], e.id).not.toContain('benzodiazepine');
      expect(e.drugs ?? [], e.id).not.toContain('systemic-corticosteroid');
    }
    expect(dosing.map((d) => d.drug)).not.toContain('benzodiazepine');
    expect(dosing.map((d) => d.drug)).not.toContain('systemic-corticosteroid');
  });
});

describe('renal, age and liver adjustments', () => {
  it('pregabalin CrCl 25 -> 25-150 mg/day; tiers at 30, 60 and below 15', () => {
    expect(renalAdjustment('pregabalin', 25)).toMatchObject({
      action: 'reduce',
      dailyMg: { min: 25, max: 150 },
      knowledgeId: 'renal.pregabalin',
    });
    expect(renalAdjustment('pregabalin', 45).dailyMg).toEqual({ min: 75, max: 300 });
    expect(renalAdjustment('pregabalin', 10).dailyMg).toEqual({ min: 25, max: 75 });
    // Reference v2: the rows share the edge 15 too (the lower row), and CrCl >= 60 has its own row.
    expect(renalAdjustment('pregabalin', 15).dailyMg).toEqual({ min: 25, max: 75 });
    expect(renalAdjustment('pregabalin', 61)).toMatchObject({ action: 'no-change', dailyMg: { min: 150, max: 600 } });
  });

  // clinical-reference.md: "CrCl 30-60: 75-300; 15-30: 25-150" with no row above 60. CrCl 60 lies inside "30-60"
  // (it was returned unadjusted), and CrCl 30, named by two tiers, gets the stricter one (it got 75-300).
  it('pregabalin boundaries: CrCl 60 -> 75-300 mg/day, CrCl 30 -> 25-150 mg/day', () => {
    expect(renalAdjustment('pregabalin', 60)).toMatchObject({ action: 'reduce', dailyMg: { min: 75, max: 300 } });
    expect(renalAdjustment('pregabalin', 60.5).action).toBe('no-change');
    expect(renalAdjustment('pregabalin', 30).dailyMg).toEqual({ min: 25, max: 150 });
    expect(renalAdjustment('pregabalin', 30.5).dailyMg).toEqual({ min: 75, max: 300 });
  });

  it('gabapentin CrCl 45 -> 400-1400 mg/day in 2 doses; 20 -> 200-700 once daily; 10 -> 100-300; 90 -> 900-3600 in 3', () => {
    expect(renalAdjustment('gabapentin', 45)).toMatchObject({ dailyMg: { min: 400, max: 1400 }, timesPerDay: 2 });
    expect(renalAdjustment('gabapentin', 20)).toMatchObject({ dailyMg: { min: 200, max: 700 }, timesPerDay: 1 });
    expect(renalAdjustment('gabapentin', 10).dailyMg).toEqual({ min: 100, max: 300 });
    expect(renalAdjustment('gabapentin', 90)).toMatchObject({
      action: 'no-change',
      dailyMg: { min: 900, max: 3600 },
      timesPerDay: 3,
    });
  });

  it('tramadol CrCl 20 -> every 12 h, max 200; CrCl 30 unchanged', () => {
    expect(renalAdjustment('tramadol', 20)).toMatchObject({
      intervalHours: 12,
      maxDailyMg: 200,
      source: 'Tramadol (Ultram) FDA label',
    });
    expect(renalAdjustment('tramadol', 30).action).toBe('none-listed');
  });

  it('duloxetine avoid and NSAIDs not recommended below CrCl 30', () => {
    expect(renalAdjustment('duloxetine', 29).action).toBe('avoid');
    expect(renalAdjustment('naproxen', 29).action).toBe('not-recommended');
    expect(renalAdjustment('ibuprofen', 15).action).toBe('not-recommended');
    expect(renalAdjustment('naproxen', 45).action).toBe('none-listed');
  });

  it('tramadol age 80 -> max 300; age 75 unchanged; NSAID over 65 -> caution', () => {
    expect(ageAdjustment('tramadol', 80)).toMatchObject({
      action: 'reduce',
      maxDailyMg: 300,
      knowledgeId: 'age.tramadol',
    });
    expect(ageAdjustment('tramadol', 75).action).toBe('none-listed');
    expect(ageAdjustment('naproxen', 70)).toMatchObject({ action: 'caution', knowledgeId: 'label.nsaid-class' });
  });

  it('liver: tramadol cirrhosis 50 mg every 12 h; duloxetine avoid; acetaminophen lower maximum; none for gabapentin', () => {
    expect(liverAdjustment('tramadol')).toMatchObject({
      perDoseMg: 50,
      intervalHours: 12,
      knowledgeId: 'liver.tramadol',
    });
    expect(liverAdjustment('duloxetine').action).toBe('avoid');
    expect(liverAdjustment('acetaminophen')).toMatchObject({ action: 'caution', knowledgeId: 'liver.acetaminophen' });
    expect(liverAdjustment('gabapentin').action).toBe('none-listed');
  });

  it('rejects an impossible CrCl or age', () => {
    expect(() => renalAdjustment('gabapentin', -5)).toThrow(RangeError);
    expect(() => ageAdjustment('tramadol', Number.NaN)).toThrow(RangeError);
  });
});

/**
 * One source: an adjustment entry that one label row cites says that row's words (with its reading of a cut-off),
 * read from the row (reference-adjustments.ts rowSays), so a row changed in the dosing data changes its entry too.
 * The gabapentinoid renal entries sum up several tiers each and keep their own table.
 */
describe('adjustment entries read their label row', () => {
  const SUMMARY = new Set(['renal.gabapentin', 'renal.pregabalin']);
  const rows = dosing.flatMap((d) =>
    labelRowsOf<{ knowledgeId: string; text: string; source: string; reading?: string | undefined }>(d),
  );
  const cited = rows.filter((r) => getEntry(r.knowledgeId)?.kind === 'adjustment' && !SUMMARY.has(r.knowledgeId));

  it('covers every adjustment entry but the tier summaries', () => {
    const adjustmentIds = knowledge.filter((e) => e.kind === 'adjustment').map((e) => e.id);
    expect(new Set(cited.map((r) => r.knowledgeId))).toEqual(new Set(adjustmentIds.filter((id) => !SUMMARY.has(id))));
  });

  it.each(cited.map((r) => [r.knowledgeId, r] as const))('%s', (id, row) => {
    const entry = getEntry(id)!;
    expect(entry.text).toBe(row.reading ? `${row.text} ${row.reading}` : row.text);
    expect('source' in entry ? entry.source : undefined).toBe(row.source);
  });
});

describe('the tramadol guideline-vs-label gap reads the tramadol record', () => {
  it('names the guideline dose and each cap the record holds', () => {
    const t = dosingFor('tramadol');
    const text = getEntry('gap.tramadol-caps')!.text;
    expect(text).toContain(
      `tramadol ${t.guideline!.perDoseMg.min}-${t.guideline!.perDoseMg.max} mg ${t.guideline!.frequencyText}`,
    );
    expect(text).toContain(`age > ${t.age[0]!.olderThan}`);
    expect(text).toContain(`CrCl < ${t.renal[0]!.crclBelow}`);
    expect(text).toContain(t.liver!.condition);
  });
});
