/**
 * Does the text look like it holds a patient identifier (a name, a record number, a date of birth)? Checked on
 * the text as typed (capitals matter for names). False positives only cost a polite request to resend.
 */
const TITLE_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+([A-Z](?:[a-z'-]+|\.|(?=[\s,;]|$)))/g;
const NAMED = /\b(?:[Pp]atient|[Pp]t|[Nn]amed|[Cc]alled|[Nn]ame\s?[:-])\s+(?:is\s+)?([A-Z][a-z'-]{2,})(?:\s+[A-Z][a-z'-]{2,})?/g;
const MRN = /\b(?:mrn|mr#|mr no|medical record(?: number| no| #)?|record (?:number|no|#)|nhs (?:number|no)|hospital (?:number|no)|chart (?:number|no|#)|patient id|pt id)\s*[:#=]?\s*[a-z]?\d{4,}/i;
const LONG_NUMBER = /(?<![\d.])\d{7,}(?![\d.])/;
const DOB = /\b(?:dob|d\.o\.b\.?|date of birth|born(?: on)?)\s*[:=-]?\s*\d/i;
const FULL_DATE_19XX = /\b\d{1,2}[/.-]\d{1,2}[/.-]19\d\d\b/;
/** Capitalised words after "patient"/"Mr" that are not names (sentence words, drug brands typed with a capital). */
const NOT_NAMES = new Set([
  'Is', 'Has', 'Was', 'Had', 'Reports', 'Denies', 'States', 'With', 'On', 'Presents', 'Complains', 'Tried', 'Takes', 'Taking',
  'Contin', 'Notes', 'Feels', 'Says', 'Wants', 'Describes', 'Agrees', 'Who', 'Also', 'Now', 'Still', 'Currently', 'Here', 'Seen',
  'Declined', 'Declines', 'Refused', 'Continues', 'Remains', 'Endorses', 'And', 'The', 'A', 'An', 'Not', 'No', 'Did', 'Does', 'Will',
  'Education', 'Information', 'Reported', 'Male', 'Female', 'Unable', 'Able', 'Works', 'Lives', 'Otherwise',
]);

export function looksLikeIdentifiers(text: string): boolean {
  if (MRN.test(text) || LONG_NUMBER.test(text) || DOB.test(text) || FULL_DATE_19XX.test(text)) return true;
  for (const re of [TITLE_NAME, NAMED]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (m[1] && !NOT_NAMES.has(m[1])) return true;
  }
  return false;
}
