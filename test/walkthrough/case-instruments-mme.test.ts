import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { converse } from '../helpers/conversation.js';

/**
 * Case replies (helper g6 classes, several clinician styles, no identifiers): 1. STarT Back and Oswestry given item
 * by item inside a case are scored and shown with their risk group or band, as the quick calculators do; 3. a case
 * reply that shows an MME figure says once what MME is (clinical-reference section 4: "say that on every result"),
 * and a PRN range gives the most the prescription allows.
 */
const AT = '2026-11-29T10:00:00.000Z';
const read = (text: string) => extractCaseFacts(text, AT).patch;
let n = 0;
const reply = (...says: string[]) => converse(says, { key: `case-instruments-${n++}`, at: AT }).replies.at(-1) ?? '';

describe('1. STarT Back items inside a case', () => {
  it.each([
    "STarT Back: 1 agree, 2 agree, 3 disagree, 4 agree, 5 agree, 6 agree, 7 agree, 8 agree, 9 'very much'",
    'SBT - Q1 Y, Q2 Y, Q3 N, Q4 Y, Q5 Y, Q6 Y, Q7 Y, Q8 Y, Q9 "extremely"',
    'start back items 1-8: agree, agree, disagree, agree, agree, agree, agree, agree; item 9 very much. Plan?',
    '52 yo man, CLBP 8 months. Start back 1 agree 2 agree 3 disagree 4 agree 5 agree 6 agree 7 agree 8 agree 9 very much full stop',
  ])('%s: total 8, psychosocial 5, high risk', (text) => {
    const p = read(text);
    expect(p.startBack).toEqual({ total: 8, psychosocial: 5 });
    expect(p.startBackRisk).toBe('high');
  });

  it('an item number is never read as the total', () => {
    expect(read('STarT Back: 1 agree 2 disagree, rest not done').startBackRisk).toBeUndefined();
    expect(read('STarT Back 3, psych 1').startBackRisk).toBe('low');
  });

  it('the case shows the scores and the risk group', () => {
    const text = reply(
      "52M chronic LBP 8 months, naproxen 500 bid 8 wks no help, no red flags. STarT Back: 1 agree, 2 agree, 3 disagree, 4 agree, 5 agree, 6 agree, 7 agree, 8 agree, 9 'very much'",
    );
    expect(text).toContain('STarT Back 8/9, psychosocial 5/5');
    expect(text).toContain('STarT Back high risk');
  });
});

describe('1. Oswestry sections inside a case', () => {
  it.each([
    'ODI by section: 3, 4, 2, 3, 4, 3, (blank), 3, 4, 2',
    'Oswestry sections 3 4 2 3 4 3 - 3 4 2',
    'ODI: 3,4,2,3,4,3,blank,3,4,2',
    'oswestry section scores 3, 4, 2, 3, 4, 3, not answered, 3, 4, 2. Thoughts?',
  ])('%s: 28 / 45 = 62.2%', (text) => {
    expect(read(text).oswestryPercent).toBe(62.2);
  });

  it('a percentage or a short run stays what it was', () => {
    expect(read('ODI 40, 6 weeks PT').oswestryPercent).toBe(40);
    expect(read('Oswestry 2 3 1 2 2 1 1 2 0 1').oswestryPercent).toBe(30);
    // three sections blank: more than the reference allows, no score from the list
    expect(read('ODI sections: 2 3 4 1 x x x 2 3 4').oswestryPercent).toBeUndefined();
    // eight sections, then a drug: "na" of naproxen is no blank section, 500 no score
    expect(read('ODI 3 4 2 3 4 3 2 3 naproxen 500 bd').oswestryPercent).toBe(60);
  });

  it('the case shows the percentage and the band', () => {
    const text = reply(
      'Pt 47F, LBP 1 yr, ibuprofen 600 tds 6 wks failed, no red flags. ODI by section: 3, 4, 2, 3, 4, 3, (blank), 3, 4, 2',
    );
    expect(text).toContain('Oswestry 62.2% (very severe disability)');
  });

  it.each([
    [
      "STarT Back: 1 agree, 2 agree, 3 disagree, 4 agree, 5 agree, 6 agree, 7 agree, 8 agree, 9 'very much'",
      'high risk',
    ],
    ['start back items 1-8: agree, agree, disagree, agree, agree, agree, agree, agree; item 9 very much', 'high risk'],
    ['ODI by section: 3, 4, 2, 3, 4, 3, (blank), 3, 4, 2', '62.2%'],
    ['oswestry 3, 4, 2, 3, 4, 3, not answered, 3, 4, 2', '62.2% from 9 of 10 sections'],
  ])('the quick calculator scores %s', (text, expected) => {
    expect(reply(text)).toContain(expected);
  });
});

describe('3. MME in a case reply', () => {
  const NOTE = 'MME estimates overdose risk; it is not a conversion table for switching opioids.';
  it.each([
    '62F chronic LBP 2 yrs, on Norco 10/325 1-2 tabs q4-6h prn max 8/day, duloxetine 60 mg 8 weeks no help, no red flags',
    'ED handover: 58 yo M, CLBP > 1 yr, Percocet 5/325 1-2 tabs every 4-6 hours as needed, max 8 tablets a day. No red flags.',
  ])('%s: the most allowed, the note once', (text) => {
    const out = reply(text);
    expect(out).toContain('the most the prescription allows');
    expect(out.split(NOTE).length - 1).toBe(1);
  });

  it('a fixed regimen carries the note once', () => {
    const out = reply('70F CLBP 3 yrs, takes oxycodone 10 mg qid, no red flags');
    expect(out).toContain('60 MME/day');
    expect(out.split(NOTE).length - 1).toBe(1);
  });
});

describe('an Oswestry list with more than 2 sections unanswered: no score, the rest asked', () => {
  it.each([
    ['ODI: 5 5 5 5 5 - - - 5 5', 3],
    ['oswestry by section 4, 4, blank, blank, 3, skipped, 2, 2, 3, 3', 3],
    ['ODI sections 2 x x x x 3 3 2 1 2', 4],
    ['Oswestry: 3, 2, not answered, 4, missing, 2, n/a, 3, 3, 1', 3],
  ])('%s', (list, missing) => {
    expect(read(list).oswestryPercent).toBeUndefined();
    const text = reply(`58M chronic LBP 1 yr, no red flags, ibuprofen 400 tds. ${list}`);
    expect(text).toContain(`ODI not scored: ${10 - missing} of 10 sections answered`);
    expect(text).toContain(`Ask for the ${missing} missing.`);
    expect(text).not.toMatch(/Oswestry \d/);
  });

  it('a list with 2 unanswered is still scored', () => {
    expect(read('ODI: 5 5 5 5 5 - - 5 5 5').oswestryPercent).toBe(100);
  });
});
