import { describe, expect, it } from 'vitest';
import { parseDoseRegimen } from '../../src/clinical/language/dose-regimen.js';

/** A bare 19xx or 20xx after a drug name with no unit and no frequency is a year, never a dose in mg. */
describe('a year is no dose', () => {
  it.each([', stopped 2016', ' 2016', ' 2019 helped', ' 2020-2022', ' (2018) for DVT', ' since 2021'])(
    'no dose in "%s"',
    (after) => expect(parseDoseRegimen(after).doseMg).toBeUndefined(),
  );
  it.each([
    [' 2000 daily', 2000],
    [' 2000 mg/day', 2000],
    [' 1800 tid', 5400],
    [' 500 bid since 2019', 1000],
    [' 1200 mg in 2019', 1200],
  ])('contrast, a dose with a unit or a frequency: "%s"', (after, daily) => {
    const r = parseDoseRegimen(after);
    expect(r.dailyMg ?? r.doseMg).toBe(daily);
  });
});
