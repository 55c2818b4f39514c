import { CitationBook } from '../citation-book.js';
import type { Citation } from '../turn-types.js';
import { drugNames } from '../../src/clinical/knowledge/drug-catalogue.js';
import { stripTrailing } from '../../src/clinical/language/normalize.js';
import { getEntry, hasEntry } from './ports.js';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The parts of a knowledge entry the walk-through shows. */
export interface ShownEntry {
  text: string;
  marks: string;
  evidence?: string;
}

/** A knowledge entry as the walk-through shows it, numbered in the message's shared CitationBook. */
export class EntryCitations {
  private readonly book = new CitationBook();

  entry(id: string): ShownEntry | undefined {
    if (!hasEntry(id)) return undefined;
    const entry = getEntry(id);
    const positions =
      entry.origin === 'guideline' ? this.book.cite(entry.cites) : this.book.cite([], entry.source, entry.review);
    // Label and adjustment notes do not always name their drug ("Label: start 150 mg/day..."): say which.
    const drug =
      (entry.kind === 'label' || entry.kind === 'adjustment') && entry.drugs?.length === 1
        ? drugNames(entry.drugs[0]!).generic
        : undefined;
    const named = !drug || entry.text.toLowerCase().includes(drug.toLowerCase());
    const text = named
      ? entry.text
      : entry.text.startsWith('Label')
        ? `${capitalise(drug)} label${entry.text.slice(5)}`
        : `${capitalise(drug)}: ${entry.text}`;
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
    return stripTrailing(`- ${shown.text} ${shown.marks}${evidence}`, ' ');
  }

  list(): Citation[] {
    return this.book.list();
  }
}
