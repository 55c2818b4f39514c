import type { RedFlagId } from '../case/case-facts.js';
import { afterLast, normalize } from './normalize.js';

/**
 * A red flag raised earlier and now explicitly excluded by the work-up ("MRI normal, infection excluded", "CT: old
 * healed fracture, nothing new", "saddle sensation normal", "oncology: no recurrence"): the case records the sign as
 * answered no and resumes the pathway (clinical-reference.md section 6: red flags pause the pathway until the
 * evaluation rules them out). Each row is data with an example it must read and a counter-example it must not
 * (test/language/red-flag-clearance.test.ts). Weak wording never clears ("probably fine", "will check", "pending").
 */
export interface ClearanceRow {
  id: RedFlagId;
  example: string;
  counterExample: string;
  re: RegExp;
}

const EXCLUDED = '(?:was |were |has been |have been |is |now |since )?(?:excluded|ruled out|r\\/o)';

export const CLEARANCE_ROWS: readonly ClearanceRow[] = [
  {
    id: 'infection',
    example: 'cultures negative, the fever was a UTI; infection excluded',
    counterExample: 'infection not excluded yet',
    re: new RegExp(
      `\\b(?:(?:spinal |spine |vertebral )?(?:infection|discitis|osteomyelitis|epidural abscess|abscess) ${EXCLUDED}|(?:excluded|ruled out|no evidence of) (?:an? |any )?(?:spinal |spine |vertebral )?(?:infection|discitis|osteomyelitis|epidural abscess))\\b`,
      'g',
    ),
  },
  {
    id: 'fracture',
    example: 'CT showed an old healed fracture, nothing new',
    counterExample: 'CT shows an acute fracture',
    re: new RegExp(
      `\\b(?:(?:old|healed|chronic|longstanding) (?:healed |old )?(?:\\w+ )?fracture|no (?:acute |new |recent )(?:\\w+ )?fractures?|fracture ${EXCLUDED})\\b`,
      'g',
    ),
  },
  {
    id: 'cauda-equina',
    example: 'seen next day: saddle sensation normal, PVR 20 mL',
    counterExample: 'saddle sensation reduced',
    re: new RegExp(
      `\\b(?:saddle (?:sensation|sensory exam|area|region)(?: is| was)? (?:normal|intact|nad)|normal saddle sensation|(?:cauda equina(?: syndrome)?|ces) ${EXCLUDED}|no (?:evidence of )?(?:cauda equina|ces|cord) compression)\\b`,
      'g',
    ),
  },
  {
    id: 'cancer',
    example: 'oncology review found no recurrence; the weight loss was a new diet',
    counterExample: 'recurrence suspected',
    re: new RegExp(
      `\\b(?:no (?:evidence of |sign of |signs of )?(?:recurrence|malignancy|metastases|metastatic disease|mets)|(?:cancer|malignancy|metastases|metastatic disease|mets|recurrence) ${EXCLUDED}|(?:the |her |his )?weight loss (?:was |is )?(?:intentional|deliberate|(?:due to|from|explained by) (?:a |her |his )?(?:new )?diet|(?:a |her |his )?(?:new )?diet))\\b`,
      'g',
    ),
  },
  {
    id: 'progressive-neuro-deficit',
    example: 'ortho happy, neuro intact',
    counterExample: 'neuro not intact',
    re: /\b(?:neuro(?:logically)? intact|neuro(?:logical)? exam(?:ination)? (?:is |was )?normal|power (?:is |was )?5\/5 (?:throughout|all groups|bilaterally)|no (?:focal )?neuro(?:logical)? deficits?)\b/g,
  },
];

/** Hedges and plans just before a clearing phrase, in its clause: nothing is excluded yet. */
const WEAK = /\b(?:probably|likely|hopefully|will|to be|awaiting|pending|should|may|might|if|unless|not yet|hoping)\b/;
/** A hedge in the clause just before the phrase (the clause is cut first, so the pattern needs no `...$`: linear). */
function hedgedBefore(before: string): boolean {
  return WEAK.test(before.slice(afterLast(before, '.;!?\n')));
}

/** The red flags the text explicitly excludes. */
export function clearedRedFlags(text: string): RedFlagId[] {
  const norm = normalize(text.slice(0, 20_000));
  const out = new Set<RedFlagId>();
  for (const row of CLEARANCE_ROWS) {
    for (const m of norm.matchAll(row.re)) {
      if (!hedgedBefore(norm.slice(Math.max(0, m.index - 50), m.index))) out.add(row.id);
    }
  }
  return [...out];
}
