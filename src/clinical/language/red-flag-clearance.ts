import type { RedFlagId } from '../case/case-facts.js';
import { conceptHits } from './concept-hits.js';
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
      `\\b(?:(?:old|healed|chronic|longstanding) (?:healed |old )?(?:\\w+ )?fracture|no (?:acute |new |recent )(?:\\w+ )?fractures?|(?:x-?ray|xr|ct|mri|imaging|scan|films?)s?\\b[^.;]{0,20}?\\bno (?:evidence of )?(?:\\w+ )?fractures?|fracture ${EXCLUDED})\\b`,
      'g',
    ),
  },
  {
    id: 'cauda-equina',
    example: 'seen next day: saddle sensation normal, PVR 20 mL',
    counterExample: 'saddle sensation reduced',
    re: new RegExp(
      `\\b(?:saddle (?:sensation|sensory exam|area|region)(?: is| was)? (?:normal|intact|nad)|normal saddle sensation|(?:cauda equina(?: syndrome)?|ces) ${EXCLUDED}|no (?:evidence of |signs? of )?(?:(?:cauda equina|ces|cord|neural|nerve root|thecal sac|canal) )?compression|(?:mri|scan|imaging)\\b[^.;,]{0,15}?\\bno (?:evidence of )?(?:cauda equina|ces)\\b)\\b`,
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
  {
    // a specialist's examination finds full power where weakness was read ("power 5/5 on their exam (effort-limited
    // earlier)", "full power on review"), or the deficit not progressing ("weakness unchanged", "no progression"):
    // not worsening weakness (reference 6). A side or a qualifier after it keeps the flag (takenBack).
    id: 'progressive-neuro-deficit',
    example: 'spinal review: power 5/5 on their exam (effort-limited earlier), reflex unchanged, repeat MRI unchanged',
    counterExample: 'power 5/5 on the right, 3/5 on the left',
    re: /\b(?:(?:power|strength) (?:is |was |now |found )?(?:5\/5|full|normal)|full (?:power|strength)|(?:weakness|deficit|power|strength|neuro(?:logy)?|neuro(?:logical)? exam(?:ination)?) (?:is |was |remains |now )?(?:unchanged|stable|static|not progressing|no worse)|no (?:progression|worsening) (?:of|in) (?:the )?(?:weakness|deficit|power|neurology))\b/g,
  },
  {
    // a deficit said by comparison, then corrected: the earlier normal finding was wrong, or nothing is new
    id: 'progressive-neuro-deficit',
    example: 'the 5/5 was a template error; spinal team reviewed: no new deficit',
    counterExample: 'new deficit on review',
    re: /\b(?:no new (?:neuro(?:logical)? |motor |focal )?(?:deficits?|weakness)|(?:template|documentation|transcription|copy-?paste|copying) error)\b/g,
  },
];

/** Hedges and plans just before a clearing phrase, in its clause: nothing is excluded yet. */
const WEAK = /\b(?:probably|likely|hopefully|will|to be|awaiting|pending|should|may|might|if|unless|not yet|hoping)\b/;
/** A hedge in the clause just before the phrase (the clause is cut first, so the pattern needs no `...$`: linear). */
function hedgedBefore(before: string): boolean {
  return WEAK.test(before.slice(afterLast(before, '.;!?\n')));
}

/**
 * A negation or doubt in the part of the clause before the phrase (up to the last comma): "not neurologically intact",
 * "we have not ruled out infection", "can't say CES is excluded". A "?" right before it asks ("?CES excluded").
 */
const NEGATED_BEFORE =
  /\b(?:not|never|cannot|can't|cant|couldn't|don't|dont|didn't|haven't|havent|hasn't|hasnt|isn't|isnt|wasn't|weren't|unable to|yet to|unclear|unsure|uncertain|doubt\w*|query)\b/;

/**
 * What follows the phrase in its sentence and takes the clearance back: a "?" right after it asks ("CES excluded?",
 * "fracture ruled out? awaiting CT"); a qualifier or a doubt keeps part of the flag ("neuro intact apart from L foot
 * drop", "no recurrence on CT but weight loss continues", "infection ruled out but I'm not convinced", "saddle
 * sensation normal on the right, reduced on the left", "no new weakness elsewhere").
 */
const QUESTIONED_AFTER = /^\s*\?/;
const QUALIFIED_AFTER =
  /\b(?:but|except|apart from|other than|aside from|save for|besides|although|though|however|whereas|not (?:convinced|sure|certain|confident)|unsure|uncertain|unclear|doubt\w*|on the (?:right|left|r|l|other side|opposite side)|(?:right|left)[- ]sided?|elsewhere|other side|contralateral\w*|in the other (?:leg|foot|limb|side))\b/;
/**
 * A limit said before the phrase in its sentence: "other than the foot drop, no new weakness", "apart from the L foot,
 * neuro intact". The clearance is about the rest, not the flagged sign.
 */
const QUALIFIED_BEFORE = /\b(?:except|apart from|other than|aside from|save for|besides|elsewhere)\b/;

/** The clearing phrase at [start, end) is negated, questioned or qualified where it stands. */
function takenBack(norm: string, start: number, end: number): boolean {
  const before = norm.slice(Math.max(0, start - 50), start);
  if (hedgedBefore(before) || /\?\s*$/.test(before.slice(-3))) return true;
  if (NEGATED_BEFORE.test(before.slice(afterLast(before, '.;!?\n,')))) return true;
  if (QUALIFIED_BEFORE.test(before.slice(afterLast(before, '.;!?\n')))) return true;
  const rest = norm.slice(end, end + 100);
  const after = rest.slice(0, rest.search(/[.;!\n]|$/));
  return QUESTIONED_AFTER.test(after) || QUALIFIED_AFTER.test(after);
}

/**
 * Risk factors that stand whatever the work-up shows: restated beside the clearance ("IVDU, MRI normal, infection
 * excluded", "known breast ca, onc review: no recurrence") they are not the sign back. Any other sign of the flag said
 * present in the same message is ("foot drop worse", "still retaining", "weight loss continues", "new L1 fracture").
 */
const STANDING: Partial<Record<RedFlagId, RegExp>> = {
  infection: /^(?:ivdu|iv drug use|injection drug use|intravenous drug use|immuno)/,
  fracture:
    /^(?:osteoporo|long-?term|chronic|prolonged|(?:significant|major|minor|recent|high[- ]energy) trauma|trauma|a fall|after|recent fall|mechanical|fell|mvc|mva|car|motor)/,
  cancer: /^(?:history of|prior|previous|known|(?:breast|prostate|lung|colon|renal|thyroid) (?:cancer|ca)|cancer)/,
};
/** A sign told as past just before it ("hx foot drop", "old fracture") is history, not the sign now. */
const HISTORY_BEFORE = /\b(?:hx|h\/o|history of|known|previous|prior|past|old|healed|ex)\b/;
/**
 * A sign settled or explained right after it ("fever resolved", "the fever was a UTI", "night pain settled", "the weight
 * loss followed a new diet", "weight loss was intentional").
 */
const SETTLED_AFTER =
  /^\s*(?:(?:was|were|is|has|had|have)\s)?(?:been\s)?(?:resolved|settled|gone|subsided|treated|healed|recovered|explained|due to|from|secondary to|caused by|attributed to|related to|because of|followed|intentional|deliberate|a|an|viral)\b/;

/**
 * For cancer only, a sign said to be easing after a negative work-up ("no metastases ... night waking improved",
 * "weight stable") is not the sign back: cancer's signs are the reason for the work-up, which has excluded it. A
 * neurological or cauda equina sign that is only better still stands.
 */
const EASING_AFTER = /^\s*(?:(?:has|have|is|was)\s)?(?:improved|improving|better|stable|settling|resolving)\b/;
const EASING_SETTLES: ReadonlySet<RedFlagId> = new Set(['cancer']);

/** A sign of `id` said present in `norm`, outside the clearing phrases of that flag, and neither history nor settled. */
function signStillPresent(norm: string, id: RedFlagId, clearing: readonly [number, number][]): boolean {
  const standing = STANDING[id];
  return conceptHits(norm).some((h) => {
    if (h.polarity !== 'present' || h.kind.fact !== 'redFlag' || h.kind.id !== id) return false;
    if (clearing.some(([s, e]) => h.start < e && h.end > s)) return false;
    if (standing?.test(norm.slice(h.start, h.end))) return false;
    const before = norm.slice(Math.max(0, h.start - 25), h.start);
    if (HISTORY_BEFORE.test(before.slice(afterLast(before, '.;!?\n,')))) return false;
    const after = norm.slice(h.end, h.end + 40);
    return !SETTLED_AFTER.test(after) && !(EASING_SETTLES.has(id) && EASING_AFTER.test(after));
  });
}

/**
 * The red flags the text explicitly excludes. When the wording is unclear the flag stays (the safer reading): a
 * clearing phrase hedged, negated, questioned or qualified clears nothing, nor does one beside a sign of the same flag
 * said present again in the message.
 */
export function clearedRedFlags(text: string): RedFlagId[] {
  const norm = normalize(text.slice(0, 20_000));
  const out = new Set<RedFlagId>();
  for (const row of CLEARANCE_ROWS) {
    const clearing: [number, number][] = [];
    let clears = false;
    for (const m of norm.matchAll(row.re)) {
      clearing.push([m.index, m.index + m[0].length]);
      if (!takenBack(norm, m.index, m.index + m[0].length)) clears = true;
    }
    if (clears && !signStillPresent(norm, row.id, clearing)) out.add(row.id);
  }
  return [...out];
}
