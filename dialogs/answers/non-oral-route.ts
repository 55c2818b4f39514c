/** Said instead of an MME for a non-oral dose (src/clinical/language/non-oral-route.ts): oral doses only. */
export const nonOralReason = (name: string, route: string): string =>
  `MME ${name} ${route}: the CDC 2022 MME factors are for oral doses (and the fentanyl patch by mcg/hr), so a non-oral (${route}) dose is not covered and no MME was calculated. Give the oral regimen to estimate MME/day.`;
