import { describe, expect, it } from 'vitest';
import { runScenario, textOf } from './drive.js';

/**
 * "Before declaring NSAID failure" (guideline, First-Line Medication Adjustments, 1) and the reference's adequate
 * trial (at least 4 weeks at the adequate dose): an NSAID at its adequate dose for less than that is not yet a failure,
 * so the plan continues it and reassesses; duloxetine is not added on a trial still running. Duloxetine already taken
 * below 60 mg is titrated whatever the NSAID.
 */
const first = (t: string) => textOf(runScenario({ name: t.slice(0, 30), turns: [{ say: t }] }).outputs[0]!);
const doNow = (out: string) => out.slice(out.indexOf('**Do now'), out.indexOf('**Still needed') + 1 || undefined);

describe('an NSAID trial shorter than an adequate one', () => {
  it.each([
    '55M chronic LBP 1 year, RF neg, eGFR 80. Naproxen 500 mg bid for 3 weeks, no help.',
    '35 yo F, LBP 8 mo, no red flags, eGFR 90. Ibuprofen 600 tid x 3 wks - some improvement. No leg sx.',
    '61M CLBP 2y, RF neg, eGFR 70, no leg sx. naproxen 500 bd x 2/52, not helping',
    'Dear Dr, 58-year-old woman with chronic low back pain for a year, no red flags, eGFR 85. Naproxen 500 mg twice daily for a fortnight, no better.',
  ])('continues it and does not add duloxetine yet: %s', (t) => {
    const out = doNow(first(t));
    expect(out).toMatch(/Continue: (?:naproxen|ibuprofen)[^\n]*an adequate trial is at least 4 wk/);
    expect(out).not.toMatch(/Add duloxetine/);
  });

  it.each([
    '55M chronic LBP 1 year, RF neg, eGFR 80. Naproxen 500 mg bid for 6 weeks, no help.',
    '61M CLBP 2y, RF neg, eGFR 70, no leg sx. naproxen 500 bd x 8/52, not helping',
  ])('an adequate trial that failed: duloxetine is added: %s', (t) => {
    expect(doNow(first(t))).toMatch(/Add duloxetine 30 mg daily/);
  });

  it('duloxetine already taken below 60 mg is titrated while the NSAID runs', () => {
    const out = doNow(
      first(
        '52F CLBP 1 yr, RF neg, eGFR 80. Naproxen 500 mg bid for 2 weeks, no help. Duloxetine 30 mg daily for 3 weeks.',
      ),
    );
    expect(out).toMatch(/titrate to 60 mg\/day/);
  });
});
