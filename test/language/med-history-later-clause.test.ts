import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';

const AT = '2026-01-15T10:00:00.000Z';
const tramadol = (text: string) =>
  (extractCaseFacts(text, AT).patch.medications ?? []).filter((m) => m.drug === 'tramadol');

/**
 * A med-history item that says a drug was only discussed, then declined or never taken, a clause later: the later
 * clause wins, and "discussed 3 months ago" dates the talk, not a trial.
 */
describe('a later "declined" / "never taken" in the same item: not taken', () => {
  it.each([
    // EHR paste
    "58M chronic LBP 2 yrs, failed naproxen 500 bid x 8 wks and PT.\nMED HISTORY: tramadol - discussed 3 months ago, pt declined ('scared of addiction'), never taken\nNext step?",
    // NP shorthand
    'Med hx: tramadol (discussed 3/12 ago), declined d/t fear of addiction',
    // GP chatty
    "we talked about tramadol back in the summer, she refused as she's worried about getting hooked",
    // UK/AU
    'PMH: LBP. DHx: tramadol - discussed at review, patient declined, never started. Paracetamol 1 g qds',
  ])('"%s": declined, no trial', (text) => {
    const meds = tramadol(text);
    expect(meds).toEqual([expect.objectContaining({ declined: true })]);
    expect(meds[0]).not.toHaveProperty('durationWeeks');
  });

  it.each([
    'MED HISTORY: tramadol - discussed 3 months ago, never taken',
    // dictated voice
    'tramadol was discussed three months ago comma never filled',
  ])('"%s": never taken, not listed as taken', (text) => {
    expect(tramadol(text).filter((m) => !m.declined)).toEqual([]);
  });
});

describe('contrasts: taken stays taken', () => {
  it.each([
    ['tramadol 50 mg qds for 3 months, declined to increase', 13],
    ['failed naproxen 500 bid x 8 wks, declined PT but takes tramadol 50 bid', undefined],
    ['takes tramadol 50 bid x 3 months, declined PT.', 13],
    ['tramadol 50 mg bid for 3 months, never tried gabapentin', 13],
    ['tramadol 50 mg bid for 3 months, gabapentin never tried', 13],
    // pharmacist
    ['Rx duloxetine 30 mg daily. Pt on tramadol 50 mg bid x 3 months, gabapentin declined. ok to dispense?', 13],
  ])('"%s"', (text, weeks) => {
    const meds = tramadol(text);
    expect(meds).toHaveLength(1);
    expect(meds[0]!.declined).toBeUndefined();
    if (weeks !== undefined) expect(meds[0]!.durationWeeks).toBe(weeks);
  });
});
