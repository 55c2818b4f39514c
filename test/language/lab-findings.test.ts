import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { LAB_FINDING_ROWS } from '../../src/clinical/language/lab-findings.js';

const AT = '2026-12-07T10:00:00.000Z';
const patchOf = (text: string) => extractCaseFacts(text, AT).patch;

/** Blood results said in a later turn: recorded as said, never judged against a cut-off (lab-findings.ts). */
describe('lab findings', () => {
  it.each(LAB_FINDING_ROWS)('$id reads "$example" and not "$counter"', (row) => {
    expect(row.re.test(row.example)).toBe(true);
    expect(row.re.test(row.counter)).toBe(false);
  });

  it.each([
    ['her sodium came back at 128, does that matter?', 128],
    ['Na 131 on today’s bloods', 131],
    ['serum sodium of 129 this morning', 129],
    ['her sodium came back at one hundred and twenty-eight comma does that matter question mark', 128],
  ])('%s -> sodium %d', (text, value) => {
    expect(patchOf(text).sodiumMmolL).toBe(value);
  });

  it.each([
    'LFTs came back deranged - does that change things?',
    'deranged LFTs on the repeat bloods',
    'ALT raised, ?significance',
    'liver enzymes up a bit',
  ])('%s -> liver tests abnormal', (text) => {
    expect(patchOf(text).liverTestsAbnormal).toBe('yes');
  });

  it.each([
    'naproxen sodium 550 mg bd for 6 weeks, no help',
    'LFTs normal, no liver disease',
    'check LFTs before duloxetine?',
  ])('%s: no finding', (text) => {
    const p = patchOf(text);
    expect(p.sodiumMmolL).toBeUndefined();
    expect(p.liverTestsAbnormal).toBeUndefined();
  });
});
