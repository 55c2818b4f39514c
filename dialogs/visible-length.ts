import type { AdaptiveCardJson, OutputMessage } from './turn-types.js';

/**
 * What a clinician sees of a reply, in characters (issue 15, "Short replies"). One module for the limits and the
 * measure, read by the reply builders, `npm run reply-lengths` and test/walkthrough/reply-length.test.ts alike.
 *
 * - A message with a card shows the card, not its `text` (src/teams/render.ts sends `text` only as the card's
 *   fallbackText): its visible text is every TextBlock, TextRun, FactSet row, input label and button title that is
 *   shown before anything is tapped. An element with `isVisible: false` (opened by Action.ToggleVisibility) and the
 *   card of an Action.ShowCard are hidden. Sources the card cites but does not list are added by render.ts at the
 *   card's foot (src/teams/card-sources.ts), so they count here too.
 * - A message without a card shows its `text` and its suggested-action titles.
 * - Markdown markers (`**`, `_`, backticks) are not seen; every run of white space counts as one character.
 * The content footer (one line under a turn's last message) is not counted: it is the same under every reply.
 */

/** A walk-through step fits one phone screen. */
export const STEP_VISIBLE_MAX = 600;
/** The plan's summary fits one desktop chat pane; the rest is behind "Show full plan". */
export const PLAN_VISIBLE_MAX = 1_200;

/** Plain characters of markdown text: no emphasis markers, white space runs as one character. */
export function plainLength(text: string): number {
  return plainText(text).length;
}

/** The bold and code markers, removed first. */
const MARKERS = /\*\*|__|`/g;

export function plainText(text: string): string {
  return unmarkedPlainText(text.replace(MARKERS, ''));
}

/**
 * The rest of plainText, once the markers are gone: no emphasis underscores, white space runs as one space. The
 * pattern replaces only runs of two or more and lone tabs or line breaks: the same text as replacing every run of
 * white space with a space, without rewriting each single space.
 */
function unmarkedPlainText(unmarked: string): string {
  return unmarked
    .replace(/(^|\s)_|_(\s|$)/g, '$1$2')
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
}

/** What plainPiece's replacements act on: a marker character, an underscore, white space other than one space. */
const SPECIAL = /[*_`]|\s\s|[^\S ]|^ | $/;

/** One line of visible text measured on its own, for joinedPlainLength. */
export interface PlainPiece {
  /** Its plainLength. */
  length: number;
  /** Once the bold and code markers are gone, it starts (opens) or ends (closes) with "_". */
  opens: boolean;
  closes: boolean;
}

export function plainPiece(text: string): PlainPiece {
  // Most lines have no marker, no underscore and single spaces only: every replacement below leaves them as they are.
  if (!SPECIAL.test(text)) return { length: text.length, opens: false, closes: false };
  const unmarked = text.replace(MARKERS, '');
  return {
    length: unmarkedPlainText(unmarked).length,
    opens: unmarked.startsWith('_'),
    closes: unmarked.endsWith('_'),
  };
}

/**
 * plainLength(lines.join('\n')) from the lines measured one by one, so a caller measuring many joins of the same
 * lines (the short replies' fitting) measures each line once and keeps its PlainPiece. No marker spans a line break
 * and a run of white space counts once, so the plain lengths of the non-empty lines add up with one space between
 * each two. The exception: a line that closes with "_" before one that opens with "_" (the emphasis pattern takes the
 * line break with the first "_" and leaves the second); such a join is measured whole.
 */
export function joinedPlainLength(
  lines: readonly string[],
  measure: (line: string) => PlainPiece = plainPiece,
): number {
  let length = 0;
  let nonEmpty = 0;
  let closes = false;
  for (const line of lines) {
    const piece = measure(line);
    if (closes && piece.opens) return plainLength(lines.join('\n'));
    closes = piece.closes;
    if (piece.length) {
      length += piece.length;
      nonEmpty++;
    }
  }
  return nonEmpty ? length + nonEmpty - 1 : 0;
}

function cardVisible(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const n of node) cardVisible(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (o.isVisible === false) return;
  const type = typeof o.type === 'string' ? o.type : '';
  if ((type === 'TextBlock' || type === 'TextRun') && typeof o.text === 'string') out.push(o.text);
  if (type === 'FactSet' && Array.isArray(o.facts))
    for (const f of o.facts as { title?: unknown; value?: unknown }[]) out.push(`${f.title ?? ''} ${f.value ?? ''}`);
  if (type.startsWith('Input.')) {
    if (typeof o.label === 'string') out.push(o.label);
    if (typeof o.placeholder === 'string') out.push(o.placeholder);
  }
  if (type.startsWith('Action.')) {
    if (typeof o.title === 'string') out.push(o.title);
    return; // an Action.ShowCard's card opens only when tapped
  }
  for (const key of ['body', 'items', 'columns', 'inlines', 'actions']) if (key in o) cardVisible(o[key], out);
}

/** Source lines render.ts adds under a card: cited in the message's text, not spelled out in the card's body. */
function addedSources(message: OutputMessage, card: AdaptiveCardJson): string[] {
  const shown = JSON.stringify(card.body);
  return (message.citations ?? [])
    .filter((c) => message.text.includes(`[${c.position}]`) && !shown.includes(`[${c.position}] `))
    .map((c) => `[${c.position}] ${c.abstract || c.name}`);
}

/** The text a clinician sees of one message before tapping anything (lines joined by newlines, markdown kept). */
export function visibleText(message: OutputMessage): string {
  if (message.card) {
    const out: string[] = [];
    cardVisible(message.card.body, out);
    cardVisible(message.card.actions, out);
    return [...out, ...addedSources(message, message.card)].join('\n');
  }
  const buttons = (message.suggestedActions ?? []).slice(0, 3).map((a) => a.title);
  return [message.text, ...buttons].join('\n');
}

/** Visible characters of one message. */
export function visibleLength(message: OutputMessage): number {
  return plainLength(visibleText(message));
}

/** Lines of text a message shows (a one-line reply is 1): its text without card, else the card's text blocks. */
export function visibleLines(message: OutputMessage): number {
  const text = message.card ? visibleText({ ...message, suggestedActions: [] }) : message.text;
  return text.split('\n').filter((l) => l.trim()).length;
}
