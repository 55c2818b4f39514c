import { describe, expect, it } from 'vitest';
import { blindReply } from '../../scripts/eval/blind-report.js';
import { ask } from '../../scripts/eval/question-suite.js';
import { readSpoken } from '../../src/clinical/language/spoken-numbers.js';

/**
 * Dosing classes: dictated combination strengths, tramadol combination and ER products, Gralise, and mid-case
 * safety questions that must use the case ("[case so far: ...] question": the case opens first, then the question).
 * Each class in several clinician styles; the numbers come from clinical-reference.md sections 2-4.
 */
const reply = (text: string, n = 0): string => ask(text, n).join('\n');
const midCase = (q: string, n = 0): string => blindReply({ id: 'l3', q, must: [], mustNot: [] }, n);

describe('dictated combination strengths read as typed', () => {
  it.each([
    ['percocet five slash three twenty five two every four hours', 'percocet 5/325 2 every 4 hours'],
    ['norco ten slash three twenty five one q6h', 'norco 10/325 1 q6h'],
    ['percocet seven point five slash three twenty five two tablets', 'percocet 7.5/325 2 tablets'],
  ])('"%s" -> "%s"', (said, read) => {
    expect(readSpoken(said)).toBe(read);
  });

  it.each([
    [
      'percocet five slash three twenty five two every four hours as needed, morphine equivalent per day?',
      /90 MME\/day/,
    ],
    ['Norco ten slash three twenty five, two tabs q6h prn, MME and paracetamol?', /80 MME\/day/],
    ['norco ten three twenty five one every six hours, MME?', /40 MME\/day/],
  ])('"%s" gives the MME with its factor and the acetaminophen', (q, mme) => {
    const text = reply(q);
    expect(text).toMatch(mme);
    expect(text).toMatch(/x 1(?:\.5)? = /);
    expect(text).toMatch(/mg acetaminophen a day/);
  });
});

describe('Ultracet: daily tramadol and acetaminophen with the product label limit', () => {
  it.each([
    'Ultracet two tabs six-hourly, how much tramadol and paracetamol a day, within label?',
    'ultracet 2 q6h, how much tramadol a day?',
    'Ultracet 2 tabs QDS - total tramadol & paracetamol per day, and is that ok by the label?',
    'on tramadol/paracetamol 37.5/325, two every six hours. daily tramadol? label max?',
  ])('"%s"', (q) => {
    const text = reply(q);
    expect(text).toMatch(/300 mg tramadol and 2,600 mg acetaminophen a day/);
    expect(text).toMatch(/8 tablets a day/);
    expect(text).toMatch(/5 days or less/);
    expect(text).not.toMatch(/same drug/);
  });
});

describe("a regimen quoted from the guideline is not the patient's", () => {
  it.each([
    'came in on ConZip 200 mg daily; guideline says 50-100 q6-8h, is she inside that?',
    'conzip 200mg od - is that within the guideline tramadol 50-100 q6-8h?',
  ])('"%s": ConZip 200 mg/day, an extended-release product with its own maximum', (q) => {
    const text = reply(q);
    expect(text).toMatch(/ConZip \(tramadol extended-release\) 200 mg\/day/);
    expect(text).toMatch(/maximum 300 mg\/day/);
    expect(text).toMatch(/immediate-release/);
    expect(text).not.toMatch(/800 mg/);
  });

  it('Gralise with the guideline quoted: not interchangeable, the once-daily dose as typed', () => {
    const text = reply('pt on gralise 1800 mg nocte - guideline says 300-1200 tds, does that apply?');
    expect(text).toMatch(/not interchangeable/);
    expect(text).toMatch(/Gralise 1,800 mg\/day/);
    expect(text).not.toMatch(/5,400/);
  });
});

describe("several drugs asked about for one patient: each drug's finding for this patient", () => {
  it.each([
    'Child-Pugh B cirrhosis: duloxetine ok? if not, how to dose tramadol?',
    '[case so far: 58M, CLBP 18 months, Child-Pugh B cirrhosis, naproxen stopped] duloxetine ok? if not, how to dose tramadol?',
    '[case so far: 63F, chronic LBP 2y, cirrhosis (Child-Pugh B), eGFR 70] can I start cymbalta or should I go to tramadol, and at what dose?',
    'cirrhotic pt - duloxetine or tramadol, dosing?',
  ])('"%s": duloxetine out with its reason, tramadol 50 mg every 12 hours', (q) => {
    const text = midCase(q);
    const headlines = text.split('\n').filter((l) => l.startsWith('**'));
    expect(headlines.some((l) => /duloxetine\)?:? not for this patient/i.test(l))).toBe(true);
    expect(text).toMatch(/Avoid duloxetine in chronic liver disease/);
    expect(text).toMatch(/50 mg every 12 hours/);
    expect(text).not.toMatch(/Add duloxetine 30 mg daily/);
  });
});

describe('an open case with COPD on an opioid: a gabapentinoid answer names the breathing risk and the COPD', () => {
  it.each([
    '[case so far: 68M, CLBP 2 yrs, COPD on home oxygen, oxycodone 5 mg bd] add gabapentin for leg pain?',
    '[case so far: 71F, chronic LBP, COPD on 2L home O2, oxycodone 5 bd; now sciatica] ok to add gabapentin?',
    '[case so far: 66M, CLBP 1 yr, emphysema, tramadol 50 tds] pregabalin 75 bd for the leg?',
  ])('"%s"', (q) => {
    const text = midCase(q);
    expect(text).toMatch(/case has COPD/);
    expect(text).toMatch(/serious breathing problems/);
  });

  it('the headline carries it when no dose is checked', () => {
    const text = midCase(
      '[case so far: 71F, chronic LBP, COPD on 2L home O2, oxycodone 5 bd; now sciatica] ok to add gabapentin?',
    );
    expect(text).toMatch(/\*\*Gabapentin: interaction with case A's medicines \(case has COPD\)\*\*/);
  });
});
