import type { ReviewState } from '../src/clinical/knowledge/entry-schema.js';
import type { Citation } from './turn-types.js';

/** The guideline cites its sources as 1-6; reference sources are numbered after them. */
export const GUIDELINE_CITATIONS = 6;

/**
 * The sources cited by one message, numbered once: guideline citation numbers 1-6 keep the guideline's own numbers,
 * each named clinical-reference source gets the next number from 7, marked with its review state. Every answer, card and
 * walk-through reply numbers its [n] markers here. A guideline number is shown as the guideline's own: the
 * "probable source" mapping (clinical-reference.md section 1) is a guess for the text as a whole, not per line, so
 * it belongs to the `sources` answer only, never under a line as if it were that line's source.
 */
/**
 * The review state said beside a reference source: "review confirmed" only when every cited entry from it is
 * confirmed; a line with no known state (not from a knowledge entry) counts as pending.
 */
export function reviewWords(states: readonly (ReviewState | undefined)[]): string {
  return states.length > 0 && states.every((s) => s === 'confirmed') ? 'review confirmed' : 'review pending';
}

export class CitationBook {
  private readonly byKey = new Map<string, Citation>();
  private readonly reviews = new Map<string, (ReviewState | undefined)[]>();
  private references = 0;

  /**
   * The marker positions for a guideline entry's numbers and/or a reference fact's named source; `review` is the
   * cited entry's review state (undefined when the line is not a knowledge entry).
   */
  cite(cites: readonly number[] = [], source?: string, review?: ReviewState): number[] {
    const positions = cites.map((n) => this.guideline(n));
    if (source) {
      positions.push(this.reference(source));
      this.reviews.set(source, [...(this.reviews.get(source) ?? []), review]);
    }
    return positions;
  }

  list(): Citation[] {
    return [...this.byKey.entries()]
      .map(([key, c]) =>
        key.startsWith('r:')
          ? { ...c, abstract: `${c.name}. Clinical reference, ${reviewWords(this.reviews.get(c.name) ?? [])}.` }
          : c,
      )
      .sort((a, b) => a.position - b.position);
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
      abstract: `${source}. Clinical reference.`,
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
