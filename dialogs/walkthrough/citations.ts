import type { Citation } from '../turn-types.js';
import { drugNames } from '../../src/knowledge/drug-catalogue.js';
import { getEntry, hasEntry } from './ports.js';

const GUIDELINE_CITATIONS = 6;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The parts of a knowledge entry the walk-through shows. */
export interface ShownEntry {
  text: string;
  marks: string;
  evidence?: string;
}

/**
 * The sources of one message as Teams citations: guideline citation numbers 1-6 keep their numbers, named
 * reference sources follow from 7; entries show them as [n] markers.
 */
export class CitationBook {
  private readonly byKey = new Map<string, Citation>();

  entry(id: string): ShownEntry | undefined {
    if (!hasEntry(id)) return undefined;
    const entry = getEntry(id);
    const positions = entry.origin === 'guideline' ? entry.cites.map((n) => this.guideline(n)) : [this.reference(entry.source)];
    // Label and adjustment notes do not always name their drug ("Label: start 150 mg/day..."): say which.
    const drug = (entry.kind === 'label' || entry.kind === 'adjustment') && entry.drugs?.length === 1 ? drugNames(entry.drugs[0]!).generic : undefined;
    const named = !drug || entry.text.toLowerCase().includes(drug.toLowerCase());
    const text = named ? entry.text : entry.text.startsWith('Label') ? `${capitalise(drug)} label${entry.text.slice(5)}` : `${capitalise(drug)}: ${entry.text}`;
    return {
      text,
      marks: positions.map((p) => `[${p}]`).join(''),
      ...(entry.origin === 'guideline' && entry.evidence ? { evidence: entry.evidence } : {}),
    };
  }

  /** "- text [1][2] (moderate evidence)" */
  line(id: string): string | undefined {
    const shown = this.entry(id);
    if (!shown) return undefined;
    const evidence = shown.evidence ? ` (${shown.evidence} evidence)` : '';
    return `- ${shown.text} ${shown.marks}${evidence}`.replace(/ +$/, '');
  }

  list(): Citation[] {
    return [...this.byKey.values()].sort((a, b) => a.position - b.position);
  }

  private guideline(n: number): number {
    const id = `sources.${n}`;
    const probable = hasEntry(id) ? getEntry(id).text : `Citation ${n} of the chronic low back pain guideline`;
    return this.add(`g${n}`, `Guideline reference ${n}`, probable, n);
  }

  /** Every reference fact is pending clinician review (src/knowledge/entry-schema.ts). */
  private reference(source: string): number {
    return this.add(`r:${source}`, source, `${source} (clinical reference, review pending)`);
  }

  /** Guideline citations keep the guideline's own numbers as markers; reference sources are numbered after 6. */
  private add(key: string, name: string, abstract: string, fixed?: number): number {
    const found = this.byKey.get(key);
    if (found) return found.position;
    const position = fixed ?? GUIDELINE_CITATIONS + 1 + [...this.byKey.keys()].filter((k) => k.startsWith('r:')).length;
    this.byKey.set(key, { position, name, abstract });
    return position;
  }
}
