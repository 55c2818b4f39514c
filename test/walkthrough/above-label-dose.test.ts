import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * A held drug above its label's single-dose or daily maximum is flagged first in the case reply, as the quick dose
 * check flags it (ibuprofen: at most 800 mg a dose, 3,200 mg/day, clinical-reference section 2). Several styles.
 */
const AT = '2026-11-29T10:00:00.000Z';
let n = 0;
const reply = (...says: string[]) => converse(says, { key: `above-label-${n++}`, at: AT }).replies.join('\n');

describe('ibuprofen above the label maxima in a case', () => {
  it.each([
    '58M chronic LBP 1 yr, no red flags, ibuprofen 3 x 400mg tds',
    '58M chronic LBP 1 yr, no red flags, ibuprofen 1200 mg tds',
    'ED handover: 58M, CLBP 2 yrs, no red flags comma taking ibuprofen 1.2 g three times a day full stop',
    'Pt 58M, CLBP x 1 yr, no red flags. Ibuprofen 3 tablets x 400 mg TDS.',
  ])('%s', (text) => {
    const out = reply(text);
    expect(out).toContain('above the label maximum of 3,200 mg/day');
    expect(out).toContain('1,200 mg a dose is above the single-dose maximum of 800 mg');
  });

  it('a dose within the label is not flagged', () => {
    expect(reply('58M chronic LBP 1 yr, no red flags, ibuprofen 800 mg tds')).not.toContain('above the');
  });
});

describe('a drug above its label is not continued "at target"', () => {
  it.each([
    '58M chronic LBP 1 yr, ibuprofen 1200 mg tds started 2 weeks ago, RF neg, eGFR 80, no GI bleed, no anticoagulants, no heart disease, did PT 8 wks. plan?',
    'Pt 61F CLBP 2 yrs. RF neg. Ibuprofen 3 x 400mg tds for 10 days so far. PT done 6/52.',
  ])('%s', (text) => {
    const { replies } = converse([text, 'note'], { key: `above-label-${n++}`, at: AT });
    const out = replies.join('\n');
    expect(out).toMatch(
      /Review the dose: ibuprofen 1200 mg three times daily \(3,600 mg\/day\): above the label maximum/,
    );
    expect(out).not.toMatch(/Continue: ibuprofen/);
    expect(out).not.toMatch(/ibuprofen[^\n]*at target/);
  });

  it('a dose within the label is still continued at target', () => {
    const out = reply(
      '58M chronic LBP 1 yr, ibuprofen 800 mg tds started 2 weeks ago, RF neg, eGFR 80, no GI bleed, no anticoagulants, no heart disease, did PT 8 wks. plan?',
    );
    expect(out).toMatch(/Continue: ibuprofen 800 mg three times daily \(2,400 mg\/day\) \(at target/);
    expect(out).not.toContain('Review the dose');
  });
});
