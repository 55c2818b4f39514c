import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { CONTENT_VERSION } from '../src/clinical/knowledge/knowledge-base.js';
import {
  appendRow,
  CONTENT_LOG_FILE,
  contentFingerprint,
  contentLogProblems,
  nextVersion,
  parseContentLog,
  readContentLog,
  withContentVersion,
} from './eval/content-log.js';
import { readGoldenTable } from './eval/dose-golden-file.js';
import { goldenTable } from './eval/dose-golden-table.js';

/**
 * Records a new content version: `npm run content-log -- "what changed" [--date YYYY-MM-DD]`.
 * Appends a row to docs/content-log.md (next version, date, the current fingerprint, its chain value) and sets
 * CONTENT_VERSION in src/clinical/knowledge/knowledge-base.ts. Refuses when the dose-check golden table is stale
 * (run `npm run dose-golden` first), when nothing changed since the last row, or when the log was edited.
 */
const KNOWLEDGE_BASE = new URL('../src/clinical/knowledge/knowledge-base.ts', import.meta.url);

const { positionals, values } = parseArgs({ allowPositionals: true, options: { date: { type: 'string' } } });
const change = positionals.join(' ').trim();
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if (change.length < 10) fail('Say what changed: npm run content-log -- "what changed, in a sentence or two"');

const recorded = readGoldenTable();
if (!isDeepStrictEqual(goldenTable().rows, recorded.rows)) {
  fail(
    'test/fixtures/dose-check-golden.json is not what the code answers now: run `npm run dose-golden`, read its diff, then run this again.',
  );
}
const fingerprint = await contentFingerprint(recorded);
const log = readContentLog();
const rows = parseContentLog(log);
const last = rows.at(-1);
if (!last) fail('docs/content-log.md has no rows');
const earlier = contentLogProblems(rows, { version: last!.version, fingerprint: last!.fingerprint });
if (earlier.length) fail(`docs/content-log.md needs fixing first:\n- ${earlier.join('\n- ')}`);
if (last!.fingerprint === fingerprint)
  fail(`Nothing to record: the content is still ${last!.version} (fingerprint ${fingerprint}).`);
if (CONTENT_VERSION !== last!.version) {
  fail(
    `CONTENT_VERSION is ${CONTENT_VERSION} but the log's last row is ${last!.version}: set it back, this script bumps it.`,
  );
}

const date = values.date ?? new Date().toISOString().slice(0, 10);
const version = nextVersion(last!.version, date);
writeFileSync(CONTENT_LOG_FILE, appendRow(log, { version, date, fingerprint, change }));
writeFileSync(KNOWLEDGE_BASE, withContentVersion(readFileSync(KNOWLEDGE_BASE, 'utf8'), version));
console.log(`Content ${version} (fingerprint ${fingerprint}) recorded in docs/content-log.md and knowledge-base.ts.`);
