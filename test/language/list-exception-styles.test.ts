import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';

/**
 * An exception in a denied list ("no serotonergic meds except fluvoxamine", "not on any blood thinners bar aspirin"):
 * the excepted drug is taken, the rest of the list denied (cue-rules.ts reader 'entity-list-except').
 */
const AT = '2026-11-29T10:00:00.000Z';
const taken = (t: string) =>
  (extractCaseFacts(t, AT).patch.medications ?? []).filter((m) => !m.declined).map((m) => m.drug);

describe('the excepted drug is taken', () => {
  it.each([
    ['terse', '58F cLBP 6/12, no serotonergic meds except fluvoxamine', 'fluvoxamine'],
    ['GP chatty', "she's 62, denies all meds apart from warfarin", 'anticoagulant'],
    ['NP shorthand', '55F LBP, nil regular meds other than sertraline', 'ssri'],
    ['UK/AU', '70M LBP 6/12, not on any blood thinners bar aspirin', 'antiplatelet'],
    ['EHR paste', 'Meds: nil apart from sertraline 100mg', 'ssri'],
    ['dictated', 'no antidepressants other than fluoxetine, no thinners', 'ssri'],
    ['pharmacist', 'Rx tramadol 50mg qds for 64F, no other meds besides sertraline - ok to dispense?', 'ssri'],
  ])('%s: "%s" takes %s', (_, text, drug) => {
    expect(taken(text)).toContain(drug);
  });

  it('contrast: the list without an exception denies it', () => {
    expect(taken('58F cLBP, no serotonergic meds, denies fluvoxamine')).not.toContain('ssri');
    expect(taken('70M LBP, not on any blood thinners or aspirin')).not.toContain('antiplatelet');
    // the excepted drug only: the rest of the list stays denied
    expect(taken('no SSRIs except fluvoxamine, no warfarin')).not.toContain('anticoagulant');
  });
});
