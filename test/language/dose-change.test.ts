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
