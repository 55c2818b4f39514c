import { describe, expect, it } from 'vitest';
import { caseFactsSchema } from '../../src/clinical/case/case-facts.js';
import { evaluatePathway } from '../../machines/pathway.js';

const base = { redFlagScreen: 'no' as const, radicular: 'no' as const };

describe('facts typed as summaries rather than item scores', () => {
  it('"STarT Back high risk" without scores leads to the referral recommendation and is not asked again', () => {
    const view = evaluatePathway(caseFactsSchema.parse({ ...base, startBackRisk: 'high' }));
    expect(view.recommendations).toContain('referral.start-back-high-risk');
    expect(view.missing).not.toContain('startBack');
  });

  it('a medium or low risk summary does not', () => {
    for (const risk of ['low', 'medium'] as const) {
      const view = evaluatePathway(caseFactsSchema.parse({ ...base, startBackRisk: risk }));
      expect(view.recommendations).not.toContain('referral.start-back-high-risk');
    }
  });

  it('a daily total ("ibuprofen 2.4 g/day") counts toward the adequate NSAID dose; 1.2 g/day does not', () => {
    const tried = (dailyMg: number) =>
      evaluatePathway(
        caseFactsSchema.parse({ ...base, medications: [{ drug: 'ibuprofen', dailyMg, outcome: 'ineffective' }] }),
      );
    expect(tried(2400).recommendations).not.toContain('escalation.nsaid-adequate-dose');
    expect(tried(1200).recommendations).toContain('escalation.nsaid-adequate-dose');
  });
});
