import type { EntryCitations } from './citations.js';
import { getEntry, hasEntry } from './ports.js';

/** The general non-drug entries stay whole; the individual therapies are listed compactly by evidence level. */
const GENERAL = new Set(['nondrug.foundation', 'nondrug.prioritize-before-opioids']);

export function isTherapyOption(id: string): boolean {
  return id.startsWith('nondrug.') && !GENERAL.has(id);
}

/** Where a therapy's name ends: the first of these (searched, not split: the rest of the sentence is never read). */
const NAME_END = /[:,(]| combining | for patients /;
/**
 * Each entry's short name, worked out once: the step and plan lines ask for the same few therapy entries many times
 * a turn. Keyed by the entry's text (callers pass knowledge entries only, a fixed set, so the map stays small).
 */
const SHORT_NAMES = new Map<string, string>();

/**
 * "Exercise therapy: aerobic, ..." -> "Exercise therapy"; "Multidisciplinary rehabilitation combining ..." ->
 * "Multidisciplinary rehabilitation" (the full sentence is in `why`).
 */
export function shortTherapyName(text: string): string {
  let name = SHORT_NAMES.get(text);
  if (name === undefined) {
    const cut = text.search(NAME_END);
    name = (cut < 0 ? text : text.slice(0, cut)).replace(/\.$/, '').trim();
    SHORT_NAMES.set(text, name);
  }
  return name;
}

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
