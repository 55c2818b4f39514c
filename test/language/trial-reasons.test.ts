import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/index.js';
import { TRIAL_REASON_ROWS } from '../../src/clinical/language/trial-reasons.js';

/**
 * Why a drug was stopped or kept beside a side effect (trial-reasons.ts): a side effect that stopped it is "not
 * tolerated" in every style; one carried through, a stop because it worked, and a stop with side effects denied are
 * not.
 */
const outcomes = (text: string): Record<string, string> =>
  Object.fromEntries(
    (extractCaseFacts(text, '2026-11-29T10:00:00.000Z').patch.medications ?? []).map((m) => [
      m.drug,
      m.outcome ?? (m.stopped ? 'stopped' : 'none'),
    ]),
  );

describe('trial reason rows', () => {
  it.each(TRIAL_REASON_ROWS.map((r) => [r.name, r] as const))('%s: reads its example, not its counter', (_n, row) => {
    expect(row.re.test(row.example)).toBe(true);
    expect(row.re.test(row.counter)).toBe(false);
  });
});

describe('a side effect that stopped the drug is not tolerated, in every style', () => {
  it.each([
    // letter
    ['Duloxetine was discontinued owing to nausea.', 'duloxetine'],
    ['Duloxetine 60 mg was discontinued after 3 weeks owing to palpitations.', 'duloxetine'],
    ['Naproxen was stopped as she developed dyspepsia.', 'naproxen'],
    ['Naproxen ceased secondary to indigestion.', 'naproxen'],
    // terse, NP shorthand
    ['stopped naproxen - dyspepsia', 'naproxen'],
    ['ibuprofen ceased - indigestion', 'ibuprofen'],
    ["dulox d/c'd d/t nausea", 'duloxetine'],
    // GP chatty, UK/AU
    ["couldn't tolerate the gabapentin, too drowsy", 'gabapentin'],
    ['came off Cymbalta, made her feel sick', 'duloxetine'],
    // dictated
    ['stop the pregabalin because of the swelling full stop', 'pregabalin'],
    ['pregabalin stopped as he developed ankle swelling', 'pregabalin'],
    // pharmacist
    ['Rx pregabalin 75 bd. Hx gabapentin 300 tds stopped d/t drowsiness', 'gabapentin'],
  ])('%s', (text, drug) => {
    expect(outcomes(text)[drug]).toBe('not-tolerated');
  });
});

describe('contrasts that are not intolerance', () => {
  it('a stop after days with side effects denied is only a stop (its length judges it)', () => {
    expect(outcomes('duloxetine stopped after 10 days, no side effects').duloxetine).toBe('stopped');
    expect(outcomes('duloxetine 30 mg stopped after 10 days, well tolerated').duloxetine).toBe('stopped');
    // ... while a stop after days with no reason said stays not tolerated (stopped.test.ts)
    expect(outcomes('naproxen stopped after 2 days').naproxen).toBe('not-tolerated');
  });

  it('a stop because it worked is a response', () => {
    expect(outcomes('duloxetine stopped because it worked').duloxetine).toBe('effective');
    expect(outcomes('came off the naproxen once the pain settled').naproxen).toBe('effective');
    expect(outcomes('duloxetine stopped because it made her sick').duloxetine).toBe('not-tolerated');
  });

  it('a side effect carried through is no stop: still taken, judged on its effect', () => {
    expect(outcomes('duloxetine 30mg, bit of nausea but carrying on').duloxetine).toBe('current');
    expect(outcomes('pregabalin 75 bd, a bit dizzy but persevering').pregabalin).toBe('current');
    expect(outcomes('duloxetine 60 x 8/52, bit of nausea but carrying on, no real help').duloxetine).toBe(
      'ineffective',
    );
    expect(outcomes('duloxetine 60, nausea so stopped').duloxetine).toBe('not-tolerated');
    // a stop said outright stays a stop, whatever else carries on
    expect(outcomes('duloxetine 60 stopped due to nausea but carrying on with her walking').duloxetine).toBe(
      'not-tolerated',
    );
  });

  it('a stop for a time, not a reason, is no side effect', () => {
    expect(outcomes('duloxetine was discontinued after 6 weeks').duloxetine).toBe('stopped');
  });
});

describe('a drug taken on some days only is no adequate trial', () => {
  const med = (text: string) => extractCaseFacts(text, '2026-11-29T10:00:00.000Z').patch.medications?.[0];
  it.each([
    'duloxetine 60 od, takes it 3 days out of 7',
    'GP: she only takes the naproxen when she remembers, maybe 2 days a week',
    'NP: dulox 60 od x 6/52, poor adherence',
    'naproxen 500 bd x 8 wks, misses lots of doses',
    'Dictated: duloxetine sixty milligrams, not taking it regularly, full stop',
    'UK: on duloxetine 60 mg mane for 2/12, takes it on and off',
  ])('%s', (text) => {
    expect(med(text)?.irregular).toBe(true);
    // the days of a week are how often, not the trial's length
    expect(med(text)?.durationWeeks ?? 6).toBeGreaterThan(1);
  });

  it.each([
    'duloxetine 60 od, takes it every day',
    'naproxen 500 bd x 8 wks, good adherence',
    'duloxetine 60 od for 3 days',
  ])('contrast: %s', (text) => {
    expect(med(text)?.irregular).toBeUndefined();
  });
});

describe('a stop for a cause that is no side effect leaves the trial judged by its dose and length', () => {
  it.each([
    // GP chatty
    ['tried duloxetine 60 mg 4 weeks, stopped by cardiology, not because of side effects', 'duloxetine'],
    // terse
    ['dulox 60 x 8/52, stopped because of cost', 'duloxetine'],
    // letter
    ['Duloxetine 60 mg daily x 6 weeks, discontinued in view of cost.', 'duloxetine'],
    // NP shorthand
    ["naproxen 500 bd x 6 wk, d/c'd by GP, side effects were not the reason", 'naproxen'],
    // UK/AU
    ['pregabalin 150 bd for 2/12, stopped for financial reasons, not on the PBS', 'pregabalin'],
    // dictated
    ['duloxetine sixty milligrams for eight weeks comma stopped after eight weeks due to the cost', 'duloxetine'],
  ])('%s', (text, drug) => {
    expect(outcomes(text)[drug]).toBe('stopped');
  });

  it('a result said with it is kept; a side effect said with it still reads not tolerated', () => {
    expect(outcomes('naproxen 500 bd x 8 wk, ran out, no help').naproxen).toBe('ineffective');
    expect(outcomes('duloxetine 60 x 4 wk, stopped by cardiology due to palpitations').duloxetine).toBe(
      'not-tolerated',
    );
    expect(outcomes('duloxetine 60 mg, stopped due to nausea').duloxetine).toBe('not-tolerated');
    expect(outcomes('duloxetine 60, stopped because of the side effects').duloxetine).toBe('not-tolerated');
  });

  it.each([
    // GP chatty
    ['duloxetine 60 mg 6 wks, stopped by the GP due to suicidal thoughts', 'duloxetine'],
    // letter
    ['Duloxetine 60 mg for 6 weeks, stopped by her psychiatrist because of low sodium.', 'duloxetine'],
    // NP shorthand
    ['duloxetine 60mg x 6/52 stopped by cardiology d/t Na 127', 'duloxetine'],
    // terse
    ['dulox 60 x 6 wk stopped by GP, Na was 126', 'duloxetine'],
    // UK/AU
    ['naproxen 500 bd for 2/12, ceased by the hospital following a GI bleed', 'naproxen'],
    // dictated
    ['pregabalin seventy five twice a day comma stopped by neurology after two falls', 'pregabalin'],
  ])('a serious reason said after another clinician stops it still reads not tolerated: %s', (text, drug) => {
    expect(outcomes(text)[drug]).toBe('not-tolerated');
  });

  it.each([
    ['duloxetine 60 mg 6 wks, stopped by the GP', 'duloxetine', 'stopped'],
    ['duloxetine 60 mg 6 wks, stopped by the GP because of cost', 'duloxetine', 'stopped'],
    ['duloxetine 60 mg 6 wks, stopped by cardiology, no help', 'duloxetine', 'ineffective'],
  ])('contrast: %s', (text, drug, outcome) => {
    expect(outcomes(text)[drug]).toBe(outcome);
  });

  it('a stop word after the drug stops that drug only, never one named after it', () => {
    const o = outcomes('duloxetine 60 mg daily, stopped the naproxen last month');
    expect(o.duloxetine).toBe('none');
    expect(o.naproxen).toBe('stopped');
  });
});

describe('a side effect that settled while the drug went on is no intolerance', () => {
  it.each([
    ['duloxetine 60 mg for 8 weeks, nausea at first but it settled and she carried on', 'duloxetine'],
    ['dulox 60 x 8/52, nausea initially which settled within a week and she continued', 'duloxetine'],
    [
      'pt on pregabalin 75 bd x 6 wk, dizzy at first but that wore off and he kept going. Rx repeat ok to dispense?',
      'pregabalin',
    ],
  ])('%s', (text, drug) => {
    expect(outcomes(text)[drug]).toBe('current');
  });

  it('contrast: one that did not settle and stopped it stays not tolerated', () => {
    expect(outcomes('duloxetine 60, nausea at first and it did not settle, so stopped').duloxetine).toBe(
      'not-tolerated',
    );
  });
});
