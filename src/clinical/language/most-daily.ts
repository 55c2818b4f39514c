import { drugClassOf } from '../case/medication-facts.js';
import { combinationByBrand, strengthsForName } from '../knowledge/combination-products.js';
import type { DrugMention } from './find-drugs.js';
import { readTabletRegimen, tabletsPerDay } from './tablet-regimen.js';

/**
 * The most opioid a range or as-needed regimen allows a day, in mg (clinical-reference.md section 4: "for a range or an
 * as-needed regimen, compute the most the prescription allows"): "Percocet 10/325 1-2 tabs q4-6h prn, max 6 a day"
 * is 6 tablets, 60 mg oxycodone. Read with the project's tablet reader (tablet-regimen.ts); undefined for a fixed
 * schedule (the ordinary dose and frequency say it), a patch, open-ended extra doses, or a strength not read.
 */
const SENTENCE_END = /[;\n]|\.(?!\d)/;

export function mostDailyOpioidMg(text: string, m: DrugMention, nextStart: number): number | undefined {
  if (drugClassOf(m.drug) !== 'opioid' || m.drug === 'fentanyl') return undefined;
  const window = text.slice(m.end, Math.min(nextStart, m.end + 80));
  const stop = window.search(SENTENCE_END);
  const reading = readTabletRegimen(stop < 0 ? window : window.slice(0, stop));
  if (!reading.atMost || reading.extra) return undefined;
  // a name that fixes one strength ("tylenol #3", "ultracet"): a number after it counts tablets ("1-2 q4-6h prn" is
  // up to 2 tablets), never mg, and the strength is the product's
  const fixed = reading.strength ? undefined : oneStrength(m.matched);
  if (fixed) {
    const tablets = tabletsPerDay({ ...reading, tabletsPerDose: reading.tabletsPerDose ?? reading.leadCount ?? 1 });
    return tablets === undefined ? undefined : fixed.opioidMg * tablets;
  }
  const tablets = tabletsPerDay(reading);
  const perTablet = reading.strength?.opioidMg ?? reading.mgPerTablet ?? reading.leadMg;
  return tablets === undefined || perTablet === undefined ? undefined : perTablet * tablets;
}

/** The one strength a combination name fixes ("tylenol #3" is 30/300), else undefined. */
export function oneStrength(name: string): { opioidMg: number; acetaminophenMg: number } | undefined {
  const combo = combinationByBrand(name);
  const strengths = combo ? strengthsForName(combo, name) : [];
  return strengths.length === 1 ? strengths[0] : undefined;
}
