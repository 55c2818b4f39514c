import { describe, expect, it } from 'vitest';
import { dailyTabletsSaid } from '../../src/clinical/language/daily-tablets.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { GUARDED_NAMES } from '../../src/clinical/language/drug-lexicon.js';
import { measuresIn } from '../../src/clinical/language/measures.js';
import { parseDoseRegimen } from '../../src/clinical/language/dose-regimen.js';
import { readTabletRegimen, tabletsPerDay } from '../../src/clinical/language/tablet-regimen.js';
import { converse } from '../helpers/conversation.js';

/**
 * Review round fr19a: classes found by a reviewer on the quick answers and the case reader (clinical-reference.md).
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `fr19a-${n++}` }).replies.join('\n\n');
const headline = (q: string): string => answer(q).split('\n')[0] ?? '';

describe('a tablet count after a single-ingredient strength multiplies the dose (section 4)', () => {
  it.each([
    ['EHR sig, roman count and route', 'oxycodone 5mg ii po q6h prn MME?', 'Total 60 MME/day'],
    ['terse, bare count', 'oxycodone 5mg 2 q6h MME?', 'Total 60 MME/day'],
    ['NP shorthand, x2', 'oxycodone 10mg x2 q6h MME?', 'Total 120 MME/day'],
    ['range and route: the maximum', 'hydromorphone 2mg 1-2 po q4h prn MME?', 'Total 120 MME/day'],
    ['pharmacist, x2 tid', 'tramadol 50mg x2 tid MME?', 'Total 60 MME/day'],
    ['bare strength, x 2', 'tramadol 50 x 2 tid MME?', 'Total 60 MME/day'],
    ['UK, by mouth', 'morphine 15mg 2 by mouth bd, MME please', 'Total 60 MME/day'],
    ['combination still works', 'Norco 10-325 ii po q6h MME?', 'Total 80 MME/day'],
    ['range without route still works', 'oxycodone 5 mg 1-2 q4h MME?', 'Total 90 MME/day'],
  ])('%s: %j', (_style, q, head) => {
    const text = answer(q);
    expect(text.split('\n')[0]).toContain(head);
    expect(text).toMatch(/Reassess benefits and risks/);
    expect(text).toMatch(/Naloxone \(\d+ MME\/day is >= 50\)/);
  });

  it.each([
    ['a trial length after x', 'oxycodone 10mg q6h x 2 weeks MME?', 'Total 60 MME/day'],
    ['one tablet with route', 'Rx oxycodone 5 mg tab, 1 po q6h prn ok to dispense? MME', 'Total 30 MME/day'],
  ])('contrast, %s: %j', (_style, q, head) => {
    expect(headline(q)).toContain(head);
  });

  it('the readers agree: dose regimen and tablet regimen', () => {
    expect(parseDoseRegimen(' 5mg ii po q6h').dailyMg).toBe(40);
    expect(parseDoseRegimen(' 10 mg x2 q6h').dailyMg).toBe(80);
    expect(parseDoseRegimen(' 50 x 2 tid').dailyMg).toBe(300);
    expect(parseDoseRegimen(' 60 x 8 wks').dailyMg).toBeUndefined();
    expect(parseDoseRegimen(' 500 2 weeks bid').dailyMg).toBe(1000);
    const r = readTabletRegimen(' 2mg 1-2 po q4h prn');
    expect(r.tabletsPerDose).toBe(2);
    expect(tabletsPerDay(r)).toBe(12);
    expect(readTabletRegimen(' 50 mg x 2 tid').tabletsPerDose).toBe(2);
  });

  it('the case reader counts the tablets', () => {
    const text = answer(
      '55M LBP 1 year, failed naproxen 500 bd 6 wks and duloxetine 60 x 8 wks. Meds: oxycodone 5mg 2 q6h. what next?',
    );
    expect(text).toContain('60 MME/day');
    expect(text).not.toContain('30 MME/day');
  });

  it('the dose check counts the tablets: 800 mg/day is above the label maximum', () => {
    const head = headline('tramadol 100mg ii po qid - ok dose?');
    expect(head).toContain('800 mg/day');
    expect(head).toMatch(/above the label maximum/);
  });
});

describe('a stated tablet use counts its acetaminophen as its MME (section 4), and the headline says > 4 g', () => {
  it.each([
    ['GP chatty, above the prescription', 'norco 10/325 1 q6h prn, she takes 14 a day. MME?', '140 MME/day', '4,550'],
    ['NP, range of use', 'norco 10/325 1 q6h prn, using 6-8 a day. MME?', '80 MME/day', undefined],
    ['UK, going through', 'co-codamol 30/500 1 qds, going through 10 a day. MME?', 'MME/day', '5,000'],
  ])('%s: %j', (_style, q, mme, apap) => {
    const head = headline(q);
    expect(head).toContain(mme);
    if (apap) expect(head).toContain(`acetaminophen ${apap} mg/day: above the 4,000 mg/day maximum`);
    else expect(head).not.toContain('acetaminophen');
  });

  it('a range of use below the maximum is said beside it', () => {
    const text = answer('percocet 10/325 1-2 q4h prn. takes 4-5 a day. MME?');
    expect(text.split('\n')[0]).toContain('stated use 75 MME/day');
    expect(text).toContain('Taken now (as said)');
  });

  it('the headline carries acetaminophen above 4 g from two products', () => {
    expect(headline('norco 10/325 2 q6h and tylenol ES 2 tid. MME and APAP?')).toContain(
      'acetaminophen 5,600 mg/day: above',
    );
  });

  it.each([
    ['norco 10/325 2 q4h, MME?', 'contrast: 3,900 mg is within the maximum'],
    ['norco 10/325 1 q6h prn, she takes 2 a day. MME?', 'contrast: use below the prescription'],
  ])('%s (%s)', (q) => {
    expect(headline(q)).not.toContain('acetaminophen');
  });

  it("reads a range of a day's tablets at its upper end, never a range of weeks", () => {
    expect(dailyTabletsSaid('using 6-8 a day', [])?.tablets).toBe(8);
    expect(dailyTabletsSaid('takes 4 to 5 a day', [])?.tablets).toBe(5);
    expect(dailyTabletsSaid('actually 3-4 a day', [])?.tablets).toBe(4);
    expect(dailyTabletsSaid('takes 2-3 weeks to work', [])).toBeUndefined();
  });
});

describe("a change of one opioid's dose is now and proposed, never two opioids summed", () => {
  it.each([
    ['NP shorthand, drug named again', 'oxycodone 10 bid, increase oxycodone to 20 bid, MME?', '30 to 60'],
    ['EHR plan line', 'oxycodone 10 bid, plan: oxycodone 20 bid. MME?', '30 to 60'],
    [
      'a companion between, short name',
      'oxycodone 10 bid + gabapentin 300 tid, increase oxy to 20 bid, MME?',
      '30 to 60',
    ],
    ['bare from-to', 'increase oxycodone from 10 bid to 15 bid?', '30 to 45'],
    ['UK, raise the drug', 'on morphine 10 bd, raise the morphine to 20 bd?', '20 to 40'],
  ])('%s: %j', (_style, q, change) => {
    const text = answer(q);
    expect(text.split('\n')[0]).toContain(`increase: ${change} MME/day`);
    expect(text).not.toContain('prescription drug monitoring programme');
  });

  it('two opioid products still get the PDMP line', () => {
    expect(answer('oxycodone 10 bid and morphine 15 bid. MME?')).toContain('prescription drug monitoring programme');
    expect(answer('oxycontin 20 bid + percocet 5/325 1 q4h prn max 4/day. total MME')).toContain(
      'prescription drug monitoring programme',
    );
  });

  it('contrast: a done change or a declined plan is not a proposed increase', () => {
    expect(headline('oxycodone 10 bid, increased oxycodone to 20 bid last month, MME?')).not.toContain('increase:');
    expect(headline('oxycodone 10 bid, plan was oxycodone 20 bid but she declined. MME?')).not.toContain('increase:');
  });
});

describe('"ca" before a year, a time or a treatment is a cancer history (reference section 6)', () => {
  it.each([
    '62F, LBP 4 months. hx of ca 2019. naproxen not helping. next?',
    'h/o ca 3 years ago, now back pain. naproxen ok?',
    'pmh ca + chemo 2020. LBP. tramadol ok?',
  ])('%s raises the suspected-cancer red flag', (q) => {
    expect(answer(q).toLowerCase()).toContain('suspected cancer');
  });
});

describe('"was on" an SSRI still taken keeps the tramadol + SSRI warning (reference sections 2 and 3)', () => {
  it.each([
    'when I saw her last week she was on sertraline 100. tramadol ok?',
    'was on sertraline 50, increased to 100 last month. tramadol ok?',
    'at her last appointment she was on fluoxetine 20, tramadol ok?',
  ])('%s', (q) => {
    expect(headline(q)).toMatch(/\+ Tramadol: caution/);
  });

  it.each(['was on sertraline until March, stopped. tramadol ok?', 'years ago she was on sertraline. tramadol ok?'])(
    'contrast, past: %s',
    (q) => {
      expect(headline(q)).not.toMatch(/\+ Tramadol/);
    },
  );
});

describe('the kidney function now: the value marked now/latest, else the last; a dated one never wins', () => {
  it.each([
    ['eGFR was 75 in 2022, now 25', { egfr: 25 }],
    ['eGFR 60 last year; eGFR 28 today', { egfr: 28 }],
    ['egfr 40 -> 28', { egfr: 28 }],
    ['eGFR 75 in 2022, eGFR 25', { egfr: 25 }],
    ['eGFR 25, eGFR 60 (2019)', { egfr: 25 }],
    ['latest eGFR 24, eGFR 80 last year', { egfr: 24 }],
    ['crcl 60 last year, now 28', { crcl: 28 }],
    ['egfr 28, age 70', { egfr: 28 }],
    ['creatinine 1.0 last year, now 2.4', { creatinineMgDl: 2.4 }],
  ])('%s', (text, renal) => {
    expect(measuresIn(text.toLowerCase()).renal).toMatchObject(renal);
  });

  it('the case reader uses 25: duloxetine and NSAIDs out at CrCl < 30', () => {
    const text = answer(
      '70M CLBP 2y, no red flags, no leg pain. eGFR was 75 in 2022, now 25. Failed paracetamol. Next?',
    );
    expect(text).toContain('Not for this patient: duloxetine (eGFR 25 < 30)');
    expect(text).toContain('Not for this patient: NSAIDs (eGFR 25 < 30)');
    expect(text).not.toContain('eGFR 75');
  });

  it.each([
    ['GP, was then now', 'eGFR was 75 in 2022, now 25. naproxen ok?', /not for this patient/],
    [
      'pharmacist, latest',
      'Rx duloxetine 60 od, eGFR 80 last year, latest eGFR 24 - ok to dispense?',
      /not for this patient/,
    ],
    ['contrast: improved now', 'eGFR 28 last year, now 65. naproxen ok?', /^(?!.*not for this patient)/],
  ])('quick answer, %s: %j', (_style, q, re) => {
    expect(headline(q)).toMatch(re);
  });
});

describe('a drug named as past or asked about is not taken', () => {
  it.each([
    ['terse, previously', 'previously tramadol, current oxycodone 10 qid. MME?', 'Total 60 MME/day'],
    ['formerly on', 'formerly on codeine, now oxycodone 5 q6h, MME?', 'Total 30 MME/day'],
  ])('%s: %j counts only the current opioid', (_style, q, head) => {
    expect(headline(q)).toContain(head);
  });

  it.each([
    ['terse', 'tramadol? on sertraline 100', /Tramadol \+ Sertraline \(SSRIs\): caution/],
    ['GP', 'tramadol ok? she was on an MAOI', /Tramadol: not for this patient/],
  ])('%s: %j: the asked drug is the question, not a medication', (_style, q, head) => {
    const text = answer(q);
    expect(text.split('\n')[0]).toMatch(head);
    expect(text).not.toContain('Opioids taken now');
    expect(text).not.toContain('Opioid already taken');
  });

  it.each([
    ['tramadol ok?', 'tramadol'],
    ['on tramadol? back pain 3 months', 'tramadol'],
    ['tramadol 50 qid? on sertraline', 'tramadol'],
  ])("contrast: %j keeps %s as the patient's", (q, drug) => {
    const meds = extractCaseFacts(q, '2026-01-15T10:00:00.000Z').patch.medications ?? [];
    expect(meds.map((m) => m.drug)).toContain(drug);
  });
});

describe('a flare score is not the pain now', () => {
  it.each([
    ['Baseline pain 6/10, flares to 9/10', undefined],
    ['flares to 9/10, usually 5/10', 5],
    ['baseline pain 7/10, at worst 9/10, now 5/10', 5],
    ['pain 8/10 initially, now 5/10', 5],
    ['7/10 back pain', 7],
  ])('%s: pain now %s', (text, now) => {
    expect(measuresIn(text.toLowerCase()).painScore).toBe(now);
  });
});

describe('the bare "T3"/"T4" before a tablet sig is Tylenol with codeine; otherwise a thyroid hormone', () => {
  it.each(GUARDED_NAMES.map((g) => [g.name, g.example, g.counter] as const))(
    '%s: %j / not %j',
    (_n, example, counter) => {
      expect(findDrugs(example).map((m) => m.drug)).toContain('codeine');
      expect(findDrugs(counter)).toEqual([]);
    },
  );

  it.each([
    ['terse', 'T3 2 q4h prn MME?', 'Total 54 MME/day'],
    ['NP, tabs', 'T3 1-2 tabs q6h, MME', 'Total 36 MME/day'],
    ['pharmacist', 'Rx T4 1 po q6h prn - ok to dispense? MME', 'Total 36 MME/day'],
  ])('%s: %j', (_style, q, head) => {
    expect(headline(q)).toContain(head);
  });

  it('contrast: thyroid T4 with a dose in mcg is no codeine', () => {
    expect(findDrugs('on t4 100 mcg daily. tramadol ok?').map((m) => m.drug)).toEqual(['tramadol']);
  });
});
