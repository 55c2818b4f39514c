import { describe, expect, it } from 'vitest';
import { MCID, OSWESTRY, START_BACK } from '../../src/clinical/knowledge/instruments.js';
import { getEntry } from '../../src/clinical/knowledge/knowledge-base.js';
import { MME_THRESHOLDS, mmeFactorFor, mmeFactorTable, mmeFactors } from '../../src/clinical/knowledge/mme-factors.js';
import { redFlagGroups } from '../../src/clinical/knowledge/red-flags.js';
import { CLINICAL_REFERENCE } from './seed-text.js';

const factor = (drug: Parameters<typeof mmeFactorFor>[0]): number | null | undefined => mmeFactorFor(drug)?.factor;

describe('MME factors: the CDC 2022 table exactly', () => {
  it('equals the 2022 table', () => {
    expect(Object.fromEntries(mmeFactors.map((f) => [f.drug, f.factor]))).toEqual({
      codeine: 0.15,
      fentanyl: 2.4,
      hydrocodone: 1,
      hydromorphone: 5,
      methadone: 4.7,
      morphine: 1,
      oxycodone: 1.5,
      oxymorphone: 3,
      tapentadol: 0.4,
      tramadol: 0.2,
      buprenorphine: null,
    });
  });

  it('is not the 2016 table (tramadol 0.1, hydromorphone 4, fentanyl 7.2)', () => {
    expect(factor('tramadol')).not.toBe(0.1);
    expect(factor('hydromorphone')).not.toBe(4);
    expect(factor('fentanyl')).not.toBe(7.2);
  });

  it('matches every row of the table in clinical-reference.md section 4', () => {
    const section4 = CLINICAL_REFERENCE.slice(CLINICAL_REFERENCE.indexOf('## 4.'), CLINICAL_REFERENCE.indexOf('## 5.'));
    for (const f of mmeFactors) {
      if (f.factor === null) continue;
      const row = section4.split('\n').find((l) => l.toLowerCase().startsWith(`| ${f.drug}`));
      expect(row, f.drug).toMatch(new RegExp(`\\| ${String(f.factor).replace('.', '\\.')} \\|$`));
    }
  });

  it('reproduces the worked values', () => {
    const mme = (drug: Parameters<typeof mmeFactorFor>[0], daily: number) => Math.round(daily * (factor(drug) ?? NaN));
    expect(mme('hydrocodone', 5 * 4)).toBe(20);
    expect(mme('oxycodone', 10 * 4)).toBe(60);
    expect(mme('oxycodone', 10 * 2)).toBe(30);
    expect(mme('fentanyl', 25)).toBe(60);
    expect(mme('fentanyl', 75)).toBe(180);
    expect(mme('tramadol', 50 * 4)).toBe(40);
    expect(mme('methadone', 20)).toBe(94);
  });

  it('buprenorphine has no factor and says why; fentanyl is per mcg/hr', () => {
    const bup = mmeFactorFor('buprenorphine');
    expect(bup && 'reason' in bup && bup.reason).toMatch(/partial agonist/);
    expect(mmeFactorFor('fentanyl')).toMatchObject({ unit: 'mcg/hr' });
    expect(mmeFactorTable()).not.toHaveProperty('buprenorphine');
    expect(mmeFactorTable()).toMatchObject({ tramadol: 0.2, methadone: 4.7 });
    expect(MME_THRESHOLDS).toEqual({ reassessAtOrAbove: 50, avoidOrJustifyAtOrAbove: 90 });
    expect(getEntry('mme.not-for-conversion').text).toMatch(/not a conversion table/);
  });
});

describe('instruments', () => {
  it('STarT Back: 9 items, psychosocial items 5-9, low risk total <= 3, high risk subscale >= 4', () => {
    expect(START_BACK).toMatchObject({ items: 9, lowRiskMaxTotal: 3, highRiskMinPsychosocial: 4 });
    expect(START_BACK.psychosocialItems).toEqual([5, 6, 7, 8, 9]);
    expect(START_BACK.bothersomenessScoringAnswers).toEqual(['very much', 'extremely']);
  });

  it('Oswestry: 10 sections of 0-5, five contiguous bands covering 0-100', () => {
    expect(OSWESTRY).toMatchObject({ sections: 10, maxPerSection: 5 });
    expect(OSWESTRY.bands.map((b) => [b.min, b.max])).toEqual([
      [0, 20],
      [21, 40],
      [41, 60],
      [61, 80],
      [81, 100],
    ]);
  });

  it('minimal important change: 2 points pain, 10 points ODI, 30 %', () => {
    expect(MCID).toMatchObject({ painScalePoints: 2, oswestryPoints: 10, percentFromBaseline: 30 });
  });
});

describe('red flags', () => {
  it('has the five groups with their signs and level, each an entry pointing at the two-level summary', () => {
    expect(redFlagGroups.map((g) => [g.id, g.urgency])).toEqual([
      ['cauda-equina', 'emergency'],
      ['progressive-neuro-deficit', 'emergency'],
      ['infection', 'emergency'],
      ['cancer', 'prompt'],
      ['fracture', 'prompt'],
    ]);
    expect(redFlagGroups.find((g) => g.id === 'cauda-equina')?.signs).toContain('saddle anaesthesia');
    expect(redFlagGroups.find((g) => g.id === 'progressive-neuro-deficit')?.signs).toEqual([
      'worsening weakness',
      'new foot drop',
    ]);
    for (const g of redFlagGroups) {
      const entry = getEntry(g.knowledgeId);
      expect(entry.see).toEqual(['redflag.urgent-evaluation']);
      for (const sign of g.signs) expect(CLINICAL_REFERENCE, sign).toContain(sign);
      // the reference's urgency column, verbatim, and said in the entry
      expect(CLINICAL_REFERENCE, g.urgencyText).toContain(`| ${g.urgencyText} |`);
      expect(entry.text.toLowerCase()).toContain(g.urgencyText.toLowerCase());
    }
  });

  it('a screen not completed names the signs to ask about and never says a red flag is present', () => {
    const text = getEntry('redflag.screen-not-completed').text;
    expect(text).toMatch(/^Red-flag screen not completed: ask about saddle anaesthesia/);
    expect(text).not.toMatch(/present/);
  });
});
