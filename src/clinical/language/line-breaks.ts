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
/** One line break (a Windows, old Mac or Unix one). */
const LINE_BREAK = /\r\n|\r|\n/;
const SPACES = /\s+/g;
/** Up to five words (letters, slashes, ampersands, brackets) and a colon, at the start of a line. */
const HEADING = /^[A-Za-z][A-Za-z/&()'-]*(?: [A-Za-z/&()'-]+){0,4}:/;
/** A line of capitals (and spaces, slashes, ampersands), at least four letters. */
const CAPITALS_LINE = /^[A-Z][A-Z /&-]{3,40}$/;
/** The message's last line, a short question. */
const LAST_QUESTION = /^.{1,60}\?$/;

export function readLineBreaks(text: string): string {
  const lines = text
    .split(LINE_BREAK)
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter((line) => line !== '');
  return lines
    .map((line, i) => {
      if (i === 0) return line;
      const own =
        HEADING.test(line) || CAPITALS_LINE.test(line) || (i === lines.length - 1 && LAST_QUESTION.test(line));
      return (own ? '\n' : ' ') + line;
    })
    .join('');
}
