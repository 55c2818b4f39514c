import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/index.js';
import { parseDoseRegimen } from '../../src/clinical/language/dose-regimen.js';
import { arrowScorePairs, withoutScorePairs } from '../../src/clinical/language/score-pairs.js';
import { runScenario, textOf } from '../walkthrough/drive.js';

/**
 * Outcome scores written with arrows next to a drug ("tramadol 100 mg qds x 6 wks: 8 -> 8") are the trial's outcome,
 * never its new dose; a titration written with arrows ("dulox 30 -> 60", "gabapentin 300 -> 600 tds", "oxycodone 5 ->
 * 10 mg") is a dose change. Every drug of the catalogue the case reads, in several clinician styles; none of these is a
 * fixture sentence.
 */
const AT = '2026-12-07T10:00:00.000Z';
const meds = (text: string) =>
  Object.fromEntries((extractCaseFacts(text, AT).patch.medications ?? []).map((m) => [m.drug, m]));

describe('an outcome pair after the regimen is never the dose, and it judges the trial', () => {
  it.each([
    // [text, drug, dose kept, outcome from the minimal important change]
    ['- tramadol 100 mg qds x 6 wks: 8 -> 8, stopped', 'tramadol', 100, 'ineffective'],
    ['naproxen 500 mg bd for six weeks (back 7 -> 6, leg unchanged)', 'naproxen', 500, 'ineffective'],
    ['Duloxetine 60 mg for 12 weeks had helped (8 -> 5, ODI 50% -> 36%)', 'duloxetine', 60, 'effective'],
    ['dulox 60 x 5 wk -> 8->7', 'duloxetine', 60, 'ineffective'],
    ['ibuprofen 600 tds 6/52: 8/10 -> 8/10', 'ibuprofen', 600, 'ineffective'],
    ['celecoxib 200 daily x 6 wks 52% -> 50%', 'other-nsaid', 200, 'ineffective'],
    ['gabapentin 600 mg tds for 8 weeks: leg 6 -> 6', 'gabapentin', 600, 'ineffective'],
    ['pregabalin 150 mg bd x 6/52 (leg 7 -> 4)', 'pregabalin', 150, 'effective'],
    ['Ultram 50 mg q6h x 6 wks => 6 => 6', 'tramadol', 50, 'ineffective'],
    ['oxycodone 10 mg qds x 4 wks: 7 → 7', 'oxycodone', 10, 'ineffective'],
    ['hydrocodone 10 mg q6h for 5 weeks - 8 -> 8', 'hydrocodone', 10, 'ineffective'],
    ['morphine 15 mg bd x 4 wk, 9 --> 9', 'morphine', 15, 'ineffective'],
    ['tapentadol 50 mg q6h x 4 wks: 7->6', 'tapentadol', 50, 'ineffective'],
    ['acetaminophen 1 g qid x 8 wks: 6 -> 6', 'acetaminophen', 1000, 'ineffective'],
    ['duloxetine 60 mg od x 8 wks 8/10 -> 4/10', 'duloxetine', 60, 'effective'],
  ] as const)('%j', (text, drug, dose, outcome) => {
    const m = meds(`56F, chronic LBP 2 years, no red flags. ${text}.`)[drug];
    expect(m?.doseMg).toBe(dose);
    expect(m?.outcome).toBe(outcome);
  });

  it('EHR paste with PROBLEM LIST and MEDICATIONS blocks', () => {
    const m = meds(
      'PROBLEM LIST\n- Chronic low back pain (>12 months)\nMEDICATIONS\n- Tramadol 100 mg qds x 6 wks: 8 -> 8, stopped\n- Naproxen 500 mg bd 8/52: NRS 7/10 -> 7/10\nNo red flags.',
    );
    expect(m.tramadol).toMatchObject({ doseMg: 100, timesPerDay: 4, outcome: 'ineffective' });
    expect(m.naproxen).toMatchObject({ doseMg: 500, timesPerDay: 2, outcome: 'ineffective' });
  });

  it('NP shorthand: titrations and outcomes in one line', () => {
    const m = meds('49F cLBP 2y. dulox 30->60 x 8/52 -> 8 -> 6. gaba 300 -> 600 tds x 6/52 leg 6->6. No RF.');
    expect(m.duloxetine).toMatchObject({ doseMg: 60, outcome: 'effective' });
    expect(m.gabapentin).toMatchObject({ doseMg: 600, timesPerDay: 3, outcome: 'ineffective' });
  });

  it('UK letter: outcomes in brackets with the site named', () => {
    const m = meds(
      'Dear Dr, Re: 67-year-old man with chronic low back pain. He has tried pregabalin 75 mg bd for six weeks (leg 6 -> 6) and naproxen 500 mg bd for eight weeks (back 7 -> 5). No red flags. Yours sincerely',
    );
    expect(m.pregabalin).toMatchObject({ doseMg: 75, outcome: 'ineffective' });
    expect(m.naproxen).toMatchObject({ doseMg: 500, outcome: 'effective' });
  });

  it.each([
    [
      'Duloxetine sixty milligrams daily for eight weeks comma pain eight to seven comma no red flags full stop',
      'duloxetine',
      60,
    ],
    [
      'Tramadol one hundred milligrams four times a day for six weeks comma back pain went from eight to eight comma stopped',
      'tramadol',
      100,
    ],
  ] as const)('dictated: %j', (text, drug, dose) => {
    const m = meds(`58 year old man, chronic low back pain two years. ${text}`)[drug];
    expect(m).toMatchObject({ doseMg: dose, outcome: 'ineffective' });
  });

  it("a single score after the trial's duration is no dose either", () => {
    expect(meds('50F CLBP 1y, dulox 60 x 5 wk -> 8, stopped. no RF').duloxetine?.doseMg).toBe(60);
    expect(meds('50F CLBP 1y, naproxen 500 bd 6/52 -> 7/10. no RF').naproxen?.doseMg).toBe(500);
  });
});

describe('a titration written with arrows is still a dose change (contrasts that must not change)', () => {
  it.each([
    ['dulox 30 -> 60 x 6 wk no help', 'duloxetine', 60],
    ['duloxetine 30 mg -> 60 mg for 6 weeks, no better', 'duloxetine', 60],
    ['gabapentin 300 -> 600 tds x 6 wks, partial relief', 'gabapentin', 600],
    ['ibuprofen 400 -> 600 -> 800 tds x 6 wks no help', 'ibuprofen', 800],
    ['oxycodone 5 -> 10 qds x 4 wks, no better', 'oxycodone', 10],
    ['oxycodone 5 -> 10 mg qds', 'oxycodone', 10],
    ['hydromorphone 2 -> 4 q4h', 'hydromorphone', 4],
    ['oxycodone ir: 5 -> 7.5 q6h for 4 weeks: 8 -> 7', 'oxycodone', 7.5],
    ['dulox 30 x 1 wk -> 60 x 6 wk no help', 'duloxetine', 60],
    ['pregabalin 75 -> 150 bd for 6 weeks', 'pregabalin', 150],
    ['naproxen 250 → 500 bd for 8 weeks', 'naproxen', 500],
  ] as const)('%j', (text, drug, dose) => {
    expect(meds(`60M chronic LBP 1 yr, no red flags. ${text}.`)[drug]?.doseMg).toBe(dose);
  });

  it.each([
    ['30 -> 60', 60],
    ['5 -> 10 mg qds', 10],
    ['300 -> 600 tds', 600],
    ['100 mg qds x 6 wks: 8 -> 8', 100],
    ['60 mg x 12 weeks (8 -> 5, odi 50% -> 36%)', 60],
  ])('parseDoseRegimen %j', (text, dose) => {
    expect(parseDoseRegimen(text).doseMg).toBe(dose);
  });

  it('reads pairs and their scales, and blanks them without moving the text', () => {
    const text = ' 100 mg qds x 6 wks: 8 -> 8, odi 52% -> 50%';
    expect(arrowScorePairs(text).map((p) => [p.before, p.now, p.scale])).toEqual([
      [8, 8, 'pain'],
      [52, 50, 'odi'],
    ]);
    expect(withoutScorePairs(text)).toHaveLength(text.length);
    expect(arrowScorePairs(' 5 -> 10')).toEqual([]);
    expect(arrowScorePairs(' 300 mg -> 600')).toEqual([]);
    expect(arrowScorePairs(' 10 mg x 2 wk, titrated 5 -> 10')).toEqual([]);
  });
});

describe('through the turn core: the reply names the dose written with the drug', () => {
  it('a tramadol list with arrow outcomes is 100 mg four times daily, failed, never 8 mg', () => {
    const { outputs } = runScenario({
      name: 'score arrows',
      turns: [
        {
          say: '64M chronic LBP 2 yrs. Tried:\n- naproxen 500 mg bd x 8 wks: 7 -> 7\n- tramadol 100 mg qds x 6 wks: 8 -> 8, stopped\nNo red flags.',
        },
      ],
    });
    const text = textOf(outputs.at(-1)!);
    expect(text).toContain('tramadol 100 mg four times daily');
    expect(text).not.toMatch(/tramadol 8 mg|naproxen 7 mg/);
  });
});

describe('a pair at the end of a sentence or answer', () => {
  it.each([
    ['100 mg qds x 6 wks: 8 -> 8.', 100],
    ['60 mg x 5 wk -> 8.', 60],
  ])('%j', (text, dose) => {
    expect(parseDoseRegimen(text).doseMg).toBe(dose);
  });
});
