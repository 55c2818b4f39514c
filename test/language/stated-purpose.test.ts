import { describe, expect, it } from 'vitest';
import { PAIN_PURPOSE_ROWS, saysForPain } from '../../src/clinical/language/stated-purpose.js';

describe('a stated purpose of pain relief (stated-purpose.ts rows)', () => {
  it.each(PAIN_PURPOSE_ROWS.map((r) => [r.example, r.counter]))('reads %j, not %j', (example, counter) => {
    expect(saysForPain(example)).toBe(true);
    expect(saysForPain(counter)).toBe(false);
  });

  it('stops at the sentence end', () => {
    expect(saysForPain(' 325 mg daily since his stent. Tylenol for pain.')).toBe(false);
  });
});
