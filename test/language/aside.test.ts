import { describe, expect, it } from 'vitest';
import { ASIDE_CUES, askedPart, asideFollows, asideStart } from '../../src/clinical/language/aside.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';

const AT = '2026-12-07T10:00:00.000Z';

describe('aside cues (aside.ts): each row cuts its example, never its counter-example', () => {
  for (const row of ASIDE_CUES) {
    it(row.example, () => {
      expect(asideStart(row.example, 0, row.example.length)).toBeLessThan(row.example.length);
      expect(asideStart(row.counter, 0, row.counter.length)).toBe(row.counter.length);
    });
  }

  it('the question ends where the aside starts', () => {
    expect(askedPart("what about tramadol - btw he's on sertraline 100")).toBe('what about tramadol');
    expect(askedPart('he is 80 now, still ok?')).toBe('he is 80 now, still ok?');
    expect(asideFollows('dulox ok? oh and egfr 25', 'dulox ok?')).toBe(true);
    expect(asideFollows("tramadol 50 q6h? she's been on it 2 weeks", 'tramadol 50 q6h?')).toBe(false);
  });

  it.each([
    ["what about tramadol - btw he's on sertraline 100", 'ssri'],
    ["is ibuprofen ok, she's on warfarin", 'anticoagulant'],
    ['Rx duloxetine 30 mg ok to dispense? btw pt on warfarin', 'anticoagulant'],
  ])('the aside names the patient\'s medicine: "%s"', (text, drug) => {
    const meds = extractCaseFacts(text, AT).patch.medications ?? [];
    expect(meds.map((m) => m.drug)).toEqual([drug]);
  });

  it.each(['can she take ibuprofen on warfarin', 'tramadol next? fyi'])('contrast: "%s" records nothing', (text) => {
    expect(extractCaseFacts(text, AT).patch.medications).toBeUndefined();
  });
});
