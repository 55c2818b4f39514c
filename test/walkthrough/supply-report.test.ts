import { describe, expect, it } from 'vitest';
import { SUPPLY_REPORT_ROWS, pdmpRiskFinding } from '../../src/clinical/language/pdmp-finding.js';

/**
 * A supply report holds the opioid gate only when it reports this patient's present opioid supply (class rc21): not a
 * question or hypothetical, not someone else's, not a non-opioid, not a past event.
 */
describe('SUPPLY_REPORT_ROWS', () => {
  it.each(SUPPLY_REPORT_ROWS.map((r) => [r.example, r.counter]))('"%s" / not "%s"', (example, counter) => {
    expect(pdmpRiskFinding(example)).toBe('yes');
    expect(pdmpRiskFinding(counter)).toBeUndefined();
  });
});

describe('reports of this patient: a risk finding', () => {
  it.each([
    'ran out a week early again - can I go up to 10 qds?',
    'ran out of his oxycodone 5 days early',
    'pt ran out early again this month',
    'another doctor is also prescribing him oxycodone 10 bd.',
    'the pain clinic is also prescribing him tapentadol',
    'Rx oxycodone 10 bd - ok to dispense? he ran out 4 days early',
  ])('"%s"', (text) => expect(pdmpRiskFinding(text)).toBe('yes'));
});

describe('contrast: no report of this patient present opioid supply', () => {
  it.each([
    'in general, what do you do if a patient runs out a week early?',
    'what if he ran out a week early?',
    'ran out of his naproxen a week early',
    'another GP is prescribing his blood pressure meds',
    'his wife keeps running out early of her oxycodone',
    'worried he might run out early over christmas',
    'ran out early once in 2019, none since',
  ])('"%s"', (text) => expect(pdmpRiskFinding(text)).toBeUndefined());
});
