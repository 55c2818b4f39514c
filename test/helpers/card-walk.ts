/** Walking the Adaptive Cards a test received: the cards of some activities, and the nodes of a card. */
export type Json = Record<string, unknown>;

export const cardsOf = (activities: Json[]): Json[] =>
  activities.flatMap((a) => ((a.attachments as { content: Json }[] | undefined) ?? []).map((x) => x.content));

/** Every object in a card that `keep` accepts, walking every key but those in `skip`. */
export function cardNodes(card: unknown, keep: (o: Json) => boolean, skip: readonly string[] = []): Json[] {
  const out: Json[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Json;
    if (keep(o)) out.push(o);
    for (const [k, v] of Object.entries(o)) if (!skip.includes(k)) walk(v);
  };
  walk(card);
  return out;
}

/** Every Action.Execute / Action.Submit in a card, outside its refresh block and fallbacks. */
export const buttons = (card: unknown): Json[] =>
  cardNodes(card, (o) => o.type === 'Action.Execute' || o.type === 'Action.Submit', ['refresh', 'fallback']);
