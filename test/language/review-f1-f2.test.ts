import { describe, expect, it } from 'vitest';
import { HEAVY_ALCOHOL, alcoholUseSaid } from '../../src/clinical/language/alcohol.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { scoreChangesIn } from '../../src/clinical/language/score-changes.js';
import { runScenario, textOf } from '../walkthrough/drive.js';

/**
 * Defects a review found in this round's readers (alcohol, kidney failure, score changes), each with the wordings
 * that must still be read.
 */
const AT = '2026-12-07T09:00:00.000Z';
const heavy = (t: string) => {
  HEAVY_ALCOHOL.lastIndex = 0;
  return HEAVY_ALCOHOL.test(t.toLowerCase());
};
const read = (t: string) => extractCaseFacts(t, AT).patch;
const first = (t: string) => textOf(runScenario({ name: t.slice(0, 30), turns: [{ say: t }] }).outputs[0]!);

describe('"alcoholic" is the noun, never the adjective or "non-alcoholic"', () => {
  it.each([
    'teetotal, drinks non-alcoholic beer only',
    'PMH: non-alcoholic fatty liver, LFTs normal',
    'nonalcoholic steatohepatitis excluded',
    'uses alcoholic hand gel at work',
    'no alcoholic drinks',
  ])('not heavy drinking: %s', (t) => {
    expect(heavy(t)).toBe(false);
    expect(read(`52M CLBP 1 yr, ${t}`).conditions?.['heavy-alcohol']).not.toBe('yes');
  });

  it.each(['known alcoholic', 'he is an alcoholic, 2 bottles of wine a day', 'alcoholic and smoker', 'hx AUD'])(
    'heavy drinking: %s',
    (t) => {
      expect(heavy(t)).toBe(true);
    },
  );

  it('a teetotal patient drinking non-alcoholic beer is offered duloxetine, not steered to an opioid', () => {
    const out = first(
      '50M chronic LBP 1 year, RF neg, eGFR 80. Naproxen 500 mg bid 8 weeks no help. Teetotal, drinks non-alcoholic beer only.',
    );
    expect(out).toMatch(/Add duloxetine 30 mg daily/);
    expect(out).not.toMatch(/heavy alcohol/);
  });
});

describe('advice about alcohol is no drinking said of the patient', () => {
  it.each([
    'counselled to avoid alcohol intake',
    'advised to limit alcohol use',
    'discussed cutting down on heavy drinking',
    'advice re alcohol consumption given',
  ])('%s', (t) => {
    expect(alcoholUseSaid(t)).toBeUndefined();
    expect(heavy(t)).toBe(false);
    const c = read(`60M CLBP 1 yr, naproxen 500 bd 8 wk no help. ${t}.`).conditions ?? {};
    expect(c['regular-alcohol']).toBeUndefined();
    expect(c['heavy-alcohol']).not.toBe('yes');
  });

  it.each(['alcohol intake 20 units/week', 'EtOH use most days', 'heavy drinking at weekends'])(
    'drinking said is still read: %s',
    (t) => {
      const c = read(`60M CLBP 1 yr. ${t}.`).conditions ?? {};
      expect(c['regular-alcohol'] === 'yes' || c['heavy-alcohol'] === 'yes').toBe(true);
    },
  );
});

describe('a count or a length is no pain score change', () => {
  it.each([
    'pain flares 3 to 4 times a week',
    'pain for 2 to 3 weeks after each flare',
    'pain wakes her 2 to 3 nights a week',
    'pain episodes 1 to 2 a month',
  ])('%s', (t) => {
    expect(scoreChangesIn(t)).toEqual([]);
  });

  it.each([
    ['pain 7 to 5', { scale: 'pain', from: 7, to: 5 }],
    ['pain went from 8 -> 6/10 on it', { scale: 'pain', from: 8, to: 6 }],
    ['odi improved 50 to 36', { scale: 'odi', from: 50, to: 36 }],
  ])('still read: %s', (t, change) => {
    expect(scoreChangesIn(t)).toEqual([change]);
  });

  it('duloxetine at target with flares counted is continued and asked about, never "failed"', () => {
    const out = first(
      '55M chronic LBP 1 year, on duloxetine 60 mg daily for 8 weeks, follow-up visit. Pain flares 3 to 4 times a week. What now?',
    );
    expect(out).not.toMatch(/duloxetine failed/i);
    expect(out).toMatch(/Continue: duloxetine 60 mg daily/);
  });
});

describe('"renal failure" with a stated function', () => {
  it('the eGFR stands, no stage 5 beside it', () => {
    const p = read('PMH: HTN, chronic renal failure, eGFR 45. 60M chronic LBP 1 yr.');
    expect(p.renal?.egfr).toBe(45);
    expect(p.renal?.ckdStage).toBeUndefined();
  });
});

describe('a score change at the end of a sentence is still read', () => {
  it.each([
    ['f/u: 60 mg x 8 wk, pain 7->6. next?', { scale: 'pain', from: 7, to: 6 }],
    ['pain 8 to 5.', { scale: 'pain', from: 8, to: 5 }],
  ])('%s', (t, change) => {
    expect(scoreChangesIn(t)).toEqual([change]);
  });

  it('a decimal is not cut short: "pain 7 to 6.5" is 6.5 or nothing, never 6', () => {
    expect(scoreChangesIn('pain 7 to 6.5').every((c) => c.to !== 6)).toBe(true);
  });
});
