import { z } from 'zod';
import { drugIdSchema } from './drug-catalogue.js';

/**
 * One knowledge entry: a guideline statement (with its citation numbers, evidence level where the text gives
 * one, and the exact sentence it encodes) or a clinical-reference fact (with its named public source, and its
 * review state: pending, or confirmed with reviewer, date and label edition). Dialogs and the statechart refer
 * to entries by id only.
 */
export const entryKindSchema = z.enum([
  'recommendation',
  'avoid',
  'nondrug',
  'radicular',
  'opioid-gate',
  'opioid-framework',
  'referral',
  'specialist',
  'pitfall',
  'monitoring',
  'red-flag',
  'interaction',
  'label',
  'adjustment',
  'mme',
  'instrument',
  'imaging',
  'source',
]);
export type EntryKind = z.infer<typeof entryKindSchema>;

/** The guideline cites its sources only as the numbers 1-6 (clinical-reference.md section 1). */
export const citationSchema = z.number().int().min(1).max(6);
export type Citation = z.infer<typeof citationSchema>;

export const evidenceSchema = z.enum(['moderate', 'low']);
export type Evidence = z.infer<typeof evidenceSchema>;

const entryIdSchema = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ids are dotted kebab-case');

/** Folds a phrasing for comparison: case, runs of spaces and a closing question mark do not make it different. */
export function foldPhrasing(s: string): string {
  let folded = s.toLowerCase().replace(/\s+/g, ' ').trim();
  while (folded.endsWith('?') || folded.endsWith(' ')) folded = folded.slice(0, -1);
  return folded;
}

/**
 * Questions a clinician would type to reach an entry, in their own words and styles (a GP in full sentences, a
 * hurried ED note, NP shorthand such as "pt" and "tx", UK or Australian wording, dictation): alternate
 * questions, as in a question-answering knowledge base. Indexed by the full-text search and each one sent to
 * the turn core by test/knowledge/entry-phrasings.test.ts, which expects the entry's text in the reply. At least
 * three when present, none repeated (case and spacing aside).
 */
export const askedSchema = z
  .array(z.string().trim().min(6).max(200))
  .min(3)
  .refine((asked) => new Set(asked.map(foldPhrasing)).size === asked.length, 'a phrasing is repeated');

const commonFields = {
  id: entryIdSchema,
  kind: entryKindSchema,
  /** Clinician-facing: one or two short plain sentences. */
  text: z.string().min(10).max(400),
  /** Keywords for retrieval (lower case). */
  topics: z.array(z.string().regex(/^[a-z0-9][^A-Z]*$/, 'topics are lower case')).min(1),
  drugs: z.array(drugIdSchema).optional(),
  /** Related entries to show alongside (e.g. the label note beside a guideline dose). */
  see: z.array(entryIdSchema).optional(),
  /** Alternate questions that should reach this entry (see askedSchema). */
  asked: askedSchema.optional(),
};

export const guidelineEntrySchema = z.strictObject({
  ...commonFields,
  origin: z.literal('guideline'),
  cites: z.array(citationSchema).min(1),
  evidence: evidenceSchema.optional(),
  /** The guideline sentence this entry encodes, verbatim from the seed text, citation numbers left out. */
  quote: z.string().min(10),
});
export type GuidelineEntry = z.infer<typeof guidelineEntrySchema>;

const referenceFields = {
  ...commonFields,
  origin: z.literal('reference'),
  /** A named public source from clinical-reference.md. */
  source: z.string().min(3),
  /** Sources the guideline probably cites (section 1) are labelled as probable, never as certain. */
  probable: z.boolean().optional(),
};

/** A calendar date, YYYY-MM-DD, that exists (no 2026-02-30). */
const isoDateSchema = z.iso.date();

/** Not yet checked against the primary source: shown as pending review. */
export const pendingReferenceEntrySchema = z.strictObject({
  ...referenceFields,
  review: z.literal('pending'),
});

/**
 * Confirmed by a clinician or pharmacist against the primary label: who (a role is enough, e.g. "clinical
 * pharmacist"), when, and the label edition checked. A confirmation without all three is not a confirmation.
 */
export const confirmedReferenceEntrySchema = z.strictObject({
  ...referenceFields,
  review: z.literal('confirmed'),
  reviewer: z.string().trim().min(3),
  reviewedOn: isoDateSchema,
  labelEdition: z.string().trim().min(3),
});

/** Every reference fact is `pending` until confirmed; the union is discriminated by `review`. */
export const referenceEntrySchema = z.discriminatedUnion('review', [
  pendingReferenceEntrySchema,
  confirmedReferenceEntrySchema,
]);
export type ReferenceEntry = z.infer<typeof referenceEntrySchema>;
export type ReviewState = ReferenceEntry['review'];

export const knowledgeEntrySchema = z.discriminatedUnion('origin', [guidelineEntrySchema, referenceEntrySchema]);
export type KnowledgeEntry = z.infer<typeof knowledgeEntrySchema>;
export type KnowledgeEntryInput = z.input<typeof knowledgeEntrySchema>;

/**
 * Validates a whole set: each entry, unique ids, `see` links that point at existing entries, and no phrasing
 * (`asked`) given to two entries: a question names the one entry it is meant to reach.
 */
export const knowledgeSetSchema = z.array(knowledgeEntrySchema).superRefine((entries, ctx) => {
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) ctx.addIssue({ code: 'custom', message: `duplicate knowledge id ${entry.id}` });
    ids.add(entry.id);
  }
  for (const entry of entries) {
    for (const target of entry.see ?? []) {
      if (!ids.has(target)) ctx.addIssue({ code: 'custom', message: `${entry.id} links to unknown id ${target}` });
    }
  }
  const askedBy = new Map<string, string>();
  for (const entry of entries) {
    for (const phrasing of entry.asked ?? []) {
      const key = foldPhrasing(phrasing);
      const other = askedBy.get(key);
      if (other) ctx.addIssue({ code: 'custom', message: `"${phrasing}" is asked by both ${other} and ${entry.id}` });
      askedBy.set(key, entry.id);
    }
  }
});

type ReferenceFields = Omit<z.input<typeof pendingReferenceEntrySchema>, 'origin' | 'review' | 'kind'>;
type GuidelineFields = Omit<z.input<typeof guidelineEntrySchema>, 'origin' | 'kind'>;

/** Builders that fill in the fixed fields, so each data file lists only what differs. */
export function referenceOf(kind: EntryKind): (entry: ReferenceFields) => KnowledgeEntryInput {
  return (entry) => ({ ...entry, origin: 'reference', kind, review: 'pending' });
}
export function guidelineOf(kind: EntryKind): (entry: GuidelineFields) => KnowledgeEntryInput {
  return (entry) => ({ ...entry, origin: 'guideline', kind });
}
