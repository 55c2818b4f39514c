/**
 * Everyday and clinical words that sit within a letter or two of a drug name and must never be read as one
 * ("alive" ~ aleve, "motion" ~ motrin, "morning" ~ morphine). Fuzzy matching skips these; exact names still match.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'alive', 'olive', 'motion', 'morning', 'mornings', 'methods', 'method', 'celebrate', 'valiant', 'prednisone',
  'process', 'normal', 'monitor', 'moderate', 'history', 'therapy', 'medical', 'medication', 'medications',
  'muscle', 'muscles', 'steroid', 'trauma', 'traumatic', 'travel', 'tramp', 'lyric', 'lyrics', 'ultra',
  'advice', 'advise', 'devil', 'civil', 'brufen', 'codes', 'coding', 'morphology', 'oxygen', 'hydrate',
  'hydration', 'hydro', 'methods', 'patient', 'patients', 'pregnant', 'pregnancy', 'gabby', 'heparin',
  'sodium', 'patch', 'patches', 'aspire', 'aspiring', 'plaque', 'plavix', 'solar', 'assess', 'benzene',
  'tylenol', 'naproxen', 'ibuprofen', 'reduce', 'reduced', 'recently', 'nurse', 'nurses', 'sciatica', 'lyrical', 'moraine', 'ultras',
]);
