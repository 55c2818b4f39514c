import { type DrugId, drugNames } from '../knowledge/drug-catalogue.js';

/**
 * A pair to avoid whose partner is often a short course (an antibiotic): the start of the pathway drug can wait until
 * the course ends, agreed with the prescriber, rather than the drug being ruled out for good. Each row: the
 * interaction rule, the course drug, and an example turn (test/walkthrough/course-wait.test.ts).
 */
export const COURSE_WAITS: readonly { rule: string; course: DrugId; example: string }[] = [
  {
    rule: 'interaction.duloxetine-cyp1a2',
    course: 'ciprofloxacin',
    example: 'on ciprofloxacin for 5 days for a UTI; ok to start duloxetine?',
  },
];

/** The line said with the pair, or undefined when the rule has no course partner among `held`. */
export function courseWaitText(rule: string, held: readonly DrugId[], start: DrugId): string | undefined {
  const row = COURSE_WAITS.find((r) => r.rule === rule && held.includes(r.course) && r.course !== start);
  if (!row) return undefined;
  const course = drugNames(row.course).generic;
  return `If the ${course} is a short course, the ${drugNames(start).generic} start can wait until the course ends (agree the timing with the prescriber); the two are not taken together.`;
}
