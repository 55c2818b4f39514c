/**
 * Numbers as the answers say them: en-US grouping, at most one decimal ("1,200", "7.5"). The format is built once at
 * load: `toLocaleString` with options builds a new one on every call (tens of µs each, several per answer). Whole
 * numbers from 0 to 999 (most doses, counts and days) read the same either way and skip the formatter (about 0.25 µs
 * a call, tens of calls in a dose answer); -0 still goes through it, which writes "-0".
 */
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export const fmt = (n: number): string =>
  Number.isInteger(n) && n >= 0 && n < 1000 && !Object.is(n, -0) ? String(n) : ONE_DECIMAL.format(n);
