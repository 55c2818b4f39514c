import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { caseFactsSchema } from '../../src/clinical/case/case-facts.js';
import { caseInteractions } from '../../src/clinical/case/case-interactions.js';
import { acetaminophenDailyMg, caseAcetaminophen } from '../../src/clinical/case/medication-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * Acetaminophen added up across every product (clinical-reference.md version 2, section 2: adult maximum 4,000
 * mg/day from all sources; count acetaminophen inside combination products), in a question and in an open case.
 */
describe('acetaminophen across products', () => {
  it('a case records a combination product with its acetaminophen, and counts it with plain acetaminophen', () => {
    const meds =
      extractCaseFacts('on norco 10/325 2 tabs q6h and tylenol 1 g tid', '2026-01-15T10:00:00.000Z').patch
        .medications ?? [];
    const norco = meds.find((m) => m.drug === 'hydrocodone');
    expect(norco).toMatchObject({ product: 'norco', acetaminophenMg: 650, timesPerDay: 4 });
    expect(acetaminophenDailyMg(norco!)).toBe(2600);
    const facts = caseFactsSchema.parse({ medications: meds, conditions: {} });
    expect(caseAcetaminophen(facts).totalMg).toBe(5600);
    // The reference's pair "acetaminophen + a combination product containing acetaminophen" fires in the case.
    expect(caseInteractions(facts)).toContain('interaction.acetaminophen-combination');
  });

  it('a medicine with no acetaminophen, or no frequency, adds nothing', () => {
    expect(acetaminophenDailyMg({ drug: 'hydrocodone', doseMg: 10, timesPerDay: 4 })).toBeUndefined();
    expect(acetaminophenDailyMg({ drug: 'hydrocodone', doseMg: 10, acetaminophenMg: 325 })).toBeUndefined();
    expect(acetaminophenDailyMg({ drug: 'acetaminophen', doseMg: 500, timesPerDay: 4 })).toBe(2000);
  });

  it('mid-case, a question adds its acetaminophen to what the case holds', () => {
    const opened = handleTurn(
      undefined,
      coreInput('new case: 58 year old man, chronic low back pain for 8 months, on norco 10/325 2 tabs q6h', 7),
      CORE_OPTIONS,
    );
    const asked = handleTurn(
      opened.state,
      { ...coreInput('tylenol 1 g tid ok?', 7), receivedAt: '2026-01-15T10:01:00.000Z' },
      CORE_OPTIONS,
    );
    const text = asked.output.messages.map((m) => m.text).join('\n');
    expect(text).toContain('5,600 mg/day');
    expect(text).toContain('above the adult maximum of 4,000 mg/day');
    expect(text).toContain('norco: 2,600 mg acetaminophen a day');
  });
});
