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
/** The last word of a short match, after its last space or comma (a loop: a `[^\s,]+$` pattern rescans). */
function lastWord(said: string): string {
  let i = said.length;
  while (i > 0 && !/[\s,]/.test(said[i - 1]!)) i--;
  return said.slice(i);
}

/** The route typed at the dose of the drug named at [start, end) when it is not oral ("IV"), else undefined. */
export function nonOralRouteAt(text: string, start: number, end: number): string | undefined {
  const after = ROUTE_AFTER_DOSE.exec(text.slice(end, end + 40));
  const before = after ? undefined : ROUTE_BEFORE_NAME.exec(text.slice(Math.max(0, start - 14), start));
  const said = after?.[0] ?? before?.[0].trim();
  return said ? lastWord(said.trim()).replace(/^[(;]/, '').toUpperCase() || undefined : undefined;
}
