import type { AnswerLine } from './answer-message.js';
import { getEntry, hasEntry } from './ports.js';

/** An answer line built from a knowledge entry: its text with its guideline numbers or its named source. */
export function entryLine(id: string, label?: string): AnswerLine {
  const entry = getEntry(id);
  const showLabel = label && !entry.text.toLowerCase().startsWith(label.toLowerCase());
  const base = { text: entry.text, ...(showLabel ? { label } : {}) };
  if (entry.origin === 'guideline') {
    return { ...base, cites: entry.cites, ...(entry.evidence ? { evidence: entry.evidence } : {}) };
  }
  return { ...base, source: entry.source, review: entry.review };
}

/** Lines for the ids that exist, in order (an id the knowledge base does not hold yet is skipped). */
export function entryLines(ids: readonly string[]): AnswerLine[] {
  return ids.filter(hasEntry).map((id) => entryLine(id));
}
