/**
 * Does the text look like it holds a patient identifier (a name, a phone number, an e-mail or street address, a
 * record, NHS or social security number, a date of birth)? Checked on the text as typed (capitals matter for
 * names), before anything from the message is stored. False positives only cost a polite request to resend, but
 * clinical text (doses, fractions, lab values, visit dates, ages, scores, item lists, brands, eponyms) must pass.
 * The rules are data rows in identifier-rules.ts; the named checks on their matches are here.
 */
import { drugForName } from './drug-lexicon.js';
import {
  IDENTIFIER_RULES,
  LABEL_WORDS,
  NOT_NAME_WORDS,
  NOT_STREET_WORDS,
  SPINE_LEVEL,
  TITLE_NOT_NAMES,
  US_STATES,
  WITHHELD,
  type IdentifierCategory,
  type IdentifierRule,
} from './identifier-rules.js';

export type { IdentifierCategory } from './identifier-rules.js';

/** A unit, a fraction or a count right after a number: it is a dose, a value or a duration, not an identifier. */
const UNIT_AFTER =
  /^\s?(?:mg|mcg|ug|µg|g|gm|grams?|ml|mls|l|iu|units?|u|%|mm|cm|m|km|kg|lbs?|mmol|umol|µmol|meq|ng|pg|mme|hrs?|hours?|h|mins?|minutes?|days?|d|wks?|weeks?|w|mos?|months?|yrs?|years?|y|x|times|tabs?|tablets?|caps?|capsules?|puffs?|drops?|sprays?|patch|patches|visits?|sessions?|steps?)\b/i;

/** The digits of a match are a whole number: not the tail of a longer one, a decimal, a fraction or a ratio. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text.slice(end, end + 2);
  if (/[\d./-]/.test(before)) return false;
  if (/^(?:[/:.,-]\d|\d)/.test(after)) return false;
  return !UNIT_AFTER.test(text.slice(end, end + 12));
}

function digitCount(s: string): number {
  let n = 0;
  for (const c of s) if (c >= '0' && c <= '9') n++;
  return n;
}

/** NHS numbers: weights 10..2 on the first nine digits, 11 - (sum mod 11) is the tenth (11 -> 0; 10 is never valid). */
export function nhsCheckDigitValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const fold = (w: string): string =>
  w
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** A word that could be someone's name: not a common, clinical, instrument, eponym or drug word. */
export function nameLike(word: string): boolean {
  const w = fold(word.replace(/[.'’-]{1,3}$/, ''));
  if (w.length < 2) return false;
  return !NOT_NAME_WORDS.has(w) && drugForName(w) === undefined;
}

function streetWords(words: string, capitalised: boolean): boolean {
  const list = words.trim().split(/\s+/);
  if (list.length === 0 || list.length > 3) return false;
  return list.every((w) => {
    const lower = w.toLowerCase();
    if (NOT_STREET_WORDS.has(lower) || drugForName(lower) !== undefined) return false;
    if (capitalised) return /^[A-Z]/.test(w);
    return !NOT_NAME_WORDS.has(lower);
  });
}

function passes(rule: IdentifierRule, m: RegExpExecArray, text: string): boolean {
  const start = m.index;
  const end = start + m[0].length;
  const g1 = m[1] ?? '';
  const numberOk = () =>
    standsAlone(text, start, end) &&
    (!rule.digits || (digitCount(m[0]) >= rule.digits[0] && digitCount(m[0]) <= rule.digits[1]));
  if (rule.check === undefined) return true;
  switch (rule.check) {
    case 'number':
      return numberOk();
    case 'us-phone': {
      const groups = m[0].split(/[-.]/);
      return numberOk() && groups[0] !== groups[1] && !groups.every((g) => g.endsWith('00'));
    }
    case 'nhs':
      return numberOk() && nhsCheckDigitValid(m[0].replace(/\D/g, ''));
    case 'ssn': {
      const [area = '', group = '', serial = ''] = m[0].split('-');
      return (
        numberOk() && area !== '000' && area !== '666' && !area.startsWith('9') && group !== '00' && serial !== '0000'
      );
    }
    case 'email':
      return /[A-Za-z0-9._%+-]/.test(text[start - 1] ?? '');
    case 'title-name':
      return !TITLE_NOT_NAMES.has(g1) && drugForName(g1) === undefined;
    case 'name-word':
      return nameLike(g1);
    case 'name-pair':
      return nameLike(g1) && nameLike(m[2] ?? '');
    case 'street-cap':
      return streetWords(g1, true);
    case 'street':
      return streetWords(g1, false);
    case 'us-state':
      return US_STATES.has(g1) && standsAlone(text, start, end);
    case 'postcode':
      return !SPINE_LEVEL.test(g1);
    case 'not-withheld':
      return !WITHHELD.test(g1) && nameLike(g1);
  }
}

/** The categories of identifier found in the text (empty: none). Never returns the matched text. */
export function identifierCategories(text: string): IdentifierCategory[] {
  const found = new Set<IdentifierCategory>();
  if (typeof text !== 'string' || text === '') return [];
  for (const rule of IDENTIFIER_RULES) {
    if (found.has(rule.category)) continue;
    if (firstMatch(rule, text)) found.add(rule.category);
  }
  return [...found];
}

/** The first match of one rule that passes its check (the rules' own tests use it). */
export function firstMatch(rule: IdentifierRule, text: string): boolean {
  const re = rule.pattern;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (passes(rule, m, text)) return true;
    // a failed check: look again from the next character (a shorter street name, a later title...)
    let next = m.index + 1;
    // A number check (standsAlone) fails at every start after a digit, '.', '/' or '-': inside a long digit run
    // those starts are skipped rather than each matched and refused.
    if (STANDS_ALONE_CHECKS.has(rule.check))
      while (next < text.length && AFTER_NUMBER_CHAR.test(text[next - 1]!)) next++;
    re.lastIndex = next;
  }
  return false;
}

/** Checks that start with numberOk(), so fail when standsAlone does. */
const STANDS_ALONE_CHECKS = new Set<IdentifierRule['check']>(['number', 'us-phone', 'nhs', 'ssn']);
/** The characters before a start that make standsAlone false (its `before` test). */
const AFTER_NUMBER_CHAR = /[\d./-]/;

export function looksLikeIdentifiers(text: string): boolean {
  return identifierCategories(text).length > 0;
}

/** Why a case label is refused: it could identify the patient. */
export type LabelProblem = 'identifier' | 'initials' | 'name';

/**
 * Case labels are kept only when plainly neutral: a letter with up to three digits ("B", "B2"), a one- or two-digit
 * number ("bed 4", "3pm"), or up to three words from the neutral label vocabulary or drug names ("knee guy",
 * "sciatica lady", "Tuesday 3pm"). Anything else might be a surname; two or three letters alone ("JD", "J.D.")
 * are initials. Case does not matter (typed commands arrive lower-cased).
 */
export function labelProblem(label: string): LabelProblem | undefined {
  const raw = label.trim();
  if (looksLikeIdentifiers(raw)) return 'identifier';
  const lower = raw.toLowerCase();
  if (/^[a-z]\d{0,3}$/.test(lower)) return undefined;
  const letters = lower.replace(/[.\s]/g, '');
  if (/^[a-z]{2,3}$/.test(letters) && (raw.includes('.') || !LABEL_WORDS.has(letters))) return 'initials';
  const words = lower.split(/[\s_/-]+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return 'name';
  for (const word of words) {
    const parts = /^([a-z]*)(\d{0,2})(am|pm)?$/.exec(word.replace(/[.,:]{1,3}$/, ''));
    if (!parts) return 'name';
    const [, head = '', digits = '', meridiem] = parts;
    if (meridiem && !digits) return 'name';
    if (head === '' || head.length === 1) continue;
    if (!LABEL_WORDS.has(head) && drugForName(head) === undefined) return 'name';
  }
  return undefined;
}
