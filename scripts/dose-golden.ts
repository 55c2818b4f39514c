import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GOLDEN_FILE, goldenTable, serialiseGoldenTable } from './eval/dose-golden-table.js';

/**
 * Writes test/fixtures/dose-check-golden.json from the live pure core (scripts/eval/dose-golden-table.ts). Run it
 * after a deliberate change of dose-check behaviour, read the diff, then record the new content version:
 * `npm run content-log -- "what changed"` (docs/knowledge.md, "Content version").
 */
const started = performance.now();
const table = goldenTable();
writeFileSync(GOLDEN_FILE, serialiseGoldenTable(table));
console.log(
  `${fileURLToPath(GOLDEN_FILE)}: ${table.rows.length} rows in ${Math.round(performance.now() - started)} ms`,
);
