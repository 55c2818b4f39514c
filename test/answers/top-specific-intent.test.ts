import { describe, expect, it } from 'vitest';
import { GUIDELINE_INTENTS, scoreIntents, topSpecificIntent } from '../../dialogs/answers/guideline-intents.js';
import { loadQuestions } from '../../scripts/eval/question-suite.js';

/**
 * The drug route's deferral asks only whether the best guideline row is a specific one (answer-routes.ts
 * defersToGuideline): topSpecificIntent must give that row whenever scoreIntents' best is specific, and nothing
 * otherwise.
 */
describe('topSpecificIntent is the best row when it is specific', () => {
  const texts = [...loadQuestions().map((q) => q.q), ...GUIDELINE_INTENTS.map((i) => i.example)].map((t) =>
    t.toLowerCase(),
  );

  it('over the question suite and every row example', () => {
    for (const lower of texts) {
      const best = scoreIntents(lower)[0]?.intent;
      expect(topSpecificIntent(lower), lower).toBe(best?.tier === 'specific' ? best : undefined);
    }
  });

  it('the texts include questions with a specific best row', () => {
    expect(texts.filter((t) => topSpecificIntent(t) !== undefined).length).toBeGreaterThan(40);
  });
});

/**
 * A pass over the rows runs each shared pattern once (guideline-intents.ts verdict): only a pattern whose test does
 * not depend on lastIndex may be kept, so no row's pattern, requirement or exception is global or sticky.
 */
describe('row patterns are tested once per pass', () => {
  it('no pattern, requirement or exception is global or sticky', () => {
    const stateful = GUIDELINE_INTENTS.flatMap((i) =>
      [i.pattern, i.requires, i.unless].filter((re) => re !== undefined && (re.global || re.sticky)).map(() => i.name),
    );
    expect(stateful).toEqual([]);
  });
});
