import { sideEffectsIn } from './side-effects.js';
import { takenIrregularly } from './trial-reasons.js';
import type { Medication, MedicationOutcome, NonDrugTrial } from '../case/case-facts.js';
import { memberNameOf } from '../knowledge/drug-catalogue.js';
import { washoutDaysAfterStop } from '../knowledge/option-rules.js';
import { mergeMedication, otherStoppedMember } from '../case/medication-facts.js';
import type { Duration } from './durations.js';
import { deniedInListAt } from './denied-list.js';
import type { Entity } from './entity.js';
import { namesADrug, type DrugMention } from './find-drugs.js';
import {
  CLASS_BAN_AFTER,
  negationScope,
  CLASS_BAN_BEFORE,
  CLASS_BAN_FIELD,
  CONTINUE,
  DECLINED,
  DECLINED_AFTER,
  EXCEPT,
  HABIT,
  THERAPY_ONGOING_BEFORE,
  LIST_GAP,
  NEGATED_BEFORE,
  NOT_TRIED_AFTER,
  OUTCOME_CUE,
  refusalScope,
  laterRefusal,
  PAIN_WORDS,
  REACH,
  REASON_AFTER,
  SENTENCE_END,
  planSpans,
} from './entity-cues.js';
import { DOSE_LOWERED, DOSE_CHANGE_CLAUSE } from './dose-regimen.js';
import { isCoMedication, sharedOutcome, type SharedOutcome } from './list-outcome.js';
import { medicationKey, productNameOf } from './product-reading.js';
import { heldWhenPlanned, saidPlanned } from './planned-change.js';
import { drugOutcomeFromScores, outcomeBefore, outcomeIn, sideEffectsDenied, stopOnly } from './outcomes.js';
import {
  PLAN_OFF_BEFORE,
  STOP_PLANNED_AFTER,
  STOP_PLANNED_BEFORE,
  STOPPED_BEFORE,
  saidStopped,
  switchOutPlanned,
  stopAsked,
  stoppedDaysAgo,
} from './stopped.js';

export interface EntityFacts {
  medications: Medication[];
  therapies: NonDrugTrial[];
  claimed: Duration[];
}

export function entityFacts(text: string, entities: Entity[], durations: Duration[]): EntityFacts {
  const plans = planSpans(text);
  // Scopes reach at most REACH characters: a run-on pasted note without full stops stays linear. The nearest
  // boundary on each side of every offset is found once per text (a long list called these thousands of times).
  const bounds = entities.length ? sentenceBounds(text) : undefined;
  // A pasted list repeats the same short gaps (", "): each distinct one is read once per text.
  const saidBefore = memo(outcomeBefore);
  const saidIn = memo(outcomeIn);
  const sentenceEnd = (i: number) => {
    const len = text.length;
    if (i >= len) return len;
    const limit = Math.min(len, i + REACH);
    const next = bounds!.next[i]!;
    if (next < limit) return next;
    // SENTENCE_END reads a window ending at `limit`: its lookahead sees nothing past the window's last character.
    SENTENCE_END.lastIndex = 0;
    return SENTENCE_END.test(text[limit - 1]!) ? limit - 1 : limit;
  };
  /** The sentence after the one holding `i` ("was on naproxen 500 bd. Now off due to dyspepsia."). */
  const nextSentence = (i: number) => {
    const end = sentenceEnd(i);
    return end + 1 < text.length ? text.slice(end + 1, sentenceEnd(end + 1)) : '';
  };
  const sentenceStart = (i: number) => {
    const from = Math.max(0, i - REACH);
    const prev = bounds!.prev[Math.min(Math.max(i, 0), text.length)]!;
    return prev >= from ? prev + 1 : from;
  };
  const n = entities.length;
  const own: (MedicationOutcome | undefined)[] = [];
  const pre: (MedicationOutcome | undefined)[] = [];
  const groupOf: number[] = [];
  const claimed: Duration[] = [];
  const weeks: (number | undefined)[] = [];
  let groupKeys = new Set<string>();
  const nearDurations = durationWindows(durations);
  for (let i = 0; i < n; i++) {
    const e = entities[i]!;
    const next = entities[i + 1];
    let stop = sentenceEnd(e.end);
    if (DOSE_CHANGE_CLAUSE.test(text.slice(stop, stop + 40))) stop = sentenceEnd(stop + 1);
    const end = Math.min(next?.start ?? text.length, stop);
    const segment = text.slice(e.end, end);
    const prevEnd = Math.max(entities[i - 1]?.end ?? 0, sentenceStart(e.start));
    const gap = text.slice(prevEnd, e.start);
    // what the line before says ends with it: "(6/52, no benefit)\nNOT ON: tramadol" says nothing of tramadol
    pre.push(saidBefore(gap.slice(gap.lastIndexOf('\n') + 1)));
    const firstPart = segment.split(/,/)[0] ?? segment;
    const nextTakesTail = next && end === next.start && saidBefore(segment) !== undefined;
    const whole = nextTakesTail ? undefined : saidIn(segment);
    // Stopping for side effects or a contraindication is the last word on a drug, wherever it sits in its clause.
    const reason = REASON_AFTER.test(segment) ? 'contraindicated' : undefined;
    const firstSaid = saidIn(firstPart);
    // "stopped after 6 weeks, no help": a stop with no reason gives way to the result said after it; "stopped after
    // 10 days, no side effects": to none (a stop, judged by its length and dose)
    const first =
      firstSaid === 'not-tolerated' &&
      (whole === 'ineffective' || whole === 'partial' || (whole === undefined && sideEffectsDenied(segment))) &&
      stopOnly(firstPart)
        ? whole
        : firstSaid;
    const lowered = lastMatchEnd(DOSE_LOWERED, segment);
    const afterLowering = lowered === undefined ? undefined : saidIn(segment.slice(lowered));
    // "added 4 wks ago, no relief": a judged outcome beats the mere fact of taking it.
    const judged = whole !== undefined && whole !== 'current' && first === 'current';
    const said =
      afterLowering ??
      (whole === 'not-tolerated' || whole === 'contraindicated' || judged ? whole : (first ?? whole ?? reason));
    own.push(e.type === 'drug' && !nextTakesTail ? drugOutcomeFromScores(segment, said) : said);
    const joined =
      i > 0 &&
      entities[i - 1]!.end >= sentenceStart(e.start) &&
      (LIST_GAP.test(gap.trim()) || /(?:\+|&|\band\b|\bplus\b)\s*$/.test(gap));
    // "on duloxetine and naproxen, naproxen not helping": naming a listed drug again comments on that drug alone.
    // The current group is entities groupOf[i - 1]..i-1 (groups are contiguous); its keys are kept in a set so a
    // pasted list of hundreds of drugs stays linear.
    const repeats = joined && groupKeys.has(keyOf(e));
    const sameGroup = joined && !repeats;
    groupOf.push(sameGroup ? groupOf[i - 1]! : i);
    if (!sameGroup) groupKeys = new Set();
    groupKeys.add(keyOf(e));
    // The first duration in list order that is after the name in its segment or just before it: only those whose
    // start or end falls in either window are tried (a long note has hundreds of durations and mentions).
    const d = nearDurations(e.end, end, e.start - 16, e.start).find(
      (x) =>
        !whenStopped(text, x) &&
        ((x.start >= e.end &&
          x.start < end &&
          !PAIN_WORDS.test(text.slice(Math.max(e.end, text.lastIndexOf(',', x.start) + 1), x.start))) ||
          // `^\s*(?:word\s*)?$`, not `^\s*word?\s*$`: two adjacent `\s*` make a long gap of spaces quadratic.
          (x.end <= e.start &&
            x.end >= e.start - 16 &&
            (/^\s*(?:(?:of|trial of|course of|trial)\s*)?$/.test(text.slice(x.end, e.start)) ||
              (/^\s*on\s*$/.test(text.slice(x.end, e.start)) &&
                // "pain no better after 4 wks on duloxetine": "after" ties the duration to the drug, not the pain
                (/\bafter\s$/.test(text.slice(Math.max(0, x.start - 7), x.start)) ||
                  !PAIN_WORDS.test(text.slice(text.lastIndexOf(',', x.start) + 1, x.start))))))),
    );
    if (d && !claimed.includes(d)) claimed.push(d);
    weeks.push(d?.weeks);
  }
  const groups = new Map<number, number[]>();
  groupOf.forEach((g, j) => {
    const list = groups.get(g);
    if (list) list.push(j);
    else groups.set(g, [j]);
  });
  const sharedOf = new Map<number, SharedOutcome>();
  // "not on anticoagulants, antiplatelets or NSAIDs", "NOT ON: warfarin, aspirin": a negation opening a list denies
  // each bare item after it (joined by a comma, "or", "and" or "nor", with nothing said of it: no dose, no outcome).
  const negatedAt: boolean[] = [];
  const itemEnd = (from: number, next: number | undefined): number => {
    const comma = text.indexOf(',', from);
    const end = Math.min(sentenceEnd(from), comma === -1 ? text.length : comma);
    return next === undefined ? end : Math.min(end, next);
  };
  const negatedListItem = (i: number): boolean =>
    i > 0 &&
    negatedAt[i - 1] === true &&
    own[i] === undefined &&
    pre[i] === undefined &&
    bareGap(text.slice(entities[i - 1]!.end, entities[i]!.start)) &&
    !/\d/.test(text.slice(entities[i]!.end, itemEnd(entities[i]!.end, entities[i + 1]?.start)));
  const medications: Medication[] = [];
  const therapies: NonDrugTrial[] = [];
  for (let i = 0; i < n; i++) {
    const e = entities[i]!;
    const g = groupOf[i]!;
    const members = groups.get(g)!;
    const sStart = sentenceStart(e.start);
    // an item ends at a comma or a line break ("MEDS: naproxen (6/52, no benefit)\nNOT ON: tramadol")
    const lead = text.slice(sStart, e.start);
    const itemStart = sStart + Math.max(lead.lastIndexOf(','), lead.lastIndexOf('\n')) + 1;
    const before = text.slice(itemStart, e.start);
    const after = text.slice(e.end, sentenceEnd(e.end));
    const groupPre = pre[members[0]!];
    // "neither helped" speaks for the whole list; a contraindication or a side effect belongs to one drug.
    if (!sharedOf.has(g)) {
      const listed = members.map((j) => ({
        entity: entities[j]!,
        own: own[j],
        weeks: weeks[j],
        joiner: j > 0 ? text.slice(entities[j - 1]!.end, entities[j]!.start) : '',
        after: text.slice(entities[j]!.end, sentenceEnd(entities[j]!.end)),
      }));
      sharedOf.set(g, sharedOutcome(listed));
    }
    const list = sharedOf.get(g)!;
    const shared =
      !isCoMedication(e) || (list.saidOfAll && groupPre !== 'current' && pre[i] !== 'current')
        ? list.outcome
        : undefined;
    // the rest of the line, up to the next drug or therapy: a later "pt declined" / "never taken" there wins
    const later = e.type === 'drug' ? laterRefusal(text, e.end, entities[i + 1]?.start ?? text.length) : undefined;
    const declined = DECLINED.test(refusalScope(before)) || DECLINED_AFTER.test(after) || later === 'declined';
    const notTried = NOT_TRIED_AFTER.test(after) || later === 'not taken';
    const inPlan = plans.some(([s, e2]) => e.start >= s && e.start < e2);
    const continued = CONTINUE.test(before);
    const planned = saidPlanned(before, after) || (inPlan && !continued);
    const cue = negationCue(negationScope(before));
    const negated =
      notTried ||
      (!!cue &&
        !cue[0].includes('(') &&
        !EXCEPT.test(cue[0]) &&
        !OUTCOME_CUE.test(cue[0]) &&
        (pre[i] === undefined || pre[i] === 'current')) ||
      negatedListItem(i) ||
      (e.type === 'drug' && deniedInListAt(text, e.start, e.end));
    negatedAt.push(negated);
    let outcome: MedicationOutcome | undefined =
      pre[i] !== undefined && pre[i] !== 'current'
        ? pre[i]
        : (own[i] ?? (negated ? undefined : groupPre !== 'current' ? (groupPre ?? shared) : (shared ?? groupPre)));
    // "Continue PT": kept on, so current; outside a plan a said outcome still wins ("continue duloxetine - partial benefit").
    if ((outcome === undefined && (pre[i] === 'current' || continued)) || (continued && inPlan)) outcome = 'current';
    if (
      e.type === 'therapy' &&
      outcome === undefined &&
      !negated &&
      (HABIT.test(after.split(',')[0] ?? '') ||
        HABIT.test(text.slice(e.start, e.end).replace(/^\S+/, '')) ||
        THERAPY_ONGOING_BEFORE.test(before))
    )
      outcome = 'current';
    if (
      e.type === 'drug' &&
      /^nsaids?$/.test(e.mention.matched) &&
      ((negated && outcome === undefined && CLASS_BAN_BEFORE.test(before) && CLASS_BAN_AFTER.test(after)) ||
        (!negated && (outcome === undefined || outcome === 'current') && CLASS_BAN_FIELD.test(after)))
    ) {
      outcome = 'contraindicated';
    }
    if (e.type === 'drug') {
      // "sertraline was stopped 6 months ago", "no longer on warfarin": not taken now, whatever negation said; a trial
      // outcome said with it stays ("stopped after 6 weeks, no help"), a bare "current" does not. A stop for side
      // effects or a contraindication already says it all. A plan to stop is not a stop.
      const asked = text[sentenceEnd(e.end)] === '?';
      if (
        !planned &&
        outcome !== 'contraindicated' &&
        outcome !== 'not-tolerated' &&
        saidStopped(before, after, asked, nextSentence(e.end), outcome !== undefined && outcome !== 'current')
      ) {
        const stoppedAgo = /\bago\b/.test(after) && (outcome === undefined || outcome === 'current');
        const med = medication(
          e.mention,
          outcome === 'current' ? undefined : outcome,
          stoppedAgo ? undefined : weeks[i],
        );
        // how long ago, for a drug with a washout after its stop (an MAOI: option-rules.ts withinDays)
        const days = washoutDaysAfterStop(e.mention.drug) === undefined ? undefined : stoppedDaysAgo(before, after);
        medications.push(
          days === undefined ? { ...med, stopped: true } : { ...med, stopped: true, stoppedDaysAgo: days },
        );
        continue;
      }
      // "will stop warfarin next week", "warfarin should be stopped": taken until then; "never stopped warfarin",
      // "hasn't come off the warfarin": a stop denied. Either way it is taken now, so held as current.
      const stopPlanned =
        planned &&
        (STOP_PLANNED_BEFORE.test(before) ||
          PLAN_OFF_BEFORE.test(before) ||
          STOP_PLANNED_AFTER.test(after) ||
          switchOutPlanned(before, after));
      // "psych to stop sertraline", "sertraline (stopping in 2 wks)" outside a plan: taken, with its stop to come
      const stopIntended = !planned && !negated && (STOP_PLANNED_BEFORE.test(before) || STOP_PLANNED_AFTER.test(after));
      const stopDenied = negated && !notTried && (STOPPED_BEFORE.test(before) || STOP_PLANNED_BEFORE.test(before));
      // "warfarin stopped?", "pt no longer on warfarin?": a stop asked, not said; held until it is said
      const stopQueried = asked && stopAsked(before, after);
      const held = outcome === undefined || (stopQueried && outcome === 'current');
      if ((stopPlanned || stopDenied || stopQueried) && !declined && held) {
        const current = medication(e.mention, 'current', weeks[i]);
        medications.push(stopPlanned && !stopDenied ? { ...current, stopPlanned: true } : current);
        continue;
      }
      // "plan to start phenelzine next week", "psych considering sertraline": a co-medication about to start is held
      // as taken, so what it rules out is ruled out now (a pain option planned is a proposal: proposals.ts)
      if (
        planned &&
        !negated &&
        !declined &&
        heldWhenPlanned(e.mention.drug) &&
        (outcome === undefined || outcome === 'current')
      ) {
        medications.push({ ...medication(e.mention, 'current', undefined), startPlanned: true });
        continue;
      }
      // "pt refused duloxetine (worried about side effects)": a refusal, not an intolerance: declined, option open
      if (
        declined &&
        !negated &&
        outcome !== 'contraindicated' &&
        (outcome !== 'not-tolerated' || REFUSAL_REASON.test(after))
      ) {
        medications.push({ drug: e.mention.drug, ...memberOf(e.mention), declined: true });
        continue;
      }
      if ((negated || declined || planned) && outcome !== 'contraindicated' && outcome !== 'not-tolerated') continue;
      const clause = text.slice(e.end, Math.min(entities[i + 1]?.start ?? text.length, e.end + after.length));
      const med = withAdherence(withSideEffects(medication(e.mention, outcome, weeks[i]), clause), clause);
      medications.push(
        stopIntended && (outcome === undefined || outcome === 'current') ? { ...med, stopPlanned: true } : med,
      );
    } else {
      const status: NonDrugTrial['status'] = declined
        ? 'declined'
        : // "no physio so far": negated, whatever else the item says of it
          planned || (negated && (outcome === undefined || outcome === 'current')) || outcome === 'contraindicated'
          ? 'not-tried'
          : outcome === 'partial' || outcome === 'effective'
            ? 'partial'
            : outcome === 'current'
              ? 'current'
              : 'tried-no-benefit';
      therapies.push(
        weeks[i] !== undefined && status !== 'not-tried' && status !== 'declined'
          ? { therapy: e.therapy, status, weeks: weeks[i] }
          : { therapy: e.therapy, status },
      );
    }
  }
  return {
    // A named product and the plain generic ("OxyContin 20 mg q12h + oxycodone IR 5 mg q4h") are separate entries:
    // merged, the ER product's name was put on the IR regimen and its own dose and frequency were lost.
    // A stopped class member keeps its own entry ("sertraline stopped, now on citalopram": citalopram stays held).
    medications: mergeMedicationsByKey(medications),
    therapies: mergeTherapies(therapies),
    claimed,
  };
}

/**
 * For each offset i: `next[i]`, the first j >= i where SENTENCE_END (`[.;!?\n](?!\d)`) matches in the whole text
 * (or text.length), and `prev[i]`, the last j < i holding '.', ';' or a line break (or -1).
 */
function sentenceBounds(text: string): { next: Int32Array; prev: Int32Array } {
  const len = text.length;
  const next = new Int32Array(len + 1);
  const prev = new Int32Array(len + 1);
  next[len] = len;
  for (let j = len - 1; j >= 0; j--) {
    const c = text[j];
    const d = j + 1 < len ? text.charCodeAt(j + 1) : -1;
    const ends = (c === '.' || c === ';' || c === '!' || c === '?' || c === '\n') && !(d >= 48 && d <= 57);
    next[j] = ends ? j : next[j + 1]!;
  }
  prev[0] = -1;
  for (let j = 0; j < len; j++) {
    const c = text[j];
    prev[j + 1] = c === '.' || c === ';' || c === '\n' ? j : prev[j]!;
  }
  return { next, prev };
}

/**
 * `(s0, s1, e0, e1)` -> the durations that start in [s0, s1) or end in [e0, e1], in the order of `durations`: a
 * superset of those `find` in entityFacts can accept, found by binary search instead of a pass over all of them.
 */
function durationWindows(durations: Duration[]): (s0: number, s1: number, e0: number, e1: number) => Duration[] {
  if (durations.length <= 8) return () => durations;
  const byStart = durations.map((_, k) => k).sort((a, b) => durations[a]!.start - durations[b]!.start);
  const byEnd = durations.map((_, k) => k).sort((a, b) => durations[a]!.end - durations[b]!.end);
  const firstAtLeast = (order: number[], at: (x: Duration) => number, v: number): number => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at(durations[order[mid]!]!) < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (s0, s1, e0, e1) => {
    const picked: number[] = [];
    for (let k = firstAtLeast(byStart, (x) => x.start, s0); k < byStart.length; k++) {
      if (durations[byStart[k]!]!.start >= s1) break;
      picked.push(byStart[k]!);
    }
    for (let k = firstAtLeast(byEnd, (x) => x.end, e0); k < byEnd.length; k++) {
      if (durations[byEnd[k]!]!.end > e1) break;
      picked.push(byEnd[k]!);
    }
    return picked.sort((a, b) => a - b).map((k) => durations[k]!);
  };
}

/** `f` with its answers kept by argument: `f` must be a pure function of the string. */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    if (seen.has(s)) return seen.get(s) as T;
    const r = f(s);
    seen.set(s, r);
    return r;
  };
}

function lastMatchEnd(re: RegExp, text: string): number | undefined {
  let end: number | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) end = m.index + m[0].length;
  return end;
}

/** "stopped it 10 days ago", "came off that 3 weeks ago": when a stop was, never how long a drug was taken. */
const STOP_BEFORE_TIME =
  /\b(?:stopped|ceased|discontinued|came off|come off|weaned off|tapered off)(?: (?:it|that|this|them|those|these|the \w+|her \w+|his \w+))?\s$/;
/** "will wean off it over 2 weeks", "stopping in 2 wks": the time a planned stop takes or comes in, no trial's length. */
const STOP_PLAN_BEFORE_TIME =
  /\b(?:stop|stopping|wean|weaning|taper|tapering|come off|coming off|get off|getting off|off|discontinu\w*)\b[^,.;]{0,25}?\s(?:over|in|within|by)\s(?:the next |about |around |~)?$/;
const whenStopped = (text: string, x: Duration) => {
  const before = text.slice(Math.max(0, x.start - 40), x.start);
  return (
    (STOP_BEFORE_TIME.test(before) && /^\s?ago\b/.test(text.slice(x.end, x.end + 5))) ||
    STOP_PLAN_BEFORE_TIME.test(before)
  );
};

/**
 * The negation cue before a mention that is no outcome word: "(6/52, no benefit) NOT ON: tramadol" holds the outcome
 * "no benefit" of the drug before, then the cue "not on" of tramadol. Each retry reads a shorter text (linear in the
 * few cues the bounded scope holds).
 */
function negationCue(scope: string): RegExpExecArray | null {
  let from = 0;
  for (;;) {
    const cue = NEGATED_BEFORE.exec(scope.slice(from));
    if (!cue || !OUTCOME_CUE.test(cue[0])) return cue;
    from += cue.index + 1;
  }
}

/** Between two bare list items: a comma or a slash, then at most "or", "and" or "nor". */
const BARE_JOINER = /^\s*(?:[,/]\s*)?(?:(?:or|and|nor)\s+)?$/;
/** One bare word between two joiners: "warfarin, aspirin or clopidogrel" when aspirin is read apart. */
const ONE_WORD_ITEM = /^\s*(?:[,/]\s*)?(?:(?:or|and|nor)\s+)?[a-z][\w-]*\s*(?:[,/]\s*)?(?:(?:or|and|nor)\s+)?$/;
/** The gap between two list items is a joiner, or a joiner around one more bare drug name. */
const bareGap = (gap: string): boolean => BARE_JOINER.test(gap) || (ONE_WORD_ITEM.test(gap) && namesADrug(gap));
const keyOf = (e: Entity): string => (e.type === 'drug' ? e.mention.drug : e.therapy);

/**
 * A medicine said to be stopped where its name is not (a pronoun: stop-referent.ts), with how long ago when it has a
 * washout after its stop (an MAOI), as entityFacts records a named stop.
 */
export function stoppedMedication(m: DrugMention, daysAgo: number | undefined): Medication {
  const med = medication(m, undefined, undefined);
  return daysAgo !== undefined && washoutDaysAfterStop(m.drug) !== undefined
    ? { ...med, stopped: true, stoppedDaysAgo: daysAgo }
    : { ...med, stopped: true };
}

/** A drug not tolerated keeps the side effects named in its clause, up to the next drug named. */
function withSideEffects(med: Medication, clause: string): Medication {
  if (med.outcome !== 'not-tolerated') return med;
  const named = sideEffectsIn(clause);
  return named.length ? { ...med, sideEffects: named } : med;
}

/** "takes it 3 days out of 7", "misses doses": a drug taken on some days only keeps it (no adequate trial). */
function withAdherence(med: Medication, clause: string): Medication {
  return med.outcome !== 'not-tolerated' && med.outcome !== 'contraindicated' && takenIrregularly(clause)
    ? { ...med, irregular: true }
    : med;
}

/**
 * A refusal's reason that is a worry, not a reaction ("refused duloxetine (worried about side effects)", "declined
 * tramadol - scared of addiction"): still a refusal; "declined to restart it after nausea" keeps the intolerance.
 */
const REFUSAL_REASON =
  /^[^.;]{0,45}?\b(?:worr\w*|concern\w*|afraid|scared|fears?|fearful|anxious about|nervous about|reluctant|doesn'?t want|does not want|prefers? not|read about|heard about)\b/;

/** The class member as typed ("sertraline" for ssri), when the drug id is a class. */
function memberOf(m: DrugMention): { name?: string } {
  const member = memberNameOf(m.drug, m.matched);
  return member ? { name: member } : {};
}

function medication(m: DrugMention, outcome: MedicationOutcome | undefined, weeks: number | undefined): Medication {
  const med: Medication = { drug: m.drug };
  if (m.doseMg !== undefined) med.doseMg = m.doseMg;
  if (m.timesPerDay !== undefined) med.timesPerDay = m.timesPerDay;
  if (m.dailyMg !== undefined && m.doseMg === undefined) med.dailyMg = m.dailyMg;
  if (m.prn) med.prn = true;
  if (m.forPain) med.forPain = true;
  if (m.route) med.nonOralRoute = m.route;
  // Issue 12: the product and its acetaminophen, so the case adds acetaminophen up across products.
  if (m.acetaminophenMg !== undefined) med.acetaminophenMg = m.acetaminophenMg;
  if (m.tablet) med.tablet = { ...m.tablet };
  if (m.tablets !== undefined && m.doseMg === undefined && m.dailyMg === undefined) med.tablets = m.tablets;
  const product = productNameOf(m);
  if (product) med.product = product;
  const member = memberNameOf(m.drug, m.matched);
  if (member) med.name = member;
  if (weeks !== undefined) med.durationWeeks = weeks;
  if (outcome !== undefined) med.outcome = outcome;
  return med;
}

/** One entry per drug / therapy: later mentions add what earlier ones lacked. */
/**
 * One entry per therapy, later mentions winning, except that a therapy under way stays under way: "walks 30 minutes a
 * day and completed a physio-led exercise class last year", "walks daily but declined a physio referral" (the
 * patient exercises now; the finished or declined course is another mention of the same therapy).
 */
function mergeTherapies(list: NonDrugTrial[]): NonDrugTrial[] {
  const map = new Map<string, NonDrugTrial>();
  for (const item of list) {
    const held = map.get(item.therapy);
    const keepsCurrent = held?.status === 'current' && item.status !== 'partial';
    map.set(item.therapy, keepsCurrent ? { ...item, ...held } : { ...held, ...item });
  }
  return [...map.values()];
}

export function mergeMedicationsByKey(list: Medication[]): Medication[] {
  const map = new Map<string, Medication>();
  for (const item of list) {
    let key = medicationKey(item.drug, item.product);
    const held = map.get(key);
    if (held && otherStoppedMember(held, item)) key = `${key}|${item.name}`;
    const earlier = map.get(key);
    map.set(key, earlier ? mergeMedication(earlier, item) : item);
  }
  return [...map.values()];
}
