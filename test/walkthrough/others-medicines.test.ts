import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class f8-4: other people's medicines in a later turn. The test is who takes it, not whose it is: a relative's own
 * medicine the patient asks to try is answered "no" (named, not his prescription) and never joins the case; a
 * relative's medicine the patient has been taking is the patient's, in the case with its consequences.
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `others-meds-${n++}`, at: AT });
const drugsHeld = (state: unknown) => JSON.stringify(state).match(/"drug":"[a-z-]+"/g) ?? [];

const OPENINGS: readonly [string, string][] = [
  ['GP note', 'GP note: 70M CLBP 8 months, naproxen 500 bd 6 wks partial relief, no red flags'],
  ['ED handover', 'ED handover - 66 yo man, chronic LBP 2 yrs, naproxen 500 mg bd helps a bit, RF screen neg'],
  [
    'UK letter',
    'Dear colleague, I reviewed this 72 year old gentleman with 14 months of low back pain. Naproxen 500 mg twice daily for 6 weeks gave partial relief. No red flags.',
  ],
  [
    'dictated',
    'seventy year old man comma chronic low back pain eight months comma naproxen five hundred twice daily six weeks partial relief full stop no red flags',
  ],
];

describe("a relative's own medicine asked to try: no, and not added (class f8-4)", () => {
  const ASKS: readonly [string, string, string][] = [
    ["wife on amitriptyline 10 mg nocte for sleep, he's asking to try hers", 'the wife', 'tricyclic'],
    ['his wife is on pregabalin - can he take some of hers?', 'his wife', 'pregabalin'],
    ['son takes tramadol 50 mg for his knee. pt wants to borrow some', 'the son', 'tramadol'],
  ];
  for (const [style, opening] of OPENINGS)
    it.each(ASKS)(`${style}, then "%s"`, (ask, who, drug) => {
      const { replies, state } = run(opening, ask);
      expect(replies[1]).toContain(`**No: ${who}`);
      expect(replies[1]).toContain('not added');
      expect(replies[1]).not.toContain('could not read that');
      expect(drugsHeld(state).join()).not.toContain(drug === 'tricyclic' ? 'tricyclic' : drug);
    });
});

describe("a relative's medicine the patient takes: the patient's, in the case (class f8-4)", () => {
  it.each([
    ["he has been taking his daughter's ibuprofen on and off", 'ibuprofen'],
    ["also been using his wife's naproxen most days", 'naproxen'],
    ["pt taking his son's tramadol 50 mg at night", 'tramadol'],
  ])('"%s" records %s in the case', (said, drug) => {
    const { state } = run(OPENINGS[0]![1].replace('naproxen 500 bd 6 wks partial relief', 'paracetamol 1 g qds'), said);
    expect(drugsHeld(state).join()).toContain(drug);
  });

  it('an NSAID the case rules out (CKD 4) taken from a husband: recorded, with the renal warning and NSAIDs ruled out', () => {
    const { replies, state } = run(
      'GP note: 68F CLBP 1 yr, CKD stage 4 eGFR 25, on paracetamol 1 g qds, no red flags',
      "she has been taking her husband's naproxen most days",
    );
    expect(drugsHeld(state).join()).toContain('naproxen');
    expect(replies[1]).toContain('NSAID with CKD');
    expect(replies[1]).toMatch(/Stop naproxen[^\n]*: not for this patient \(/);
  });

  it('contrast: a relative reporting the patient\'s own drug still counts ("wife says he takes ibuprofen")', () => {
    const { state } = run(OPENINGS[0]![1], 'wife says he takes ibuprofen 400 tds as well');
    expect(drugsHeld(state).join()).toContain('ibuprofen');
  });
});
