/** The text with its first letter in capitals ("naproxen failed" -> "Naproxen failed"), for titles and lead lines. */
export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The text with its first letter in lower case (a title inside a sentence). */
export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
