import { combinationByBrand } from '../knowledge/combination-products.js';
import { productByName } from '../knowledge/named-products.js';
import { drugForName } from './drug-lexicon.js';

/**
 * Medication lines pasted from an EHR medication list -> the shorthand the drug readers know:
 *   "HYDROcodone-acetaminophen 10-325 MG per tablet, Take 1 tablet by mouth every 6 hours as needed for pain"
 *   -> "hydrocodone 10/325 1 tab q6h prn; "
 *   "morphine (MS CONTIN) 30 MG 12 hr tablet, Take 1 tablet by mouth every 12 hours" -> "ms contin 30 mg 1 tab q12h; "
 * Tall-man lettering is lower-cased; a brand in parentheses replaces the generic when it says more (an ER/LA
 * product, a patch, a combination brand); "12 hr"/"24 hr"/"ER" tablets are read as extended release; a tablet range
 * ("Take 1-2 tablets") is kept as a range, which the dose readers resolve (the case keeps the lower end, the MME and
 * dose checks the upper). Each sig ends with "; " so that lines joined into one (Teams collapses line breaks) stay
 * apart. A line the reader cannot fully read keeps its words, without the comma that would cut the regimen short.
 * A number word in brackets ("2 (two) times daily") is already one number: readBracketedNumbers runs first.
 */
export interface SigRow {
  id: string;
  re: RegExp;
  /** The shorthand for a match. */
  short: (m: RegExpExecArray) => string;
  example: string;
  expected: string;
}

/** Sticky: each is tried right after the count (and route). */
export const SIG_FREQUENCIES: readonly SigRow[] = [
  {
    id: 'every-n-hours',
    re: /\s(?:every|q) ?(\d{1,2})(?: ?(?:-|to) ?(\d{1,2}))? ?(?:hours?|hrs?|h)\b/iy,
    short: (m) => `q${m[1]}${m[2] ? `-${m[2]}` : ''}h`,
    example: ' every 6 hours',
    expected: 'q6h',
  },
  {
    id: 'n-times-daily',
    re: /\s(\d) times (?:daily|a day|per day|each day)\b/iy,
    short: (m) => ['', 'daily', 'bid', 'tid', 'qid'][Number(m[1])] ?? `${m[1]}x/day`,
    example: ' 4 times daily',
    expected: 'qid',
  },
  {
    id: 'twice-daily',
    re: /\s(?:twice (?:daily|a day)|two times (?:daily|a day))\b/iy,
    short: () => 'bid',
    example: ' twice daily',
    expected: 'bid',
  },
  {
    id: 'three-times-daily',
    re: /\sthree times (?:daily|a day)\b/iy,
    short: () => 'tid',
    example: ' three times daily',
    expected: 'tid',
  },
  {
    id: 'daily',
    re: /\s(?:once daily|once a day|daily|every day|every morning|each morning|in the morning|every evening)\b/iy,
    short: () => 'daily',
    example: ' daily',
    expected: 'daily',
  },
  {
    id: 'nightly',
    re: /\s(?:nightly|at bedtime|every night(?: at bedtime)?|at night)\b/iy,
    short: () => 'nightly',
    example: ' nightly at bedtime',
    expected: 'nightly',
  },
  {
    id: 'every-other-day',
    re: /\severy other day\b/iy,
    short: () => 'every other day',
    example: ' every other day',
    expected: 'every other day',
  },
];

/** Where a sig's instruction starts: ", Take", ", Place" (found first, then the head is read back from it). */
const TRIGGER = /, ?(?:take|place|apply|use|chew|inject)\b/gi;
/**
 * The head of a sig, tried (sticky) at each word start before the trigger: the name (generics, an ER word, a brand in
 * parentheses), the strength and unit, the form words up to the comma.
 */
const HEAD =
  /([a-z][a-z-]{2,25}(?: (?:er|ir|sr|cr|xr|xl|la))?) {0,3}(?:\(([a-z][a-z0-9 #-]{1,20})\) ?)?(\d{1,4}(?:\.\d{1,2})?)(?: ?- ?(\d{1,4}(?:\.\d{1,2})?))? ?(mg|mcg ?\/ ?hr?|mcg)\b(?! ?\/ ?(?:\d|ml))([^,\n]{0,30})/iy;
const COUNT =
  /\s(\d{1,2}(?:\.\d)?|one|two|three|four)(?: ?(?:-|to|or) ?(\d{1,2}))? ?(?:tablets?|tabs?|capsules?|caps?|pills?|(patch(?:es)?))\b/iy;
const TOTAL = /\s?\(\d{1,5}(?:\.\d{1,2})? ?(?:mg|mcg)(?: total)?\)/iy;
const ROUTE =
  /\s(?:by mouth|orally|po|onto the skin|on the skin|to the skin|topically|transdermally|under the tongue|sublingually)\b/iy;
const PRN = /\s(?:as needed|prn|when needed|if needed)\b/iy;
const REASON =
  /\sfor(?: (?:severe|moderate|mild|breakthrough|chronic|acute|back|nerve|neuropathic|muscle|to|and|or)){0,4} (?:pain|spasms?|sleep)\b/iy;
const MAX_DAILY = /[.,;]? ?max(?:imum)? daily (?:amount|dose):? ?(\d{1,3}) ?tablets?\b/iy;
const PERIOD = /\.(?!\d)/y;
const ER_FORM = /\b(?:12 ?hr?|24 ?hr?|er|xr|sr|cr|extended|long[- ]acting)\b/i;
const COUNTS: Readonly<Record<string, string>> = { one: '1', two: '2', three: '3', four: '4' };
const APAP = new Set(['acetaminophen', 'apap', 'paracetamol']);

/** The first head that starts a word in [from, to) and runs exactly to `to` (the trigger's comma). */
function headBefore(text: string, from: number, to: number): RegExpExecArray | undefined {
  for (let p = from; p < to; p++) {
    if (!/[a-z]/i.test(text[p]!) || /[a-z0-9]/i.test(text[p - 1] ?? '')) continue;
    const m = sticky(HEAD, text, p);
    if (m && m.index + m[0].length === to) return m;
  }
  return undefined;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

interface SigName {
  name: string;
  /** The strength as the readers take it ("10/325", "30 mg"). */
  strength: string;
}

/** The name to keep and the strength, or undefined when the words before the strength name no drug. */
function readName(
  generic: string,
  brand: string | undefined,
  a: string,
  b: string | undefined,
  unit: string,
  form: string,
): SigName | undefined {
  const parts = generic.toLowerCase().split('-');
  const drugs = parts.map((p) => drugForName(p.replace(/ (?:er|ir|sr|cr|xr|xl|la)$/, '')));
  if (drugs.some((d) => d === undefined)) return undefined;
  const u = unit.toLowerCase().replace(/\s/g, '');
  const unitText = u.startsWith('mcg/') ? 'mcg/hr' : u;
  let name: string;
  let strength: string;
  if (parts.length === 2 && b !== undefined && parts.some((p) => APAP.has(p))) {
    // "hydrocodone-acetaminophen 10-325", "acetaminophen-codeine 300-30": the numbers follow the names' order
    const opioidFirst = !APAP.has(parts[0]!);
    name = opioidFirst ? parts[0]! : parts[1]!;
    strength = opioidFirst ? `${a}/${b}` : `${b}/${a}`;
  } else if (parts.length === 1) {
    name = parts[0]!;
    strength = `${b ? `${a}-${b}` : a} ${unitText}`;
  } else return undefined;
  const brandName = brand?.toLowerCase().replace(/\s+/g, ' ').trim();
  const sameDrug = brandName !== undefined && drugForName(brandName) === drugForName(name.replace(/ er$/, ''));
  if (brandName && sameDrug && (productByName(brandName) || combinationByBrand(brandName))) name = brandName;
  else if (ER_FORM.test(form) && !/ (?:er|xr|sr|cr|xl|la)$/.test(name) && !/patch/i.test(form)) name = `${name} er`;
  return { name, strength };
}

/** Every EHR sig in the text rewritten as shorthand; other text unchanged. */
export function readEhrSigs(text: string): string {
  if (!/,\s?(?:take|place|apply|use|chew|inject)\b/i.test(text)) return text;
  let out = '';
  let done = 0;
  TRIGGER.lastIndex = 0;
  for (let trigger = TRIGGER.exec(text); trigger; trigger = TRIGGER.exec(text)) {
    if (trigger.index < done) continue;
    const head = headBefore(text, Math.max(done, trigger.index - 90), trigger.index);
    if (!head) continue;
    const sig = readName(head[1]!, head[2], head[3]!, head[4], head[5]!, head[6] ?? '');
    if (!sig) continue;
    let at = trigger.index + trigger[0].length;
    const count = sticky(COUNT, text, at);
    // "Take 1 tablet", "Place 1 patch": without a count this is prose ("500 mg, take with food"), not a sig
    if (!count) continue;
    const patch = Boolean(count[3]) || /patch/i.test(head[6] ?? '');
    const low = COUNTS[count[1]!.toLowerCase()] ?? count[1]!;
    const tablets = patch ? '' : count[2] ? `${low}-${count[2]} tabs` : `${low} ${low === '1' ? 'tab' : 'tabs'}`;
    at = count.index + count[0].length;
    for (const re of [TOTAL, ROUTE]) {
      const m = sticky(re, text, at);
      if (m) at = m.index + m[0].length;
    }
    let frequency = '';
    for (const row of SIG_FREQUENCIES) {
      const m = sticky(row.re, text, at);
      if (m) {
        frequency = row.short(m);
        at = m.index + m[0].length;
        break;
      }
    }
    const prn = sticky(PRN, text, at);
    if (prn) at = prn.index + prn[0].length;
    const reason = sticky(REASON, text, at);
    if (reason) at = reason.index + reason[0].length;
    const max = sticky(MAX_DAILY, text, at);
    if (max) at = max.index + max[0].length;
    const period = sticky(PERIOD, text, at);
    if (period) at = period.index + period[0].length;
    const words = [
      sig.name,
      sig.strength,
      patch ? 'patch' : tablets,
      frequency,
      prn ? 'prn' : '',
      max ? `max ${max[1]} tabs a day` : '',
    ].filter(Boolean);
    const nameAt = head.index;
    // What the reader could not place (an unlisted frequency) stays, right after the shorthand.
    out += `${text.slice(done, nameAt)}${words.join(' ')}${frequency ? ';' : ''}`;
    done = at;
    TRIGGER.lastIndex = at;
  }
  return out + text.slice(done);
}
