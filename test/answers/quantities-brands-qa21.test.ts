import { describe, expect, it } from 'vitest';
import { findDrugs } from '../../dialogs/answers/ports.js';
import { readDoseNotation } from '../../src/clinical/language/dose-notation.js';
import { converse } from '../helpers/conversation.js';

/**
 * Class: quantities said as tablet multiples ("five of the 200 mg ibuprofen at a time", "one and a half of the
 * 10s", "eight a day of the 5s"), an increase said with an arrow mid-case, and AU/UK brand names (Endone, OxyNorm,
 * Panadeine Forte, Tramacet). The same reader (readDoseNotation) serves quick questions and the case; a brand whose
 * strength the reference does not give is asked for, never guessed (clinical-reference.md section 2).
 */
let n = 0;
const reply = (turns: string[]): string => converse(turns, { key: `qa21-${n++}` }).replies.join('\n');

describe('tablet multiples count as the dose', () => {
  it.each([
    [
      'terse',
      'five of the 200 mg ibuprofen at a time, ok?',
      "1,000 mg a dose is above the label's single-dose maximum of 800 mg",
    ],
    ['GP chatty', 'pt takes five of the 200mg ibuprofen tablets at a time tds - ok?', '1,000 mg x 3/day'],
    ['pharmacist', 'Rx ibuprofen 200mg, pt takes 5 tabs at once. ok to dispense?', 'single-dose maximum of 800 mg'],
    ['NP shorthand', 'oxycodone one and a half of the 10s qid - MME?', '90 MME/day'],
    ['dictated', 'one and a half of the 10s of oxycodone qid - MME?', '90 MME/day'],
    ['UK', 'oxycodone eight a day of the 5s, MME?', '60 MME/day'],
    [
      'pharmacist day count',
      'Rx oxycodone 5mg, pt takes eight a day of the 5s. ok to dispense?',
      '8 tablets/day = 40 mg',
    ],
    ['two-tablet doses, 8 a day', 'norco 10/325 2 tabs q6h, taking 8 a day - apap total?', '2,600 mg acetaminophen'],
  ])('%s: %s', (_style, q, want) => {
    expect(reply([q])).toContain(want);
  });

  it('mid-case: five of the 200 mg tablets at a time is a 1,000 mg dose', () => {
    const text = reply([
      '54M chronic LBP 2y, no red flags. naproxen failed. takes five of the 200 mg ibuprofen tablets at a time tds',
    ]);
    expect(text).toContain('ibuprofen 1000 mg three times daily');
    expect(text).toContain('single-dose maximum of 800 mg');
  });

  it.each([
    ['a strength is no count', 'oxycodone 5 mg q6h', 'oxycodone 5 mg q6h'],
    ['a duration', 'naproxen 500 mg x 2 weeks', 'naproxen 500 mg x 2 weeks'],
    ['prn tablets', 'oxycodone 5mg 2 tabs prn', 'oxycodone 5mg 2 tabs prn'],
    ['a supply', '60 of the 5 mg oxycodone dispensed', '60 of the 5 mg oxycodone dispensed'],
    [
      'no "at a time": a larger count is left',
      'five of the 200 mg ibuprofen left in the box',
      'five of the 200 mg ibuprofen left in the box',
    ],
    ['a relative', "her husband's five of the 200 mg tablets", "her husband's five of the 200 mg tablets"],
    ['an age and a date', 'aged 55, seen 5/12/2026', 'aged 55, seen 5/12/2026'],
    ['a day count of a strength named in full', 'two of the 50s a day', 'two of the 50s a day'],
  ])('left as typed: %s', (_what, text, want) => {
    expect(readDoseNotation(text)).toBe(want);
  });
});

describe('an increase between two regimens mid-case, no name typed', () => {
  const CASE = '54M chronic LBP 2y, no red flags. on oxycodone 20 mg bd';
  it.each([
    ['arrow', 'can I go 20 bd -> 30 bd?'],
    ['unicode arrow', 'ok to go 20 bd → 30 bd?'],
  ])('%s: the MME now and proposed', (_style, q) => {
    expect(reply([CASE, q])).toContain('increase: 60 to 90 MME/day');
  });
  it('a change said done is not read as asked', () => {
    expect(reply([CASE, 'can I go 20 bd -> 30 bd last month?'])).not.toContain('increase: 60 to 90');
  });
});

describe('AU/UK brand names', () => {
  it.each([
    ['endone 5mg qid MME?', '30 MME/day'],
    ['oxynorm 10mg q6h MME?', '60 MME/day'],
    ['Rx Panadeine Forte 30/500 2 qid ok to dispense?', '4,000 mg acetaminophen'],
    ['tramacet 37.5/325 2 qid - MME?', '60 MME/day'],
  ])('read with a typed strength: %s', (q, want) => {
    expect(reply([q])).toContain(want);
  });
  it.each(['panadeine forte 2 qid ok?', 'tramacet 2 qid - MME?'])('strength asked, not guessed: %s', (q) => {
    const text = reply([q]);
    expect(text).toMatch(/Which \w+(?: forte)? strength\?/i);
    expect(text).not.toContain('30/500 2 tabs');
    expect(text).not.toMatch(/\d+ MME\/day/);
  });
  it.each([
    ['endone', 'oxycodone'],
    ['oxynorm', 'oxycodone'],
    ['panadeine forte', 'codeine'],
    ['tramacet', 'tramadol'],
  ])('%s is %s', (name, drug) => {
    expect(findDrugs(`${name} 2 tabs qid`)[0]?.drug).toBe(drug);
  });
  it('a tablet count of its own (not the unnamed strength)', () => {
    expect(findDrugs('endorphins')[0]?.drug).not.toBe('oxycodone');
  });
});

describe('an NSAID with codeine (Nurofen Plus): both drugs count, a strength only as typed', () => {
  it.each([
    ['terse MME', 'nurofen plus 200/12.8 2 qds MME?', ['codeine 102.4 mg/day x 0.15 = 15.4 MME/day', 'Ibuprofen']],
    ['pharmacist', 'Rx nurofen plus 200/12.8 x2 qds ok to dispense?', ['15.4 MME/day']],
  ])('%s: %s', (_style, q, wants) => {
    const text = reply([q]);
    for (const w of wants) expect(text).toContain(w);
  });
  it('mid-case: the codeine and the ibuprofen are both recorded', () => {
    const text = reply(['54M chronic LBP 2y, no red flags. takes nurofen plus 200/12.8 2 tabs tds']);
    expect(text).toContain('ibuprofen 400 mg three times daily');
    expect(text).toContain('codeine 25.6 mg three times daily');
  });
  it('no strength typed: none is guessed, the dose is asked', () => {
    const text = reply(['54M chronic LBP 2y, no red flags. takes nurofen plus 2 tabs tds']);
    expect(text).toContain('Ibuprofen: what dose?');
    expect(text).not.toMatch(/codeine \d/);
  });
  it.each([
    ['plain Nurofen stays ibuprofen', 'nurofen 200mg tds', 'nurofen 200mg tds'],
    ['a strength the wrong way round is not read', 'nurofen plus 12.8/200 tds', 'ibuprofen, codeine tds'],
  ])('%s', (_what, text, want) => {
    expect(readDoseNotation(text)).toBe(want);
  });
});

describe('a supply or a day count said with "at a time" is never one dose', () => {
  it.each([
    ['GP chatty', 'oxycodone 10 mg bd, the chemist hands out 7 at a time. MME?', 'Total 30 MME/day'],
    ['AU brand', 'Endone 5mg qid, staged supply from pharmacy 7 at a time. MME?', 'Total 30 MME/day'],
    ['pharmacist', 'Rx oxycodone 5mg qid, dispensed 7 at a time. ok to dispense?', '30 MME/day'],
    ['day count, tramadol', 'tramadol: takes 6 of the 50 mg a day, 2 at a time. ok?', 'Tramadol 300 mg/day'],
    ['day count, daily', 'she uses 8 of the 5 mg oxycodone daily, 2 at a time. MME?', 'Total 60 MME/day'],
    ['NP shorthand halves', 'oxycodone 1 and a half of the 10s qid, MME?', 'Total 90 MME/day'],
    ['terse halves', 'oxycodone 1 & a half of the 10s qid, MME?', 'Total 90 MME/day'],
    ['UK half tablet', 'takes half a 10mg oxycodone tab qds, MME?', 'Total 30 MME/day'],
    ['dictated half tablet', 'she takes half of a 10 mg oxycodone tablet four times a day MME', 'Total 30 MME/day'],
  ])('%s: %s', (_style, q, want) => {
    expect(reply([q])).toContain(want);
  });

  it.each([
    // contrasts that must not change: a count she takes each time still multiplies the amount
    ['oxycodone 10 mg qid but takes 2 at a time - mme', 'Total 120 MME/day'],
    ['oxycodone one and a half of the 10s qid - MME?', 'Total 90 MME/day'],
    ['pt takes five of the 200mg ibuprofen tablets at a time tds - ok?', '1,000 mg x 3/day'],
  ])('still counted: %s', (q, want) => {
    expect(reply([q])).toContain(want);
  });

  it.each([
    ['half a gram of paracetamol qds', '0.5 g of paracetamol qds'],
    ['half the pain at night', 'half the pain at night'],
  ])('half: %s', (text, want) => {
    expect(readDoseNotation(text)).toBe(want);
  });
});

describe("an NSAID-codeine brand's regimen stops at the next drug; 'plus <drug>' is no brand", () => {
  it.each([
    ['terse', 'MME? nurofen plus 200/12.8 2 tds and oxycodone 5 qid', 'Total 41.5 MME/day'],
    ['UK chatty', 'she takes Nurofen Plus 200/12.8 2 tabs tds + oxycodone 5mg qid, MME?', 'Total 41.5 MME/day'],
    ['pharmacist', 'Rx nurofen plus 200/12.8 2 tds with tramadol 50mg qid. MME?', 'codeine 76.8 mg/day'],
  ])('%s: %s', (_style, q, want) => {
    expect(reply([q])).toContain(want);
  });

  it.each([
    ['nurofen plus paracetamol', 'nurofen plus paracetamol'],
    ['Nurofen plus panadol 1g qid', 'Nurofen plus panadol 1g qid'],
    // contrast: the brand with its own regimen is still the two drugs
    ['Nurofen Plus 200/12.8 2 tabs tds - ok?', 'ibuprofen 200 mg 2 tabs tds, codeine 12.8 mg 2 tabs tds - ok?'],
    [
      'nurofen plus 200/12.8 2 tds and oxycodone 5 qid',
      'ibuprofen 200 mg 2 tds, codeine 12.8 mg 2 tds and oxycodone 5 qid',
    ],
  ])('%s', (text, want) => {
    expect(readDoseNotation(text)).toBe(want);
  });

  it('nurofen plus paracetamol is no opioid taken', () => {
    const text = reply(['nurofen plus paracetamol']);
    expect(text).not.toMatch(/codeine/i);
  });
});

describe('a volume of a liquid with a mg/mL concentration is the mg it holds', () => {
  it.each([
    ['AU brand', 'Oxynorm liquid 5mg/5ml, 10 ml qid, MME?', 'Total 60 MME/day'],
    ['volume first', '10 ml of the 5mg/5ml oxynorm qid, mme', 'Total 60 MME/day'],
    ['GP chatty', 'morphine oral solution 2 mg/ml, takes 5 mL q6h. MME?', 'Total 40 MME/day'],
    ['pharmacist', 'Rx oxycodone liquid 1 mg/mL 7.5 ml q6h - ok to dispense?', '45 MME/day'],
  ])('%s: %s', (_style, q, want) => {
    expect(reply([q])).toContain(want);
  });

  it.each([
    // contrasts: a bottle's volume and a tablet dose are no liquid dose
    ['oxynorm 5mg/5ml 250 ml bottle', 'oxynorm 5mg/5ml 250 ml bottle'],
    ['oxycodone 10 mg qid', 'oxycodone 10 mg qid'],
    ['eGFR 45 ml/min, naproxen 500 mg bd', 'eGFR 45 ml/min, naproxen 500 mg bd'],
  ])('left as typed: %s', (text, want) => {
    expect(readDoseNotation(text)).toBe(want);
  });
});

describe('a product whose strength is asked leaves the known acetaminophen said', () => {
  it.each([
    [
      'AU GP',
      'Panadeine Forte 2 tabs qid plus panadol 1g qid, paracetamol total?',
      ['Panadol: 1,000 mg x 4 a day = 4,000 mg', 'exceeds the adult maximum', 'Which Panadeine Forte strength?'],
    ],
    [
      'UK terse',
      'co-codamol 2 tabs qds and paracetamol 500mg 2 tds, apap total?',
      ['3,000 mg acetaminophen a day', 'Co-codamol not counted', 'Which Co-codamol strength?'],
    ],
    [
      'pharmacist',
      'Rx panadeine forte 2 qid + panadol 500mg 2 tabs qid. paracetamol ok to dispense?',
      ['4,000 mg acetaminophen a day', 'exceeds the adult maximum'],
    ],
  ])('%s: %s', (_style, q, wants) => {
    const text = reply([q]);
    for (const want of wants) expect(text).toContain(want);
  });

  it('the strength question alone when nothing else is known', () => {
    expect(reply(['MME co-codamol 2 tabs qds'])).toContain('"MME co-codamol C/P 2 tabs qds"');
  });
});
