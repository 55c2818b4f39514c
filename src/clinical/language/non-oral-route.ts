/**
 * A non-oral route right after an opioid's dose ("morphine 10 mg iv q4h", "hydromorphone 1mg IV q3h", "0.5 mg
 * i.v.", "5 mg subcut", "10mg IM") or right before its name ("IV morphine 4 mg"). The CDC 2022 factors
 * (clinical-reference.md section 4) are for oral doses (and the fentanyl patch by mcg/hr): such a dose is never
 * multiplied. "iv tabs" is four tablets (tablet-count.ts), not a route.
 */
/**
 * A bare "im" is also "I'm" typed without its apostrophe ("30mg im worried", "60 mg, im thinking naloxone"): it is
 * the route only with the end of the regimen, a bracket, a number or a frequency after it ("10mg IM q4h", "10 mg im
 * (deltoid)", "5 mg IM stat", "10mg IM.").
 */
const IM_ROUTE = String.raw`im(?=\s?(?:$|[,.;:()/\-]|\d|q\.?\s?\d|(?:prn|stat|once|twice|bd|bid|tds|tid|qds|qid|od|qd|daily|nocte|mane|every|hourly|x|inj\w*|injection|for|and|or|then|plus)\b))`;
const ROUTE_WORD = String.raw`(?:iv|i\.v\.?|intravenous(?:ly)?|${IM_ROUTE}|i\.m\.?|intramuscular(?:ly)?|subcut(?:aneous(?:ly)?)?|s\.c\.?|sc|sq|epidural(?:ly)?|intrathecal(?:ly)?|pca)`;
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
