/** The text with its first letter in capitals ("naproxen failed" -> "Naproxen failed"), for titles and lead lines. */
export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
