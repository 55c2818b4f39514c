import type { Activity } from 'botbuilder';

/**
 * Teams can send a multi-line message's `text` with its line breaks turned into spaces, and the lines themselves
 * only in a `text/html` attachment (`<div>`/`<p>` per line, `<br>`). A pasted note's lines matter to the readers (a
 * negation or a list ends with its line: src/clinical/language/line-breaks.ts), so the lines are read back from the
 * HTML, and used only when the HTML says exactly the words of `text` (white space aside): the HTML never adds a word.
 */
const MAX_HTML_CHARS = 64 * 1024;
const BREAK_TAG = /<br\b[^>]{0,200}>|<\/(?:div|p|li|tr|h[1-6]|blockquote|pre)\s*>/gi;
/** Table cells are words apart on one line. */
const CELL_END = /<\/t[dh]\s*>/gi;
const MENTION = /<at\b[^>]{0,200}>([^<]{0,200})<\/at>/gi;
const TAG = /<[^>]{0,2000}>/g;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const SPACE = /\s+/g;

function decode(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The message's text with its lines, from the HTML attachment; `text` itself when it has lines or the HTML differs. */
export function textWithLines(activity: Activity, text: string): string {
  if (text.includes('\n') || !Array.isArray(activity.attachments)) return text;
  const html = activity.attachments.find((a) => a?.contentType === 'text/html' && typeof a.content === 'string')
    ?.content as string | undefined;
  if (!html || html.length > MAX_HTML_CHARS) return text;
  const bot = activity.recipient?.name?.trim();
  const lined = decode(
    html
      .replace(/[\r\n]+/g, ' ')
      .replace(MENTION, (_, name: string) => (bot && name.trim() === bot ? '' : name))
      .replace(CELL_END, ' ')
      .replace(BREAK_TAG, '\n')
      .replace(TAG, ''),
  )
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
  return lined.replace(SPACE, '') === text.replace(SPACE, '') ? lined : text;
}
