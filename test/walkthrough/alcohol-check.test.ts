import { describe, expect, it } from 'vitest';
import { runScenario, textOf } from './drive.js';

/**
 * Drinking given only as an amount (clinical-reference.md section 2: duloxetine "Avoid in chronic liver disease or
 * heavy alcohol use", no threshold for heavy): the amount never decides heaviness and never holds the plan back.
 * Duloxetine stays in "Do now" with its guideline dose, and the same line carries the check with the amount as
 * written; the heaviness question is still offered. Heavy said (in words or as the answer) takes duloxetine out with
 * its reason and the next option steps up; abnormal liver tests with the drinking hold it for the clinician's answer.
 */
const run = (...turns: string[]) =>
  runScenario({ name: turns[0]!.slice(0, 40), turns: turns.map((say) => ({ say })) }).outputs.map(textOf);

const DO_NOW_CHECK = (amount: string) =>
  new RegExp(
    `- Add duloxetine 30 mg daily, titrating to 60 mg daily[^\\n]*\\[1\\]\\[2\\] First confirm the drinking \\(${amount}\\) is not heavy: avoid duloxetine with heavy alcohol use \\[\\d+\\]`,
  );

describe('an amount of drinking: duloxetine in Do now, the check on its line', () => {
  it.each([
    ['GP note', '58M CLBP 6/12, naproxen 500 bd 6 wk failed, eGFR 80, alcohol 3 units/week, RF neg', '3 units/week'],
    ['NP shorthand', '61F LBP 2y. ibuprofen 600 tds x8wk - no help. eGFR 85. EtOH ~2 units/wk. no RF.', '2 units/wk'],
    [
      'UK letter',
      'Dear Doctor, I saw this 52-year-old man with chronic low back pain for 1 year. Naproxen 500 mg twice daily for 6 weeks has not helped. eGFR 78. He drinks about 40 units a week. No red flags.',
      'about 40 units a week',
    ],
    [
      'EHR paste',
      'HPI: 49M chronic LBP 9 months\nMeds: naproxen 500mg BD 8 weeks - ineffective\nSocial: 25 drinks a week\nLabs: eGFR 90\nRed flags: none',
      '25 drinks a week',
    ],
  ])('%s', (_style, text, amount) => {
    const [out] = run(text);
    expect(out).toMatch(DO_NOW_CHECK(amount.replace(/[~.]/g, '\\$&')));
    expect(out).not.toMatch(/Check before starting duloxetine/);
    expect(out).not.toMatch(/Not for this patient: duloxetine/);
    expect(out).toMatch(/Is the alcohol use heavy\?/);
  });

  it('dictated, said in a later turn: the check joins the line', () => {
    const out = run(
      '58 year old man comma chronic low back pain for 8 months full stop naproxen 500 mg twice daily for 6 weeks comma no help full stop eGFR 80 full stop no red flags',
      'he drinks 3-4 beers most nights',
    );
    expect(out[1]).toMatch(/Is the alcohol use heavy\?/);
    expect(
      run(
        '58M CLBP 8 months, naproxen 500 bd 6 wk no help, eGFR 80, RF neg',
        'he drinks 3-4 beers most nights',
        'plan',
      )[2],
    ).toMatch(/Add duloxetine 30 mg daily[^\n]*First confirm the drinking \(3-4 beers most nights\) is not heavy/);
  });
});

describe('heavy said: duloxetine out with its reason, tramadol steps up', () => {
  const CASE = 'ED handover: 61F chronic LBP 9 months, naproxen 500 mg bd 6 weeks no benefit, eGFR 70, no red flags';

  it.each([
    ['heavy as the answer', [`${CASE}, 3-4 beers most nights`, 'heavy'], /duloxetine \(heavy alcohol/],
    ['heavy in words', [`${CASE}, drinks heavily`], /duloxetine \(heavy alcohol/],
    ['binge', [`${CASE}, binge drinks at weekends`], /duloxetine \(heavy alcohol/],
  ])('%s', (_name, turns, reason) => {
    const out = run(...turns);
    const last = out.at(-1)!;
    const reply = out.length > 1 ? last : out[0]!;
    expect(reply).toMatch(new RegExp(`Not for this patient: ${reason.source}`));
    expect(reply).toMatch(/- Tramadol 50-100 mg every 6-8 hours/);
    expect(reply).not.toMatch(/Add duloxetine/);
  });

  // The reference avoids duloxetine in "chronic liver disease or heavy alcohol use" and says nothing of liver tests:
  // drinking with raised tests holds duloxetine for the clinician's answer, never rules it out by itself (a review).
  it.each([
    ['abnormal liver tests as the answer', [`${CASE}, 3-4 beers most nights`, 'ALT 2x ULN, GGT raised']],
    ['abnormal liver tests in the same note', [`${CASE}, 3-4 beers most nights, ALT 2x ULN, GGT raised`]],
  ])('%s: duloxetine waits for the answer, heavy use or liver disease', (_name, turns) => {
    const reply = run(...turns).at(-1)!;
    expect(reply).toMatch(
      /Check before starting duloxetine: drinking with abnormal liver tests: is it heavy use, or liver disease\?/,
    );
    expect(reply).not.toMatch(/Add duloxetine/);
    expect(reply).not.toMatch(/Not for this patient: duloxetine/);
  });
});

describe('contrasts that must not change', () => {
  const CASE = '45M chronic back pain 1 yr, naproxen 500 bd 8 weeks failed, eGFR 90, no red flags';
  it.each(['alcohol: none', 'EtOH 0', 'ex-drinker', 'light social drinker'])('%s: duloxetine with no check', (said) => {
    const [out] = run(`${CASE}, ${said}`);
    expect(out).toMatch(/- Add duloxetine 30 mg daily/);
    expect(out).not.toMatch(/First confirm the drinking|Is the alcohol use heavy\?|Not for this patient: duloxetine/);
  });

  it('abnormal liver tests with no drinking said: no alcohol reason', () => {
    const [out] = run(`${CASE}, ALT 2x ULN`);
    expect(out).not.toMatch(/drinking with abnormal liver tests/);
  });
});
