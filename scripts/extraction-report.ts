/**
 * Precision and recall of free-text extraction per fact type over the case corpus (test/fixtures/cases) and,
 * separately, over a second set (test/fixtures/cases/held-out) written after the parser was tuned on the corpus
 * (its first, untuned run is recorded in the commit that added it).
 * Each held-out file was scored once before any fix it prompted; those first runs are in the commits that added them.
 * Run: npm run extraction-report  (--cases lists each case's misses and extras; --by-set scores each held-out file)
 */
import { FACT_TYPES, loadCorpus, type CorpusCase, precision, recall, scoreCorpus } from './eval/corpus-scoring.js';

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;

const sections: [string, CorpusCase[]][] = [['Corpus', loadCorpus('corpus')]];
const heldOut = loadCorpus('held-out');
if (process.argv.includes('--by-set')) {
  for (const set of [...new Set(heldOut.map((c) => c.set))])
    sections.push([`Held-out ${set}`, heldOut.filter((c) => c.set === set)]);
} else sections.push(['Held-out sets (each written after tuning on the ones before)', heldOut]);

for (const [title, cases] of sections) {
  const { scores, results } = scoreCorpus(cases);
  console.log(`\n${title}: ${cases.length} cases\n`);
  console.log(
    `${'fact type'.padEnd(14)} ${'precision'.padStart(9)} ${'recall'.padStart(8)}   tp / extracted / expected`,
  );
  for (const t of FACT_TYPES) {
    const s = scores.get(t)!;
    if (s.expected === 0 && s.extracted === 0) continue;
    console.log(
      `${t.padEnd(14)} ${pct(precision(s)).padStart(9)} ${pct(recall(s)).padStart(8)}   ${s.truePositives} / ${s.extracted} / ${s.expected}`,
    );
  }
  const narrative = results.filter((r) => r.narrativeWrong);
  console.log(
    `case-vs-question calls wrong: ${narrative.length}${narrative.length ? ` (${narrative.map((r) => r.id).join(', ')})` : ''}`,
  );
  if (!process.argv.includes('--cases')) continue;
  for (const r of results) {
    if (!r.missed.length && !r.extra.length) continue;
    console.log(`  ${r.id}`);
    for (const m of r.missed) console.log(`    missed  ${m}`);
    for (const e of r.extra) console.log(`    extra   ${e}`);
  }
}
