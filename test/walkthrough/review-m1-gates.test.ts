import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { pdmpRiskFinding } from '../../src/clinical/language/pdmp-finding.js';
import { normalize } from '../../src/clinical/language/normalize.js';
import { converse } from '../helpers/conversation.js';

/**
 * The reviewer's findings on the opioid gate, PDMP negations, the NSAID ban after a dash and glaucoma control (helper
 * m1), each with variants in other clinician styles. No identifiers.
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const replies = (...says: string[]) => converse(says, { key: `m1-gates-${n++}`, at: AT }).replies;
const read = (text: string) => pdmpRiskFinding(normalize(text));
const patch = (text: string) => extractCaseFacts(text, AT).patch;
const drugs = (text: string) => (patch(text).medications ?? []).map((m) => [m.drug, m.outcome ?? null]);

describe('1. only the clinician plainly judging the benefits reopens the gate', () => {
  it.each([
    'Not sure benefits outweigh risks. Can I start an opioid?',
    'pt thinks benefits outweigh risks',
    'unclear if benefits outweigh the risks',
    'do benefits outweigh risks?',
    'if benefits clearly outweigh risks, ok to start?',
    'wife feels benefits outweigh risks',
    "I don't think benefits outweigh risks",
    'benefits outweigh risks - not convinced',
    'patient says the benefits outweigh the risks, wants oxy',
    'benefits outweigh risks per pt comma not my view full stop',
    'uncertain whether benefits clearly outweigh risks',
    'maybe benefits outweigh risks now?',
  ])('%s: no judgement', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it.each([
    'PDMP: other prescriber noted but pt says benefits outweigh risks',
    'PMP shows 2 prescribers. Husband feels benefits outweigh the risks.',
    'PDMP - early refills x2; ? benefits outweigh risks',
  ])('%s: the finding stays', (text) => {
    expect(read(text)).toBe('yes');
  });

  it.each([
    'benefits clearly outweigh the risks',
    'I judge the benefits outweigh the risks',
    'after review, benefits outweigh risks',
    'Discussed at length. On balance benefits clearly outweigh the risks, can I start?',
    'PDMP: two prescribers (dentist). After review, benefits clearly outweigh the risks.',
  ])('%s: the judgement', (text) => {
    expect(read(text)).toBe('no');
  });

  const FAILED =
    '60M CLBP 3 yrs. Naproxen 500 bd 8 wks failed, duloxetine 60 mg 10 wks failed. PT and CBT done, no help. No red flags. ORT low, discussed benefits and risks of opioids.';

  it.each([
    'pt thinks benefits outweigh risks. can I start an opioid?',
    'Not sure benefits outweigh risks. Can I start an opioid?',
    'if benefits clearly outweigh risks, ok to start an opioid?',
  ])('mid-case "%s" keeps the gate held and the finding', (said) => {
    const [, , third, fourth] = replies(
      FAILED,
      'PDMP: oxycodone from two different prescribers',
      said,
      'can I start an opioid?',
    );
    expect(third).not.toMatch(/opioid gate is open|gate: open/i);
    expect(fourth).toContain('the opioid gate is closed');
    expect(fourth).toContain('the opioid gate is closed');
    expect(fourth).toContain('opioids only if you judge the benefits clearly outweigh the risks');
  });

  it('one message with the finding and a third party view holds the gate', () => {
    const text = replies(
      `${FAILED} PDMP: other prescriber noted but pt says benefits outweigh risks. Can I start an opioid?`,
    )[0]!;
    expect(text).toContain('the opioid gate is closed');
  });
});

describe('2. a PDMP cue said absent in a short text', () => {
  it.each([
    'PDMP: no early refills',
    'PDMP: no other prescribers',
    'PDMP: denies other prescribers',
    'pmp - nil other prescribers',
    'PDMP no early fills',
    'Checked PDMP comma no other prescribers full stop',
  ])('%s: none', (text) => {
    expect(read(text)).toBe('no');
  });
});

describe('3. after "No NSAIDs" and a dash, only a clinical reason rules the class out', () => {
  it.each([
    'Duloxetine 60 x 8 wk failed. No NSAIDs - pt hasn\u2019t tried any.',
    'no NSAID - would consider',
    'No NSAIDs - ?suitable',
    'no NSAIDs: pt unsure',
    'No NSAIDs - patient has not had one',
    'No NSAID - pt preference',
    'no NSAIDs -- GP to discuss',
  ])('%s: not ruled out', (text) => {
    expect(drugs(text).filter(([d]) => d === 'other-nsaid')).toEqual([]);
  });

  it.each([
    'no NSAID - GI bleed on ibuprofen 2 yrs ago',
    'no NSAIDs -- hx PUD',
    'no NSAIDs: CKD',
    'No NSAIDs - on apixaban',
    'no nsaids \u2013 CHF',
    'No NSAIDs: cirrhosis',
    'no NSAIDs - allergy',
    'No NSAIDs (CKD 3b)',
  ])('%s: ruled out', (text) => {
    expect(drugs(text)).toContainEqual(['other-nsaid', 'contraindicated']);
  });

  it.each([
    ['no NSAIDs - not indicated? On naproxen 500 bd', 'naproxen'],
    ['no NSAID issues - on ibuprofen 400 tds', 'ibuprofen'],
    ['nil NSAID problems - takes ibuprofen 400 mg tds', 'ibuprofen'],
  ])('%s: the drug taken stays', (text, drug) => {
    expect(drugs(text)).toContainEqual([drug, 'current']);
  });

  it.each(['No NSAID since GI bleed; restarted naproxen', 'no naproxen after the GI bleed'])(
    '%s: the bleed is history',
    (text) => {
      expect(patch(text).conditions?.['gi-bleed-history']).toBe('yes');
    },
  );

  it('a GP note with no NSAID tried yet gets the NSAID step, not a rule-out', () => {
    const text = replies(
      '55F CLBP 2 yrs, no red flags. Duloxetine 60 x 8 wk failed. No NSAIDs - pt hasn\u2019t tried any. PT done no help.',
    )[0]!;
    expect(text).not.toMatch(/NSAID[^\n]*(?:ruled out|contraindicated)/i);
    expect(text).not.toMatch(/tramadol/i);
  });
});

describe('4. narrow-angle glaucoma is controlled only when said plainly', () => {
  const conditions = (text: string) => patch(text).conditions ?? {};
  it.each([
    'NAG had iridotomy, still uncontrolled per ophtho',
    'glaucoma was angle closure, had LPI but pressures still high',
    'NAG - is controlled per pt, not confirmed',
    'NAG remains controlled? check with eye clinic',
    'NAG with iridotomy planned',
    'ophtho says NAG is controlled? not sure',
    'PMH angle-closure glaucoma s/p LPI, IOP still raised',
    'narrow angles, had iridotomy - pt reports controlled, to be confirmed',
  ])('%s: not controlled', (text) => {
    expect(conditions(text)['narrow-angle-glaucoma-controlled']).toBeUndefined();
    expect(conditions(text)['narrow-angle-glaucoma']).toBe('yes');
  });

  it.each([
    'NAG is controlled per ophtho',
    'angle-closure glaucoma s/p iridotomy',
    'well-controlled NAG',
    'PMH: narrow angle glaucoma, well controlled after laser iridotomy',
  ])('%s: controlled', (text) => {
    expect(conditions(text)['narrow-angle-glaucoma-controlled']).toBe('yes');
  });

  it('a questioned control said mid-case keeps duloxetine out', () => {
    const [first, second] = replies(
      '62F CLBP 18 months, no red flags. Naproxen 500 bd 6 wks no help. PT done. PMH narrow angle glaucoma.',
      'ophtho says NAG is controlled? not sure',
    );
    expect(first).not.toMatch(/start duloxetine/i);
    expect(second).not.toMatch(/start duloxetine/i);
  });
});
