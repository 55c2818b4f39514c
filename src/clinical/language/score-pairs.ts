/**
 * "naproxen 500 bd x 3 mo (7->7)", "(7/10 -> 5/10)": a bare pair in brackets after a treatment is its pain score
 * before and after (0-10 only; anything larger is not a pain score).
 */
export const BRACKETED_PAIN_CHANGE = /\(\s?(\d{1,2})(?:\s?\/\s?10)?\s?(?:->|→|to)\s?(\d{1,2})(?:\s?\/\s?10)?\s?\)/g;
