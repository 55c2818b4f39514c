import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { elapsedWeeks } from './read-text.js';

/**
 * A follow-up visit ("4 weeks later, ...") moves the clocks the pathway reads: pain duration and weeks of
 * optimized therapy (referral after 12 weeks, guideline ref 1), unless the message states them itself.
 */
export function withElapsedTime(patch: Partial<CaseFacts>, text: string, facts: CaseFacts): Partial<CaseFacts> {
  const weeks = elapsedWeeks(text);
  if (weeks === undefined) return patch;
  return {
    ...patch,
    ...(patch.painDurationWeeks === undefined && facts.painDurationWeeks !== undefined
      ? { painDurationWeeks: facts.painDurationWeeks + weeks }
      : {}),
    ...(patch.weeksOptimizedTherapy === undefined
      ? { weeksOptimizedTherapy: (facts.weeksOptimizedTherapy ?? 0) + weeks }
      : {}),
  };
}
