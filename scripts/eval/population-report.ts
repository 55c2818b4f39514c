/**
 * `npm run population-report [-- --set v7|v8|v10] [--verbose]`: scores test/fixtures/blind-<set>/populations.json (default
 * v7), each written blind (README there). Each text is a fresh conversation's first turn through the pure handleTurn. A patient under 18, pregnant
 * or breastfeeding must get the "not covered" hold for that population and no dose; an adult (the traps: "her 15
 * year old son", "not pregnant", "13 year history") must not be held. Exits 0 either way
 * (test/answers/populations-blind.test.ts holds the floor).
 */
import { readFileSync } from 'node:fs';
import { ask } from './question-suite.js';

export interface PopulationItem {
  id: string;
  text: string;
  expect: 'out-of-scope' | 'in-scope';
  population: 'under-18' | 'pregnancy' | 'breastfeeding' | null;
}

/** The hold names every population it found ("does not cover patients under 18 or breastfeeding"). */
const HOLD: Record<NonNullable<PopulationItem['population']>, RegExp> = {
  'under-18': /this pathway does not cover [^.]*\bpatients under 18\b/,
  pregnancy: /this pathway does not cover [^.]*\bpregnancy\b/,
  breastfeeding: /this pathway does not cover [^.]*\bbreastfeeding\b/,
};
const ANY_HOLD = /this pathway does not cover (?:patients under 18|pregnancy|breastfeeding)/;

export function populationScores(set: readonly PopulationItem[]) {
  return set.map((item, n) => {
    const reply = ask(item.text, n).join('\n\n');
    const ok =
      item.expect === 'out-of-scope'
        ? item.population !== null && HOLD[item.population].test(reply)
        : !ANY_HOLD.test(reply);
    return { ...item, ok, reply };
  });
}

export type PopulationSetName = 'v7' | 'v8' | 'v10';

export function loadPopulationSet(set: PopulationSetName = 'v7'): PopulationItem[] {
  return JSON.parse(
    readFileSync(new URL(`../../test/fixtures/blind-${set}/populations.json`, import.meta.url), 'utf8'),
  ) as PopulationItem[];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--set');
  const name = at > 0 ? process.argv[at + 1] : 'v7';
  if (name !== 'v7' && name !== 'v8' && name !== 'v10') throw new Error(`--set takes v7, v8 or v10, not ${name}`);
  const rows = populationScores(loadPopulationSet(name));
  for (const expect of ['out-of-scope', 'in-scope'] as const) {
    const mine = rows.filter((r) => r.expect === expect);
    console.log(`${expect}: ${mine.filter((r) => r.ok).length}/${mine.length}`);
  }
  for (const p of ['under-18', 'pregnancy', 'breastfeeding'] as const) {
    const mine = rows.filter((r) => r.population === p);
    console.log(`  ${p}: ${mine.filter((r) => r.ok).length}/${mine.length}`);
  }
  if (process.argv.includes('--verbose'))
    for (const r of rows.filter((x) => !x.ok))
      console.log(
        `FAIL ${r.id} (${r.expect} ${r.population ?? ''}): ${r.text.slice(0, 120)}\n   -> ${r.reply.slice(0, 140).replace(/\n/g, ' ')}`,
      );
}
