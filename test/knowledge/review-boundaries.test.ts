import { describe, expect, it } from 'vitest';
import { ageAdjustment, renalAdjustment } from '../../src/clinical/knowledge/dose-adjustments.js';
import { START_BACK } from '../../src/clinical/knowledge/instruments.js';
import { dosing } from '../../src/clinical/knowledge/dosing.js';
import { getEntry } from '../../src/clinical/knowledge/knowledge-base.js';
import { CLINICAL_REFERENCE, SEED_TEXT } from './seed-text.js';

/** Every boundary of the label tiers in clinical-reference.md section 2, on both sides. */
describe('adjustment boundaries', () => {
  it.each([
    [60, { min: 900, max: 3600 }],
    [59.9, { min: 400, max: 1400 }],
    [30, { min: 400, max: 1400 }],
    [29.9, { min: 200, max: 700 }],
    [15, { min: 200, max: 700 }],
    [14.9, { min: 100, max: 300 }],
    [0, { min: 100, max: 300 }],
  ])('gabapentin CrCl %s -> %o mg/day', (crcl, daily) => {
    expect(renalAdjustment('gabapentin', crcl).dailyMg).toEqual(daily);
  });

  it('CrCl < 30 rules start below 30: tramadol q12h max 200, duloxetine avoid, NSAIDs not recommended', () => {
    expect(renalAdjustment('tramadol', 29.9)).toMatchObject({ intervalHours: 12, maxDailyMg: 200 });
    expect(renalAdjustment('tramadol', 30).action).toBe('none-listed');
    for (const drug of ['duloxetine', 'naproxen', 'ibuprofen'] as const) {
      expect(renalAdjustment(drug, 29.9).action, drug).toMatch(/^(avoid|not-recommended)$/);
      expect(renalAdjustment(drug, 30).action, drug).toBe('none-listed');
    }
  });

  it('tramadol age rule is "> 75": 75 unchanged, 76 capped at 300 mg/day', () => {
    expect(ageAdjustment('tramadol', 75).action).toBe('none-listed');
    expect(ageAdjustment('tramadol', 76)).toMatchObject({ action: 'reduce', maxDailyMg: 300 });
  });
});

describe('STarT Back rule consistency (Keele)', () => {
  // High risk needs psychosocial subscale >= 4; the subscale items are part of the total, so total >= 4 follows and a
  // score is never both low (total <= 3) and high: the published rule's implicit "total >= 4" for high risk.
  it('the psychosocial items are a subset of the 9 items and high risk cannot overlap low risk', () => {
    for (const item of START_BACK.psychosocialItems) expect(item).toBeLessThanOrEqual(START_BACK.items);
    expect(START_BACK.highRiskMinPsychosocial).toBeGreaterThan(START_BACK.lowRiskMaxTotal);
    expect(getEntry('instrument.start-back').text).toContain(
      'low risk if total 0-3, high risk if subscale 4-5, otherwise medium',
    );
  });
});

describe('reference texts add nothing the reference does not say', () => {
  it('gabapentin label: 900-3,600 mg/day is the CrCl >= 60 range, not an "up to" maximum', () => {
    expect(getEntry('label.gabapentin').text).toContain('with CrCl >= 60, 900-3,600 mg/day in 3 doses');
  });

  it('the PDMP entry carries no timing the reference does not give', () => {
    expect(getEntry('opioid.cdc-pdmp').text).not.toMatch(/before|after|every/i);
  });
});

describe('dosing texts carry only numbers from the sources', () => {
  it('every number in a label note or adjustment text occurs in the guideline or the clinical reference', () => {
    const numbers = (text: string) => [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, ''));
    const known = new Set([...numbers(SEED_TEXT), ...numbers(CLINICAL_REFERENCE)]);
    const texts = dosing.flatMap((d) => [
      ...d.label.notes,
      ...[...d.renal, ...d.age, ...(d.liver ? [d.liver] : [])].map((a) => a.text),
    ]);
    expect(texts.length).toBeGreaterThan(15);
    expect(
      texts.flatMap((t) =>
        numbers(t)
          .filter((n) => !known.has(n))
          .map((n) => `${t}: ${n}`),
      ),
    ).toEqual([]);
  });
});
