import { describe, expect, it } from 'vitest';
import { pdmpRiskFinding } from '../../src/clinical/language/pdmp-finding.js';
import { normalize } from '../../src/clinical/language/normalize.js';
import { converse } from '../helpers/conversation.js';

/**
 * A PDMP check that found a risk (helper h3, class 3; several clinician styles, no identifiers): the risk assessment is
 * done, but the opioid gate waits for the clinician's judgement that the benefits clearly outweigh the risks (guideline,
 * "Opioid Consideration (Last Resort Only)"). A clean PDMP counts as before.
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const replies = (...says: string[]) => converse(says, { key: `pdmp-risk-${n++}`, at: AT }).replies;
const read = (text: string) => pdmpRiskFinding(normalize(text));

describe('the finding read', () => {
  it.each([
    'PDMP: oxycodone filled from two different prescribers',
    'PDMP checked. Two early refills last quarter.',
    'pmp shows fills at 3 pharmacies',
    'ORT low, PDMP checked, no early refills but fills at multiple pharmacies',
    'ED handover - PMP reviewed, other prescriber (dentist) and refilled early x1',
    'Checked the prescription monitoring programme comma scripts refilled too early full stop',
    'PDMP: overlapping scripts from an outside prescriber',
  ])('%s: a risk finding', (text) => {
    expect(read(text)).toBe('yes');
  });

  it.each([
    'PDMP clean',
    'PDMP reviewed - no other prescribers, no early refills',
    'clear PDMP, ORT low',
    'PMP: nil concerns',
    'I have weighed it: benefits clearly outweigh the risks',
  ])('%s: none', (text) => {
    expect(read(text)).toBe('no');
  });

  it.each(['PDMP checked', 'benefits do not clearly outweigh risks', 'early refills again'])(
    '%s: nothing said',
    (text) => {
      expect(read(text)).toBeUndefined();
    },
  );
});

const FAILED =
  '60M CLBP 3 yrs. Naproxen 500 bd 8 wks failed, duloxetine 60 mg 10 wks failed. PT and CBT done, no help. No red flags. ORT low, discussed benefits and risks of opioids.';

describe('the gate waits for the clinician', () => {
  it('a clean PDMP opens it as before', () => {
    const text = replies(`${FAILED} PDMP clean. Can I start an opioid?`)[0]!;
    expect(text).not.toContain('the opioid gate is closed');
  });

  it('a risk finding in the opening note holds it, and says why', () => {
    const text = replies(`${FAILED} PDMP: early refills and two other prescribers. Can I start an opioid?`)[0]!;
    expect(text).toContain('the opioid gate is closed');
    expect(text).toContain('opioids only if you judge the benefits clearly outweigh the risks');
    expect(text).toContain('opioid risk assessment done');
  });

  it('a finding said mid-case holds it; the judgement said later opens it', () => {
    const [, second, , fourth] = replies(
      FAILED,
      'pdmp shows fills at three different pharmacies',
      'can I start an opioid?',
      'weighed it with her - benefits clearly outweigh the risks. can I start an opioid?',
    );
    expect(second).toContain('PDMP or pharmacy risk finding');
    expect(fourth).not.toContain('the opioid gate is closed');
  });
});
