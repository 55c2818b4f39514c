import type { DrugMention } from './ports.js';

/**
 * A non-oral route right after an opioid's dose ("morphine 10 mg iv q4h", "hydromorphone 1mg IV q3h", "0.5 mg
 * i.v.", "5 mg subcut", "10mg IM") or right before its name ("IV morphine 4 mg"). The CDC 2022 factors
 * (clinical-reference.md section 4) are for oral doses (and the fentanyl patch by mcg/hr): such a dose is never
 * multiplied. "iv tabs" is four tablets (tablet-count.ts), not a route.
 */
const ROUTE_WORD = String.raw`(?:iv|i\.v\.?|intravenous(?:ly)?|im|i\.m\.?|intramuscular(?:ly)?|subcut(?:aneous(?:ly)?)?|s\.c\.?|sc|sq|epidural(?:ly)?|intrathecal(?:ly)?|pca)`;
const ROUTE_AFTER_DOSE = new RegExp(
  String.raw`^\s*(?:\(\w+\)\s?)?\d+(?:\.\d+)?\s?(?:mg|mcg|micrograms?|milligrams?|ug)?\s?,?\s?${ROUTE_WORD}(?![a-z])(?!\s?(?:tabs?|tablets?|caps?|capsules?|pills?)\b)`,
  'i',
);
const ROUTE_BEFORE_NAME = /(?:^|[\s(,;])(?:iv|i\.v\.|intravenous|im|subcut|sc|epidural|intrathecal)\s$/i;

/** The route typed at this opioid's dose when it is not oral ("iv"), else undefined. */
export function nonOralRoute(text: string, mention: DrugMention): string | undefined {
  const after = ROUTE_AFTER_DOSE.exec(text.slice(mention.end, mention.end + 40));
  if (after) return after[0].trim().split(/[\s,]/).at(-1)!.toLowerCase();
  const before = ROUTE_BEFORE_NAME.exec(text.slice(Math.max(0, mention.start - 14), mention.start));
  return before
    ? before[0]
        .trim()
        .replace(/^[(,;]/, '')
        .toLowerCase()
    : undefined;
}

/** Said instead of an MME for a non-oral dose: the factors cover oral doses only. */
export const nonOralReason = (name: string, route: string): string =>
  `MME ${name} ${route.toUpperCase()}: the CDC 2022 MME factors are for oral doses (and the fentanyl patch by mcg/hr), so a non-oral (${route.toUpperCase()}) dose is not covered and no MME was calculated. Give the oral regimen to estimate MME/day.`;
