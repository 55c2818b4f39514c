import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/index.js';
import { scoreResponse } from '../../src/clinical/language/gate-facts.js';
import { runScenario, textOf } from './drive.js';

/**
 * Trial outcomes read from scores (the minimal important change, clinical-reference.md section 5), the opioid
 * framework once the gate opens and a raise asked without functional gain, and the serotonin warning when tramadol
 * steps up beside duloxetine, an SSRI or another SNRI. Each class in several clinician styles; none is a fixture
 * sentence.
 */
const AT = '2026-11-29T10:00:00.000Z';
const meds = (text: string) =>
  Object.fromEntries((extractCaseFacts(text, AT).patch.medications ?? []).map((m) => [m.drug, m]));
const reply = (...says: string[]) => {
  const { outputs } = runScenario({ name: says[0]!.slice(0, 40), turns: says.map((say) => ({ say })) });
  return textOf(outputs.at(-1)!);
};

describe('scores judge a trial: below the minimal important change is no response, meeting it is effective', () => {
  it.each([
    ['pain 7->6, ODI 36->33', 'not-met'],
    ['(7->7)', 'not-met'],
    ['pain 6 to 3/10, ODI 40% to 22%', 'met'],
    ['NRS 7 -> 4, ODI 44 -> 30', 'met'],
    ['pain 8 -> 5/10 but ODI 50 -> 49', 'mixed'],
    ['(30->60)', undefined],
  ] as const)('%s', (text, expected) => {
    // the readers give it normalised (lower-case) text
    expect(scoreResponse(text.toLowerCase())).toBe(expected);
  });

  it.each([
    ['naproxen 500 bd x 3 mo (7->7)', 'naproxen', 'ineffective', 500],
    ['ibuprofen 600 tds 6/52 (8/10 -> 7/10)', 'ibuprofen', 'ineffective', 600],
    [
      'duloxetine 60 mg for 6 weeks, pain 6 to 3/10, ODI 40% to 22%, playing bowls again',
      'duloxetine',
      'effective',
      60,
    ],
  ] as const)('%s', (text, drug, outcome, dose) => {
    const m = meds(text)[drug]!;
    expect(m.outcome).toBe(outcome);
    expect(m.doseMg).toBe(dose);
  });

  it('the latest ODI and pain of a change; "not back at work" is no sign of working', () => {
    const p = extractCaseFacts('naproxen 500 bd (7/10 -> 4/10), ODI 40% to 22%, not back at work', AT).patch;
    expect(p.oswestryPercent).toBe(22);
    expect(p.painScore).toBe(4);
    expect(p.functionalDisability).toBeUndefined();
  });
});

describe('failure steps the next option up, with the serotonin warning when tramadol follows duloxetine', () => {
  it.each([
    [
      'GP note',
      '58M chronic LBP 2 yrs, no red flags. duloxetine 60 mg od for 4 months and naproxen 500 bd for 6 months, pain 7/10 unchanged. what next?',
    ],
    ['NP shorthand', '61F CLBP 3y, RF neg. naproxen 500 bd x 3 mo (7->7), duloxetine 60 od x 10 wk (7->6). next?'],
  ])('%s', (_style, say) => {
    const text = reply(say);
    expect(text).toMatch(/Answer: next step:\*\* Tramadol/);
    expect(text).toMatch(/⚠️ Duloxetine \+ tramadol: risk of serotonin syndrome/);
  });

  it('ED handover: a 5-week trial with pain 7->6, ODI 36->33 failed; duloxetine steps up', () => {
    const text = reply('49M CLBP, RF neg. f/u 5 wks: naproxen 500 bd x 5 wks: pain 7->6, ODI 36->33. next?');
    expect(text).toMatch(/naproxen 500 mg twice daily x 5 wk: no relief/);
    expect(text).toMatch(/Answer: next step:\*\* Add duloxetine/);
  });

  it('follow-up with no drug named: the dose is the held drug the number fits', () => {
    const text = reply(
      'Pt 61F, chronic LBP 9 months. No red flags. on duloxetine 60 mg daily and ibuprofen 400 tds.',
      'f/u: 60 mg x 8 wk, pain 7->6. next?',
    );
    expect(text).toMatch(/duloxetine 60 mg x 8 wk: no relief/);
  });
});

describe('effective by the minimal important change: continue, no referral trigger', () => {
  it.each([
    [
      'one note',
      [
        '55F chronic LBP no red flags, on duloxetine 60 mg for 6 weeks, pain 6 to 3/10, ODI 40% to 22%, playing bowls again. Continue? refer anyway?',
      ],
    ],
    [
      'follow-up, drug not named',
      [
        '55F chronic LBP 1 yr, no red flags, no leg symptoms. naproxen 500 bd 6 wks no help. Starting duloxetine 30 mg then 60.',
        '60 mg for 6 weeks, pain 6 to 3/10, ODI 40% to 22%, playing bowls again. Continue? refer anyway?',
      ],
    ],
    [
      'dictated review',
      [
        '55F chronic LBP 1 yr, no red flags, no leg symptoms. naproxen 500 bd 6 wks no help. on duloxetine 30 mg since 2 weeks.',
        'Review comma now on 60 mg for 6 weeks comma pain 6 to 3 out of 10 comma ODI 40 to 22 full stop. Continue question mark refer anyway question mark',
      ],
    ],
  ])('%s', (_style, says) => {
    const text = reply(...says);
    expect(text).toMatch(/Answer: yes\.\*\* duloxetine is effective \(helping\): continue/);
    expect(text).toMatch(/Referral: not yet on what the case holds/);
  });
});

const FAILED_ALL =
  '60M CLBP 3 yrs no red flags, no leg sx. naproxen 500 bd 8 wks no relief, duloxetine 60 mg 8 wks no relief, tramadol 50 mg qid 6 wks no relief. PT 12 wks and CBT done, no help. eGFR 80.';

describe('the opioid gate opens: the framework; a raise without functional gain is not endorsed', () => {
  it.each([
    [
      'terse',
      'risk assmt done: ORT low, no SUD hx, PDMP clean, no sedatives; discussed benefits/risks, agrees to trial',
    ],
    [
      'with a question',
      'risk assmt done: ORT low, no SUD hx, PDMP clean, no sedatives; discussed benefits/risks, agrees to trial. how do I start?',
    ],
    [
      'chatty',
      "ORT score 2 (low risk), no hx substance misuse, PDMP checked - nil. Not on benzos. Had the conversation re realistic benefit, overdose and dependence risk, monitoring plan; he's keen to trial an opioid.",
    ],
  ])('%s', (_style, say) => {
    const text = reply(FAILED_ALL, say);
    expect(text).toMatch(/Opioids: gate conditions met/);
    expect(text).toMatch(/20-30 mg daily/);
    expect(text).toMatch(/immediate-release/);
    expect(text).toMatch(/treatment agreement/);
    expect(text).toMatch(/Reassess within 1-4 weeks/);
  });

  it('asked as a question: the answer carries the whole framework', () => {
    const text = reply(
      FAILED_ALL,
      'Risk assessment completed and documented. Benefits and risks discussed, patient consents. Opioid trial?',
    );
    expect(text).toMatch(/Answer: opioid start: the gate's conditions are documented/);
    expect(text).toMatch(/- Establish a treatment agreement/);
  });

  it.each([
    ['up to', 'started oxycodone IR 5 tid 3 wks ago, pain 7->6 but ODI 50->49, not back at work; up to 10 mg qid?'],
    ['increase', 'oxycodone IR 5 mg tds for 3/52 - pain 7 to 6, ODI 50 to 49, still off work. Increase to 10 mg qid?'],
  ])('%s', (_style, say) => {
    const text = reply(
      FAILED_ALL,
      'risk assmt done: ORT low, no SUD hx, PDMP clean, no sedatives; discussed benefits/risks, agrees to trial',
      say,
    );
    expect(text).toMatch(/Answer: no, do not raise oxycodone:\*\* no meaningful improvement in function/);
    expect(text).toMatch(/taper rather than stop abruptly/);
    expect(text).toMatch(/oxycodone 10 mg four times daily is 60 MME\/day \(factor 1\.5\)/);
    expect(text).toMatch(/60 MME\/day: at or above 50, reassess benefits and risks/);
  });
});

describe('tramadol beside an SSRI or another SNRI: the serotonin warning in the answer', () => {
  it.each([
    [
      'desvenlafaxine, asked',
      '52F CLBP 2 yrs, no red flags. On desvenlafaxine 50 mg for depression. naproxen 500 bd 8 wks no relief, duloxetine stopped d/t nausea. ok to start tramadol?',
      /Tramadol \+ an SNRI \(venlafaxine, desvenlafaxine\): risk of serotonin syndrome/,
    ],
    [
      'venlafaxine, plan',
      'venlafaxine 150 mg XL for anxiety, 58F CLBP no red flags, NSAIDs contraindicated (GI bleed), duloxetine not tolerated. plan?',
      /Tramadol \+ an SNRI \(venlafaxine, desvenlafaxine\): risk of serotonin syndrome/,
    ],
    [
      'sertraline, next',
      '47M chronic LBP, no red flags, no leg sx. sertraline 100 daily. ibuprofen 600 tds 6 wks no help. duloxetine not an option (on SSRI). next?',
      /Tramadol \+ an SSRI, a tricyclic or bupropion: risk of serotonin syndrome/,
    ],
  ])('%s', (_style, say, warning) => {
    const text = reply(say);
    const answer = text.split('New case A.')[0]!;
    expect(answer).toMatch(warning);
  });

  it('"Thinking tramadol 50 q6h" is a proposal, not a drug taken', () => {
    expect(meds('Thinking tramadol 50 q6h. thoughts?').tramadol).toBeUndefined();
  });
});
