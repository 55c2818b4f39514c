import { itemAt, itemsOf, type Item } from './clauses.js';
import { CONCEPTS, type Concept, type ContextRow } from './concepts.js';
import { compileReader } from './cue-rules.js';
import { readingSoFar, sharedReading } from './shared-readings.js';
import { breaksScope, isBareListItem, polarityIn, type Polarity } from './polarity.js';

export interface Hit {
  kind: Concept['kind'];
  polarity: Polarity;
  start: number;
  end: number;
}

/** Facts that record that something was done: a result after them ("UDS negative", "MRI: normal") is not a negation. */
const DONE_FACTS = new Set(['priorMri', 'opioidRiskAssessment', 'opioidDiscussion']);
/** "risks not discussed", "agreement not yet reviewed": the negation sits inside the matched phrase. */
const NOT_INSIDE = /\b(?:not|never|yet to be)\b/;
const PENDING_AFTER =
  /^[\s:-]*(?:not (?:yet )?(?:done|completed|performed|obtained)|pending|ordered|booked|arranged|scheduled|planned|requested|to be done|needed|outstanding|to do)\b/;
const NOT_DONE_BEFORE =
  /\b(?:no|not|never|hasn'?t|has not|haven'?t|have not|without|needs?|need to|will|plan(?:ned)?|order(?:ed)?|request(?:ed)?|pending|awaiting|consider(?:ing)?|would like|wants?|wanting|requesting|asking for|refer(?:red)? for)\b[^,]{0,25}$/;

/** "Any saddle numbness? Yes.", "wt loss? +ve": the answer right after a question about a sign says it is there. */
const ANSWERED_YES = compileReader('concept-answered-yes-after');
/** "Any fever? No.", "night pain? neg": the answer right after a question about a sign denies it. */
const ANSWERED_NO = compileReader('concept-answered-no-after');

/**
 * A question about a sign answered right after its "?" (a question-and-answer note) is a statement: "yes" that the
 * sign is there, "no" that it is not. A question left unanswered stays 'asked'. `questionEnd` is where the "?" is.
 */
function answered(text: string, questionEnd: number | undefined): Polarity {
  if (questionEnd === undefined) return 'asked';
  const after = text.slice(questionEnd + 1, questionEnd + 41);
  if (ANSWERED_YES.test(after)) return 'present';
  if (ANSWERED_NO.test(after)) return 'absent';
  return 'asked';
}

/**
 * "drinks heavily? no.", "heavy drinker? No": a concept that is itself the question (the "?" right after it), answered
 * "no" right after: denied. Only then: "heavy drinker - duloxetine? no liver disease" keeps the heavy drinking.
 */
function deniedAnswer(text: string, end: number, questionEnd: number | undefined): boolean {
  return questionEnd !== undefined && questionEnd - end <= 1 && answered(text, questionEnd) === 'absent';
}

/** Every concept in the text with how it is asserted; list items after a negated one of the same group inherit it. */
export function conceptHits(text: string): Hit[] {
  return sharedReading('conceptHits', conceptHitsOnce, text);
}

/** The turn's concept reading of `text` if a reader has already made it, else undefined (nothing is read). */
export function conceptHitsSoFar(text: string): Hit[] | undefined {
  return readingSoFar('conceptHits', text);
}

function conceptHitsOnce(text: string): Hit[] {
  const items = itemsOf(text);
  // the sentences that end with "?" ("Any weight loss?"): "any" there asks (polarity.ts)
  // each such sentence with where its "?" is, for the answer that may follow it
  const questionEnds = new Map<number, number>();
  for (const it of items)
    if (text[it.start + it.text.length] === '?') questionEnds.set(it.sentence, it.start + it.text.length);
  const hits: Hit[] = [];
  const claimed: [number, number][] = [];
  // the same words stating a second fact ("fever": infection, and a serotonin sign), added after list negation
  const seconds: [Hit, Concept['kind']][] = [];
  for (const c of CONCEPTS) {
    c.re.lastIndex = 0;
    for (let m = c.re.exec(text); m; m = c.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        c.re.lastIndex++;
        continue;
      }
      // "risk assessment done and discussed benefits": a match cut short by a claimed phrase is tried again after it.
      const overlap = claimed.find(([s, e]) => start < e && end > s);
      if (overlap) {
        if (overlap[0] <= start && overlap[1] < end) c.re.lastIndex = overlap[1];
        continue;
      }
      claimed.push([start, end]);
      const context = c.notNow ? notNowReading(c.notNow, text, start, end) : undefined;
      if (context === 'none') continue;
      const item = items[itemAt(items, start)]!;
      const hit: Hit = {
        kind: context === 'history' && c.also ? c.also : c.kind,
        polarity:
          NOT_INSIDE.test(m[0]) && DONE_FACTS.has(c.kind.fact)
            ? 'absent'
            : polarity(c, item, start, end, questionEnds.has(item.sentence)),
        start,
        end,
      };
      if (hit.polarity === 'absent' && queried(c, text, end)) hit.polarity = 'unknown';
      if (hit.polarity === 'asked') hit.polarity = answered(text, questionEnds.get(item.sentence));
      else if (hit.polarity === 'present' && deniedAnswer(text, end, questionEnds.get(item.sentence)))
        hit.polarity = 'absent';
      if (hedgedNext(c, items, item, hit.polarity)) hit.polarity = 'unknown';
      hits.push(hit);
      if (c.also && context !== 'history') seconds.push([hit, c.also]);
    }
  }
  hits.sort((a, b) => a.start - b.start);
  inheritListNegation(hits, items, text);
  if (!seconds.length) return hits;
  for (const [hit, kind] of seconds) hits.push({ ...hit, kind });
  return hits.sort((a, b) => a.start - b.start);
}

/** The sentence around a phrase (at most 80 characters each side): what a Concept.notNow row reads. */
function notNowReading(
  rows: readonly ContextRow[],
  text: string,
  start: number,
  end: number,
): ContextRow['reads'] | undefined {
  let from = start;
  while (from > 0 && start - from < 80 && !'.;!?\n'.includes(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < 80 && !'.;!\n'.includes(text[to]!)) to++;
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  // "none" (not the patient's, or not a bleed) is read before "history"
  const hit = (reads: ContextRow['reads']) =>
    rows.some((r) => r.reads === reads && r.re.test(r.side === 'before' ? before : after));
  return hit('none') ? 'none' : hit('history') ? 'history' : undefined;
}

/**
 * "bladder: ?", "bowel - ?", "bladder?": a red-flag sign answered with a "?" right after it is not known, whatever
 * negation comes before it in its list ("no fever or weight loss, bladder?"): the screen is not completed (reference 6).
 */
const QUERIED_AFTER = /^ ?[:=-]? ?\?/;
function queried(c: Concept, text: string, end: number): boolean {
  return GROUP[c.kind.fact] === 'redflag' && QUERIED_AFTER.test(text.slice(end, end + 4));
}

/** "might have saddle numbness, not sure": a hedge alone in the next item leaves the sign unknown (reference 6). */
const UNKNOWN_CLOSING = compileReader('concept-unknown-closing');

/** A red-flag sign said as present or suspected, the next item of its sentence a hedge alone. */
function hedgedNext(c: Concept, items: readonly Item[], item: Item, p: Polarity): boolean {
  if (c.group !== 'redflag' || (p !== 'present' && p !== 'uncertain')) return false;
  const next = items[items.indexOf(item) + 1];
  return next !== undefined && next.sentence === item.sentence && UNKNOWN_CLOSING.test(next.text);
}

/** "bladder/bowel normal", "bladder or bowel function intact": a red-flag sign said normal is not present (reference 6). */
const NORMAL_AFTER = compileReader('concept-normal-after');
/** "New urinary retention - OK ...", "worsening saddle numbness, fine": a sign said new or worse is not normal. */
const NEW_BEFORE =
  /\b(?:new|newly|worse|worsening|worsened|increasing|progressive|progressing|onset|sudden|acute)\b[^.;,]{0,25}$/;
function saidNormal(c: Concept, item: Item, start: number, end: number): boolean {
  if (c.group !== 'redflag') return false;
  if (NEW_BEFORE.test(item.text.slice(Math.max(0, start - item.start - 40), start - item.start))) return false;
  return NORMAL_AFTER.test(item.text.slice(end - item.start, end - item.start + 40));
}

/** The concepts that can give a red-flag hit: a red flag's own patterns, and any whose words also state one. */
const RED_FLAG_CONCEPTS = CONCEPTS.filter((c) => c.kind.fact === 'redFlag' || c.also?.fact === 'redFlag');

/**
 * Whether any red-flag pattern matches at all: every red-flag hit of conceptHits needs one, so a text without a match
 * has no red-flag hit in any polarity (said, denied, asked), and a caller can skip the full reading.
 */
export function mayHaveRedFlagHit(text: string): boolean {
  return RED_FLAG_CONCEPTS.some((c) => {
    c.re.lastIndex = 0;
    const found = c.re.test(text);
    c.re.lastIndex = 0;
    return found;
  });
}

/** "family asks about injections", "discussed with his wife": a relative speaks for the patient's care here. */
const FOR_THE_PATIENT = new Set(['consideringInterventional', 'opioidDiscussion']);

function polarity(c: Concept, item: Item, start: number, end: number, asking: boolean): Polarity {
  if (!DONE_FACTS.has(c.kind.fact)) {
    const p = polarityIn(item, start, end, asking);
    if ((p === 'present' || p === 'uncertain') && saidNormal(c, item, start, end)) return 'absent';
    return (p === 'someone-else' || p === 'discussed') && FOR_THE_PATIENT.has(c.kind.fact) ? 'present' : p;
  }
  const before = item.text.slice(Math.max(0, start - item.start - 60), start - item.start);
  const after = item.text.slice(end - item.start, end - item.start + 40);
  if (PENDING_AFTER.test(after) || NOT_DONE_BEFORE.test(before)) return 'absent';
  const p = polarityIn(item, start, end);
  return p === 'unknown' ? 'unknown' : 'present';
}

const GROUP: Record<string, string> = {
  radicular: 'radicular',
  axial: 'radicular',
  redFlag: 'redflag',
  redFlagsAny: 'redflag',
  psychosocial: 'psych',
  psychosocialAny: 'psych',
  mentalHealthAny: 'psych',
  condition: 'condition',
  serotoninSign: 'serotonin',
};

/**
 * A later item that says itself with a verb ("denies alcohol use, drinks heavily") is a
 * statement of its own, not an item of the denied list: the denial's scope ends before it.
 */
const ASSERTED_ITEM = /^(?:drinks|drinking|drank|takes|taking|uses|using|smokes|smoking)\b/;

/** "denies fever, weight loss or saddle numbness": the later items are negated too, when they are bare list items. */
function inheritListNegation(hits: Hit[], items: Item[], text: string): void {
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i]!;
    const prev = hits[i - 1]!;
    const group = GROUP[h.kind.fact];
    if (!group || group !== GROUP[prev.kind.fact] || h.polarity !== 'present' || prev.polarity !== 'absent') continue;
    const hi = itemAt(items, h.start);
    const pi = itemAt(items, prev.start);
    const item = items[hi]!;
    const sameSentence = items[pi]!.sentence === item.sentence;
    const between = text.slice(prev.end, h.start);
    // One run of separators, then an optional conjunction and its own run: two adjacent `[\s,/]*` would split a long
    // run in quadratically many ways (`,` and `/` are separators already, so they need no alternative of their own).
    // "no fever, weight loss, cancer history or trauma": a word that qualifies the item before ("history", "use") is
    // still the list, so the negation carries over "or" to the last item.
    const listJoin =
      /^(?:\s(?:history|hx|symptoms|sx|signs|changes|issues|problems|use|risk))?[\s,/]*(?:(?:or|nor|and)[\s,/]*)?(?:any\s)?$/.test(
        between,
      ) ||
      (hi !== pi && isBareListItem(item, text.slice(h.start, h.end)));
    // "denies night pain, reports saddle numbness": a said item ends the denied list (a scope break, polarity.ts)
    const ownStatement = breaksScope(between) || ASSERTED_ITEM.test(text.slice(h.start, h.end));
    // a sign queried in the list ("no fever, weight loss, bladder?") is not denied with the others: not known
    if (sameSentence && listJoin && !ownStatement)
      h.polarity = QUERIED_AFTER.test(text.slice(h.end, h.end + 4)) ? 'unknown' : 'absent';
  }
}
