import { describe, expect, it } from 'vitest';
import { parseStartBack } from '../../dialogs/answers/instrument-parse.js';
import { answerToFact } from '../../src/clinical/language/answer-to-fact.js';
import { durationsIn, isTimeOffWork, OFF_WORK, PLANNED_REVIEW } from '../../src/clinical/language/durations.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { FREQUENCY_WORDS, parseFrequency } from '../../src/clinical/language/frequency.js';
import { measuresIn, startBackItemAnswers } from '../../src/clinical/language/measures.js';
import { normalize } from '../../src/clinical/language/normalize.js';

const AT = '2026-01-15T10:00:00.000Z';
const facts = (text: string) => extractCaseFacts(text, AT).patch;
const drug = (text: string) => findDrugs(normalize(text))[0];

describe('frequency words, UK/AU and US: each row reads its example', () => {
  it.each(FREQUENCY_WORDS.map((w) => [w.example, w.times]))('%s -> %s a day', (example, times) => {
    expect(parseFrequency(example).timesPerDay).toBe(times);
  });

  it.each([
    ['bd', 2],
    ['bid', 2],
    ['tds', 3],
    ['tid', 3],
    ['qds', 4],
    ['qid', 4],
    ['od', 1],
    ['qd', 1],
    ['nocte', 1],
    ['qhs', 1],
    ['mane', 1],
    ['qam', 1],
    ['8 hourly', 3],
    ['12-hourly', 2],
    ['mane and nocte', 2],
  ])('%s', (word, times) => {
    expect(parseFrequency(`tramadol 50 ${word}`).timesPerDay).toBe(times);
  });
});

describe('regimens in shorthand', () => {
  it('"Neurontin 300 nocte" is gabapentin 300 mg once at night', () => {
    expect(drug('Neurontin 300 nocte')).toMatchObject({
      drug: 'gabapentin',
      doseMg: 300,
      timesPerDay: 1,
      dailyMg: 300,
    });
  });

  it('"tramadol 50 mane and nocte" is twice a day, "tramadol 50 8 hourly" three times', () => {
    expect(drug('tramadol 50 mane and nocte')).toMatchObject({ doseMg: 50, timesPerDay: 2 });
    expect(drug('tramadol 50 8 hourly')).toMatchObject({ doseMg: 50, timesPerDay: 3 });
  });

  it('"Aleve 1 tab bd" is naproxen sodium 220 mg a tablet (200 mg base) twice a day', () => {
    const med = facts('58F on Aleve 1 tab bd').medications?.[0];
    expect(med).toMatchObject({ drug: 'naproxen', product: 'aleve', doseMg: 200, timesPerDay: 2 });
  });

  it('Advil tablets get no invented strength (the reference gives none)', () => {
    const med = facts('58F on Advil 2 tabs tds').medications?.[0];
    expect(med).toMatchObject({ drug: 'ibuprofen', timesPerDay: 3 });
    expect(med?.doseMg).toBeUndefined();
  });

  it('paracetamol is acetaminophen, physio is physical therapy (exercise)', () => {
    const f = facts('58M on paracetamol 1 g qds, physio 6/52 no help');
    expect(f.medications?.[0]).toMatchObject({ drug: 'acetaminophen', doseMg: 1000, timesPerDay: 4 });
    expect(f.nonDrugTherapies?.[0]).toMatchObject({ therapy: 'exercise', weeks: 6 });
  });

  it('a score after a regimen is no titration ("duloxetine 60 mg x 8 wk: NRS 7 -> 4")', () => {
    expect(drug('duloxetine 60 mg x 8 wk: NRS 7 -> 4, ODI 44 -> 30')).toMatchObject({ doseMg: 60 });
    expect(drug('duloxetine 30 -> 60 mg')).toMatchObject({ doseMg: 60 });
  });
});

describe('UK fractions and time off work', () => {
  it.each([
    ['LBP 6/52', 6],
    ['LBP 3/12', 13],
    ['LBP 2/7', 0.3],
  ])('%s', (text, weeks) => {
    expect(durationsIn(text, AT)[0]?.weeks).toBe(weeks);
  });

  it.each(OFF_WORK.map((r) => [r.example]))('off-work row reads its example: %s', (example) => {
    const all = durationsIn(`lbp, ${example}`, AT);
    expect(all).toEqual([]);
  });

  it.each([
    ['58M off work for 10 weeks with LBP', undefined],
    ['58M LBP, on sick leave 3 months', undefined],
    ['58M LBP, signed off 6/52', undefined],
    ['58F LBP x 3/12, 6/52 off work', 13],
    ['58M LBP for 4 months, off work 10 weeks', 17.3],
    ['58F back pain 10 weeks, off work', 10],
  ])('%s: pain for %s weeks', (text, weeks) => {
    expect(facts(text).painDurationWeeks).toBe(weeks);
  });

  it('the planned-review row leaves its example out and keeps its counter-example', () => {
    expect(durationsIn(PLANNED_REVIEW.example, AT)).toEqual([]);
    expect(durationsIn(PLANNED_REVIEW.counter, AT)[0]?.weeks).toBe(2);
  });

  it.each([
    ['45M LBP, naproxen 500 bd, review in 2 weeks', undefined],
    ['naproxen 500 bd, f/u 4/52', undefined],
    ['naproxen 500 bd, TCI 2/52', undefined],
    ['duloxetine 60 mg, see her again in 6 weeks', undefined],
    ['naproxen 500 bd x 2/52, reviewed today', 2],
    ['duloxetine 60 mg x6/52, f/u 6 weeks ago no better', 6],
  ])('a review planned is no trial length: %s', (text, weeks) => {
    expect(facts(text).medications?.[0]?.durationWeeks).toBe(weeks);
  });

  it('time off work is told apart by position', () => {
    const text = 'lbp 8 weeks, off work 10 weeks';
    const [pain, off] = [
      { start: 4, end: 11 },
      { start: 22, end: 30 },
    ];
    expect(isTimeOffWork(text, pain)).toBe(false);
    expect(isTimeOffWork(text, off)).toBe(true);
  });

  it('an off-work duration never answers the pain-duration question', () => {
    expect(answerToFact('painDurationWeeks', 'off work 10 weeks', AT)).toBeUndefined();
    expect(answerToFact('painDurationWeeks', '6/12, off work 10 weeks', AT)).toEqual({ painDurationWeeks: 26 });
  });
});

describe('STarT Back items answered yes/no or agree/disagree', () => {
  const HIGH = { startBack: { total: 7, psychosocial: 4 }, startBackRisk: 'high' };

  it.each([
    'yes yes no yes yes yes no yes very much',
    'Y, Y, N, Y, Y, Y, N, Y, extremely',
    'agree agree disagree agree agree agree disagree agree very much',
    '1 yes 2 yes 3 no 4 yes 5 yes 6 yes 7 no 8 yes 9 very much',
    '1 1 0 1 1 1 0 1 1',
  ])('as the answer to the STarT Back question: %s', (say) => {
    expect(answerToFact('startBack', say, AT)).toEqual(HIGH);
  });

  it('item 9 answered yes/no is said to be read as its scoring answers', () => {
    expect(startBackItemAnswers('yes yes no yes yes yes no yes yes')).toEqual({
      items: [1, 1, 0, 1, 1, 1, 0, 1],
      item9: 1,
      item9YesNo: true,
    });
    expect(startBackItemAnswers('yes yes no yes yes yes no yes not at all')?.item9YesNo).toBe(false);
  });

  it('eight or ten answers, or words after the run, are not read as the nine items', () => {
    expect(startBackItemAnswers('yes yes no yes yes yes no very much')).toBeUndefined();
    expect(startBackItemAnswers('yes yes no yes yes yes no yes no very much')).toBeUndefined();
    expect(startBackItemAnswers('yes yes no yes yes yes no yes very much and more')).toBeUndefined();
  });

  it('in a case description, scored by the Keele rules', () => {
    expect(
      measuresIn(normalize('58F LBP 6/12, STarT Back: yes yes no yes yes yes no yes very much. Plan?')),
    ).toMatchObject(HIGH);
    expect(measuresIn(normalize('SBT agree, disagree, disagree, disagree, no, no, no, no, slightly'))).toMatchObject({
      startBack: { total: 1, psychosocial: 0 },
      startBackRisk: 'low',
    });
  });

  it('as calculator input', () => {
    const parsed = parseStartBack('start back yes yes no yes yes yes no yes yes');
    expect(parsed).toEqual({
      kind: 'input',
      input: { items: [1, 1, 0, 1, 1, 1, 0, 1], item9: 1 },
      yesNoItem9: true,
    });
    expect(
      parseStartBack('start back 1 agree 2 disagree 3 agree 4 agree 5 agree 6 agree 7 disagree 8 agree 9 extremely'),
    ).toEqual({
      kind: 'input',
      input: { items: [1, 0, 1, 1, 1, 1, 0, 1], item9: 'extremely' },
    });
  });
});

describe('STarT Back yes/no through a whole turn', () => {
  it('the calculator scores it and says how item 9 was read', async () => {
    const { handleTurn } = await import('../../dialogs/turn-core.js');
    const r = handleTurn(
      undefined,
      {
        kind: 'message',
        conversationKey: 'sbt-yes-no',
        scope: 'personal',
        userId: 'u',
        text: 'STarT Back yes yes no yes yes yes no yes yes',
        activityId: 'a-1',
        receivedAt: AT,
      },
      { retentionDays: 30 },
    );
    const text = r.output.messages.map((m) => m.text).join('\n');
    expect(text).toMatch(/STarT Back: high risk/);
    expect(text).toMatch(/Total 7\/9, psychosocial subscale 4\/5/);
    expect(text).toMatch(/Item 9 "yes" is scored as "very much" or "extremely"/);
  });
});
