import { describe, expect, it } from 'vitest';
import { runScenario, textOf } from './drive.js';

/**
 * Case-reading safety: an MAOI stopped less than 14 days ago still rules out duloxetine and tramadol (reference
 * section 2: "or within 14 days"); a weakness said by comparison with an earlier exam is a progressive deficit
 * (reference section 6) until a correction clears it; a normal bladder/bowel finding is not cauda equina. Several
 * clinician styles; none is a fixture sentence.
 */
const run = (...turns: string[]): string[] =>
  runScenario({ name: turns[0]!.slice(0, 40), turns: turns.map((say) => ({ say })) }).outputs.map(textOf);

const DULOXETINE_OUT = /Not for this patient: duloxetine \([^\n]*stopped/;
const TRAMADOL_OUT = /Not for this patient: tramadol \([^\n]*stopped/;

describe('an MAOI stopped within 14 days keeps duloxetine and tramadol out', () => {
  it.each([
    [
      'ED handover',
      "58F CLBP 2 yrs, naproxen 500 bd 8 wk failed, RF neg, eGFR 80. Phenelzine d/c'd by psych 9 days ago.",
      /9 days ago, under 14: possible in 5 days/,
    ],
    [
      'UK letter',
      'Dear Dr, this lady of 61 has chronic low back pain for 14 months. Naproxen 500 mg bd for 8/52 gave no benefit. Her tranylcypromine was stopped 3/7 ago. No red flags. eGFR 72.',
      /3 days ago, under 14: possible in 11 days/,
    ],
    [
      'NP shorthand, no date',
      '47M CLBP 1y, ibuprofen 600 tid x6wk no help, RF neg, eGFR 90, stopped his selegiline recently',
      /date not given: when was it stopped\? \(only once 14 days have passed\)/,
    ],
  ])('%s', (_style, text, reason) => {
    const out = run(text)[0]!;
    expect(out).toMatch(DULOXETINE_OUT);
    expect(out).toMatch(TRAMADOL_OUT);
    expect(out).toMatch(reason);
    expect(out).not.toMatch(/Add duloxetine 30 mg daily/);
  });

  it('a later turn past 14 days brings duloxetine back', () => {
    const out = run(
      "58F CLBP 2 yrs, naproxen 500 bd 8 wk failed, RF neg, eGFR 80. Phenelzine d/c'd by psych 9 days ago.",
      'now day 16 off phenelzine',
    );
    expect(out[1]).toMatch(/Add duloxetine 30 mg daily/);
    expect(out[1]).not.toMatch(DULOXETINE_OUT);
  });

  it('an MAOI stopped months ago is past its washout', () => {
    const out = run('CLBP 2 yrs, naproxen 500 bd 8 wk failed, RF neg, eGFR 80, phenelzine stopped 6 months ago')[0]!;
    expect(out).toMatch(/Add duloxetine 30 mg daily/);
  });

  it('"N weeks since she stopped it" is not the pain duration', () => {
    const out = run(
      '54F CLBP 14 mo, naproxen 500 bd 8/52 no benefit, RF neg',
      "it's been 3 weeks since she stopped it",
    );
    expect(out[1]).not.toMatch(/Not chronic pain/);
  });
});

describe('a weakness said by comparison is a progressive deficit', () => {
  it.each([
    [
      'clinic letter',
      'L5 radiculopathy 4 mo. R ankle dorsiflexion 3/5, EHL 3/5; the GP letter 2 weeks ago documents 5/5.',
    ],
    ['chatty', 'CLBP with sciatica for 5 months, his leg weakness is worse than at last review, naproxen failed.'],
    ['terse', '52F LBP + L leg pain 6 mo. power now 4-/5, was full last month.'],
    ['dictated', 'right EHL weaker than last visit comma naproxen 500 twice daily 6 weeks no help full stop'],
  ])('%s', (_style, text) => {
    expect(run(text)[0]).toMatch(/Suspected progressive neurological deficit/);
  });

  it('a correction that the earlier 5/5 was wrong clears it', () => {
    const out = run(
      '49F L5 radiculopathy 4 months. Right ankle dorsiflexion 3/5, EHL 3/5; the GP letter 2 weeks ago documents 5/5. Failed naproxen 500 bid x 6 wk.',
      'correction: the 3/5 was documented in March too, unchanged, the 5/5 was a template error; spinal team reviewed: no new deficit',
    );
    expect(out[0]).toMatch(/Suspected progressive neurological deficit/);
    expect(out[1]).not.toMatch(/Stop the pathway/);
  });

  it('an unchanged grade is not a comparison deficit', () => {
    expect(run('CLBP 8 mo, L EHL 4/5 (was 4/5 at last review), naproxen failed, RF otherwise neg')[0]).not.toMatch(
      /Suspected progressive neurological deficit/,
    );
  });
});

describe('a normal bladder/bowel finding in a negative screen is not cauda equina', () => {
  it.each([
    [
      'EHR paste',
      'RED FLAG SCREEN (today): negative. No saddle change, bladder/bowel normal, power 5/5 unchanged, no fever, no weight loss, no cancer history. CLBP 8 mo, ibuprofen 400 tds 6 wks no help.',
    ],
    ['terse', 'CLBP 1y, bladder/bowel function intact, no saddle numbness, naproxen failed'],
    ['UK', 'Back pain for a year. Bladder or bowel: NAD. Naproxen 500 mg bd for 6/52, no help.'],
  ])('%s', (_style, text) => {
    expect(run(text)[0]).not.toMatch(/Suspected cauda equina/);
  });

  it('a bladder/bowel change said present still raises it', () => {
    expect(run('CLBP 1y, new bladder/bowel dysfunction since Tuesday, naproxen failed')[0]).toMatch(
      /Suspected cauda equina/,
    );
  });
});
