import { redFlagGroups } from '../../src/clinical/knowledge/red-flags.js';

/**
 * Entries that restate another entry's guideline sentence: the pitfall "treating chronic back pain with medications
 * alone" and "non-drug therapy is the foundation" encode the same sentence (1). Where both apply, `plan`, `why` and
 * the chart note show the pitfall once. The two-level red-flag summary gives way to the case's own red flags, each
 * of which says its level (reference section 6).
 */
const RESTATES: Readonly<Record<string, readonly string[]>> = {
  'nondrug.foundation': ['pitfall.medications-alone'],
  'redflag.urgent-evaluation': redFlagGroups.map((g) => g.knowledgeId),
};

export function withoutRestatements(ids: readonly string[]): string[] {
  return ids.filter((id) => !RESTATES[id]?.some((original) => ids.includes(original)));
}
