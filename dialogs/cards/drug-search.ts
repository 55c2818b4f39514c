import Fuse from 'fuse.js';
import { drugCatalogue, type DrugId } from '../../src/clinical/knowledge/drug-catalogue.js';

/** Drugs shown for an empty query: the pathway's own medications, in the guideline's order. */
export const PATHWAY_DRUGS: readonly DrugId[] = [
  'duloxetine',
  'naproxen',
  'ibuprofen',
  'tramadol',
  'gabapentin',
  'pregabalin',
];
export const MAX_RESULTS = 8;

interface Name {
  drug: DrugId;
  name: string;
}
const names: Name[] = drugCatalogue.flatMap((d) =>
  [d.generic, ...d.names, ...d.misspellings].map((name) => ({ drug: d.id, name: name.toLowerCase() })),
);
const fuse = new Fuse(names, {
  keys: ['name'],
  includeScore: true,
  threshold: 0.34,
  ignoreLocation: false,
  distance: 40,
});

/**
 * Type-ahead search over the drug catalogue (generic names, brands, misspellings), for the compose box's
 * message extension: prefix matches first, then fuzzy matches; one result per drug.
 */
export function searchDrugs(query: string): DrugId[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ').slice(0, 60);
  if (!q) return [...PATHWAY_DRUGS];
  const prefix = names.filter((n) => n.name.startsWith(q) || n.name.split(/[ /-]/).some((w) => w.startsWith(q)));
  // Fuzzy only when nothing starts with the query: short prefixes would otherwise pull in unrelated names.
  const fuzzy = !prefix.length && q.length >= 4 ? fuse.search(q).map((r) => r.item) : [];
  const out: DrugId[] = [];
  for (const n of [...prefix, ...fuzzy]) if (!out.includes(n.drug)) out.push(n.drug);
  return out.slice(0, MAX_RESULTS);
}
