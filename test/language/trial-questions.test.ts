import { describe, expect, it } from 'vitest';
import { OCCASIONAL_USE, TRIAL_QUESTION, TRIAL_QUESTION_ROWS } from '../../src/clinical/language/trial-questions.js';

describe('questions about what counts as an adequate trial (trial-questions.ts rows)', () => {
  it.each(TRIAL_QUESTION_ROWS.map((r) => [r.example, r.counter, r.re]))('reads %j, not %j', (example, counter, re) => {
    const row = new RegExp(re);
    expect(row.test(example.toLowerCase())).toBe(true);
    expect(row.test(counter.toLowerCase())).toBe(false);
    expect(TRIAL_QUESTION.test(counter.toLowerCase())).toBe(false);
  });

  it('occasional use is read; regular use is not', () => {
    for (const s of ['tramadol prn', 'once or twice a week', 'as needed', 'now and then', '1-2 times a week'])
      expect(OCCASIONAL_USE.test(s), s).toBe(true);
    for (const s of ['tramadol 50 qid', 'twice daily', 'every 6 hours']) expect(OCCASIONAL_USE.test(s), s).toBe(false);
  });

  it('runs in linear time on a long adversarial text', () => {
    const long = `how many ${'weeks '.repeat(5000)}before ${'x '.repeat(5000)}`;
    const t0 = performance.now();
    TRIAL_QUESTION.test(long);
    OCCASIONAL_USE.test(long);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
