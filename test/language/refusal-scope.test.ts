import { describe, expect, it } from 'vitest';
import { extraction } from '../../dialogs/walkthrough/read-text.js';
import { ANOTHER_OFFER } from '../../src/clinical/language/entity-cues.js';

/**
 * A co-medication's duration and "still sore" are never its failed pain trial, and a refusal after another thing
 * offered belongs to that offer, not to the drug before it.
 */
const AT = '2026-12-07T10:00:00.000Z';
const meds = (text: string) => extraction(text, AT).patch.medications ?? [];

describe('a co-medication stays taken, never a failed trial', () => {
  it.each([
    ["he's now on apixaban, 6 wks later still sore", 'anticoagulant'],
    ['pt on clopidogrel for 3 months, back still bad', 'antiplatelet'],
    ['started sertraline 50 by psych 8 wks ago, pain no better', 'ssri'],
  ])('"%s"', (text, drug) => {
    const med = meds(text).find((m) => m.drug === drug)!;
    expect(med.outcome).toBe('current');
    expect(med.durationWeeks).toBeUndefined();
  });

  it.each([
    ['duloxetine 60 for 8 weeks, no better', 'duloxetine'],
    ['on warfarin, ibuprofen x 4 wk no help', 'ibuprofen'],
  ])('contrast: a pain drug\'s trial still fails: "%s"', (text, drug) => {
    expect(meds(text).find((m) => m.drug === drug)!.outcome).toBe('ineffective');
  });
});

describe('a refusal after another offer is of that offer', () => {
  it('the row reads its example and not its counter-example', () => {
    expect(ANOTHER_OFFER.test('naproxen and duloxetine failed, opioid offered, pt declined')).toBe(true);
    expect(ANOTHER_OFFER.test('duloxetine failed, offered, pt declined')).toBe(false);
  });

  it.each([
    'naproxen and duloxetine failed, opioid offered, pt declined',
    'naproxen failed; duloxetine 60 x8wk failed, opioids offered, pt declined',
    'Naproxen and duloxetine both failed, an opioid suggested but pt declined',
  ])('"%s": duloxetine failed, not declined', (text) => {
    const dulox = meds(text).find((m) => m.drug === 'duloxetine')!;
    expect(dulox.declined).toBeUndefined();
    expect(dulox.outcome).toBe('ineffective');
  });

  it.each(['duloxetine offered, pt declined', 'naproxen failed, duloxetine offered, pt declined'])(
    'contrast: "%s" declines duloxetine',
    (text) => {
      expect(meds(text).find((m) => m.drug === 'duloxetine')!.declined).toBe(true);
    },
  );
});
