import { describe, expect, it } from 'vitest';
import { CONDITION_FAILURE_ROWS, withoutConditionFailures } from '../../src/clinical/language/condition-failure.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { runScenario, textOf } from '../walkthrough/drive.js';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * A condition whose name holds "failure" (heart, cardiac, renal, kidney, liver failure; the failed back surgery
 * syndrome) is the condition, never a drug trial that failed: heart failure takes NSAIDs out (clinical-reference.md
 * section 2, "Avoid in heart failure"), kidney failure is read as CKD stage 5 (the labels' CrCl rows), liver failure
 * as liver disease (duloxetine: avoid). "failed naproxen", "naproxen failure" and "treatment failure on duloxetine"
 * stay failed trials.
 */
const AT = '2026-11-29T10:00:00.000Z';
const read = (text: string) => extractCaseFacts(text, AT).patch;
const outcomeOf = (text: string, drug: string) => read(text).medications?.find((m) => m.drug === drug)?.outcome;
const run = (...turns: string[]): string[] =>
  runScenario({ name: turns[0]!.slice(0, 40), turns: turns.map((say) => ({ say })) }).outputs.map(textOf);

describe('each row: the condition loses its "fail" word, a trial keeps it', () => {
  it.each(CONDITION_FAILURE_ROWS.map((r) => [r.example, r.counter] as const))('%s / %s', (example, counter) => {
    expect(withoutConditionFailures(example.toLowerCase())).not.toMatch(/fail/);
    expect(withoutConditionFailures(counter.toLowerCase())).toMatch(/fail/);
  });
});

describe('a drug beside a condition named "... failure" is not a failed trial', () => {
  it.each([
    ['problem list', '58M CLBP 2 yrs, naproxen 500 bd 8 wk, heart failure', 'naproxen'],
    ['terse', '61F LBP 14 mo. ibuprofen 400 tds 6/52. Renal failure.', 'ibuprofen'],
    ['letter', 'Dear Dr, this man of 66 takes duloxetine 60 mg daily; he has chronic liver failure.', 'duloxetine'],
    ['dictated', 'on naproxen five hundred twice a day comma congestive cardiac failure full stop', 'naproxen'],
    ['shorthand', '70M CLBP, ibuprofen 400 tds x 6 wk, LVF, CKD 3', 'ibuprofen'],
    ['back diagnosis', '55F failed back surgery syndrome, on naproxen 500 bd', 'naproxen'],
  ])('%s: %s', (_style, text, drug) => {
    const outcome = outcomeOf(text, drug);
    expect(outcome === 'ineffective' || outcome === 'partial').toBe(false);
  });

  it.each([
    ['failed naproxen', 'naproxen'],
    ['naproxen failure', 'naproxen'],
    ['treatment failure on duloxetine', 'duloxetine'],
    ['duloxetine 60 mg 8 wk - trial failure', 'duloxetine'],
    ['heart failure; failed naproxen 500 bd x 6 wk', 'naproxen'],
  ])('still a failed trial: %s', (text, drug) => {
    expect(outcomeOf(`58M CLBP 2 yrs, ${text}`, drug)).toBe('ineffective');
  });

  it('a stop because of the condition rules the drug out; it is never "no relief"', () => {
    expect(outcomeOf('stopped ibuprofen due to heart failure', 'ibuprofen')).toBe('contraindicated');
    expect(outcomeOf('naproxen stopped d/t CHF', 'naproxen')).toBe('contraindicated');
    // "heartburn" is a side effect, not the heart
    expect(outcomeOf('naproxen stopped due to heartburn', 'naproxen')).toBe('not-tolerated');
  });
});

describe('the condition is recorded as the condition', () => {
  it.each([
    ['no NSAIDs - heart failure'],
    ['no NSAIDs - HF'],
    ['no NSAIDs - CHF'],
    ['CCF'],
    ['congestive cardiac failure'],
    ['cardiac failure'],
    ['HFrEF, EF 30%'],
  ])('heart failure: %s', (text) => {
    expect(read(`58M CLBP 2 yrs, ${text}`).conditions?.['heart-failure']).toBe('yes');
  });

  // clinicians say "renal failure" of CKD at any stage: CKD, its function asked, never assumed to be stage 5
  it.each(['avoid naproxen, renal failure', 'hx chronic kidney failure', 'PMH: HTN, chronic renal failure'])(
    'kidney failure not said to be end-stage: CKD, no stage assumed: %s',
    (text) => {
      const p = read(`58M CLBP 2 yrs, ${text}`);
      expect(p.conditions?.ckd).toBe('yes');
      expect(p.renal?.ckdStage).toBeUndefined();
    },
  );

  it.each(['kidney failure on dialysis', 'ESRF', 'end-stage kidney failure', 'ESKD on haemodialysis'])(
    'end-stage kidney failure, or on dialysis: CKD stage 5: %s',
    (text) => {
      expect(read(`58M CLBP 2 yrs, ${text}`).renal?.ckdStage).toBe(5);
    },
  );

  it('a stated eGFR is what the labels read, whatever the history', () => {
    expect(read('58M CLBP, renal failure, eGFR 40').renal).toMatchObject({ egfr: 40 });
  });

  it('an acute kidney injury is no CKD, and beside an NSAID it is an adverse effect', () => {
    const p = read('58M CLBP 2 yrs, naproxen - acute kidney failure');
    expect(p.conditions?.ckd).toBeUndefined();
    expect(p.renal?.ckdStage).toBeUndefined();
    expect(p.medications?.[0]?.outcome).toBe('not-tolerated');
  });

  it.each(['hx liver failure', 'acute hepatic failure 2019', 'ESLD'])('liver disease: %s', (text) => {
    expect(read(`58M CLBP 2 yrs, ${text}`).conditions?.['liver-disease']).toBe('yes');
  });

  it('denied, it is recorded as absent', () => {
    expect(read('58M CLBP, naproxen 500 bd 8 wk no help, no heart failure').conditions?.['heart-failure']).toBe('no');
  });
});

describe('the walk-through: the condition rules the drug out, the trial is not "failed"', () => {
  it('naproxen with heart failure: NSAIDs out for heart failure, never "naproxen failed"', () => {
    const out = run('66M chronic LBP 2 years, RF neg, eGFR 75, naproxen 500 mg bd 8 weeks, heart failure')[0]!;
    expect(out).toMatch(/Stop naproxen[^\n]*: not for this patient \([^)]*heart failure/);
    expect(out).not.toMatch(/naproxen[^\n]*: no relief/);
    expect(out).not.toMatch(/naproxen failed/);
  });

  it('"no NSAIDs - heart failure" and "- HF": the class out, the condition said', () => {
    for (const text of [
      '59F CLBP 18 mo, RF neg, eGFR 80, no NSAIDs - heart failure',
      '59F CLBP 18 mo, RF neg, eGFR 80, no NSAIDs - HF',
    ]) {
      const out = run(text)[0]!;
      expect(out).toMatch(/- heart failure/);
      expect(out).toMatch(/Not for this patient: NSAIDs?/);
      expect(out).toMatch(/Add duloxetine 30 mg daily/);
    }
  });

  it('liver failure: duloxetine is out, and duloxetine taken is not a failed trial', () => {
    const out = run('52F CLBP 3 yrs, RF neg, naproxen 500 bd 8 wk no help, on duloxetine 60 mg, liver failure')[0]!;
    expect(out).toMatch(/Stop duloxetine[^\n]*: not for this patient \([^)]*liver disease/);
    expect(out).not.toMatch(/duloxetine[^\n]*: no relief/);
  });

  it('kidney failure said mid-case: CKD recorded, its function asked, no stage assumed', () => {
    const out = run('71M CLBP 1 yr, RF neg, paracetamol 1 g qid partial', 'also avoid naproxen, renal failure');
    expect(out[1]).not.toMatch(/CKD stage 5/);
    expect(out[1]).toMatch(/CKD/);
    expect(out[1]).not.toMatch(/naproxen: no relief/);
  });

  it.each([
    ['CCF - can he have ibuprofen?', /Ibuprofen: not for this patient \(Avoid NSAIDs in heart failure/],
    // no stage assumed: the label's kidney row is given as it stands
    ['renal failure - is naproxen ok?', /\*\*Renal:\*\* Naproxen is not recommended if CrCl < 30/],
    ['ESRF - is naproxen ok?', /Naproxen: not for this patient \([^)]*CrCl < 30/],
    [
      'hx liver failure, duloxetine ok?',
      /Duloxetine: not for this patient \(Avoid duloxetine in chronic liver disease/,
    ],
  ])('a quick question reads the condition: %s', (q, expected) => {
    expect(ask(q).join('\n')).toMatch(expected);
  });

  it('a quick question: heart failure is no failed drug, and rules the NSAID out', () => {
    const text = ask('heart failure - is naproxen ok for his back?').join('\n');
    expect(text).toMatch(/Heart failure/);
    expect(text).toMatch(/not for this patient/i);
    expect(text).not.toMatch(/Escalation when initial medications fail/);
  });
});
