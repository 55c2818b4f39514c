import type { Citation } from './turn-types.js';

/** The guideline cites its sources as 1-6; reference sources are numbered after them. */
export const GUIDELINE_CITATIONS = 6;

/**
 * The sources cited by one message, numbered once: guideline citation numbers 1-6 keep the guideline's own numbers,
 * each named clinical-reference source gets the next number from 7, marked review pending. Every answer, card and
 * walk-through reply numbers its [n] markers here. A guideline number is shown as the guideline's own: the
 * "probable source" mapping (clinical-reference.md section 1) is a guess for the text as a whole, not per line, so
 * it belongs to the `sources` answer only, never under a line as if it were that line's source.
 */
export class CitationBook {
  private readonly byKey = new Map<string, Citation>();
  private references = 0;

  /** The marker positions for a guideline entry's numbers and/or a reference fact's named source. */
  cite(cites: readonly number[] = [], source?: string): number[] {
    const positions = cites.map((n) => this.guideline(n));
    if (source) positions.push(this.reference(source));
    return positions;
  }

  list(): Citation[] {
    return [...this.byKey.values()].sort((a, b) => a.position - b.position);
  }

  private guideline(n: number): number {
    return this.add(`g${n}`, {
      position: n,
      name: `Guideline citation ${n}`,
      abstract: `Guideline citation ${n} (the guideline's own number; "sources" lists what it may refer to).`,
    });
  }

  private reference(source: string): number {
    const position = GUIDELINE_CITATIONS + 1 + this.references;
    const added = this.add(`r:${source}`, {
      position,
      name: source,
      abstract: `${source}. Clinical reference, review pending.`,
    });
    if (added === position) this.references++;
    return added;
  }

  private add(key: string, citation: Citation): number {
    const found = this.byKey.get(key);
    if (found) return found.position;
    this.byKey.set(key, citation);
    return citation.position;
  }
}
