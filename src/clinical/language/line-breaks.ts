/**
 * The message's white space as the readers see it: runs of spaces, tabs and line breaks become one space, except a
 * line break before a section heading of a note, which stays: a reader's scope (a negation, a list, an outcome) ends
 * where the next section begins. "HPI: LBP, no leg pain\nCURRENT MEDS: naproxen 500 bd" keeps the naproxen taken,
 * and "RED FLAGS SCREENED TODAY: negative\nQ: next?" keeps the question its own.
 *
 * Only headings: a line's own structure is not a boundary, because notes run a statement over lines ("naproxen 500
 * bd 8 weeks\nno help", "Red flags - denies:\nfever\nweight loss", "NOT ON:\n- oxycodone\n- tramadol", a letter
 * wrapped at its margin), and those must read as one statement, as they always have.
 *
 * A heading opens the next line:
 * - a few words and a colon: "MEDS:", "Current meds:", "Q:", "RED FLAGS SCREENED TODAY:", "PMH/PSH:"
 * - a line in capitals only: "PROBLEM LIST", "MEDICATIONS"
 * and the last line is its own sentence when it is a short question: "...8 weeks\nno help\nnext?".
 */
/** A line break with the white space around it (blank lines included). */
const BREAK = /[^\S\r\n]*(?:\r\n?|\n)\s*/g;
const SPACES = /\s+/g;
/** Up to five words (letters, slashes, ampersands, brackets) and a colon, at the start of a line. */
const HEADING = /^[A-Za-z][A-Za-z/&()'-]*(?: [A-Za-z/&()'-]+){0,4}:/;
/** The message's last line, a short question. */
const LAST_QUESTION = /^[^\r\n]{1,60}\?\s*$/;
/** A line of capitals (and spaces, slashes, ampersands), at least four letters, then its line break. */
const CAPITALS_LINE = /^[A-Z][A-Z /&-]{3,40}(?:\r\n?|\n)/;

export function readLineBreaks(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.includes('\n') && !trimmed.includes('\r')) return trimmed.replace(SPACES, ' ');
  return trimmed.replace(/[^\S\r\n]+/g, ' ').replace(BREAK, (whole: string, offset: number, all: string) => {
    const rest = all.slice(offset + whole.length);
    const next = rest.slice(0, 48);
    return HEADING.test(next) || CAPITALS_LINE.test(next) || LAST_QUESTION.test(rest) ? '\n' : ' ';
  });
}
