import type { CaseFacts } from '../case/case-facts.js';
import { drugClassOf } from '../case/medication-facts.js';
import type { Duration } from './durations.js';
import type { Entity } from './entity.js';
import { afterLast } from './normalize.js';
import { arrowScorePairs, BRACKETED_PAIN_CHANGE } from './score-pairs.js';
import { meetsMinimalChange, scoreChangesIn } from './score-changes.js';

const OPTIMIZED =
  /\b(?:optimi[sz]ed|optimal|maximi[sz]ed|maximal|max(?:imum)? medical|current regimen|combined (?:drug and non-?drug )?(?:therapy|treatment)|conservative (?:care|management|therapy|treatment)|adequate trial of (?:combined )?(?:therapy|treatment))\b/;
const FOLLOW_UP =
  /\b(?:later|since (?:the )?last|follow[- ]?up|f\/u|fu|returns|came back|back today|at review|review today|today|\d{1,2}[- ]?(?:weeks?|wks?|months?|mos?|mths?)[- ]review|review:)(?:\b|(?<=:))/;
/** "pain 7->6 after 14 weeks": a score change said over a stretch of time is a follow-up reading too. */
const OVER_TIME = /^[^.;\n\d]{0,20}\b(?:after|over|despite|in)\s\d{1,3}\s?(?:weeks?|wks?|months?|mos?)\b/;

function scoreChangeOverTime(text: string): boolean {
  SCORE_CHANGE.lastIndex = 0;
  for (let m = SCORE_CHANGE.exec(text); m; m = SCORE_CHANGE.exec(text)) {
    const end = m.index + m[0].length;
    if (OVER_TIME.test(text.slice(end, end + 40))) return true;
  }
  return false;
}
/** How far after a drug's duration its scores may be said ("on duloxetine 60 mg for 8 wk. Pain 7 -> 4, ODI 40 -> 42"). */
const TRIAL_SCORES_REACH = 60;

/**
 * A score change said right after a drug's stated time on it ("On duloxetine 60 mg for 8 wk. Pain 7/10 -> 4/10, ODI
 * 40% -> 42%."): the change over that trial, read as a follow-up's (function decides, judgingFalls), so a trial of an
 * adequate length with no meaningful functional gain is judged failed, not continued (reference section 2 adequate
 * trial; guideline: do not continue ineffective medicines).
 */
function scoredAfterTrial(text: string, claimed: readonly Duration[]): boolean {
  return scoredTrial(text, claimed) !== undefined;
}

/** The drug's stated time that a score change follows (scoredAfterTrial), or undefined: whose trial the scores are. */
export function scoredTrial(text: string, claimed: readonly Duration[]): Duration | undefined {
  if (!claimed.length) return undefined;
  SCORE_CHANGE.lastIndex = 0;
  for (let m = SCORE_CHANGE.exec(text); m; m = SCORE_CHANGE.exec(text)) {
    const at = m.index;
    // the nearest before the scores: "tramadol for 6 wk. Naproxen for 8 wk. Pain 7 -> 6" scores the naproxen
    let d: Duration | undefined;
    for (const x of claimed) if (x.end <= at && at - x.end <= TRIAL_SCORES_REACH && (!d || x.end > d.end)) d = x;
    if (d) return d;
  }
  return undefined;
}
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
/**
 * "pain 6/10 from 8/10", "pain 8 -> 6/10", "ODI 44 from 56", dictated "back pain went from 8 to 8": the latest score
 * against the earlier one.
 */
const SCORE_CHANGE =
  /\b(?:pain|nrs|vas|odi|oswestry)\s?(?:score\s?)?(?:(\d{1,3})(?:\s?\/\s?10|%)?\s?(?:,\s?)?(?:down |up )?from\s?(\d{1,3})|(?:(?:went |came |has gone |had gone )?(?:down |up )?from\s)?(\d{1,3})(?:\s?\/\s?10|%)?\s?(?:->|→|to)\s?(\d{1,3}))\b/g;

/** The text with its score changes blanked ("pain 7->6, ODI 36->33"): their arrows and numbers are no dose. */
export function withoutScoreChanges(text: string): string {
  return text
    .replace(SCORE_CHANGE, (m) => ' '.repeat(m.length))
    .replace(BRACKETED_PAIN_CHANGE, (m) => ' '.repeat(m.length));
}

/**
 * Each score change the text states (score-changes.ts, and a bracketed pain pair after a treatment), whether it is the
 * ODI's (function) and whether it reaches the minimal important change (clinical-reference.md section 5: 2 points on a
 * 0-10 scale, 10 ODI points, or 30% from baseline). Lower scores are better on both scales.
 */
function scoreFalls(text: string, afterDrug = false): { odi: boolean; met: boolean }[] {
  const falls = scoreChangesIn(text).map((c) => ({ odi: c.scale === 'odi', met: meetsMinimalChange(c) }));
  BRACKETED_PAIN_CHANGE.lastIndex = 0;
  for (let m = BRACKETED_PAIN_CHANGE.exec(text); m; m = BRACKETED_PAIN_CHANGE.exec(text)) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (from <= 10 && to <= 10) falls.push({ odi: false, met: meetsMinimalChange({ scale: 'pain', from, to }) });
  }
  // after a drug's name, its outcome written with an arrow and no score name ("qds x 6 wks: 8 -> 8", "52% -> 50%")
  if (afterDrug)
    for (const p of arrowScorePairs(withoutScoreChanges(text))) {
      const scale = p.scale === 'odi' ? 'odi' : 'pain';
      falls.push({ odi: scale === 'odi', met: meetsMinimalChange({ scale, from: p.before, to: p.now }) });
    }
  return falls;
}

/**
 * The falls that judge the improvement since the last visit: the guideline weighs function ("focus on functional goals
 * rather than complete pain elimination" 1; "discontinue if no meaningful improvement in function (not just pain
 * scores)" 1), so an ODI change said with a pain change decides ("pain 6 to 4 but ODI 40 to 52": function not
 * improved); pain alone else.
 */
function judgingFalls(text: string): boolean[] {
  const falls = scoreFalls(text);
  const odi = falls.filter((f) => f.odi);
  return (odi.length ? odi : falls).map((f) => f.met);
}

/** Whether the ODI (function) was said to change: its verdict then stands over words about pain. */
export function functionChangeSaid(text: string): boolean {
  return scoreFalls(text).some((f) => f.odi);
}

/**
 * A fall below the minimal important change counts as no change: "pain 7->6" is 'no'; a meaningful fall is
 * 'partial' (pain remains); no fall is 'no'. Function decides when the ODI is said (judgingFalls).
 */
export function scoreChange(text: string): 'partial' | 'no' | undefined {
  const falls = judgingFalls(text);
  if (!falls.length) return undefined;
  return falls.includes(true) ? 'partial' : 'no';
}

/**
 * How a drug's own scores moved, in the text after its name: every stated change reaches the minimal important change
 * ('met': pain 6 to 3/10 and ODI 40% to 22%, "(8 -> 5, ODI 50% -> 36%)"), none does ('not-met': pain 7->6, ODI
 * 36->33, ": 8 -> 8"), or some do and some do not ('mixed').
 */
export function scoreResponse(text: string): 'met' | 'mixed' | 'not-met' | undefined {
  const falls = scoreFalls(text, true).map((f) => f.met);
  if (!falls.length) return undefined;
  if (falls.every(Boolean)) return 'met';
  return falls.includes(true) ? 'mixed' : 'not-met';
}

/**
 * "pain persists despite 14 weeks of optimized therapy" (1): how long the combined drug and non-drug course has run,
 * when the text says it of a whole course, both ways round: "after 14 weeks of duloxetine 60, naproxen and physio"
 * (the course after the duration) and "duloxetine and naproxen plus PT for 14 weeks" (the course before it, in its
 * sentence). The course names a pathway drug and a non-drug therapy that was done (not "hasn't done PT"); a
 * duration said of the pain ("LBP x 2 yrs") or of one drug ("naproxen x 6 wks, ... PT") is not the course's.
 */
const COURSE_AFTER = /\b(?:after|despite|following|over)\s?$/;
const COURSE_BEFORE = /\b(?:for|x|over)\s?$/;
const PAIN_BEFORE = /\b(?:lbp|pain|back|sciatica|symptoms|sx|history of|onset)\s?(?:x|for|of|over)?\s?$/;
const PATHWAY_DRUG = new Set(['nsaid', 'snri', 'gabapentinoid', 'opioid']);
const SENTENCE_REACH = 300;

export function combinedCourse(
  text: string,
  durations: readonly Duration[],
  entities: readonly Entity[],
  done: (therapy: string) => boolean = () => true,
): Duration | undefined {
  const isCourse = (list: readonly Entity[]) =>
    list.some((e) => e.type === 'drug' && PATHWAY_DRUG.has(drugClassOf(e.mention.drug))) &&
    list.some((e) => e.type === 'therapy' && done(e.therapy));
  for (const d of durations) {
    const before = text.slice(Math.max(0, d.start - 16), d.start);
    if (PAIN_BEFORE.test(before)) continue;
    if (COURSE_AFTER.test(before) && /^\s?of\b/.test(text.slice(d.end, d.end + 5))) {
      const rest = text.slice(d.end, d.end + SENTENCE_REACH);
      const stop = rest.search(/[.;\n](?!\d)/);
      const to = stop < 0 ? d.end + rest.length : d.end + stop;
      if (isCourse(entities.filter((e) => e.start >= d.end && e.end <= to))) return d;
    } else if (COURSE_BEFORE.test(before)) {
      const window = text.slice(Math.max(0, d.start - SENTENCE_REACH), d.start);
      const from = d.start - window.length + afterLast(window, '.;\n');
      if (isCourse(entities.filter((e) => e.start >= from && e.end <= d.start))) return d;
    }
  }
  return undefined;
}

const WORKING =
  /\b(?:working full[- ]time|still working|able to work|back (?:at|to) work|returned to work|back to (?:full )?(?:work|duties)|full duties|works full[- ]time|no functional (?:limitation|impairment|disability)|functioning well|fully functional)\b/;
/** "not back at work", "yet to return to work": the working words said as not (yet) true. */
const NOT_YET = /\b(?:not|never|isn'?t|hasn'?t|yet to|unable to|can'?t|cannot|no longer)\s(?:yet\s)?$/;

function working(text: string): boolean {
  const m = WORKING.exec(text);
  return !!m && !NOT_YET.test(text.slice(Math.max(0, m.index - 16), m.index));
}
const DECLINES_PROCEDURES =
  /\b(?:declin\w*|refus\w*|not interested in|doesn'?t want|does not want|wants to avoid|no interest in)\s(?:any\s)?(?:an?\s)?(?:epidural|esi|injections?|nerve blocks?|procedures?|interventions?|surgery|spinal cord stim\w*)/;

/** Weeks of optimized therapy, follow-up improvement, and a few whole-text signals for the referral step. */
export function gateFacts(
  text: string,
  durations: readonly Duration[],
  claimed: readonly Duration[],
  entities: readonly Entity[] = [],
  therapyDone: (therapy: string) => boolean = () => true,
): { facts: Partial<CaseFacts>; used?: Duration } {
  const out: Partial<CaseFacts> = {};
  let used: Duration | undefined;
  for (const d of durations) {
    if (claimed.includes(d)) continue;
    // the words about optimised therapy in the duration's own clause ("LBP 1 yr, 14 weeks of optimised therapy")
    const before = text.slice(Math.max(0, d.start - 45), d.start);
    const after = text.slice(d.end, Math.min(text.length, d.end + 45));
    const clause = `${before.slice(afterLast(before, ',;.\n'))} ${after.split(/[,;.\n](?!\d)/)[0]}`;
    if (OPTIMIZED.test(clause)) {
      out.weeksOptimizedTherapy = d.weeks;
      used = d;
      break;
    }
  }
  const course = used ? undefined : combinedCourse(text, durations, entities, therapyDone);
  if (course) out.weeksOptimizedTherapy = course.weeks;
  if (FOLLOW_UP.test(text) || used || course || scoreChangeOverTime(text) || scoredAfterTrial(text, claimed)) {
    // a score change below the minimal important change is no change, whatever words go with it
    const scored = scoreChange(text);
    // "pain 6 to 4 but ODI 40 to 52", "ODI 50 to 36 but pain unchanged": function's verdict stands over pain words
    if (scored === 'no' || (scored && functionChangeSaid(text))) out.improvedSinceLastVisit = scored;
    for (const [re, v] of IMPROVED) {
      if (out.improvedSinceLastVisit) break;
      if (re.test(text)) out.improvedSinceLastVisit = v;
    }
    out.improvedSinceLastVisit ??= scored;
  }
  if (working(text)) out.functionalDisability = 'no';
  if (DECLINES_PROCEDURES.test(text)) out.consideringInterventional = 'no';
  return used ? { facts: out, used } : { facts: out };
}

/** The pain's own duration: a free duration near words about the pain or its history ("CLBP 5 yrs" too). */
const PAIN_CONTEXT =
  /\b(?:c?lbp|back pain|pain|symptoms|sciatica|radicular|leg|history|onset|ago|chronic|ongoing|duration|started|began|since|lasting|persist\w*)\b/;

/**
 * A shorter spell said on top of a longer history of the same pain ("2 months of LBP on top of a 5 year history",
 * "6 weeks of back pain on a background of chronic LBP", "acute-on-chronic LBP x 3 weeks"): the spell is a flare, the
 * history is the pain's duration, so the spell never makes the pain "not yet chronic". Examples:
 * test/language/longer-history.test.ts.
 */
export const ON_A_LONGER_HISTORY =
  /\b(?:on top of|on (?:a )?background of|against (?:a )?background of|superimposed on|acute[- ]on[- ]chronic|flare of (?:a |her |his |their )?(?:chronic|long-?standing))\b|\b\d{1,2}[- ]?(?:years?|yrs?|y)[- ](?:history|hx)\b/;

export function painDuration(
  text: string,
  durations: readonly Duration[],
  claimed: readonly Duration[],
  used: Duration | undefined,
): number | undefined {
  const found = durations.filter((d) => isPainDuration(text, d, claimed, used));
  const first = found[0];
  // "re-presented with back pain for 2 days. Known CLBP x 4 yrs": a recent spell said first, the chronic history after
  // it; the history is the pain's duration and the spell a flare of it
  if (first && first.weeks <= CHRONIC_WEEKS) {
    const history = found.find((d) => d.weeks > CHRONIC_WEEKS && CHRONIC_HISTORY.test(clauseAround(text, d)));
    if (history) return history.weeks;
  }
  return first?.weeks;
}

/** Clinical reference section 2: chronic low back pain is pain for more than 12 weeks (ACP 2017). */
const CHRONIC_WEEKS = 12;
/** Words that say a duration is the pain's chronic history ("known CLBP x 4 yrs", "long-standing LBP 3 years"). */
const CHRONIC_HISTORY =
  /\b(?:known|chronic|clbp|long-?standing|longstanding|history|hx|background|ongoing|persistent|recurrent)\b/;
/** The comma clause of a duration: the words before it in its clause and after it up to the next comma. */
function clauseAround(text: string, d: Duration): string {
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  return `${before.slice(afterLast(before, ',.;\n'))} ${text.slice(d.end, d.end + 40).split(/[,.;\n]/)[0]}`;
}

/**
 * A change of the pain said right after a duration: "2 days of worse back pain", "1/52 flare", "10 days of increased
 * pain", "3 days' exacerbation". How long the change has lasted, not the pain (CHANGE_BEFORE is the same said first).
 */
const CHANGE_AFTER =
  /^'?\s?(?:of\s)?(?:history of\s)?(?:(?:an?|acute|sudden|recent|new|this|the)\s)?(?:(?:worse|worsening|worsened|increased|increasing|severe|more severe|acute)\s(?:lbp|back|pain|low back|lower back|symptoms|sx)|flare|flare-?up|flaring|exacerbation|deterioration|acute[- ]on[- ]chronic)/;

function isPainDuration(text: string, d: Duration, claimed: readonly Duration[], used: Duration | undefined): boolean {
  if (
    claimed.includes(d) ||
    (d === used && !/\b(?:lbp|pain|back)\W{0,3}$/.test(text.slice(Math.max(0, d.start - 12), d.start)))
  )
    return false;
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  const after = text.slice(d.end, Math.min(text.length, d.end + 30));
  if (/\blater\b/.test(after.slice(0, 8))) return false; // "4 weeks later": time since the last visit
  // "2 months of LBP on top of a 5 year history": the spell is a flare of the longer history said after it (its
  // sentence, not only the next 30 characters: "2 days of worse back pain on a background of known CLBP")
  if (ON_A_LONGER_HISTORY.test(text.slice(d.end, d.end + 100).split(/[.;\n]/)[0]!)) return false;
  // "2 days of worse back pain", "1/52 flare": how long a change has lasted
  if (CHANGE_AFTER.test(after)) return false;
  // "pain 7->6 after 14 weeks": time on treatment, not the pain's own duration
  if (/\b(?:after|despite|following)\s?$/.test(text.slice(Math.max(0, d.start - 12), d.start))) return false;
  // "500 bd x 5 wks", "60 mg for 6 weeks": how long a regimen was taken, not the pain
  if (
    /\b(?:\d\s?mg|bd|bid|tds|tid|qid|od|daily|prn)\s?(?:x|for)?\s?$/.test(
      text.slice(Math.max(0, d.start - 12), d.start),
    )
  )
    return false;
  // "f/u 5 wks: ...", "review at 6 weeks": time since the last visit
  if (
    /\b(?:f\/?u|follow[- ]?up|review(?:ed)?)(?: at| after| in)?\s?$/.test(
      text.slice(Math.max(0, d.start - 16), d.start),
    )
  )
    return false;
  if (pastEventAgo(before, after)) return false;
  // "CLBP, worse over the last 2 months", "flared 3 weeks ago": how long a change has lasted, not the pain
  if (CHANGE_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start))) return false;
  // The last clause of `before`: a scan, as `before.search(/[^.;\n]*$/)` retries from every character (quadratic).
  const near = `${before.slice(afterLast(before, '.;\n'))} ${after.split(/[.;\n,]/)[0]}`;
  return PAIN_CONTEXT.test(near);
}

/** A change of the pain said just before a duration ("worse over the last 2 months", "flared up 3 weeks"). */
const CHANGE_BEFORE =
  /\b(?:worse|worsening|worsened|flared?|flaring|flare-up|deteriorat\w*|increas\w*|escalat\w*)\b[^,.;\d]{0,20}$/;

/** The words that name the back pain itself ("LBP started 5 years ago", "sciatica began 2 yrs ago"). */
const PAIN_NAMED = /\b(?:c?lbp|back|pain|sciatica|radicular|symptoms|sx|leg|onset)\b/;
/**
 * Words of a clause that say only that something began, not what began ("started 5 years ago", "it all began about
 * 2 yrs ago"): in a back-pain case that is the pain. Single words, one alternation: linear.
 */
const ONSET_ONLY =
  /\b(?:she|he|they|it|this|that|which|pt|patient|the|her|his|their|had|has|have|was|were|is|all|first|initially|originally|about|approx|approximately|around|roughly|some|nearly|almost|over|least|more|than|at|started|starting|start|began|begun|begin|and|so|then)\b/g;

/**
 * "had breast cancer 5 years ago", "fusion 3 yrs ago", "fell off a ladder 2 years ago": a past event dated with "ago"
 * is not the pain's duration when its comma clause names something other than the pain. The clause naming the pain
 * ("LBP started 5 yrs ago") or nothing but its start ("started 5 years ago") still dates the pain.
 */
export function pastEventAgo(before: string, after: string): boolean {
  if (!/^\s?ago\b/.test(after)) return false;
  const clause = before.slice(afterLast(before, '.;,\n'));
  if (PAIN_NAMED.test(clause)) return false;
  return /[a-z]{2}/.test(clause.replace(ONSET_ONLY, ' '));
}
