import { describe, expect, it } from 'vitest';
import { ALCOHOL_USE, ALCOHOL_USE_ROWS, HEAVY_ALCOHOL } from '../../src/clinical/language/alcohol.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { answerToFact } from '../../src/clinical/language/answer-to-fact.js';
import { runScenario, textOf } from '../walkthrough/drive.js';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * Alcohol given as an amount or a habit, without the word "heavy" (clinical-reference.md section 2: duloxetine "Avoid
 * in ... heavy alcohol use", acetaminophen's maximum "lower with ... regular alcohol use", and no threshold for
 * heavy): the case records alcohol use (the acetaminophen note holds) and asks whether it is heavy before duloxetine is
 * called suitable; the answer settles it. Heavy use in words still takes duloxetine out; no drinking, or drinking in
 * the past, triggers nothing. The amount never becomes a drug's dose, frequency or duration.
 */
const AT = '2026-11-29T10:00:00.000Z';
const read = (text: string) => extractCaseFacts(text, AT).patch;
const run = (...turns: string[]) => runScenario({ name: turns[0]!.slice(0, 40), turns: turns.map((say) => ({ say })) });
const texts = (...turns: string[]) => run(...turns).outputs.map(textOf);

const once = (re: RegExp) => new RegExp(re.source);
const anyRow = (text: string) => ALCOHOL_USE.some((re) => once(re).test(text));

describe('each alcohol row reads its example and leaves its counter-example', () => {
  it.each(ALCOHOL_USE_ROWS.map((r) => [r.id, r.re, r.example, r.counter] as const))(
    '%s: "%s"',
    (_id, re, example, counter) => {
      expect(once(re).test(example.toLowerCase())).toBe(true);
      expect(anyRow(counter.toLowerCase()) && !once(HEAVY_ALCOHOL).test(counter.toLowerCase())).toBe(false);
    },
  );
});

describe('an amount or habit of alcohol: alcohol use, heavy not said', () => {
  it.each([
    'drinks 6 beers a night',
    '40 units/week',
    'a bottle of wine most nights',
    '2-3 standard drinks daily',
    'social drinker',
    'etoh 4/day',
    'EtOH: 3 pints/night',
    'alcohol 20 units per week',
    'drinks a six-pack most evenings',
    'alcohol 3 units/week',
    'EtOH ~2 units/wk',
    '25 drinks a week',
    '3-4 beers most nights',
  ])('%s', (said) => {
    const p = read(`58M CLBP 2 yrs, naproxen 500 bd 8 wk failed, ${said}`);
    expect(p.conditions?.['regular-alcohol']).toBe('yes');
    expect(p.conditions?.['heavy-alcohol']).toBeUndefined();
  });

  it.each(['heavy drinker', 'alcohol use disorder', 'drinks too much', 'hx EtOH excess', 'binge drinks at weekends'])(
    'heavy in words: %s',
    (said) => {
      expect(read(`58M CLBP 2 yrs, ${said}`).conditions?.['heavy-alcohol']).toBe('yes');
    },
  );

  it.each(['light drinker', 'alcohol: moderate', 'etoh use - light', 'light social drinker'])(
    'said light, not heavy: %s',
    (said) => {
      expect(read(`58M CLBP 2 yrs, ${said}`).conditions).toMatchObject({
        'regular-alcohol': 'yes',
        'heavy-alcohol': 'no',
      });
    },
  );

  it.each([
    'no alcohol',
    'alcohol: none',
    'EtOH 0',
    'teetotal',
    'denies etoh',
    'nil etoh',
    'no regular alcohol',
    'ex-drinker, sober 5 years',
    'used to drink 6 beers a night, sober 2 years',
    'insulin 20 units daily',
    'drinks 2 litres of water a day',
    'an occasional glass of wine',
  ])('triggers nothing: %s', (said) => {
    expect(read(`58M CLBP 2 yrs, naproxen failed, ${said}`).conditions?.['regular-alcohol']).toBeUndefined();
    expect(read(`58M CLBP 2 yrs, naproxen failed, ${said}`).conditions?.['heavy-alcohol']).not.toBe('yes');
  });

  it.each([
    ['drinks 2 glasses of wine a week', {}],
    ['2-3 standard drinks daily', {}],
    ['ex-drinker, sober 5 years', {}],
    ['drinks 6 beers a night for 20 years', {}],
  ])('the amount is never the drug\'s: "%s"', (said) => {
    const [naproxen] = read(`58M CLBP 2 yrs, naproxen failed, ${said}`).medications ?? [];
    expect(naproxen).toEqual({ drug: 'naproxen', outcome: 'ineffective' });
  });
});

describe('the walk-through asks whether it is heavy, and the answer settles it', () => {
  const CASE =
    '58M CLBP 2 yrs, RF neg, eGFR 80, naproxen 500 bd 8 wk no help, paracetamol 1 g qid, drinks 6 beers a night';

  it('duloxetine stays in Do now with the check on its line; the acetaminophen note holds; no threshold', () => {
    const { state, outputs } = run(CASE);
    const out = textOf(outputs[0]!);
    expect(out).toMatch(/- regular alcohol use/);
    expect(out).toMatch(
      /- Add duloxetine 30 mg daily, titrating to 60 mg daily[^\n]*\[1\]\[2\] First confirm the drinking \(6 beers a night\) is not heavy: avoid duloxetine with heavy alcohol use \[\d+\]/,
    );
    expect(out).not.toMatch(/Check before starting duloxetine/);
    expect(out).toMatch(/lower than 4,000 mg\/day with liver disease or regular alcohol use/);
    expect(out).toMatch(/Is the alcohol use heavy\?/);
    expect(out).not.toMatch(/\b\d+ (?:units|drinks) (?:a|per) (?:week|day)\b.*heavy/i);
    expect(state).toBeDefined();
  });

  it.each([
    ['Not heavy', /Add duloxetine 30 mg daily/],
    ['no, light', /Add duloxetine 30 mg daily/],
    ['moderate', /Add duloxetine 30 mg daily/],
    ['yes heavy', /Not for this patient: duloxetine \(heavy alcohol/],
    ['Heavy', /Not for this patient: duloxetine \(heavy alcohol/],
  ])('"%s"', (answer, expected) => {
    const out = texts(CASE, answer, 'plan');
    expect(out[2]).toMatch(expected);
    expect(out[2]).not.toMatch(/First confirm the drinking/);
    expect(out[1]).not.toMatch(/Is the alcohol use heavy\?/);
  });

  it('"not sure": duloxetine stays offered with its check, and the question is not asked again', () => {
    runScenario({
      name: 'alcohol-not-sure',
      turns: [
        { say: CASE, expect: { pending: 'heavyAlcohol' } },
        { say: 'not sure', expect: { notAsked: ['heavyAlcohol'] } },
        {
          say: 'plan',
          expect: {
            text: [/Add duloxetine 30 mg daily[^\n]*First confirm the drinking \(6 beers a night\) is not heavy/],
          },
        },
      ],
    });
  });

  it('an amount typed again is no answer: still asked', () => {
    runScenario({
      name: 'alcohol-amount-again',
      turns: [
        { say: CASE, expect: { pending: 'heavyAlcohol' } },
        { say: 'about 40 units a week', expect: { pending: 'heavyAlcohol' } },
      ],
    });
  });

  it('heavy said in words: duloxetine out, nothing asked', () => {
    runScenario({
      name: 'alcohol-heavy',
      turns: [
        {
          say: '58M CLBP 2 yrs, RF neg, eGFR 80, naproxen 500 bd 8 wk no help, heavy drinker',
          expect: { text: [/Not for this patient: duloxetine/], notAsked: ['heavyAlcohol'] },
        },
      ],
    });
  });

  it('no drinking, or past drinking: duloxetine as usual, nothing asked', () => {
    for (const said of ['teetotal', 'no alcohol', 'ex-drinker, sober 5 years']) {
      runScenario({
        name: `alcohol-none-${said}`,
        turns: [
          {
            say: `58M CLBP 2 yrs, RF neg, eGFR 80, naproxen 500 bd 8 wk no help, ${said}`,
            expect: { text: [/Add duloxetine 30 mg daily/], notAsked: ['heavyAlcohol'] },
          },
        ],
      });
    }
  });

  it('said mid-case, in a later turn: asked then', () => {
    runScenario({
      name: 'alcohol-later',
      turns: [
        { say: '61F LBP 2 yrs, RF neg, eGFR 70, ibuprofen 400 tds 6 wk no help' },
        { say: 'forgot to say: a bottle of wine most nights', expect: { pending: 'heavyAlcohol' } },
      ],
    });
  });

  it('duloxetine already failed: nothing to ask for it', () => {
    runScenario({
      name: 'alcohol-duloxetine-failed',
      turns: [
        {
          say: '58M CLBP 2 yrs, RF neg, eGFR 80, naproxen 500 bd 8 wk no help, duloxetine 60 mg 8 wk no help, social drinker',
          expect: { notAsked: ['heavyAlcohol'] },
        },
      ],
    });
  });
});

describe('answers to the question', () => {
  it.each([
    ['Heavy', 'yes'],
    ['yes, heavy', 'yes'],
    ['too much', 'yes'],
    ['Not heavy', 'no'],
    ['no, light', 'no'],
    ['moderate', 'no'],
    ['social only', 'no'],
    ['no', 'no'],
    ['yes', 'yes'],
  ])('"%s" -> %s', (text, value) => {
    expect(answerToFact('heavyAlcohol', text, AT)).toEqual({ conditions: { 'heavy-alcohol': value } });
  });

  it('"not sure" and an amount are no answer (the walk-through skips or asks again)', () => {
    expect(answerToFact('heavyAlcohol', 'not sure', AT)).toBeUndefined();
    expect(answerToFact('heavyAlcohol', 'about 40 units a week', AT)).toBeUndefined();
  });
});

describe('a quick question asks instead of deciding', () => {
  it.each([
    'drinks 6 beers a night, is duloxetine ok?',
    '40 units/week - can he take duloxetine?',
    'alcohol use, most days; cymbalta?',
  ])('%s', (q) => {
    const text = ask(q).join('\n');
    expect(text).toMatch(/Is the alcohol use heavy\?/);
    expect(text).toMatch(/The reference sets no amount for heavy/);
    // the check line, not the headline: the drug is kept
    expect(text.split('\n')[0]).not.toMatch(/alcohol/);
    expect(text).not.toMatch(/not for this patient/);
  });

  it('heavy in words still rules duloxetine out; said light, no question', () => {
    expect(ask('heavy drinker, duloxetine?').join('\n')).toMatch(/not for this patient/);
    // binge drinking is heavy drinking by its meaning
    expect(ask('binge drinks at weekends; start duloxetine?').join('\n')).toMatch(/not for this patient/);
    expect(ask('light drinker, duloxetine?').join('\n')).not.toMatch(/Is the alcohol use heavy\?/);
  });

  it('acetaminophen: the regular-use note, whatever the amount', () => {
    expect(ask('social drinker, max paracetamol dose?').join('\n')).toMatch(
      /Alcohol use:\*\* Acetaminophen: use a maximum lower than 4,000 mg\/day/,
    );
  });
});
