/**
 * Precision and recall of free-text extraction per fact type over the case corpus (test/fixtures/cases).
 * Run: npm run extraction-report  (add --cases to list each case's misses and extras)
 */
import { FACT_TYPES, loadCorpus, precision, recall, scoreCorpus } from '../test/language/corpus-scoring.js';

const cases = loadCorpus();
const { scores, results } = scoreCorpus(cases);
const pct = (n: number): string => `${(n * 100).toFixed(1)}%`.padStart(7);
console.log(`Extraction over ${cases.length} cases\n`);
console.log(`${'fact type'.padEnd(14)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}   tp / extracted / expected`);
for (const t of FACT_TYPES) {
  const s = scores.get(t)!;
  console.log(`${t.padEnd(14)} ${pct(precision(s)).padStart(9)} ${pct(recall(s))}   ${s.truePositives} / ${s.extracted} / ${s.expected}`);
}
const narrative = results.filter((r) => r.narrativeWrong);
console.log(`\ncase-vs-question calls wrong: ${narrative.length}${narrative.length ? ` (${narrative.map((r) => r.id).join(', ')})` : ''}`);
if (process.argv.includes('--cases')) {
  for (const r of results) {
    if (!r.missed.length && !r.extra.length) continue;
    console.log(`\n${r.id}`);
    for (const m of r.missed) console.log(`  missed  ${m}`);
    for (const e of r.extra) console.log(`  extra   ${e}`);
  }
}
