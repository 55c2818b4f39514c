import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * An extended-release opioid requested or asked at an open gate ("she's asking for OxyContin 10 bd", "MS Contin 15
 * bid?"): the dose read, its MME, and the guideline's immediate-release-first and 20-30 MME start lines; never "I could
 * not read that".
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `er-request-${n++}`, at: AT });
const GATE_OPEN =
  '60F chronic LBP 2 yrs, no red flags, no leg symptoms. naproxen 500 bd 6 wks failed, duloxetine 60 mg 8 wks failed, tramadol 100 qid 6 wks failed. PT 12 weeks and CBT done, no benefit. risk assessment done ORT low, PDMP clean, discussed benefits and risks, agrees.';

describe('an ER/LA opioid at an open gate', () => {
  it.each([
    ["she's asking for OxyContin 10 bd", '30 MME/day'],
    ['pt requesting oxycontin 10mg bid', '30 MME/day'],
    ['MS Contin 15 bid?', '30 MME/day'],
    ['Rx MS Contin 15 mg q12h - ok to dispense?', '30 MME/day'],
  ])('"%s"', (ask, mme) => {
    const text = run(GATE_OPEN, ask).replies[1]!;
    expect(text).not.toContain('could not read');
    expect(text).toContain(mme);
    expect(text).toMatch(/immediate-release/);
    expect(text).toContain('20-30');
  });

  it('contrast: an immediate-release opioid asked gets no ER/LA line', () => {
    const text = run(GATE_OPEN, 'oxycodone 5 mg q6h prn?').replies[1]!;
    expect(text).not.toContain('an ER/LA opioid');
  });
});
