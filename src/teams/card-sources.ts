import type { AdaptiveCardJson, Citation, OutputMessage } from '../../dialogs/turn-types.js';

/**
 * Teams shows citation pop-ups only for [n] markers in a message's text, not inside an Adaptive Card. So a card
 * whose text cites sources lists them itself: every cited [n] that the card does not already spell out gets a
 * "[n] source" line at the foot of the card (and of its plain-text fallback).
 */
export function withCitedSources(
  card: AdaptiveCardJson,
  text: string,
  citations: Citation[] = [],
): { card: AdaptiveCardJson; text: string } {
  const cited = citations.filter((c) => text.includes(`[${c.position}]`));
  if (!cited.length) return { card, text };
  const shown = JSON.stringify(card.body);
  // A source line reads "[n] Name..." (a marker in a sentence is "... [n]" or "[n][m]"), wherever it sits in a text block.
  const listed = (n: number) => new RegExp(`\\[${n}\\] \\p{L}`, 'u').test(shown);
  const missing = cited.filter((c) => !listed(c.position));
  if (!missing.length) return { card, text };
  const lines = [...missing]
    .sort((a, b) => a.position - b.position)
    .map((c) => `[${c.position}] ${c.abstract || c.name}`);
  const blocks = lines.map((line, i) => ({
    type: 'TextBlock',
    text: line,
    wrap: true,
    isSubtle: true,
    size: 'Small',
    spacing: i ? 'None' : 'Small',
  }));
  return { card: { ...card, body: [...card.body, ...blocks] }, text: [text, ...lines].join('\n\n') };
}

/** A citation marker in a text: "[7]". Linear: one bounded digit run between fixed brackets. */
const MARKER = /\[(\d{1,3})\]/g;

/** Card properties that are data, not display text: markers are never rewritten inside them. */
const NOT_DISPLAY = new Set(['data', 'refresh', 'verb', 'id', 'url', '$schema']);

/** The positions among `known` that a text marks, in order of first appearance. */
function markedIn(text: string, known: ReadonlyMap<number, Citation>): number[] {
  const seen: number[] = [];
  for (const m of text.matchAll(MARKER)) {
    const n = Number(m[1]);
    if (known.has(n) && !seen.includes(n)) seen.push(n);
  }
  return seen;
}

/** Most strings of a card hold no marker at all: those are returned without running the pattern. */
const rewrite = (text: string, map: ReadonlyMap<number, number>): string =>
  !text.includes('[')
    ? text
    : text.replace(MARKER, (whole, digits: string) => {
        const to = map.get(Number(digits));
        return to === undefined ? whole : `[${to}]`;
      });

/** The card with every displayed marker renumbered; objects without a marker are shared, the core's never changed. */
function rewriteCard<T>(node: T, map: ReadonlyMap<number, number>): T {
  if (typeof node === 'string') return rewrite(node, map) as T;
  if (Array.isArray(node)) {
    const out = node.map((item) => rewriteCard(item, map));
    return (out.some((item, i) => item !== node[i]) ? out : node) as T;
  }
  if (typeof node !== 'object' || node === null) return node;
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(node)) {
    if (NOT_DISPLAY.has(key)) continue;
    const value = (node as Record<string, unknown>)[key];
    const next = rewriteCard(value, map);
    if (next !== value) {
      out ??= { ...(node as Record<string, unknown>) };
      out[key] = next;
    }
  }
  return (out ?? node) as T;
}

/** A card's own source line, "[n] Name...": its number. */
const SOURCE_LINE = /^\[(\d{1,3})\] \p{L}/u;
const sourceNumber = (item: unknown): number | undefined => {
  const text =
    (item as { type?: unknown; text?: unknown } | null)?.type === 'TextBlock' && (item as { text: unknown }).text;
  const m = typeof text === 'string' ? SOURCE_LINE.exec(text) : null;
  return m ? Number(m[1]) : undefined;
};

/**
 * A card that lists its own sources lists them in its own numbering; after renumbering across the reply the run of
 * source lines is put back in number order ("[1] [2] [3]", not "[1] [3] [2]"). Each place keeps its layout (the
 * first line's spacing), only the lines move.
 */
function inNumberOrder<T>(node: T): T {
  if (Array.isArray(node)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < node.length; ) {
      let j = i;
      while (j < node.length && sourceNumber(node[j]) !== undefined) j++;
      if (j - i > 1) {
        const run = node.slice(i, j) as Record<string, unknown>[];
        const sorted = [...run].sort((a, b) => sourceNumber(a)! - sourceNumber(b)!);
        if (sorted.some((x, k) => x !== run[k])) {
          out ??= [...node];
          sorted.forEach((x, k) => {
            out![i + k] = { ...x, spacing: run[k]!.spacing };
            if (run[k]!.spacing === undefined) delete (out![i + k] as Record<string, unknown>).spacing;
          });
        }
      }
      if (j === i) {
        const next = inNumberOrder(node[i]);
        if (next !== node[i]) {
          out ??= [...node];
          out[i] = next;
        }
        j = i + 1;
      }
      i = j;
    }
    return (out ?? node) as T;
  }
  if (typeof node !== 'object' || node === null) return node;
  let out: Record<string, unknown> | undefined;
  for (const key of ['body', 'items', 'columns', 'card'] as const) {
    const value = (node as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const next = inNumberOrder(value);
    if (next !== value) {
      out ??= { ...(node as Record<string, unknown>) };
      out[key] = next;
    }
  }
  return (out ?? node) as T;
}

/**
 * Two abstracts of one source cited by two messages: a reference source is "review confirmed" only when every cited
 * entry is (dialogs/citation-book.ts), so the more cautious one stands.
 */
const cautious = (a: string, b: string): string => (a !== b && b.includes('review pending') ? b : a);

/**
 * The messages of one reply, numbered once for the whole reply: one source (same name) is one number in every
 * message, numbers run 1..n without gaps in reading order, and a citation no marker points at is dropped. The
 * text-only messages come first (Teams shows a message's text above its cards), so the citation pop-ups of the
 * text are 1..k and the sources only the cards cite follow. A guideline citation keeps the guideline's own number
 * in its name ("Guideline citation 3"); only the marker changes. Only markers of a message's own citations are
 * rewritten ("[1]" in the sources answer, which cites nothing, stays), in the text and the card's display text.
 */
export function numberAcross(messages: readonly OutputMessage[]): OutputMessage[] {
  const byName = new Map<string, Citation>();
  const known = messages.map((m) => new Map((m.citations ?? []).map((c) => [c.position, c])));
  const order = [...messages.keys()].sort((a, b) => Number(!!messages[a]!.card) - Number(!!messages[b]!.card));
  for (const i of order) {
    for (const p of markedIn(messages[i]!.text, known[i]!)) {
      const c = known[i]!.get(p)!;
      const found = byName.get(c.name);
      if (found) found.abstract = cautious(found.abstract, c.abstract);
      else byName.set(c.name, { position: byName.size + 1, name: c.name, abstract: c.abstract });
    }
  }
  return messages.map((m, i) => {
    if (!m.citations?.length) return m;
    const marked = markedIn(m.text, known[i]!);
    const cited = marked.map((p) => byName.get(known[i]!.get(p)!.name)!);
    const map = new Map(marked.map((p, k) => [p, cited[k]!.position]));
    const { citations: _, ...rest } = m;
    return {
      ...rest,
      text: rewrite(m.text, map),
      ...(m.card ? { card: inNumberOrder(rewriteCard(m.card, map)) } : {}),
      ...(cited.length ? { citations: [...cited].sort((a, b) => a.position - b.position) } : {}),
    };
  });
}
