import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

// A drug taken now at a regimen past this patient's own label row (clinical-reference section 2: tramadol with
// CrCl < 30 every 12 h, at most 200 mg/day; tramadol over 75 at most 300 mg/day; gabapentin with CrCl 15-29 once
// daily) is reduced, never "Continue ... (at target)", whether the kidney figure comes with the case or later; a
// later figure that changes the judgement leads the reply.

let n = 0;
const talk = (turns: string[]) => converse(turns, { key: `kidney-frequency-${n++}` }).replies;
const CONTINUE_TRAMADOL = /Continue: [^\n]*tramadol/;

describe('a regimen past this patient kidney row in a case', () => {
  it.each([
    ['terse, creatinine later', ['72F 60kg CLBP on tramadol 50 mg qds', 'creatinine 2.1 mg/dL']],
    [
      'GP chatty, umol later',
      ["Seeing an 80 yo man, 70 kg, back pain for years, he's on tramadol 50mg q6h", 'Cr 180 umol/L'],
    ],
    ['NP shorthand, eGFR later', ['new pt 68M CLBP, tramadol 50 qid', 'eGFR 22']],
    [
      'dictated, CrCl later',
      [
        'new patient seventy four year old woman chronic low back pain on tramadol fifty milligrams four times a day',
        'her creatinine clearance is 24',
      ],
    ],
  ])('%s: the later figure leads with the change, and the plan reduces', (_style, turns) => {
    const replies = talk(turns);
    expect(replies[0]).not.toContain('Reduce the dose');
    const last = replies.at(-1)!;
    expect(last).toMatch(/^\*\*Tramadol taken now:\*\* 50 mg x 4\/day = 200 mg\/day: too often for this patient/);
    expect(last).toContain('every 12 hours, maximum 200 mg/day');
    expect(last).toMatch(/Reduce the dose: tramadol 50 mg four times daily \(200 mg\/day\) is too often/);
    expect(last).not.toMatch(CONTINUE_TRAMADOL);
  });

  it.each([
    ['UK/AU, same message', 'New case: 67F, 58 kg, CLBP 2 yrs, tramadol 50mg QDS, eGFR 24'],
    [
      'EHR paste, same message',
      'Age: 70\nSex: M\nDx: chronic low back pain\nMeds: tramadol 50 mg PO q6h\nCrCl: 21 mL/min',
    ],
  ])('%s: the same-message figure leads and the plan reduces', (_style, text) => {
    const [reply] = talk([text]);
    expect(reply).toMatch(/\*\*Tramadol taken now:\*\* 50 mg x 4\/day = 200 mg\/day: too often for this patient/);
    expect(reply).toMatch(/Reduce the dose: tramadol 50 mg four times daily/);
    expect(reply).not.toMatch(CONTINUE_TRAMADOL);
  });

  it('age over 75: a daily total past the age row is reduced', () => {
    const [reply] = talk(['case 80M on tramadol 100 mg qid for CLBP']);
    expect(reply).toContain('too much a day for this patient (age 80 > 75): Tramadol over age 75: maximum 300 mg/day');
    expect(reply).not.toMatch(CONTINUE_TRAMADOL);
  });

  it('gabapentin within the row total but more often than it allows', () => {
    const [reply] = talk(['68M CLBP with sciatica on gabapentin 200 mg tds, eGFR 22']);
    expect(reply).toMatch(/\*\*Gabapentin taken now:\*\* 200 mg x 3\/day = 600 mg\/day: too often for this patient/);
  });

  it.each([
    ['within the row: twice daily', ['72F 60kg CLBP on tramadol 50 mg bd', 'creatinine 2.1 mg/dL']],
    ['kidney fine', ['72F 60kg CLBP on tramadol 50 mg qds', 'creatinine 0.8 mg/dL']],
  ])('contrast, %s: continued, no lead line', (_style, turns) => {
    const last = talk([...turns, 'plan']).at(-1)!;
    expect(last).not.toContain('taken now:**');
    expect(last).not.toContain('Reduce the dose');
    expect(last).toMatch(CONTINUE_TRAMADOL);
  });
});

describe('a kidney figure alone after a quick answer (the bot keeps no quick question)', () => {
  it.each([['crcl 20, continue?'], ['eGFR 22'], ['CrCl 18 - ok?']])(
    '"%s": offered as a case, with how to ask a dose check',
    (text) => {
      const reply = talk(['pt on tramadol 50 mg qid', text]).at(-1)!;
      expect(reply).not.toContain('does not cover');
      expect(reply).toContain('For a dose check, give the medicine with its dose and how often');
    },
  );

  it('contrast: a topic in neither source is still not covered', () => {
    expect(talk(['is this covered: knee replacement?'])[0]).toContain('does not cover');
  });
});
