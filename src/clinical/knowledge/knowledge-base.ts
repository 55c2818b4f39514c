import type { DrugId } from './drug-catalogue.js';
import { knowledgeSetSchema, type KnowledgeEntry } from './entry-schema.js';
import { caseReadingEntries } from './case-readings.js';
import { escalationEntries } from './guideline-escalation.js';
import { nondrugEntries } from './guideline-nondrug.js';
import { opioidEntries } from './guideline-opioid.js';
import { pitfallMonitoringEntries } from './guideline-pitfalls-monitoring.js';
import { productEntries } from './product-entries.js';
import { radicularEntries } from './guideline-radicular.js';
import { referralEntries } from './guideline-referral.js';
import { instrumentEntries } from './instruments.js';
import { mmeEntries } from './mme-factors.js';
import { redFlagEntries } from './red-flags.js';
import { adjustmentEntries } from './reference-adjustments.js';
import { interactionEntries } from './reference-interactions.js';
import { labelEntries } from './reference-labels.js';
import { sourceAndImagingEntries } from './sources-and-imaging.js';

/**
 * Bump on any change to clinical content or dose-check behaviour, with a new row in docs/content-log.md (its
 * test, test/knowledge/content-version.test.ts, fails until both agree with the content fingerprint). Shown in
 * every answer's footer with the review state, so a clinician knows which content an answer came from.
 */
export const CONTENT_VERSION = '2026.12.08-1';

/** Every entry, validated once at load: a malformed entry, a duplicate id or a dangling link stops the bot. */
export const knowledge: readonly KnowledgeEntry[] = Object.freeze(
  knowledgeSetSchema
    .parse([
      ...escalationEntries,
      ...nondrugEntries,
      ...radicularEntries,
      ...opioidEntries,
      ...referralEntries,
      ...pitfallMonitoringEntries,
      ...redFlagEntries,
      ...interactionEntries,
      ...labelEntries,
      ...productEntries,
      ...adjustmentEntries,
      ...mmeEntries,
      ...instrumentEntries,
      ...sourceAndImagingEntries,
      ...caseReadingEntries,
    ])
    .map((entry) => Object.freeze(entry)),
);

const byId = new Map(knowledge.map((entry) => [entry.id, entry]));

export function hasEntry(id: string): boolean {
  return byId.has(id);
}

/** Throws on an unknown id: a typo in a statechart meta or a dialog must fail in tests, not show nothing. */
export function getEntry(id: string): KnowledgeEntry {
  const entry = byId.get(id);
  if (!entry) throw new Error(`Unknown knowledge id "${id}"`);
  return entry;
}

/** Entries that name this drug, guideline entries first, in data order. */
export function entriesFor(drug: DrugId): KnowledgeEntry[] {
  const named = knowledge.filter((entry) => entry.drugs?.includes(drug));
  return [...named.filter((e) => e.origin === 'guideline'), ...named.filter((e) => e.origin === 'reference')];
}

export interface ReviewSummary {
  contentVersion: string;
  total: number;
  guideline: number;
  reference: number;
  /** Reference facts not yet confirmed against the primary source. */
  pendingReview: number;
  /** Reference facts confirmed (reviewer, date and label edition recorded in the entry). */
  confirmed: number;
  /** Content version and review state in one line: "Content 2026.12.06-2 · 131 reference facts pending review". */
  footer: string;
}

/** The review state in a few words, from the counts: "131 reference facts pending review". */
export function reviewState(pending: number, confirmed: number): string {
  if (!confirmed) return `${pending} reference facts pending review`;
  if (!pending) return `all ${confirmed} reference facts confirmed`;
  return `${confirmed} reference facts confirmed, ${pending} pending review`;
}

export function reviewSummary(): ReviewSummary {
  const reference = knowledge.filter((e) => e.origin === 'reference');
  const pendingReview = reference.filter((e) => e.review === 'pending').length;
  const confirmed = reference.filter((e) => e.review === 'confirmed').length;
  return {
    contentVersion: CONTENT_VERSION,
    total: knowledge.length,
    guideline: knowledge.length - reference.length,
    reference: reference.length,
    pendingReview,
    confirmed,
    footer: `Content ${CONTENT_VERSION} · ${reviewState(pendingReview, confirmed)}`,
  };
}
