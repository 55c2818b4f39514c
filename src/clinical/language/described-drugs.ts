import type { DrugId } from '../knowledge/drug-catalogue.js';
import { stripTrailing } from './normalize.js';

/**
 * A drug described rather than named ("the gabapentin cousin", "the antidepressant also licensed for musculoskeletal
 * pain", "the once-a-week opioid patch"): read as the drug before the drug finder runs, so the dose, MME and safety
 * answers work as if it were named, and the answer says which drug it took the description to be. Only descriptions
 * the clinical reference's own text supports (each row says where); a description it does not support (e.g. "the
 * opioid they use in addiction clinics") is not read. "The SNRI for pain" asked in general is the guideline's own
 * SNRI row (guideline-intents.ts), which answers with duloxetine; only the patient's own ("on the SNRI for pain") is
 * read here. Each row reads its example and not its counter-example
 * (test/language/described-drugs.test.ts); the rows run on the question text, case-insensitive.
 */
export interface DescribedDrugRow {
  id: string;
  re: RegExp;
  drug: DrugId;
  /** The words the description is read as ("pregabalin", "buprenorphine patch"). */
  as: string;
  /** Why the reference supports the reading. */
  basis: string;
  example: string;
  counter: string;
}

export const DESCRIBED_DRUG_ROWS: readonly DescribedDrugRow[] = [
  {
    id: 'msk-antidepressant',
    re: /\b(?:the |an )?antidepressant(?: that(?: is|'s)| which is)?(?: also)? (?:licensed|approved|indicated|labell?ed) for (?:chronic )?(?:musculoskeletal|msk) pain\b/gi,
    drug: 'duloxetine',
    as: 'duloxetine',
    basis: 'reference section 2: duloxetine, chronic musculoskeletal pain',
    example: 'the antidepressant that is also licensed for musculoskeletal pain - dose?',
    counter: 'which antidepressant for depression - dose?',
  },
  {
    id: 'gabapentin-cousin',
    re: /\b(?:the )?(?:gabapentin(?:'s)? (?:cousin|sister drug|sibling|relative)|(?:cousin|sister drug|sibling|relative) of gabapentin|other gabapentinoid)\b/gi,
    drug: 'pregabalin',
    as: 'pregabalin',
    basis: 'reference section 3: gabapentin + pregabalin, the same mechanism',
    example: 'can I use the gabapentin cousin in CKD',
    counter: 'can I use gabapentin in CKD',
  },
  {
    // a weekly patch is not the fentanyl patch (its factor would give an MME buprenorphine does not have)
    id: 'weekly-opioid-patch',
    re: /\b(?:the )?(?:once[- ]a[- ]week|once[- ]weekly|weekly|7[- ]day|seven[- ]day) (?:opioid )?(?:skin )?patch\b/gi,
    drug: 'buprenorphine',
    as: 'buprenorphine patch',
    basis: 'reference section 2, ER/LA: Butrans (buprenorphine), the once-weekly patch (named-products.ts)',
    example: 'she is on the once-a-week opioid patch 10 mcg/hr, MME?',
    counter: 'she is on the opioid patch 25 mcg/hr, MME?',
  },
  {
    id: 'three-day-opioid-patch',
    re: /\b(?:the )?(?:72[- ]?(?:hour|hr|h)|three[- ]day|3[- ]day) (?:opioid )?(?:skin )?patch\b/gi,
    drug: 'fentanyl',
    as: 'fentanyl patch',
    basis: 'reference section 2: Fentanyl transdermal (Duragesic), the only other opioid patch it lists',
    example: 'the 72-hour patch 25 mcg/hr MME?',
    counter: 'the once-weekly patch 10 mcg/hr MME?',
  },
  {
    // the patient's own SNRI for pain ("on the SNRI for pain", "her SNRI for pain"): the one SNRI the sources give for
    // pain; a general question ("which SNRI for pain?") stays the guideline's own SNRI row (guideline-intents.ts)
    id: 'patients-snri-for-pain',
    re: /(?:(?<=\b(?:on|takes|taking|using|uses) )the|\b(?:her|his|their)) snri (?:for|she takes for|he takes for) (?:(?:her|his|their|the) )?(?:chronic )?(?:low )?(?:back |musculoskeletal |msk )?pain\b/gi,
    drug: 'duloxetine',
    as: 'duloxetine',
    basis:
      'reference section 2: duloxetine, the SNRI labelled for chronic musculoskeletal pain; guideline: the second-line SNRI',
    example: 'on the SNRI for pain already 60 mg, can I add tramadol?',
    counter: 'which SNRI for pain is first line?',
  },
  {
    // a patch said by how often it is changed, with a rate in mcg/hr (RATE_ROWS: the rate must be typed)
    id: 'patch-changed-every-three-days',
    re: /\b(?:an? |the )?(?:opioid )?patch,? (?:(?:which is |that is |that's |is )?(?:changed|replaced|renewed|applied|put on) )?(?:every|q) ?(?:3 days|three days|72 ?(?:hours|hrs|hr|h))\b/gi,
    drug: 'fentanyl',
    as: 'fentanyl patch',
    basis:
      'reference section 2: Fentanyl transdermal (Duragesic), the only 72-hour opioid patch it lists; rate in mcg/hr',
    example: 'he wears a patch changed every 3 days, 25 mcg/hr. MME?',
    counter: 'she wears a patch changed every 3 days for travel sickness',
  },
];

/** Rows read only when a patch rate in mcg/hr is typed in the question (a patch alone may be any drug's). */
const RATE_ROWS: ReadonlySet<string> = new Set(['patch-changed-every-three-days']);
const NAMED_PATCH = /\b(?:fentanyl|duragesic|buprenorphine|butrans)\b/i;
const PATCH_RATE = /\d{1,3}(?:\.\d)? ?(?:mcg|micrograms?|µg|ug) ?(?:\/ ?|per )(?:hr|hour|h)\b/i;

export interface DescribedDrug {
  /** The description as typed. */
  typed: string;
  drug: DrugId;
  as: string;
}

/**
 * A patch described by how long it stays on is an opioid only when nothing says otherwise: the drug's own name just
 * before it ("fentanyl 72-hour patch" is named already; "clonidine weekly patch", "scopolamine 72-hour patch" are
 * other drugs), or another use after it ("a weekly patch for contraception", "for travel sickness"). Said without
 * "opioid", it must be "the ..." patch, the clinician's definite description of the patient's analgesic.
 */
const PATCH_ROWS: ReadonlySet<string> = new Set(['weekly-opioid-patch', 'three-day-opioid-patch']);
/** Words that may stand just before a described patch: determiners, pronouns and verbs of taking. */
const BEFORE_OK: ReadonlySet<string> = new Set(
  'the a an on her his their use uses using wear wears wearing with and or of is was has had take takes taking started starting start stop stopped prescribe prescribed rx script dispense dispensed try tried trying apply applies applied change changed switch switched to plus'.split(
    ' ',
  ),
);
/** The last word before `at`, past spaces and punctuation ('' at the start of the text). */
function wordBefore(text: string, at: number): string {
  const before = stripTrailing(text.slice(Math.max(0, at - 24), at).toLowerCase(), ' \t\n,:;(-');
  return before.split(/[^a-z']/).pop() ?? '';
}
/** Another use said just after the patch ("for contraception", "for travel sickness", "to stop smoking"). */
const OTHER_USE = /^[^.;\n]{0,12}\b(?:for|to) (?!(?:her |his |their |the )?(?:back|pain|lbp|clbp)\b)[a-z]/;

function describesHere(row: DescribedDrugRow, text: string, at: number, typed: string): boolean {
  if (RATE_ROWS.has(row.id)) {
    // named already ("fentanyl 75 mcg/hr patch q72h"), or a word before it that is no taking of it: not read
    const word = wordBefore(text, at);
    return (
      PATCH_RATE.test(text) &&
      !NAMED_PATCH.test(text) &&
      (word === '' || BEFORE_OK.has(word)) &&
      !OTHER_USE.test(text.slice(at + typed.length, at + typed.length + 40).toLowerCase())
    );
  }
  if (!PATCH_ROWS.has(row.id)) return true;
  if (!/opioid/i.test(typed) && !/^\s*the\b/i.test(typed)) return false;
  const word = wordBefore(text, at);
  return (
    (word === '' || BEFORE_OK.has(word)) &&
    !OTHER_USE.test(text.slice(at + typed.length, at + typed.length + 40).toLowerCase())
  );
}

/** The text with each description replaced by the drug it names, and what was read. */
export function readDescribedDrugs(text: string): { text: string; read: DescribedDrug[] } {
  const read: DescribedDrug[] = [];
  let out = text;
  for (const row of DESCRIBED_DRUG_ROWS) {
    row.re.lastIndex = 0;
    if (!row.re.test(out)) continue;
    row.re.lastIndex = 0;
    const source = out;
    out = out.replace(row.re, (typed: string, at: number) => {
      if (!describesHere(row, source, at, typed)) return typed;
      read.push({ typed: typed.trim(), drug: row.drug, as: row.as });
      return row.as;
    });
  }
  return { text: out, read };
}
