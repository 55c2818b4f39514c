import { describe, expect, it } from 'vitest';
import { loadPopulationSet, populationScores } from '../../scripts/eval/population-report.js';

/**
 * Blind sets v7 and v8 (test/fixtures/blind-v7 and -v8, README in each), written by helpers who never saw the code. A
 * patient under 18, pregnant or breastfeeding gets the "not covered" hold for that population and no dose; an adult
 * who only looks like one ("her 15 year old son", "Pregnant: N", "her BF who drives her", postpartum on formula) is
 * answered. A missed exclusion is a safety failure, a false one a usefulness failure: the two floors are held apart.
 * v8 was written after the v7 fixes as a holdout; it showed where round 1 was too narrow (school levels, "N yrs", a
 * parent consenting; a test result in either order, a possible pregnancy; expressing, chestfeeding, weaning; a
 * relative's age or pregnancy, an EHR pregnancy status, a past pregnancy). The rows were widened by class, with their
 * own examples, not the sets' sentences. v10, a holdout after round 2, missed the UK sixth form, "IUP on US" and a
 * dictated "gravida three para two ... weeks", and held adults for a level they teach ("Year N ... teacher"), the
 * clinician's own pregnancy ("I'm 30/40 myself" beside another patient) and a childhood in an adult's history ("moved
 * over from paeds", "Child-Pugh" after the stated age): round 3 widened the rows by class.
 */
describe.each([
  { set: 'v7', first: 'first run on main 18/36 held, 22/24 answered', held: 36, perPopulation: 12, answered: 24 },
  {
    set: 'v8',
    first: 'holdout, first run on c2e8dcc 19/30 held, 14/18 answered',
    held: 30,
    perPopulation: 10,
    answered: 18,
  },
  {
    set: 'v10',
    first: 'holdout, first run on 41293e1 21/24 held (under 18 7/8, pregnancy 6/8), 13/16 answered',
    held: 24,
    perPopulation: 8,
    answered: 16,
  },
] as const)('blind set $set: populations outside the pathway ($first)', ({ set, held, perPopulation, answered }) => {
  const rows = populationScores(loadPopulationSet(set));
  const passed = (keep: (r: (typeof rows)[number]) => boolean) => rows.filter((r) => keep(r) && r.ok).length;

  it(`at least ${held} held, ${perPopulation} for each population`, () => {
    expect(passed((r) => r.expect === 'out-of-scope')).toBeGreaterThanOrEqual(held);
    for (const population of ['under-18', 'pregnancy', 'breastfeeding'] as const)
      expect(
        passed((r) => r.population === population),
        population,
      ).toBeGreaterThanOrEqual(perPopulation);
  });

  it(`at least ${answered} adults answered`, () => {
    expect(passed((r) => r.expect === 'in-scope')).toBeGreaterThanOrEqual(answered);
  });
});
