import type { Activity } from 'botbuilder';

/**
 * Teams can send a multi-line message's `text` with its line breaks turned into spaces, and the lines themselves
 * only in a `text/html` attachment (`<div>`/`<p>` per line, `<br>`). A pasted note's sections matter to the readers
 * (src/clinical/language/line-breaks.ts), so the lines are read back from the HTML, and used only when the HTML says
 * exactly the words of `text` (white space aside): the HTML never adds a word. The HTML is walked tag by tag with
 * indexOf (each character read once), bounded to 64 KB.
 */
const MAX_HTML_CHARS = 64 * 1024;
/** Tags that end a line, and tags whose end keeps two cells' words apart. */
const LINE_END_TAGS: ReadonlySet<string> = new Set([
  'br',
  '/div',
  '/p',
  '/li',
  '/tr',
  '/h1',
  '/h2',
  '/h3',
  '/h4',
  '/h5',
  '/h6',
  '/blockquote',
  '/pre',
]);
const CELL_END_TAGS: ReadonlySet<string> = new Set(['/td', '/th']);
const TAG_NAME = /^\/?[a-z][a-z0-9]{0,15}/;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const SPACE = /\s+/g;
const LINE_BREAKS = /[\r\n]+/g;

function decode(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The HTML's text with a line break where a line ends; the bot's own <at> mention dropped, another's name kept. */
function htmlText(html: string, bot: string | undefined): string {
  let out = '';
  let i = 0;
  // where the next "</at>" is: found once for every <at> before it, so the search reads each character once
  let close = -1;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    const gt = html.indexOf('>', lt);
    if (gt < 0) {
      out += html.slice(lt);
      break;
    }
    const name = TAG_NAME.exec(html.slice(lt + 1, Math.min(gt, lt + 18)).toLowerCase())?.[0] ?? '';
    i = gt + 1;
    if (LINE_END_TAGS.has(name)) out += '\n';
    else if (CELL_END_TAGS.has(name)) out += ' ';
    else if (name === 'at' && close !== Number.POSITIVE_INFINITY) {
      if (close < i) close = html.indexOf('</at>', i);
      if (close < 0) close = Number.POSITIVE_INFINITY;
      else if (bot && html.slice(i, close).trim() === bot) i = close + 5;
    }
  }
  return out;
}

/** The message's text with its lines, from the HTML attachment; `text` itself when it has lines or the HTML differs. */
export function textWithLines(activity: Activity, text: string): string {
  if (text.includes('\n') || !Array.isArray(activity.attachments)) return text;
  const html = activity.attachments.find((a) => a?.contentType === 'text/html' && typeof a.content === 'string')
    ?.content as string | undefined;
  if (!html || html.length > MAX_HTML_CHARS) return text;
  const lined = decode(htmlText(html.replace(LINE_BREAKS, ' '), activity.recipient?.name?.trim()))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
  return lined.replace(SPACE, '') === text.replace(SPACE, '') ? lined : text;
}
