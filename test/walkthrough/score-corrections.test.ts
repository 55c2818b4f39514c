import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { runScenario, textOf } from './drive.js';

/**
 * An instrument score corrected mid-case (clinical-reference.md section 5): the case's score is replaced, a form with
 * more than 2 of 10 ODI sections blank has no score (the earlier one is taken back; a complete ODI is asked for), and
 * "does that change anything?" says first what changed and what it moved in the plan.
 */
const AT = '2026-12-07T10:00:00.000Z';
const read = (text: string) => extractCaseFacts(text, AT).patch;
const run = (...turns: string[]) =>
  runScenario({ name: turns[0]!.slice(0, 40), turns: turns.map((say) => ({ say })) }).outputs.map(textOf);

describe('a corrected score is read as the score', () => {
  it.each([
    ['correction: ODI was 32/50 = 64%', 64],
    ['sorry, the ODI should have been 48%', 48],
    ['ODI is actually 22', 22],
    ['Oswestry corrected to 30/50', 60],
  ])('%s -> %s', (text, percent) => {
    expect(read(text).oswestryPercent).toBe(percent);
  });

  it.each([
    ['CORRECTION: the ODI form had 4 of 10 sections blank', 4],
    ['oswestry: three sections left unanswered', 3],
  ])('%s: no score', (text, missing) => {
    const p = read(text);
    expect(p.oswestryPercent).toBeUndefined();
    expect(p.oswestryNotScored).toEqual({ answered: 10 - missing, missing });
  });

  it('two sections blank is within the reference: nothing taken back', () => {
    expect(read('the ODI form had 2 of 10 sections blank').oswestryNotScored).toBeUndefined();
  });

  it('"ODI was done last year" holds no score', () => {
    expect(read('ODI was done last year').oswestryPercent).toBeUndefined();
  });
});

describe('mid-case corrections, and "does that change anything?"', () => {
  const GP = '62F chronic LBP 8 months. naproxen 500 bd 6 weeks no help. eGFR 75. no red flags.';
  const ED = 'ED handover: 55M, back pain 1 year, ibuprofen 600 tds 6/52 failed, eGFR 80, RF screen negative,';
  const EHR =
    'HPI: 48F chronic low back pain 10 months\nMeds: naproxen 500mg BD 6 weeks - no benefit\nLabs: eGFR 90\nRed flags: none\n';

  it('GP note: ODI 40% corrected to 64%: very severe, referral now in the plan', () => {
    const out = run(`${GP} ODI 40%.`, 'correction: ODI was 32/50 = 64%', 'does that change anything?');
    expect(out[1]).toMatch(/ODI 64% \(very severe disability\)/);
    expect(out[2]).toMatch(
      /^What changed for case A: ODI 40% \(moderate disability\) -> 64% \(very severe disability\)\. Now in the plan: Specialist referral \(Refer when significant functional disability/,
    );
    expect(out[2]).toMatch(/ODI 64% \(very severe disability\)/);
  });

  it('ED handover: 4 of 10 ODI sections blank: no score, ask for a complete ODI', () => {
    const out = run(
      `${ED} ODI 64%`,
      'CORRECTION: the ODI form had 4 of 10 sections blank',
      'does that change anything?',
    );
    expect(out[1]).toMatch(/ODI not scored: 4 of 10 sections unanswered \(more than 2\); ask for a complete ODI/);
    expect(out[2]).toMatch(/^What changed for case A: ODI 64% \(very severe disability\) -> not scored/);
    expect(out[2]).toMatch(/No longer in the plan: Specialist referral/);
    expect(out[2]).not.toMatch(/ODI 64%\s*$/m);
  });

  it('EHR paste: STarT Back mis-added, high to medium risk', () => {
    const out = run(
      `${EHR}STarT Back: total 7, psychosocial 4`,
      'I mis-added the STarT Back: psychosocial subscale 2, total 5',
      'does that change anything?',
    );
    expect(out[1]).toMatch(/medium risk/);
    expect(out[2]).toMatch(
      /^What changed for case A: STarT Back 7\/9, psychosocial 4\/5 \(high risk\) -> 5\/9, psychosocial 2\/5 \(medium risk\)\. No longer in the plan: Specialist referral \(Refer when screening tools show high-risk features/,
    );
  });

  it('dictated: a correction that keeps the band says the plan is unchanged', () => {
    const out = run(
      '58 year old woman comma chronic back pain for a year full stop naproxen 500 mg twice daily for 6 weeks comma no help full stop eGFR 80 full stop no red flags full stop ODI 30 percent',
      'correction: ODI was 36%',
      'does that change anything?',
    );
    expect(out[2]).toMatch(
      /^What changed for case A: ODI 30% \(moderate disability\) -> 36% \(moderate disability\)\. The plan is unchanged\./,
    );
  });

  it('contrast: after a change that is no score, the plan-change lead, never a score lead', () => {
    const out = run(`${GP} ODI 40%.`, 'exercise therapy for 8 weeks, no help', 'does that change anything?');
    // "does that change anything?" after a new fact leads with what changed for the plan (score-change-lead.ts)
    expect(out[2]).toMatch(/^\*\*(?:What changed|No change to the plan)/);
    expect(out[2]).not.toMatch(/^[^\n]*(?:ODI|Oswestry)/);
  });
});

describe('an ODI corrected mid-case as points over the maximum, or with sections blank (reference section 5)', () => {
  const FIRST = '58M chronic LBP 1 yr, RF neg, naproxen 500 bd 8 wk no help, ODI 44%';
  const NOTE = '61F, back pain 14 months, ibuprofen 400 tds 6/52 failed, eGFR 85, no red flags. Oswestry 44%.';

  it.each([
    [FIRST, 'ODI was actually 30/40', 75],
    [FIRST, 'sorry, Oswestry should be 30/40', 75],
    [NOTE, 'correction - her ODI is 22/40', 55],
    [NOTE, 'ODI was really 36/45', 80],
  ])('%s / %s: points over the sections answered, the case score replaced', (first, said, percent) => {
    const out = run(first, said);
    // the calculator's answer and the case's change, or the case's note of the change: both say what changed
    expect(out[1]).toMatch(
      new RegExp(`Case A updated: ODI 44% -> ${percent}%|Noted for case A: ODI ${percent}% \\([a-z ]+\\), was 44%`),
    );
    expect(out[1]).not.toMatch(/pregnan/i);
    expect(run(first, said, 'plan')[2]).toMatch(new RegExp(`ODI ${percent}%`));
  });

  it.each(['she is at 30/40 now', 'G2P1 30/40, is naproxen still ok?', 'she is 30/40 pregnant'])(
    'contrast: a gestation without the ODI stays a pregnancy: %s',
    (said) => {
      expect(run(FIRST, said)[1]).toMatch(/does not cover pregnancy/);
    },
  );

  it.each([
    [FIRST, 'ODI form had 3 of 10 sections blank', 3],
    [NOTE, 'the Oswestry had 4 of the 10 sections left blank', 4],
    [FIRST, 'ODI: 5 of 10 sections were missing', 5],
  ])('%s / %s: no score, the old score taken back', (first, said, missing) => {
    const out = run(first, said, 'plan');
    expect(out[1]).toMatch(new RegExp(`no score \\(${missing} of 10 sections missing\\)`));
    expect(out[1]).toMatch(new RegExp(`Only ${10 - missing} of 10 sections answered`));
    expect(out[1]).toMatch(/ODI 44% is taken back.*ask for a complete ODI/);
    expect(out[2]).not.toMatch(/ODI 44%/);
    expect(out[2]).not.toMatch(/Refer when significant functional disability/);
  });

  it('2 of 10 blank without the points: the points are asked for, the score kept', () => {
    const out = run(FIRST, 'ODI form had 2 of 10 sections blank');
    expect(out[1]).toMatch(/scoring 8 of 10 sections/);
    expect(out[1]).not.toMatch(/taken back/);
  });

  it('2 of 10 blank with the points: scored on the 8 answered', () => {
    const out = run(FIRST, 'ODI form had 2 of 10 sections blank, sum 24');
    expect(out[1]).toMatch(/Sum 24 \/ \(5 x 8\) x 100 = 60%/);
    expect(out[1]).toMatch(/Case A updated: ODI 44% -> 60%/);
  });
});
