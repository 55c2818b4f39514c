import type { KnowledgeId } from '../src/clinical/knowledge/knowledge-ids.generated.js';

/**
 * The statechart names knowledge entries by KnowledgeId: generated from the entries themselves
 * (scripts/generate-knowledge-ids.ts), so a typo or an id with no entry fails the type check, and there is no
 * hand-kept list to fall out of step with the content.
 */
export type { KnowledgeId };

/** Recommendation ids that start an opioid: only ever shown when every gate condition holds. */
export const OPIOID_START_IDS: readonly KnowledgeId[] = [
  'opioid.framework.lowest-dose',
  'opioid.framework.immediate-release',
  'opioid.framework.treatment-agreement',
  'opioid.framework.reassess',
];
