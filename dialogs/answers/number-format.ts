/**
 * Numbers as the answers say them: en-US grouping, at most one decimal ("1,200", "7.5"). The format is built once at
 * load: `toLocaleString` with options builds a new one on every call (tens of µs each, several per answer).
 */
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export const fmt = (n: number): string => ONE_DECIMAL.format(n);
