import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readGoldenTable, type GoldenTable } from './dose-golden-file.js';

/**
 * The clinical content log (docs/content-log.md) and the content fingerprint it records; used by
 * test/knowledge/content-version.test.ts and `npm run content-log` (scripts/content-log.ts). docs/knowledge.md,
 * "Content version", explains the design.
 *
 * The log is a markdown table, one row per content version, oldest first:
 *   | version | date | fingerprint | chain | change |
 * - `version` is YYYY.MM.DD-N, its date the row's `date`; versions strictly increase.
 * - `fingerprint` is the content fingerprint of that version ("not recorded" for rows older than the column);
 *   recorded fingerprints are all different. The last row's must be the content's now, its version CONTENT_VERSION.
 * - `chain` makes the rows append-only: sha256(previous row's chain + "\n" + this row's other cells joined by
 *   " | "), first 12 hex digits (the first row's previous chain is empty). Editing a row breaks its chain, and
 *   fixing that value breaks the next row's: an edit passes only by rewriting every later chain value by hand.
 */

export const CONTENT_LOG_FILE = new URL('../../docs/content-log.md', import.meta.url);
const KNOWLEDGE_DIR = new URL('../../src/clinical/knowledge/', import.meta.url);

export const LOG_HEADER = '| version | date | fingerprint | chain | change |';
const LOG_RULE = '|---|---|---|---|---|';
export const NOT_RECORDED = 'not recorded';

export interface LogRow {
  version: string;
  date: string;
  fingerprint: string;
  chain: string;
  change: string;
  /** 1-based line in the file, for messages. */
  line: number;
}

const VERSION = /^(\d{4})\.(\d{2})\.(\d{2})-(\d+)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FINGERPRINT = /^[0-9a-f]{16}$/;
const CHAIN = /^[0-9a-f]{12}$/;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The rows of the log's table. Throws when the table is missing or a row does not have five cells. */
export function parseContentLog(markdown: string): LogRow[] {
  const lines = markdown.split('\n');
  const header = lines.findIndex((l) => l.trim() === LOG_HEADER);
  if (header < 0) throw new Error(`docs/content-log.md: no table with the header ${LOG_HEADER}`);
  if (lines[header + 1]?.trim() !== LOG_RULE)
    throw new Error(`docs/content-log.md: the header must be followed by ${LOG_RULE}`);
  const rows: LogRow[] = [];
  for (let i = header + 2; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (!text.startsWith('|')) break;
    if (!text.endsWith('|')) throw new Error(`docs/content-log.md line ${i + 1}: a row ends with "|"`);
    const cells = text
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
    if (cells.length !== 5) {
      throw new Error(
        `docs/content-log.md line ${i + 1}: expected 5 cells, found ${cells.length} (no "|" in a change)`,
      );
    }
    const [version, date, fingerprint, chain, change] = cells as [string, string, string, string, string];
    rows.push({ version, date, fingerprint, chain, change, line: i + 1 });
  }
  return rows;
}

/** The chain value of a row that follows `previous` (the previous row's chain, '' for the first row). */
export function chainOf(previous: string, row: Pick<LogRow, 'version' | 'date' | 'fingerprint' | 'change'>): string {
  return sha256(`${previous}\n${[row.version, row.date, row.fingerprint, row.change].join(' | ')}`).slice(0, 12);
}

function versionKey(version: string): [number, number] | undefined {
  const m = VERSION.exec(version);
  return m ? [Number(`${m[1]}${m[2]}${m[3]}`), Number(m[4])] : undefined;
}

const versionDate = (version: string): string | undefined => {
  const m = VERSION.exec(version);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
};

/** How to record a change: the message every "content changed" failure ends with. */
export const HOW_TO_RECORD =
  'run `npm run dose-golden` if dose behaviour changed, then `npm run content-log -- "what changed"` (docs/knowledge.md, "Content version")';

/**
 * Every problem with the log against the current content: its rows (format, order, chain) and its last row
 * (the current fingerprint and CONTENT_VERSION). Empty when all is well.
 */
export function contentLogProblems(
  rows: readonly LogRow[],
  current: { version: string; fingerprint: string },
): string[] {
  const problems: string[] = [];
  if (!rows.length) return ['docs/content-log.md has no rows'];
  const at = (row: LogRow) => `docs/content-log.md line ${row.line} (${row.version})`;
  let previousChain = '';
  let chainBroken = false;
  const seenVersions = new Set<string>();
  const seenFingerprints = new Map<string, string>();
  rows.forEach((row, i) => {
    const key = versionKey(row.version);
    if (!key) problems.push(`${at(row)}: the version must read YYYY.MM.DD-N`);
    if (!DATE.test(row.date)) problems.push(`${at(row)}: the date must read YYYY-MM-DD`);
    else if (key && versionDate(row.version) !== row.date) {
      problems.push(`${at(row)}: the version's date is not the row's date ${row.date}`);
    }
    if (row.fingerprint !== NOT_RECORDED && !FINGERPRINT.test(row.fingerprint)) {
      problems.push(`${at(row)}: the fingerprint must be 16 hex digits or "${NOT_RECORDED}"`);
    }
    if (!CHAIN.test(row.chain)) problems.push(`${at(row)}: the chain must be 12 hex digits`);
    if (row.change.length < 10) problems.push(`${at(row)}: say what changed`);
    if (seenVersions.has(row.version)) problems.push(`${at(row)}: version ${row.version} is already in the log`);
    seenVersions.add(row.version);
    const before = rows[i - 1];
    const beforeKey = before && versionKey(before.version);
    if (key && beforeKey && (key[0] < beforeKey[0] || (key[0] === beforeKey[0] && key[1] <= beforeKey[1]))) {
      problems.push(`${at(row)}: versions must increase (after ${before.version})`);
    }
    if (row.fingerprint !== NOT_RECORDED) {
      const earlier = seenFingerprints.get(row.fingerprint);
      if (earlier) problems.push(`${at(row)}: fingerprint ${row.fingerprint} is already recorded for ${earlier}`);
      seenFingerprints.set(row.fingerprint, row.version);
    }
    if (!chainBroken && chainOf(previousChain, row) !== row.chain) {
      chainBroken = true;
      problems.push(
        i === rows.length - 1
          ? `${at(row)}: the row does not match its chain: rows are append-only; a row is added by \`npm run content-log\`, never by hand, and never edited (${HOW_TO_RECORD})`
          : `${at(row)}: the row does not match its chain: rows are append-only, so restore it as it was (a correction is a new row: ${HOW_TO_RECORD})`,
      );
    }
    previousChain = row.chain;
  });
  const last = rows.at(-1)!;
  if (last.fingerprint !== current.fingerprint) {
    problems.push(
      `content changed: bump CONTENT_VERSION and add a row to docs/content-log.md with fingerprint ${current.fingerprint} (the last row, ${last.version}, records ${last.fingerprint}); ${HOW_TO_RECORD}`,
    );
  }
  if (last.version !== current.version) {
    problems.push(`CONTENT_VERSION is ${current.version} but the last row of docs/content-log.md is ${last.version}`);
  }
  return problems;
}

/** The version after `last` on `date` (YYYY-MM-DD): the same day counts on, a later day starts at 1. */
export function nextVersion(last: string, date: string): string {
  const lastDate = versionDate(last);
  const key = versionKey(last);
  if (!lastDate || !key) throw new Error(`not a content version: ${last}`);
  if (!DATE.test(date)) throw new Error(`not a date: ${date}`);
  if (date < lastDate) throw new Error(`${date} is before the last version's date ${lastDate}`);
  return `${date.replaceAll('-', '.')}-${date === lastDate ? key[1] + 1 : 1}`;
}

/** The log with one row appended after the last row of its table (the only edit the log accepts). */
export function appendRow(markdown: string, row: Pick<LogRow, 'version' | 'date' | 'fingerprint' | 'change'>): string {
  const change = row.change.replace(/\s+/g, ' ').trim();
  if (change.includes('|')) throw new Error('a change cannot contain "|"');
  const rows = parseContentLog(markdown);
  const last = rows.at(-1);
  const chain = chainOf(last?.chain ?? '', { ...row, change });
  const text = `| ${row.version} | ${row.date} | ${row.fingerprint} | ${chain} | ${change} |`;
  const lines = markdown.split('\n');
  const after = last ? last.line : lines.findIndex((l) => l.trim() === LOG_RULE) + 1;
  lines.splice(after, 0, text);
  return lines.join('\n');
}

/** knowledge-base.ts with CONTENT_VERSION set to `version`. */
export function withContentVersion(source: string, version: string): string {
  const declaration = /export const CONTENT_VERSION = '[^']*';/;
  if (!declaration.test(source)) throw new Error('knowledge-base.ts: no CONTENT_VERSION declaration');
  return source.replace(declaration, `export const CONTENT_VERSION = '${version}';`);
}

/**
 * A value as canonical JSON for the fingerprint: arrays, plain objects (keys sorted), strings, numbers, booleans,
 * null; Maps, Sets and RegExps by their content; functions and undefined left out (behaviour is fingerprinted by
 * the golden table). Anything else throws, so new kinds of data are never silently skipped.
 */
function canonical(value: unknown, where: string): unknown {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  if (Array.isArray(value)) return value.map((v, i) => canonical(v, `${where}[${i}]`) ?? null);
  if (value instanceof Map) return { map: canonical([...value.entries()], where) };
  if (value instanceof Set) return { set: canonical([...value], where) };
  if (value instanceof RegExp) return { regexp: value.source, flags: value.flags };
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new Error(`content fingerprint: ${where} is a ${proto?.constructor?.name ?? 'class instance'}`);
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = canonical((value as Record<string, unknown>)[key], `${where}.${key}`);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  return undefined;
}

const isSchema = (value: unknown): boolean => typeof value === 'object' && value !== null && '_zod' in value;

/**
 * Exports left out of the fingerprint: the version itself, wherever it is exported or re-exported (index.ts), since
 * bumping it must not change what it names.
 */
const NOT_CONTENT_NAMES = new Set(['CONTENT_VERSION']);

/**
 * Every data export of every module in src/clinical/knowledge/ (zod schemas and functions aside), by
 * "file#name": a new data table is fingerprinted without anyone remembering to list it.
 */
export async function knowledgeData(): Promise<Record<string, unknown>> {
  const files = readdirSync(KNOWLEDGE_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .sort();
  const data: Record<string, unknown> = {};
  for (const file of files) {
    const mod = (await import(new URL(file, KNOWLEDGE_DIR).href)) as Record<string, unknown>;
    for (const name of Object.keys(mod).sort()) {
      const key = `${file}#${name}`;
      const value = mod[name];
      if (NOT_CONTENT_NAMES.has(name) || typeof value === 'function' || isSchema(value)) continue;
      data[key] = canonical(value, key);
    }
  }
  return data;
}

/** 16 hex digits of sha256 over the knowledge data and the dose-check golden table's rows. */
export async function contentFingerprint(golden: GoldenTable = readGoldenTable()): Promise<string> {
  const content = { knowledge: await knowledgeData(), doseCheckGolden: golden.rows };
  return sha256(JSON.stringify(content)).slice(0, 16);
}

export function readContentLog(): string {
  return readFileSync(CONTENT_LOG_FILE, 'utf8');
}
