import { describe, expect, it } from 'vitest';
import { DESCRIBED_DRUG_ROWS, readDescribedDrugs } from '../../src/clinical/language/described-drugs.js';
import { converse } from '../helpers/conversation.js';

/**
 * Drugs described rather than named are read as the drug before the drug finder (described-drugs.ts): each row reads
 * its example and not its counter-example, and the answer says which drug it took the description to be.
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `described-drug-${n++}` }).replies[0] ?? '';

describe('drugs described without their name', () => {
  it.each(DESCRIBED_DRUG_ROWS)('$id reads "$example" and not "$counter"', (row) => {
    expect(readDescribedDrugs(row.example).read.map((r) => r.drug)).toContain(row.drug);
    expect(readDescribedDrugs(row.counter).read.map((r) => r.drug)).not.toContain(row.drug);
  });

  it.each([
    [
      'GP chatty',
      'the antidepressant that is also licensed for musculoskeletal pain - dose?',
      /Read as duloxetine/,
      /30 mg daily/,
    ],
    ['NP shorthand', 'gabapentin cousin dose for crcl 25?', /Read as pregabalin/, /25-150 mg\/day/],
    ['UK', 'can I use the gabapentin cousin in CKD', /Read as pregabalin/, /Pregabalin by CrCl/],
    ['pharmacist', 'Rx the 72-hour patch 25 mcg/hr - MME?', /Read as fentanyl patch/, /60 MME\/day/],
    [
      'dictated',
      'she is on the once-a-week opioid patch 10 mcg/hr comma MME question mark',
      /Read as buprenorphine patch/,
      /no MME factor/i,
    ],
  ])('%s: %j answers as if named', (_style, q, read, fact) => {
    const text = answer(q);
    expect(text).toMatch(read);
    expect(text).toMatch(fact);
  });

  it('a weekly patch is never computed as fentanyl', () => {
    expect(answer('she is on the once-a-week opioid patch 10 mcg/hr, MME?')).not.toMatch(/24 MME/);
  });

  it.each([['gabapentin 300 tds in CKD?'], ['the opioid patch 25 mcg/hr MME?'], ['SNRI for back pain?']])(
    '%j is unchanged: no reading',
    (q) => {
      expect(answer(q)).not.toMatch(/Read as/);
    },
  );
});
