import { describe, expect, it } from 'vitest';
import { pdmpOtherPrescriber } from '../../src/clinical/language/pdmp-finding.js';
import { converse } from '../helpers/conversation.js';

/**
 * A PDMP finding of another prescriber (helper g6, class 4; several clinician styles, no identifiers): the reply leads
 * with it and the reference's PDMP line, and the drug is counted in the case's MME.
 */
const AT = '2026-11-29T10:00:00.000Z';
let n = 0;
const replies = (...says: string[]) => converse(says, { key: `pdmp-${n++}`, at: AT }).replies;

describe('the finding read', () => {
  it.each([
    ['PDMP: oxycodone filled from two different prescribers', ['oxycodone']],
    ['PMP shows tramadol 50 qid from an urgent-care prescriber, filled monthly', ['tramadol']],
    ['checked the prescription monitoring program - norco from a 2nd prescriber', ['hydrocodone']],
    ['ED handover: PDMP reviewed, hydromorphone 2 mg filled by another prescriber last week.', ['hydromorphone']],
  ])('%s', (text, drugs) => {
    expect(pdmpOtherPrescriber(text)).toEqual(drugs);
  });

  it.each(['PDMP clean', 'PDMP checked, only our prescriptions', 'two prescribers in the practice, on tramadol'])(
    '%s: no finding',
    (text) => {
      expect(pdmpOtherPrescriber(text)).toBeUndefined();
    },
  );
});

describe('the case reply leads with it and counts the drug', () => {
  it('in the opening note', () => {
    const text = replies(
      '58M CLBP 3 yrs, on hydrocodone 10 mg tid. PMP shows tramadol 50 mg qid from an urgent-care prescriber, filled monthly. No red flags.',
    )[0]!;
    expect(text.startsWith('**PDMP: tramadol from another prescriber, counted in this case')).toBe(true);
    expect(text).toContain('check the prescription drug monitoring programme');
    expect(text).toContain('70 MME/day');
  });

  it('in a reply to the case question', () => {
    const text = replies(
      '62F chronic LBP 2 yrs, naproxen 500 bd 8 wks failed, no red flags',
      'PDMP: oxycodone 5 mg q6h filled from two different prescribers',
    )[1]!;
    expect(text.startsWith('**PDMP: oxycodone from another prescriber')).toBe(true);
    expect(text).toContain('30 MME/day');
  });
});
