import type { EntryCitations } from './citations.js';
import { getEntry, hasEntry } from './ports.js';

/** The general non-drug entries stay whole; the individual therapies are listed compactly by evidence level. */
const GENERAL = new Set(['nondrug.foundation', 'nondrug.prioritize-before-opioids']);

export function isTherapyOption(id: string): boolean {
  return id.startsWith('nondrug.') && !GENERAL.has(id);
}

/**
 * "Exercise therapy: aerobic, ..." -> "Exercise therapy"; "Multidisciplinary rehabilitation combining ..." ->
 * "Multidisciplinary rehabilitation" (the full sentence is in `why`).
 */
export const shortTherapyName = (text: string) =>
  text
    .split(/[:,(]| combining | for patients /)[0]!
    .replace(/\.$/, '')
    .trim();

/**
 * One line per evidence level, e.g. "- Non-drug therapies, moderate evidence: Exercise therapy [1]; Acupuncture [1]",
 * so a step with many therapy options stays readable in chat.
 */
export function therapyLines(ids: readonly string[], book: EntryCitations): string[] {
  const byLevel = new Map<string, string[]>();
  for (const id of ids) {
    if (!hasEntry(id)) continue;
    const entry = getEntry(id);
    const shown = book.entry(id);
    if (!shown) continue;
    const level = entry.origin === 'guideline' && entry.evidence ? `${entry.evidence} evidence` : 'other';
    byLevel.set(level, [...(byLevel.get(level) ?? []), `${shortTherapyName(entry.text)} ${shown.marks}`]);
  }
  return [...byLevel].map(
    ([level, items]) => `- Non-drug therapies${level === 'other' ? '' : `, ${level}`}: ${items.join('; ')}`,
  );
}
