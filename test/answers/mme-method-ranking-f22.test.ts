import { describe, expect, it } from 'vitest';
import { scoreIntents, topSpecificIntent } from '../../dialogs/answers/guideline-intents.js';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * "How is MME worked out / summed / added up" asks the method (mme.how-calculated: each opioid's daily dose x its
 * factor, added up), above all for two opioids; the opioid-start row, which the method row supersedes, never ranks
 * first for it in topSpecificIntent (the same row scoreIntents puts first). A start asked stays the start's.
 */
const METHOD = [
  'how do you work out MME when a patient is on two opioids?',
  'how are MMEs summed across opioids?',
  "how's total MME worked out pls",
  'on 2 opioids - how do I add the MME up?',
  'how d you calc MME for 2 opioids',
  'pt on oxy and tramadol, how do I work out the MME? thanks',
  'How is the morphine milligram equivalent calculated when a patient takes more than one opioid?',
];
const START = [
  'starting dose in MME for an opioid?',
  'how much MME to start an opioid at?',
  'opioid starting dose in MME?',
];

describe('MME method wordings rank the method row first', () => {
  it.each(METHOD)('%s', (q) => {
    const lower = q.toLowerCase();
    expect(topSpecificIntent(lower)?.name).toBe('mme-method');
    expect(scoreIntents(lower)[0]?.intent.name).toBe('mme-method');
    expect(ask(q).join('\n')).toMatch(/added up across the opioids/);
  });
  it.each(START)('a start asked stays the start: %s', (q) => {
    expect(topSpecificIntent(q.toLowerCase())?.name).toBe('opioid-start');
    expect(ask(q).join('\n')).not.toMatch(/added up across the opioids/);
  });
  it('an MME said as a result is not the method asked', () => {
    expect(topSpecificIntent('mme worked out as 60 on oxy, ok to start tramadol too?')?.name).not.toBe('mme-method');
  });
});
