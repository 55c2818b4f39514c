import { type CaseFacts, MAX_WEEKS } from '../../src/clinical/case/case-facts.js';
import { isInUse } from '../../src/clinical/case/medication-facts.js';
import { elapsedWeeks } from './read-text.js';

/**
 * A follow-up visit ("4 weeks later, ...") moves the clocks the pathway reads: pain duration and weeks of
 * optimized therapy (referral after 12 weeks, guideline ref 1), and the weeks of each trial still taken whose length
 * the case knows ("duloxetine 60 x 2 wk", then "2 weeks later": a 4-week trial, reading.adequate-trial), unless the
 * message states them itself.
 */
export function withElapsedTime(patch: Partial<CaseFacts>, text: string, facts: CaseFacts): Partial<CaseFacts> {
  const weeks = elapsedWeeks(text);
  if (weeks === undefined) return patch;
  const said = new Set((patch.medications ?? []).map((m) => m.drug));
  const running = facts.medications.filter((m) => m.durationWeeks !== undefined && isInUse(m) && !said.has(m.drug));
  return {
    ...patch,
    ...(running.length
      ? {
          medications: [
            ...(patch.medications ?? []),
            ...running.map((m) => ({ ...m, durationWeeks: Math.min(MAX_WEEKS, m.durationWeeks! + weeks) })),
          ],
        }
      : {}),
    ...(patch.painDurationWeeks === undefined && facts.painDurationWeeks !== undefined
      ? { painDurationWeeks: facts.painDurationWeeks + weeks }
      : {}),
    ...(patch.weeksOptimizedTherapy === undefined
      ? { weeksOptimizedTherapy: (facts.weeksOptimizedTherapy ?? 0) + weeks }
      : {}),
  };
}
