import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Round-20 review, reading defects (the reviewer's inputs, then variants in other clinician styles, then contrasts
 * that keep today's reading): a start year, a switch to the same drug, time off work, "im" as I'm, T3/T4 with a
 * codeine sig, a drink's brand, a dose returned to, and the eGFR now.
 */
let n = 0;
const reply = (q: string): string => converse([q], { key: `review20-${n++}` }).replies[0] ?? '';

describe('1: a year after a drug in a medication list is its start date, still taken', () => {
  it.each([
    [
      'reviewer, med list',
      '72F CLBP 1 yr. PMH AF, on apixaban since 2019 - Meds: apixaban 2019, bisoprolol. Duloxetine 60 mg 8 wks no help. Naproxen?',
    ],
    [
      'reviewer, bracket',
      '72F CLBP 1 yr. AF. Meds: warfarin (2018). Duloxetine 60 mg 8 wks no help. Ibuprofen 600 tds ok?',
    ],
    ['reviewer, terse', 'warfarin 2020 AF, ok with naproxen?'],
    ['reviewer, stent', 'ibuprofen with clopidogrel - 2022 stent?'],
    [
      'EHR paste',
      'Current medications:\n- Rivaroxaban (2021)\n- Metformin 500 bd\n68M CLBP 1 yr, duloxetine 60 8 wks no help. Ibuprofen?',
    ],
    ['pharmacist', 'Rx naproxen 500 bd. Pt on dabigatran 2017 for AF. ok to dispense?'],
    ['UK colon', '70M CLBP. Meds: aspirin: 2019 (stent), duloxetine 60 8 wk failed. Naproxen?'],
  ])('%s: the NSAID + anticoagulant/antiplatelet line', (_style, q) => {
    const r = reply(q);
    expect(r).toContain('NSAID + anticoagulant or antiplatelet: risk of GI bleeding');
    expect(r).not.toMatch(/(?:apixaban|warfarin)[^\n]*: stopped/);
  });
});

describe('2-3: a switch of frequency, formulation or brand keeps the drug at its new regimen', () => {
  it.each([
    [
      'reviewer, qds',
      '62M CLBP 3 yrs. Morphine 20mg bd changed to qds last month. Lorazepam 1 nocte. MME?',
      '80 MME/day',
    ],
    [
      'reviewer, q6h prn',
      '62M CLBP 3 yrs. Oxycodone 10 mg changed to q6h prn last month. Diazepam 5 bd. Naproxen and duloxetine failed. MME?',
      '60 MME/day',
    ],
    [
      'reviewer, MR version',
      '60F CLBP 2 yrs. Oxycodone 10 mg bd changed to the 12-hourly MR version last month. Also diazepam 5 mg nocte. MME?',
      '30 MME/day',
    ],
    [
      'reviewer, sustained release',
      '62M CLBP 3 yrs. Tramadol 50 qid switched to sustained release 100 bd. Sertraline 100. Next?',
      '40 MME/day',
    ],
    ['NP shorthand', 'pt on morphine 30 mg bd, changed to tds last week, also lorazepam 1mg. MME?', '60 MME/day'],
    [
      'AU, SR version',
      'Tapentadol 50 bd switched to the SR version 100 bd in Sept. Clonazepam 0.5 bd. MME?',
      '40 MME/day',
    ],
    ['generic', '65F CLBP. Oxycodone 5 mg qid switched to a generic last month, sertraline 50. MME?', '30 MME/day'],
  ])('%s', (_style, q, mme) => {
    const r = reply(q);
    expect(r).toContain(mme);
    expect(r).not.toMatch(/: stopped/);
  });
  it('the opioid taken with a benzodiazepine keeps the boxed warning', () => {
    expect(reply('62M CLBP 3 yrs. Morphine 20mg bd changed to qds last month. Lorazepam 1 nocte. MME?')).toContain(
      'Boxed warning',
    );
  });
  it('tramadol switched to SR with an SSRI keeps the serotonin line', () => {
    expect(
      reply('62M CLBP 3 yrs. Tramadol 50 qid switched to sustained release 100 bd. Sertraline 100. Next?'),
    ).toContain('serotonin syndrome');
  });
  it.each([
    'reviewer: 55M CLBP with sciatica 1 yr. Gabapentin 300 tds switched to a new brand last month. Also on pregabalin 75 bd. Naproxen 500 bd 6 wks failed. Next?',
    'Pregabalin 75 bd changed to a different brand, gabapentin 300 tds too. Next?',
  ])('a new brand keeps both gabapentinoids: %j', (q) => {
    expect(reply(q)).toMatch(/one gabapentinoid|duplicate therapy/);
  });
});

describe('4: time off work in the next sentence is no stop', () => {
  it.each([
    [
      'reviewer',
      '50F CLBP 1 yr. Was on oxycodone 10 bd, increased to 20 bd. Now off for 2 weeks with the back. Diazepam 5 bd. MME?',
    ],
    [
      'GP chatty',
      'She was on oxycodone 10 bd, went up to 20 bd in March. Off for a fortnight with the pain now. Diazepam 5 bd. MME?',
    ],
  ])('%s: 60 MME/day', (_style, q) => {
    expect(reply(q)).toContain('60 MME/day');
  });
});

describe('5: "im" is a route only with a frequency, a bracket or the regimen\'s end after it', () => {
  it.each([
    'oxycodone 30mg im worried this is too much, he also takes diazepam 5 tds. MME?',
    'morphine 60 mg, im thinking naloxone? MME',
    'hydromorphone 4mg im worried about the dose. mme',
  ])("I'm: %j", (q) => {
    expect(reply(q)).not.toContain('non-oral');
  });
  it.each(['morphine 10 mg IM q4h prn - MME?', 'morphine 10mg im. MME'])('the IM route: %j', (q) => {
    expect(reply(q)).toContain('non-oral (IM)');
  });
});

describe('6: T3/T4 with a codeine sig is Tylenol #3/#4, thyroid words near or not', () => {
  it('reviewer, EHR list: codeine counted and the acetaminophen total flagged', () => {
    const r = reply(
      '58F CLBP 2 yrs. PMH: hypothyroidism, HTN. Meds: levothyroxine 100 mcg od, T3 2 tabs qid, paracetamol 1g qid. Naproxen failed. Duloxetine 60 6 wks no help. What next?',
    );
    expect(r).toContain('36 MME/day');
    expect(r).toContain('above the adult maximum');
  });
  it.each([
    'Hypothyroid on T4 1 po daily, also T3 2 tabs q6h prn for back pain, MME?',
    'Meds: amlodipine 5, T4 1 tab q6h prn, TSH normal last month. MME?',
  ])('reviewer: 36 MME/day: %j', (q) => {
    expect(reply(q)).toContain('36 MME/day');
  });
  it('dictated, q4-6h prn: codeine', () => {
    expect(reply('Hypothyroid, on levothyroxine 75 mcg; T3 1-2 tabs q4-6h prn for back pain. MME?')).toContain(
      '360 mg codeine',
    );
  });
  it('contrast: T4 and T3 once daily with a TSH are thyroid hormones', () => {
    expect(reply('TSH 2.1 on T4 1 tab od, also T3 1 tab daily. MME?')).not.toContain('codeine');
  });
});

describe('7: a drink named by brand or colloquially after "of" is alcohol', () => {
  it.each([
    '60M CLBP 1 yr. Drinks 3 pints a day of Guinness, ALT raised. Naproxen 500 bd 6 wks failed. Duloxetine?',
    '60M CLBP 1 yr. Has 2 bottles a night of red, LFTs deranged. Naproxen 500 bd 6 wks failed. Duloxetine?',
    '60M CLBP 1 yr. Drinks 6 cans a day of VB, GGT up. Naproxen 500 bd 6 wks failed. Duloxetine?',
    '60M CLBP 1 yr. 4 schooners a night of Tooheys, LFTs up. Naproxen 500 bd 6 wks failed. Duloxetine?',
  ])('duloxetine: check first: %j', (q) => {
    const r = reply(q);
    expect(r).toContain('check first: drinking');
    expect(r).not.toContain('**Answer: yes');
  });
  it.each([
    '60M CLBP 1 yr. Drinks 3 pints a day of milk, LFTs normal. Naproxen 500 bd 6 wks failed. Duloxetine?',
    '60M CLBP 1 yr. has 2 cans a day of diet coke. Naproxen 500 bd 6 wks failed. Duloxetine?',
  ])('contrast, a named non-alcoholic drink: %j', (q) => {
    expect(reply(q)).toContain('**Answer: yes.**');
  });
});

describe('8: the dose returned to, or reduced to, is the dose now', () => {
  it.each([
    [
      'reviewer, tried to cut',
      'oxycodone 20mg tds - tried to cut from 20 to 10 tds last month but couldnt cope, back on 20 tds. Also diazepam 5 bd. MME?',
      '90 MME/day',
    ],
    ['reviewer, to a frequency', 'oxycodone reduced from 20 mg tds to bd. MME?', '60 MME/day'],
    [
      'NP, back on after a cut',
      'tramadol 50 qid -> cut from 50 to 25 qid but pain flared, back on 50 qid. sertraline 100. MME?',
      '40 MME/day',
    ],
    ['UK, to tds', 'oxycodone 10 qid, reduced from 10 qid to tds last month. MME', '45 MME/day'],
    ['contrast, a plan only', 'oxycodone 10 tds, plan to cut from 10 to 5 tds. MME?', '45 MME/day'],
  ])('%s', (_style, q, mme) => {
    expect(reply(q)).toContain(mme);
  });
});

describe('10: the eGFR now, after a past value', () => {
  it.each([
    ['reviewer, now', '70F CLBP 1 yr. eGFR 55 last year, 24 now. Duloxetine 60 8 wks failed. Naproxen?'],
    ['reviewer, last week', '70F CLBP 1 yr. eGFR 55 last year, 24 last week. Duloxetine 60 8 wks failed. Naproxen?'],
    ['reviewer, time first', '70F CLBP 1 yr. eGFR last week 24. Duloxetine 60 8 wks failed. Naproxen?'],
  ])('%s: naproxen not for this patient, eGFR 24', (_style, q) => {
    expect(reply(q)).toContain('eGFR 24 < 30');
  });
  it.each([
    ['EHR, dated', '78M CLBP. eGFR 62 (2023), 28 on recent bloods. Naproxen 500 bd ok?', 'not for this patient'],
    ['terse, this week', '78M CLBP. eGFR this week 26. ibuprofen 400 tds ok?', 'not for this patient'],
  ])('%s', (_style, q, says) => {
    expect(reply(q)).toContain(says);
  });
  it('contrast: a better value now is used', () => {
    expect(reply('78M CLBP. eGFR 26 last year, 65 now. ibuprofen 400 tds ok?')).toContain('eGFR 65');
  });
});
