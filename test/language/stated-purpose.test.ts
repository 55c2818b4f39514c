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

  it("a clause that leads to the next drug is that drug's (the next drug follows)", () => {
    expect(saysForPain(' 300 od since his stroke, for pain in back he wants ', true)).toBe(false);
    expect(saysForPain(' 325 mg daily for pain, ', true)).toBe(true);
    expect(saysForPain(' 600 mg for pain plus ', true)).toBe(true);
    expect(saysForPain(' 300 od since his stroke, for pain in back', false)).toBe(true);
  });
});
