/**
 * The message's white space as the readers see it: runs of spaces and tabs become one space, and a line break stays
 * only where it ends a line of a note, so a reader's scope (a negation, a list, an outcome) stops at the end of its
 * line: "no leg pain\nMEDS: naproxen 500 bd" keeps naproxen taken. A break inside a wrapped sentence ("naproxen
 * 500 mg\ntwice daily for 8 weeks") joins the two parts, as before: the next line goes on in lower case after a line
 * that ends in neither punctuation nor a heading. A line that ends in a number, a unit or a joining word ("and",
 * "with", "mg") always goes on in a next line that opens in lower case.
 *
 * A line break is kept when
 * - the line before is short (under 45 characters: a line typed as a line, not prose wrapped at a margin): "no leg
 *   pain\nnaproxen 500 bd"
 * - the line before ends in punctuation (". ; : ? !") or a closing bracket: "no red flags.\nnaproxen ..."
 * - the next line opens with a capital, a digit, a bullet or a dash: "no leg pain\nMEDS: ...", "\n- tramadol",
 *   "\n2. duloxetine"
 * - the next line opens with a lower-case heading, a few words and a colon: "\ncurrent meds: naproxen",
 *   "\nq: next?", "\nred flags screened today: negative".
 */
const SPACES = /[^\S\r\n]+/g;
/** A line break with the white space around it (blank lines included): one break, read below. */
const BREAK = /[^\S\r\n]*(?:\r\n?|\n)\s*/g;
/** Shorter than this, a line was typed as a line: prose wrapped at a margin fills 60-80 characters. */
const SHORT_LINE = 45;
/** A line that ends in a number, a unit or a joining word goes on in the next line when that opens in lower case. */
const JOINS = /(?:\d|\b(?:and|or|of|with|for|to|the|a|an|at|in|on|by|from|but|mg|mcg|g|ml|tabs?|tablets?|caps?))$/i;
const GOES_ON = /^[a-z]/;
/** The line before ends a statement or a heading. */
const ENDS_LINE = /[.;:?!)\]]$/;
/** The next line opens an item: a capital, a digit, a bullet or a dash. */
const OPENS_ITEM = /^[A-Z0-9\-*•·>#]/;
/** A lower-case heading: up to four letter words (slashes, ampersands) and a colon, "current meds:", "pmh/psh:". */
const HEADING = /^[a-z][a-z/&]*(?: [a-z/&]+){0,3}:/;

export function readLineBreaks(text: string): string {
  const spaced = text.replace(SPACES, ' ').trim();
  if (!spaced.includes('\n') && !spaced.includes('\r')) return spaced;
  return spaced.replace(BREAK, (_, offset: number, whole: string) => {
    const before = whole.slice(Math.max(0, offset - 1), offset);
    const lineStart = Math.max(whole.lastIndexOf('\n', offset - 1), whole.lastIndexOf('\r', offset - 1)) + 1;
    const rest = whole.slice(offset).replace(BREAK_START, '');
    const next = rest.slice(0, 40);
    if (GOES_ON.test(next) && JOINS.test(whole.slice(Math.max(lineStart, offset - 12), offset))) return ' ';
    if (offset - lineStart < SHORT_LINE) return '\n';
    return ENDS_LINE.test(before) || OPENS_ITEM.test(next) || HEADING.test(next) ? '\n' : ' ';
  });
}
/** The break itself at the start of the text after it (to read the next line's opening). */
const BREAK_START = /^\s+/;
