import { describe, expect, it } from 'vitest';
import { labFindingsIn, liverTestsAbnormalNow } from '../../src/clinical/language/lab-findings.js';

/** Abnormal liver tests are recorded only when said abnormal now: not denied, not past with a normal result now. */
describe('liver tests: negation and history are not a current abnormality', () => {
  it.each([
    'no deranged lfts, no liver disease',
    'lfts were deranged last year but normal now',
    'previously raised alt, now normal',
    'denies abnormal lfts',
    'lfts were raised in 2019, repeat lfts normal',
  ])('%s', (t) => {
    expect(labFindingsIn(t).liverTestsAbnormal).toBeUndefined();
  });

  it.each([
    'lfts came back deranged - does that change things?',
    'deranged lfts',
    'alt raised',
    'lfts deranged, alt 3x uln now',
    'no liver disease but lfts are raised',
  ])('contrast, still abnormal now: %s', (t) => {
    expect(liverTestsAbnormalNow(t)).toBe(true);
  });
});
