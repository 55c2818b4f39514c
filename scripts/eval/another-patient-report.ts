/**
 * `npm run another-patient-report [-- --set v5|v6|v9|v10] [--verbose]`: scores test/fixtures/blind-<set>/another-patient.json
 * (default v5), each written blind (README there). Each conversation runs through the pure handleTurn; its last turn must open a new case when it
 * describes a different patient ("new-case") and must keep the open case when it adds to or corrects the same one
 * ("same-case"). Prints the score by expectation; exits 0 either way (test/walkthrough/another-patient.test.ts holds
 * the floor).
 */
import { readFileSync } from 'node:fs';
import { anotherPatientScores } from './another-patient-scoring.js';

const at = process.argv.indexOf('--set');
const name = (at > 0 ? process.argv[at + 1] : undefined) ?? 'v5';
if (!['v5', 'v6', 'v9', 'v10'].includes(name)) throw new Error(`--set takes v5, v6, v9 or v10, not ${name}`);
const set = JSON.parse(
  readFileSync(new URL(`../../test/fixtures/blind-${name}/another-patient.json`, import.meta.url), 'utf8'),
) as Parameters<typeof anotherPatientScores>[0];
const rows = anotherPatientScores(set);
for (const expect of ['new-case', 'same-case'] as const) {
  const mine = rows.filter((r) => r.expect === expect);
  console.log(`${expect}: ${mine.filter((r) => r.ok).length}/${mine.length}`);
}
console.log(`all: ${rows.filter((r) => r.ok).length}/${rows.length}`);
if (process.argv.includes('--verbose')) {
  for (const r of rows.filter((x) => !x.ok))
    console.log(`FAIL ${r.id} (${r.expect}, got ${r.got}): ${r.last.slice(0, 140)}`);
}
