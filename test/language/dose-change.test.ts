import { describe, expect, it } from 'vitest';
import { DOSE_CHANGE_ROWS, doseChanges } from '../../src/clinical/language/dose-change.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { normalize } from '../../src/clinical/language/normalize.js';

const AT = '2026-11-29T10:00:00.000Z';
const changesOf = (text: string) => {
  const norm = normalize(text);
  return doseChanges(norm, findDrugs(norm));
};

/** A dose change already made is read with its new dose; one proposed or asked is not. */
describe('dose changes', () => {
  it.each(DOSE_CHANGE_ROWS)('$id reads "$example" and not "$counter"', (row) => {
    expect(changesOf(row.example)).toHaveLength(1);
    expect(changesOf(row.counter)).toEqual([]);
  });

  it.each([
    ['OxyContin went up to 30 mg bd', 'oxycodone', 30],
    ['gabapentin increased to 600 tds last week', 'gabapentin', 600],
    ['dulox now 60', 'duloxetine', 60],
    ['upped the tramadol to 100 qid', 'tramadol', 100],
    ['FYI pregabalin was titrated up to 150 bd by the pain team', 'pregabalin', 150],
    ['we bumped up her duloxetine to 60mg od', 'duloxetine', 60],
    ['Naproxen dose reduced to 250 mg bd because of dyspepsia', 'naproxen', 250],
    ['so the OxyContin has gone up to 40 mg bd, what is his MME now?', 'oxycodone', 40],
  ])('%j: %s now %i mg', (text, drug, dose) => {
    const ex = extractCaseFacts(text, AT);
    expect(ex.doseChanged).toContain(drug);
    expect(ex.patch.medications?.find((m) => m.drug === drug)?.doseMg).toBe(dose);
  });

  it.each([
    'could we go up to 60 on the duloxetine?',
    'increase gabapentin to 600 tds?',
    'dulox now for 6 weeks, still 7/10',
    'duloxetine 30 mg, now 63 yo',
    'plan: titrate duloxetine to 60 mg in 1 week',
  ])('%j: no change read', (text) => {
    expect(extractCaseFacts(text, AT).doseChanged).toBeUndefined();
  });
});

/** Units and tablets: g is x1000, mcg stays for a patch, a tablet count is never mg (reviewer round r1). */
describe('dose change units, plans and sequences', () => {
  const medOf = (text: string, drug: string) =>
    extractCaseFacts(text, AT).patch.medications?.find((m) => m.drug === drug);

  it.each([
    ['naproxen now 1 g daily', 'naproxen', 1000],
    ['Gabapentin now 1.2 g tds', 'gabapentin', 1200],
    ['gabapentin was increased to 1.2 grams tds last month', 'gabapentin', 1200],
    ['fentanyl patch now 25 mcg/h', 'fentanyl', 25],
    ['gabapentin increased to 600 tds then reduced back to 300 tds', 'gabapentin', 300],
    ['pregabalin went up to 150 bd, then came down to 75 bd due to dizziness', 'pregabalin', 75],
    ['tylenol #3 now 2 tabs q6h', 'codeine', 60],
    ['Tylenol #3 went up to two tablets qid', 'codeine', 60],
  ])('%j: %s %i mg', (text, drug, dose) => {
    expect(medOf(text, drug)?.doseMg).toBe(dose);
  });

  it.each([
    ['oxycodone now 2 tabs q6h', 'oxycodone'],
    ['norco now 2 tabs q6h', 'hydrocodone'],
    ['ED handover: oxy now ii tabs q4h prn', 'oxycodone'],
  ])('%j: a tablet count, never mg', (text, drug) => {
    const ex = extractCaseFacts(text, AT);
    expect(medOf(text, drug)?.doseMg).toBeUndefined();
    expect(ex.tabletChanges?.map((c) => c.drug)).toContain(drug);
  });

  it.each([
    'plan: oxycodone increased to 10 mg q6h',
    'if no better, gabapentin increased to 600 tds at next review',
    'gabapentin increased to 600 tds at next review',
    'Will have the duloxetine increased to 60 mg full stop',
    'pregabalin went up to 150 bd if tolerated',
  ])('%j: not made yet, no change and no medication', (text) => {
    const ex = extractCaseFacts(text, AT);
    expect(ex.doseChanged).toBeUndefined();
  });

  it('a planned change does not record the dose', () => {
    expect(medOf('if no better, gabapentin increased to 600 tds at next review', 'gabapentin')).toBeUndefined();
  });
});
