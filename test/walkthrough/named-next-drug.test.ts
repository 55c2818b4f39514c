import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Mid-case hypotheticals that name the drug asked about next ("if that doesn't work can she have tramadol?", "and if
 * still bad, tramadol?"): the answer is about that drug as the case would be then (dose, caps, its pairs with what is
 * taken), not the whole next step again; a gabapentinoid failing in the radicular branch gets the guideline's options
 * there (MRI, referral for an interventional procedure).
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `named-next-${n++}`, at: AT });

describe('the named drug answered as the next step', () => {
  it.each([
    "if that doesn't work can he have tramadol?",
    'and if still bad, tramadol?',
    'if it still doesnt help, could we try tramadol?',
  ])('on gabapentin with radicular pain: "%s"', (ask) => {
    const text = run(
      '64M chronic LBP 1 yr, radicular, no red flags, naproxen 500 bd 6 wks failed, gabapentin 600 tds 8 weeks partial',
      ask,
    ).replies[1]!;
    expect(text).toMatch(/^\*\*If \w+ fails after an adequate trial/);
    expect(text).toContain('**Then tramadol, for this patient:**');
    expect(text).toContain('Tramadol 50-100 mg every 6-8 hours');
    expect(text).toContain('Opioid + gabapentin or pregabalin: serious breathing problems');
    expect(text).not.toContain('**Then, for this patient**');
  });

  it('an age cap follows the named drug (UK letter, 78)', () => {
    const text = run(
      'Dear Dr, 78 year old lady, low back pain 2 years, no red flags. Naproxen 500 mg bd 6 weeks no help. Duloxetine 60 mg daily 3 weeks so far.',
      'and if still bad, tramadol?',
    ).replies[1]!;
    expect(text).toContain('**Then tramadol, for this patient:**');
    expect(text).toMatch(/Tramadol \+ |tramadol/i);
  });

  it('contrast: "if that fails, what next?" keeps the whole next step', () => {
    const text = run('64M chronic LBP 1 yr, no red flags, naproxen 500 bd 6 wks failed', 'if that fails, what next?')
      .replies[1]!;
    expect(text).toContain('**Then, for this patient**');
    expect(text).not.toContain('**Then tramadol');
  });

  it('contrast: "if no improvement on duloxetine, then what?" judges duloxetine failed', () => {
    const text = run(
      '64M chronic LBP 1 yr, no red flags, naproxen 500 bd 6 wks failed',
      'if no improvement on duloxetine, then what?',
    ).replies[1]!;
    expect(text).toMatch(/^\*\*If duloxetine fails/);
    expect(text).toContain('**Then, for this patient**');
  });
});

describe('a gabapentinoid failing in the radicular branch: the guideline options there', () => {
  it.each([
    "if the pregabalin doesn't help his walking then what?",
    'and if pregabalin fails?',
    'if the lyrica does not work, what next?',
  ])('"%s"', (ask) => {
    const text = run(
      '64M chronic LBP 1 yr, sciatica, no red flags, naproxen 500 bd 6 wks failed, pregabalin 150 bd 2 weeks',
      ask,
    ).replies[1]!;
    expect(text).toMatch(/^\*\*If pregabalin fails/);
    expect(text).toContain('**Radicular branch, then**');
    expect(text).toContain('epidural steroid injections');
    expect(text).toContain('obtain MRI');
  });

  it('contrast: axial pain, duloxetine failing: no radicular lines', () => {
    const text = run(
      '64M chronic LBP 1 yr, axial, no red flags, naproxen 500 bd 6 wks failed, duloxetine 60 daily 3 weeks',
      'and if that fails?',
    ).replies[1]!;
    expect(text).not.toContain('Radicular branch');
  });
});

describe('the named drug is already the next option: answered now, not as a trial to fail first', () => {
  const NEXT_IS_TRAMADOL =
    '72F chronic LBP 2 yrs, no red flags, no leg pain. eGFR 22. Acetaminophen 1 g tds, not helping. Walks daily.';
  it.each(['and if still bad, tramadol?', "if she's still sore, tramadol?", 'if pain still no better, tramadol?'])(
    '"%s"',
    (ask) => {
      const text = run(NEXT_IS_TRAMADOL, ask).replies[1]!;
      expect(text).not.toMatch(/If tramadol fails/);
      expect(text).toMatch(/tramadol/i);
      // this patient's kidney cap on tramadol (reference: CrCl < 30, every 12 hours, at most 200 mg/day)
      expect(text).toMatch(/200 mg/);
    },
  );
});
