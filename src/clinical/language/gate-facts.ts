import type { CaseFacts } from '../case/case-facts.js';
import type { Duration } from './durations.js';
import { afterLast } from './normalize.js';

const OPTIMIZED =
  /\b(?:optimi[sz]ed|optimal|maximi[sz]ed|maximal|max(?:imum)? medical|current regimen|combined (?:drug and non-?drug )?(?:therapy|treatment)|conservative (?:care|management|therapy|treatment)|adequate trial of (?:combined )?(?:therapy|treatment))\b/;
const FOLLOW_UP =
  /\b(?:later|since (?:the )?last|follow[- ]?up|f\/u|fu|returns|came back|back today|at review|review today|today)\b/;
const IMPROVED: readonly [RegExp, 'yes' | 'partial' | 'no'][] = [
  [
    /\b(?:(?:pain|function|symptoms?)[^,.;]{0,20}\b(?:unchanged|same|no better|not (?:any )?better|not improved|worse)|no (?:improvement|change|better)|not improved|unchanged|no better|worse(?:ning)?|no meaningful improvement|not improving|not getting (?:any )?better)\b/,
    'no',
  ],
  [
    /\b(?:(?:somewhat|slightly|a (?:bit|little)|partially|partly|marginally|modestly) (?:better|improved)|some improvement|partial(?:ly)? (?:improvement|improved|response)|mild improvement|modest improvement)\b/,
    'partial',
  ],
  [
    /\b(?:(?:much|significantly|a lot|markedly|clearly) (?:better|improved)|improved|improving|better|meaningful improvement)\b/,
    'yes',
  ],
];
/** "pain 6/10 from 8/10", "pain 8 -> 6/10", "ODI 44 from 56": the latest score against the earlier one. */
const SCORE_CHANGE =
  /\b(?:pain|nrs|vas|odi|oswestry)\s?(?:score\s?)?(?:(\d{1,3})(?:\s?\/\s?10|%)?\s?(?:,\s?)?(?:down |up )?from\s?(\d{1,3})|(?:from\s)?(\d{1,3})(?:\s?\/\s?10|%)?\s?(?:->|→|to)\s?(\d{1,3}))\b/g;

/** Lower scores are better on both scales; any fall is read as partial (no threshold is claimed here). */
function scoreChange(text: string): 'partial' | 'no' | undefined {
  let seen: 'partial' | 'no' | undefined;
  SCORE_CHANGE.lastIndex = 0;
  for (let m = SCORE_CHANGE.exec(text); m; m = SCORE_CHANGE.exec(text)) {
    const now = Number(m[1] ?? m[4]);
    const before = Number(m[2] ?? m[3]);
    if (now < before) return 'partial';
    seen = 'no';
  }
  return seen;
}

const WORKING =
  /\b(?:working full[- ]time|still working|able to work|back (?:at|to) work|returned to work|back to (?:full )?(?:work|duties)|full duties|works full[- ]time|no functional (?:limitation|impairment|disability)|functioning well|fully functional)\b/;
const DECLINES_PROCEDURES =
  /\b(?:declin\w*|refus\w*|not interested in|doesn'?t want|does not want|wants to avoid|no interest in)\s(?:any\s)?(?:an?\s)?(?:epidural|esi|injections?|nerve blocks?|procedures?|interventions?|surgery|spinal cord stim\w*)/;

/** Weeks of optimized therapy, follow-up improvement, and a few whole-text signals for the referral step. */
export function gateFacts(
  text: string,
  durations: readonly Duration[],
  claimed: readonly Duration[],
): { facts: Partial<CaseFacts>; used?: Duration } {
  const out: Partial<CaseFacts> = {};
  let used: Duration | undefined;
  for (const d of durations) {
    if (claimed.includes(d)) continue;
    const around = text.slice(Math.max(0, d.start - 45), Math.min(text.length, d.end + 45));
    if (OPTIMIZED.test(around)) {
      out.weeksOptimizedTherapy = d.weeks;
      used = d;
      break;
    }
  }
  if (FOLLOW_UP.test(text) || used) {
    for (const [re, v] of IMPROVED) {
      if (re.test(text)) {
        out.improvedSinceLastVisit = v;
        break;
      }
    }
    out.improvedSinceLastVisit ??= scoreChange(text);
  }
  if (WORKING.test(text)) out.functionalDisability = 'no';
  if (DECLINES_PROCEDURES.test(text)) out.consideringInterventional = 'no';
  return used ? { facts: out, used } : { facts: out };
}

/** The pain's own duration: a free duration near words about the pain or its history. */
const PAIN_CONTEXT =
  /\b(?:lbp|back pain|pain|symptoms|sciatica|radicular|leg|history|onset|ago|chronic|ongoing|duration|started|began|since|lasting|persist\w*)\b/;

export function painDuration(
  text: string,
  durations: readonly Duration[],
  claimed: readonly Duration[],
  used: Duration | undefined,
): number | undefined {
  for (const d of durations) {
    if (
      claimed.includes(d) ||
      (d === used && !/\b(?:lbp|pain|back)\W{0,3}$/.test(text.slice(Math.max(0, d.start - 12), d.start)))
    )
      continue;
    const before = text.slice(Math.max(0, d.start - 40), d.start);
    const after = text.slice(d.end, Math.min(text.length, d.end + 30));
    if (/\blater\b/.test(after.slice(0, 8))) continue; // "4 weeks later": time since the last visit
    // The last clause of `before`: a scan, as `before.search(/[^.;\n]*$/)` retries from every character (quadratic).
    const near = `${before.slice(afterLast(before, '.;\n'))} ${after.split(/[.;\n,]/)[0]}`;
    if (PAIN_CONTEXT.test(near)) return d.weeks;
  }
  return undefined;
}
