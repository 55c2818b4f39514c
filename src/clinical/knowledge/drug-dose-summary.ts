import { drugNames, type DrugId } from './drug-catalogue.js';
import type { KnowledgeEntry } from './entry-schema.js';
import { entriesFor, hasEntry, getEntry } from './knowledge-base.js';

/**
 * What the guideline says about one drug, and the label and safety notes that go with it: the data behind the
 * message extension's dosing card and the tab's dosing table. Selection only; every sentence is a knowledge entry.
 */
export interface DrugDoseSummary {
  drug: DrugId;
  name: string;
  /** Guideline entries naming the drug (dose, avoid, last resort), in data order. */
  guideline: KnowledgeEntry[];
  /** Reference entries: the guideline entries' `see` links first, then label/adjustment/interaction entries naming the drug. */
  notes: KnowledgeEntry[];
}

/** The overview names every first-line drug; it says nothing drug-specific, so it is left out of per-drug summaries. */
const GENERIC_IDS = new Set(['overview']);
/** Kinds that say how (or whether) to use the drug; gate and pitfall entries are about the case, not the drug. */
const DOSE_KINDS = new Set(['recommendation', 'radicular', 'avoid', 'opioid-framework']);
/** Label and safety notes, most important first. */
const NOTE_ORDER = ['label', 'adjustment', 'interaction', 'mme', 'opioid-framework'];
/**
 * Full opioid agonists other than tramadol have no dose in the guideline: it only allows them as a last resort
 * within a framework (guideline "Opioid Therapy"), with the CDC 2022 MME thresholds and naloxone advice.
 */
const OPIOID_GUIDELINE = ['opioid.last-resort', 'opioid.framework.lowest-dose', 'opioid.framework.immediate-release'];
const OPIOID_NOTES = ['mme.thresholds', 'opioid.cdc-naloxone', 'interaction.opioid-benzodiazepine'];

const concerns = (drug: DrugId) => (e: KnowledgeEntry) => !e.drugs || e.drugs.includes(drug);

export function drugDoseSummary(drug: DrugId): DrugDoseSummary {
  const names = drugNames(drug);
  const named = entriesFor(drug);
  let guideline = named.filter((e) => e.origin === 'guideline' && !GENERIC_IDS.has(e.id) && DOSE_KINDS.has(e.kind));
  const extra: KnowledgeEntry[] = [];
  if (!guideline.length && names.drugClass === 'opioid' && drug !== 'tramadol') {
    guideline = OPIOID_GUIDELINE.filter(hasEntry).map(getEntry);
    extra.push(...OPIOID_NOTES.filter(hasEntry).map(getEntry));
  }
  const linked = guideline.flatMap((e) => (e.see ?? []).filter(hasEntry).map(getEntry));
  const direct = named.filter((e) => NOTE_ORDER.includes(e.kind));
  const seen = new Set<string>();
  const notes = [...linked, ...direct, ...extra]
    .filter((e) => e.origin === 'reference' && concerns(drug)(e) && !seen.has(e.id) && seen.add(e.id))
    .sort((a, b) => NOTE_ORDER.indexOf(a.kind) - NOTE_ORDER.indexOf(b.kind));
  return { drug, name: names.generic, guideline, notes };
}

/** "[1, 2] moderate evidence" for guideline entries; "Source (pending review)" for reference facts. */
export function citationLabel(entry: KnowledgeEntry): string {
  if (entry.origin === 'guideline') {
    return `[${entry.cites.join(', ')}]${entry.evidence ? ` ${entry.evidence} evidence` : ''}`;
  }
  return `${entry.source}${entry.review === 'pending' ? ' (pending review)' : ''}`;
}
