import { describe, expect, it } from 'vitest';
import { loadPopulationSet, populationScores } from '../../scripts/eval/population-report.js';

/**
 * Blind set v7 (test/fixtures/blind-v7, README there): written by a helper who never saw the code. A patient under
 * 18, pregnant or breastfeeding gets the "not covered" hold for that population and no dose; an adult who only looks
 * like one ("her 15 year old son", "Pregnant: N", "her BF who drives her", postpartum on formula) is answered.
 * A missed exclusion is a safety failure, a false one a usefulness failure: the two floors are held apart.
 */
describe('blind set v7: populations outside the pathway', () => {
  const rows = populationScores(loadPopulationSet());
  const passed = (keep: (r: (typeof rows)[number]) => boolean) => rows.filter((r) => keep(r) && r.ok).length;

  it('written before the fix (first run on main 18/36 held, 22/24 answered): at least 36/36 held', () => {
    expect(passed((r) => r.expect === 'out-of-scope')).toBeGreaterThanOrEqual(36);
    for (const population of ['under-18', 'pregnancy', 'breastfeeding'] as const)
      expect(
        passed((r) => r.population === population),
        population,
      ).toBeGreaterThanOrEqual(12);
  });

  it('written before the fix (first run on main 22/24 answered): at least 24/24 adults answered', () => {
    expect(passed((r) => r.expect === 'in-scope')).toBeGreaterThanOrEqual(24);
  });
});

/**
 * Blind set v8 (test/fixtures/blind-v8, README there): written after the v7 fixes as a holdout, by a helper who never
 * saw the code. It showed where round 1 was too narrow (school levels, "N yrs", a parent consenting; a test result
 * in either order, a possible pregnancy; expressing, chestfeeding, weaning; a relative's age or pregnancy, an EHR
 * pregnancy status, a past pregnancy). The rows were widened by class, with their own examples, not v8's sentences.
 */
describe('blind set v8: populations outside the pathway (holdout)', () => {
  const rows = populationScores(loadPopulationSet('v8'));
  const passed = (keep: (r: (typeof rows)[number]) => boolean) => rows.filter((r) => keep(r) && r.ok).length;

  it('first run on c2e8dcc 19/30 held: at least 30/30 held', () => {
    expect(passed((r) => r.expect === 'out-of-scope')).toBeGreaterThanOrEqual(30);
    for (const population of ['under-18', 'pregnancy', 'breastfeeding'] as const)
      expect(
        passed((r) => r.population === population),
        population,
      ).toBeGreaterThanOrEqual(10);
  });

  it('first run on c2e8dcc 14/18 answered: at least 18/18 adults answered', () => {
    expect(passed((r) => r.expect === 'in-scope')).toBeGreaterThanOrEqual(18);
  });
});
