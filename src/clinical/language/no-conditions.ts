import { SCREENED_CONDITIONS, type CaseFacts } from '../case/case-facts.js';

/**
 * "no other medical conditions", "PMH nil", "otherwise healthy": the clinician says the patient has none of the
 * conditions that change what is safe, the same as answering "none" to the conditions question.
 */
const NO_CONDITIONS = new RegExp(
  [
    String.raw`\b(?:no|nil|denies(?: any)?) (?:other |significant |sig |relevant |known |major |chronic |past |prior |further )*(?:medical |health )?(?:conditions|comorbidit(?:y|ies)|co-morbidit(?:y|ies)|medical (?:history|problems|issues)|health (?:problems|issues)|pmhx?|past medical history|hx of note)\b`,
    String.raw`\b(?:pmhx?|past medical history|medical history|comorbidit(?:y|ies)|co-morbidit(?:y|ies))\s?(?::|-|is|=)?\s?(?:nil|none|unremarkable|negative|non-?contributory|nil of note|nil significant|clear)\b`,
    String.raw`\b(?:otherwise|previously) (?:fit and well|fit & well|healthy|well)\b(?!\s(?:controlled|managed|tolerated))`,
    String.raw`\bhealthy otherwise\b`,
  ].join('|'),
);

/** Every condition not named in the text is 'no' when the text says there are no (other) conditions. */
export function noOtherConditions(text: string, patch: Partial<CaseFacts>): Partial<CaseFacts>['conditions'] {
  if (!NO_CONDITIONS.test(text)) return patch.conditions;
  const out = { ...patch.conditions };
  // Renal numbers decide CKD themselves (an eGFR said next to "otherwise healthy" is not a normal kidney).
  for (const id of SCREENED_CONDITIONS) if (out[id] === undefined && !(id === 'ckd' && patch.renal)) out[id] = 'no';
  return out;
}
