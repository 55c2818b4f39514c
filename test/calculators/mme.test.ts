import { describe, expect, it } from 'vitest';
import { calculateMme, type MmeFactorTable } from '../../src/clinical/calculators/mme.js';

/** CDC 2022 factors pinned here (clinical-reference §4); the older 2016 set must never creep back in. */
const CDC_2022: MmeFactorTable = {
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
};
const THRESHOLDS = { reassess: 50, avoid: 90 };
const mme = (items: unknown) => calculateMme(items, CDC_2022, THRESHOLDS);
const total = (items: unknown): number => {
  const r = mme(items);
  if (r.kind !== 'ok') throw new Error(`expected ok, got ${r.kind}`);
  return r.total;
};

describe('MME per day, CDC 2022 worked values (clinical-reference §4)', () => {
  it.each([
    ['hydrocodone 5 mg four times daily', [{ drug: 'hydrocodone', doseMg: 5, timesPerDay: 4 }], 20],
    ['oxycodone 10 mg four times daily', [{ drug: 'oxycodone', doseMg: 10, timesPerDay: 4 }], 60],
    ['oxycodone 10 mg every 12 h', [{ drug: 'oxycodone', doseMg: 10, timesPerDay: 2 }], 30],
    ['fentanyl 25 mcg/hr', [{ drug: 'fentanyl', mcgPerHour: 25 }], 60],
    ['fentanyl 75 mcg/hr', [{ drug: 'fentanyl', mcgPerHour: 75 }], 180],
    ['tramadol 50 mg every 6 h', [{ drug: 'tramadol', doseMg: 50, timesPerDay: 4 }], 40],
    ['methadone 20 mg/day', [{ drug: 'methadone', dailyMg: 20 }], 94],
  ])('%s = %d MME/day', (_label, items, expected) => {
    expect(total(items)).toBe(expected);
  });

  it('sums several opioids and shows each factor used', () => {
    const r = mme([
      { drug: 'oxycodone', doseMg: 5, timesPerDay: 4 },
      { drug: 'tramadol', doseMg: 50, timesPerDay: 2 },
    ]);
    expect(r).toMatchObject({
      kind: 'ok',
      total: 50,
      lines: [
        { drug: 'oxycodone', dailyAmount: 20, factor: 1.5, mme: 30 },
        { drug: 'tramadol', dailyAmount: 100, factor: 0.2, mme: 20 },
      ],
    });
  });

  it('flags >= 50 and >= 90 at the boundaries, not below', () => {
    const at = (mg: number) => mme([{ drug: 'morphine', dailyMg: mg }]);
    expect(at(49.9)).toMatchObject({ atOrAboveReassess: false, atOrAboveAvoid: false });
    expect(at(50)).toMatchObject({ atOrAboveReassess: true, atOrAboveAvoid: false });
    expect(at(89.9)).toMatchObject({ atOrAboveReassess: true, atOrAboveAvoid: false });
    expect(at(90)).toMatchObject({ atOrAboveReassess: true, atOrAboveAvoid: true });
  });

  it('does not use the 2016 analytic factors (tramadol 0.1, hydromorphone 4, fentanyl 7.2)', () => {
    expect(total([{ drug: 'tramadol', dailyMg: 100 }])).toBe(20);
    expect(total([{ drug: 'hydromorphone', dailyMg: 8 }])).toBe(40);
    expect(total([{ drug: 'fentanyl', mcgPerHour: 12 }])).toBe(28.8);
  });

  it('refuses buprenorphine, alone or in a list, with the reason', () => {
    expect(mme([{ drug: 'buprenorphine', dailyMg: 8 }])).toEqual({
      kind: 'refused',
      drug: 'buprenorphine',
      reason: 'no-factor-partial-agonist',
    });
    expect(
      mme([
        { drug: 'oxycodone', dailyMg: 20 },
        { drug: 'buprenorphine', dailyMg: 8 },
      ]).kind,
    ).toBe('refused');
  });

  it('rejects a non-opioid and input without a usable dose', () => {
    expect(mme([{ drug: 'naproxen', dailyMg: 1000 }])).toEqual({ kind: 'not-an-opioid', drug: 'naproxen' });
    expect(mme([{ drug: 'oxycodone', doseMg: 10 }]).kind).toBe('invalid');
    expect(mme([]).kind).toBe('invalid');
    expect(mme([{ drug: 'oxycodone', dailyMg: -5 }]).kind).toBe('invalid');
    expect(mme('oxycodone').kind).toBe('invalid');
  });
});
