import { describe, expect, it } from 'vitest';
import { PAIR_CUE_ROWS } from '../../dialogs/answers/unchecked-partner.js';
import { DESCRIBED_PRODUCT_ROWS } from '../../src/clinical/knowledge/named-products.js';
import { ask } from '../../scripts/eval/question-suite.js';

const reply = (text: string): string => ask(text).join('\n\n');

describe('buprenorphine described by its form is the listed ER/LA product', () => {
  it.each([
    ['the once-weekly buprenorphine skin patch - ok as her first opioid?', 'Butrans'],
    ['7 day bupe patch first line opioid?', 'Butrans'],
    ['buprenorphine transdermal 5 mcg/hr, starting dose ok?', 'Butrans'],
    ['GP note: thinking of starting a weekly buprenorphine patch, comma, reasonable first opioid full stop', 'Butrans'],
    ['Dear colleague, would a buprenorphine buccal film be a sensible first opioid?', 'Belbuca'],
  ])('%s', (q, product) => {
    const text = reply(q);
    expect(text).toContain(`${product} (buprenorphine`);
    expect(text).toContain('Prescribe immediate-release formulations initially');
    expect(text).toMatch(/no MME factor/);
    expect(text).not.toMatch(/Buprenorphine: not covered/);
  });

  it.each(DESCRIBED_PRODUCT_ROWS.map((r) => [r.example, r.product] as const))('row example: %s', (q, product) => {
    expect(reply(q).toLowerCase()).toContain(product);
  });

  it('a brand named stays that brand; plain buprenorphine stays not covered', () => {
    expect(reply('belbuca ok as first opioid?')).toContain('Belbuca (buprenorphine');
    expect(reply('buprenorphine dose?')).toMatch(/Buprenorphine: not covered/);
  });
});

describe('a partner the reference does not list, asked about as a problem', () => {
  it.each([
    'naproxen five hundred twice a day with her weekly methotrexate fifteen milligrams any problem question mark',
    'naproxen 500 bd with her weekly methotrexate, any issues?',
    'Dear Dr, she takes methotrexate weekly; is naproxen 500 mg bd a problem with it?',
    'ibuprofen 400 tds - any concerns with his methotrexate?',
  ])('%s', (q) => {
    expect(reply(q)).toMatch(/\+ methotrexate: not checked by this pathway/);
  });

  it.each(PAIR_CUE_ROWS.map((r) => r.example))('cue row example says a pair: %s', (q) => {
    expect(reply(q)).toMatch(/not checked by this pathway|Interaction|\+/);
  });
});

describe('a drug said failed or not tolerated is not recommended back', () => {
  it.each([
    "Couldn't tolerate duloxetine - ok to go straight to tramadol?",
    'pt intolerant of cymbalta. tramadol ok?',
    'ED handover: duloxetine made her nauseous, comma, tramadol next question mark',
    'cymbalta didnt agree with him - can we jump to tramadol',
  ])('duloxetine: %s', (q) => {
    const text = reply(q);
    expect(text).toMatch(/^\*\*Tramadol/);
    expect(text).toContain('Tramadol 50-100 mg every 6-8 hours');
    expect(text).toContain('Before declaring NSAID failure');
    expect(text).not.toContain('Add duloxetine 30 mg daily');
  });

  it.each(["naproxen didn't help, tramadol next?", 'failed NSAIDs - straight to tramadol?'])('NSAID: %s', (q) => {
    const text = reply(q);
    expect(text).toContain('Tramadol 50-100 mg every 6-8 hours');
    expect(text).toContain('Add duloxetine 30 mg daily');
    expect(text).not.toContain('Before declaring NSAID failure');
  });

  it('a preference, not a failure, keeps both steps', () => {
    const text = reply("skip straight to tramadol if she'd rather not take duloxetine?");
    expect(text).toContain('Add duloxetine 30 mg daily');
    expect(text).toContain('Before declaring NSAID failure');
  });
});

describe('a trial question gets the verdict for the dose it states', () => {
  it.each([
    [
      'pt on dulox 30 x 6/52, no better -> counts as failed?',
      /Duloxetine 30 mg: below the target \(60 mg once daily\); not yet an adequate trial/,
    ],
    [
      'GP note: cymbalta 30mg daily for six weeks, does that count as an adequate trial?',
      /below the target \(60 mg once daily\)/,
    ],
    [
      'naproxen 250 bd x 8 wks failed?',
      /Naproxen 250 mg a dose is below the guideline's adequate dose of 500 mg twice daily/,
    ],
    [
      'ibuprofen 200 mg x2 when bad - NSAID failure?',
      /Ibuprofen 200 mg: below the adequate dose \(600-800 mg three times daily\)/,
    ],
    ['ibuprofen 400 tds for 6 weeks, counts as failed?', /Ibuprofen 400 mg x 3\/day: below the adequate dose/],
    [
      'naproxen 500 mg twice a day for 6 weeks, was that an adequate trial?',
      // judged with its length (class fa20): an adequate trial, a failure if it has not helped
      /Naproxen 500 mg twice daily for 6 weeks: an adequate trial: a failure if it has not helped/,
    ],
  ])('%s', (q, want) => {
    expect(reply(q)).toMatch(want);
  });
});

describe('instruments asked about in a question', () => {
  it.each([
    'STarT Back total 6 and the last five questions add to 3 - which group?',
    'Keele screener 6, psychosocial 3',
    'keele tool came to 5 total, psych subscale 2 - risk group?',
  ])('STarT Back scores: %s', (q) => {
    expect(reply(q)).toMatch(/STarT Back: medium risk/);
  });

  it('the name, then the subscale by its items, asked about', () => {
    expect(reply('STarT Back 7/9, psychosocial 4')).not.toMatch(/^\*\*STarT Back:/);
    expect(reply('start back 7, items 5-9 = 4 - which group?')).toMatch(/STarT Back: high risk/);
  });

  it('a case that states STarT Back scores stays a case', () => {
    expect(
      reply(
        '3 months of optimized therapy, no improvement. STarT Back 5, psych 4. Considering referral for multidisciplinary rehab.',
      ),
    ).not.toMatch(/^\*\*STarT Back: high risk/);
  });

  it.each([
    [
      'on the STarT Back the bothersome question she said moderately - does that score?',
      /item 9 "moderately": scores 0/,
    ],
    ['keele q9 answered very much, counts as 1?', /item 9 "very much": scores 1/],
    ['how is STarT Back item 9 scored?', /scores 1 only for "very much" or "extremely"/],
  ])('item 9: %s', (q, want) => {
    expect(reply(q)).toMatch(want);
  });

  it.each([
    [
      'Oswestry went from 48% to 40% - clinically meaningful?',
      /ODI 48% to 40%: below the minimal important change/,
      /8 points better/,
    ],
    ['her ODI dropped from 52 to 38, is that a real change?', /ODI 52% to 38%: meets/, /14 points better/],
    ['pain 7 to 4 - meaningful?', /Pain 7\/10 to 4\/10: meets/, /3 points better/],
    ['NRS 6/10 -> 5/10 on duloxetine, worth continuing?', /below the minimal important change/, /1 point better/],
    [
      'pain from 8 to 5 but doing nothing more at home - a win?',
      /meets the minimal important change for pain, but function has not improved/,
      /functional goals/,
    ],
  ])('score change: %s', (q, title, line) => {
    const text = reply(q);
    expect(text).toMatch(title);
    expect(text).toMatch(line);
  });
});
