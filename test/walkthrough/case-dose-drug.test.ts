import { describe, expect, it } from 'vitest';
import { asksCaseDose, CASE_DOSE_QUESTION_ROWS } from '../../dialogs/walkthrough/case-pronoun.js';
import { caseRecordSchema } from '../../dialogs/walkthrough/case-record.js';
import { runScenario } from './drive.js';

/**
 * A dose asked mid-case with no drug named ("dose?", "redo the dose?", "does that change the dose?", "what dose
 * now?") after a correction of weight, kidney function or age: answered for the drug the case is considering (the
 * one the clinician plans to start, the drug of its last dose answer, or its single recommended option), on the
 * corrected facts; several candidates: buttons naming them. The record keeps only the drug's id.
 */

let n = 0;
function last(...says: string[]): string {
  const { outputs } = runScenario({ name: `case-dose-${n++}`, turns: says.map((say) => ({ say })) });
  return outputs
    .at(-1)!
    .messages.map((m) => m.text)
    .join('\n\n');
}

describe('the drug the clinician plans to start', () => {
  it('GP chatty: planned duloxetine, eGFR corrected to 25: duloxetine ruled out, the next option steps up', () => {
    const out = last(
      "Hi, 70 yo man, back pain a year, no red flags, naproxen 500 bd for 8 weeks did nothing, eGFR 60. I'm planning to start duloxetine.",
      'sorry, eGFR is actually 25',
      'dose?',
    );
    expect(out).toMatch(
      /^\*\*Duloxetine: not for this patient \(Avoid duloxetine if CrCl < 30\); next option: tramadol/,
    );
    expect(out).not.toMatch(/Which drug/);
  });

  it('UK letter then a dictated correction: planned duloxetine, age corrected: duloxetine answered for the new age', () => {
    const out = last(
      'Dear colleague, this man has had chronic low back pain for 9 months with no red flags. Ibuprofen 400 mg three times daily for 6 weeks was ineffective. eGFR 85. We plan to start duloxetine.',
      'correction he is seventy eight not fifty eight',
      'redo the dose?',
    );
    expect(out).toMatch(/^\*\*Duloxetine/);
    expect(out).toMatch(/Age 78/);
  });
});

describe("the drug of the case's last dose answer", () => {
  it('NP shorthand: tramadol dose asked, eGFR corrected to 22: the every-12-hours rule', () => {
    for (const ask of ['does that change the dose?', 'what dose now?', 'redo the dose']) {
      const out = last(
        '70M cLBP 1 yr, nil RF, naproxen 500 bd x 8/52 nil effect, duloxetine not tolerated, eGFR 60.',
        'tramadol dose?',
        'correction: eGFR 22',
        ask,
      );
      expect(out).toMatch(/^\*\*Tramadol: adjusted for this patient/);
      expect(out).toMatch(/every 12 hours, maximum 200 mg\/day/);
    }
  });
});

describe("the case's single recommended option", () => {
  it('EHR paste: next step duloxetine, age corrected: duloxetine', () => {
    const out = last(
      'Problem list: chronic low back pain (10 months). Red flags: none. Meds: naproxen 500 mg BID (8 weeks, no relief). Labs: eGFR 72. Age 55.',
      'age is 81 actually',
      'what dose now?',
    );
    expect(out).toMatch(/^\*\*Duloxetine/);
  });
});

describe('several candidates: buttons naming them', () => {
  it('ED handover, weight corrected, the NSAID step: the case drugs, not the general examples', () => {
    const out = last(
      'ED handover: 45F, CLBP 6 months, no red flags, paracetamol 1 g qds 6 weeks not helping, eGFR 80.',
      'weight is actually 48 kg',
      'dose?',
    );
    expect(out).toMatch(/^Which drug for case A\?/);
    expect(out).toMatch(/naproxen dose\?/);
    expect(out).not.toMatch(/tramadol dose\?/);
  });
});

describe('contrasts that must not change', () => {
  it('a dose question naming a drug is about that drug', () => {
    const out = last(
      "Hi, 70 yo man, back pain a year, no red flags, naproxen 500 bd for 8 weeks did nothing, eGFR 60. I'm planning to start duloxetine.",
      'tramadol dose?',
    );
    expect(out).toMatch(/^\*\*Tramadol/);
  });

  it('with no case open, a drugless dose question asks which drug with the general examples', () => {
    expect(last('dose?')).toMatch(/^Which drug\? The pathway gives doses/);
  });

  it('the record holds the considered drug as an id only', () => {
    const { state } = runScenario({
      name: `case-dose-${n++}`,
      turns: [
        { say: '58F CLBP 8 months, no red flags, naproxen 500 bd 8 wks no relief, eGFR 70. plan to start duloxetine' },
      ],
    });
    const record = caseRecordSchema.parse((state as { cases: unknown[] }).cases[0]);
    expect(record.considering).toBe('duloxetine');
  });
});

describe('dose question rows', () => {
  it.each(CASE_DOSE_QUESTION_ROWS.map((r) => [r.example, r.counter] as const))(
    'reads "%s", not "%s"',
    (example, counter) => {
      expect(asksCaseDose(example)).toBe(true);
      expect(asksCaseDose(counter)).toBe(false);
    },
  );
});
