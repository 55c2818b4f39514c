import { describe, expect, it } from 'vitest';
import { scoreOswestry, type OswestryBand } from '../../src/clinical/calculators/oswestry.js';
import { scoreStartBack, type StartBackParams } from '../../src/clinical/calculators/start-back.js';

/** Keele cut-offs and ODI bands pinned here (clinical-reference §5). */
const KEELE: StartBackParams = { lowMaxTotal: 3, highMinPsychosocial: 4, psychosocialItems: [5, 6, 7, 8, 9] };
const ODI_BANDS: OswestryBand[] = [
  { maxPercent: 20, label: 'minimal disability' },
  { maxPercent: 40, label: 'moderate disability' },
  { maxPercent: 60, label: 'severe disability' },
  { maxPercent: 80, label: 'very severe disability' },
  { maxPercent: 100, label: 'most severe disability' },
];
const sb = (input: unknown) => scoreStartBack(input, KEELE);

describe('STarT Back', () => {
  it('scores nine item answers into total, subscale and risk', () => {
    expect(sb({ items: [1, 1, 0, 1, 1, 1, 0, 1], item9: 1 })).toEqual({
      kind: 'ok',
      total: 7,
      psychosocial: 4,
      risk: 'high',
    });
    expect(sb({ items: [1, 1, 1, 1, 1, 0, 0, 0], item9: 0 })).toEqual({
      kind: 'ok',
      total: 5,
      psychosocial: 1,
      risk: 'medium',
    });
    expect(sb({ items: [0, 0, 0, 0, 1, 1, 1, 0], item9: 0 })).toEqual({
      kind: 'ok',
      total: 3,
      psychosocial: 3,
      risk: 'low',
    });
  });

  it('item 9 scores only for "very much" or "extremely"', () => {
    const base = [1, 0, 0, 0, 1, 1, 1, 0];
    expect(sb({ items: base, item9: 'moderately' })).toMatchObject({ total: 4, psychosocial: 3, risk: 'medium' });
    expect(sb({ items: base, item9: 'very much' })).toMatchObject({ total: 5, psychosocial: 4, risk: 'high' });
    expect(sb({ items: base, item9: 'extremely' })).toMatchObject({ risk: 'high' });
    expect(sb({ items: base, item9: 'slightly' })).toMatchObject({ risk: 'medium' });
  });

  it('uses the Keele cut-offs from a total and subscale', () => {
    expect(sb({ total: 3, psychosocial: 3 })).toMatchObject({ risk: 'low' });
    expect(sb({ total: 4, psychosocial: 3 })).toMatchObject({ risk: 'medium' });
    expect(sb({ total: 6, psychosocial: 4 })).toMatchObject({ risk: 'high' });
    expect(sb({ total: 9, psychosocial: 5 })).toMatchObject({ risk: 'high' });
  });

  it('rejects impossible scores and wrong item counts', () => {
    expect(sb({ total: 2, psychosocial: 3 }).kind).toBe('invalid');
    expect(sb({ total: 9, psychosocial: 4 }).kind).toBe('invalid');
    expect(sb({ total: 10, psychosocial: 5 }).kind).toBe('invalid');
    expect(sb({ items: [1, 1, 1], item9: 0 }).kind).toBe('invalid');
    expect(sb({ items: [2, 0, 0, 0, 0, 0, 0, 0], item9: 0 }).kind).toBe('invalid');
  });
});

describe('Oswestry Disability Index', () => {
  const odi = (input: unknown) => scoreOswestry(input, ODI_BANDS);

  it('scores all ten sections', () => {
    expect(odi({ sections: [3, 2, 4, 1, 0, 2, 3, 1, 2, 2] })).toEqual({
      kind: 'ok',
      percent: 40,
      band: 'moderate disability',
      sectionsAnswered: 10,
    });
  });

  it('scores an answered subset against 5 x sections answered', () => {
    expect(odi({ sections: [3, 2, 4, 1, 0, 2, 3, 1, 2] })).toMatchObject({ percent: 40, sectionsAnswered: 9 });
    expect(odi({ sections: [5, null, 5] })).toMatchObject({
      percent: 100,
      sectionsAnswered: 2,
      band: 'most severe disability',
    });
  });

  it('scores a sum with the number of sections answered', () => {
    expect(odi({ sum: 18, answered: 10 })).toMatchObject({ percent: 36, band: 'moderate disability' });
    expect(odi({ sum: 22, answered: 9 })).toMatchObject({ percent: 48.9, sectionsAnswered: 9 });
    expect(odi({ sum: 30, answered: 5 }).kind).toBe('invalid');
  });

  it('gives no score with more sections unanswered than the minimum allows', () => {
    expect(scoreOswestry({ sections: [5, null, 5] }, ODI_BANDS, 2)).toEqual({
      kind: 'incomplete',
      sectionsAnswered: 2,
      missing: 8,
    });
    expect(scoreOswestry({ sum: 14, answered: 7 }, ODI_BANDS, 2)).toMatchObject({ kind: 'incomplete', missing: 3 });
    expect(scoreOswestry({ sum: 16, answered: 8 }, ODI_BANDS, 2)).toMatchObject({ kind: 'ok', percent: 40 });
  });

  it('bands a percentage at the published edges', () => {
    expect(odi({ percent: 20 })).toMatchObject({ band: 'minimal disability' });
    expect(odi({ percent: 21 })).toMatchObject({ band: 'moderate disability' });
    expect(odi({ percent: 48 })).toMatchObject({ band: 'severe disability' });
    expect(odi({ percent: 61 })).toMatchObject({ band: 'very severe disability' });
    expect(odi({ percent: 81 })).toMatchObject({ band: 'most severe disability' });
  });

  it('rejects out-of-range input', () => {
    expect(odi({ percent: 120 }).kind).toBe('invalid');
    expect(odi({ sections: [6] }).kind).toBe('invalid');
    expect(odi({ sections: [null, null] }).kind).toBe('invalid');
    expect(odi({ sections: Array(11).fill(1) }).kind).toBe('invalid');
  });
});
