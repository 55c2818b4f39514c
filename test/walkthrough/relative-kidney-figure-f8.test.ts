import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';

// A relative's kidney figure ("her sister has eGFR 20") is not the patient's: not recorded, as a relative's drugs are
// not (companion-drugs.ts); the patient's own figure, or one a relative reports of her, still is.
const AT = '2026-01-15T10:00:00.000Z';
const egfr = (text: string) => extractCaseFacts(text.toLowerCase(), AT).patch.renal?.egfr;

function conversation(turns: string[]): string {
  let state: unknown;
  let last = '';
  for (const t of turns) {
    const r = handleTurn(state, coreInput(t, 7), CORE_OPTIONS);
    state = r.state ?? undefined;
    last = r.output.messages.map((m) => m.text).join('\n');
  }
  return last;
}

describe("a relative's kidney figure", () => {
  it.each([
    ['terse', 'her sister has eGFR 20'],
    ['GP chatty', "pt's husband has an eGFR of 25, she's fine"],
    ['EHR paste', 'FHx: mother eGFR 18'],
    ['UK', "her mum's eGFR is 22, pt herself well"],
  ])('%s: "%s" is not the patient\'s', (_style, text) => {
    expect(egfr(text)).toBeUndefined();
  });

  it.each([
    ['her own', 'her eGFR is 20', 20],
    ['reported by a relative', 'husband says her eGFR is 20', 20],
    ['plain', '79F, eGFR 25', 25],
  ])('contrast, %s: "%s"', (_style, text, want) => {
    if (want !== undefined) expect(egfr(text)).toBe(want);
  });

  it('in a case: not recorded, no tramadol reduce line', () => {
    const out = conversation([
      'new case 79F 55kg CLBP 2 yrs, tramadol 50 qds, naproxen failed',
      'her sister has eGFR 20',
    ]);
    expect(out).not.toContain('Renal: eGFR 20');
    expect(out).not.toContain('too often for this patient');
  });

  it("contrast: the patient's own figure in a case is recorded", () => {
    const out = conversation(['new case 79F 55kg CLBP 2 yrs, tramadol 50 qds, naproxen failed', 'her eGFR is 20']);
    expect(out).toContain('eGFR 20');
  });
});
