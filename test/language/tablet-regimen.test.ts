import { describe, expect, it } from 'vitest';
import { mostTimesPerDay } from '../../src/clinical/language/frequency.js';
import { readTabletRegimen, tabletsPerDay } from '../../src/clinical/language/tablet-regimen.js';

describe('tablet regimens read at their most (clinical-reference.md section 4)', () => {
  it('reads a combination strength, a tablet count and how often', () => {
    const r = readTabletRegimen(' 10/325 2 tabs q6h');
    expect(r).toMatchObject({ strength: { opioidMg: 10, acetaminophenMg: 325 }, tabletsPerDose: 2, timesPerDay: 4 });
    expect(r.atMost).toBe(false);
    expect(tabletsPerDay(r)).toBe(8);
  });

  it('takes the upper end of a tablet range and the shorter interval, and says it is the most', () => {
    const r = readTabletRegimen(' 10/325 1-2 tabs q4-6h prn');
    expect(r).toMatchObject({ tabletsPerDose: 2, timesPerDay: 6, prn: true, atMost: true });
    expect(tabletsPerDay(r)).toBe(12);
  });

  it('holds the count to a typed daily cap, whose "a day" is not read as once daily', () => {
    const r = readTabletRegimen(' 5/325 1-2 tabs q4h prn, max 6 a day');
    expect(r.maxTabletsPerDay).toBe(6);
    expect(tabletsPerDay(r)).toBe(6);
  });

  it('reads a number right after the name, but not a tablet count', () => {
    expect(readTabletRegimen(' 5 q6h').leadMg).toBe(5);
    expect(readTabletRegimen(' 2 tabs q6h').leadMg).toBeUndefined();
    expect(readTabletRegimen(' 2 tabs q6h').tabletsPerDose).toBe(2);
  });

  it('gives no daily count without how often', () => {
    expect(tabletsPerDay(readTabletRegimen(' 10/325 2 tabs'))).toBeUndefined();
  });

  it('counts the most doses a day an interval range allows', () => {
    expect(mostTimesPerDay('q4-6h')).toEqual({ timesPerDay: 6, range: true });
    expect(mostTimesPerDay('every 6 hours')).toEqual({ timesPerDay: 4, range: false });
    expect(mostTimesPerDay('tid')).toEqual({ timesPerDay: 3, range: false });
  });
});
