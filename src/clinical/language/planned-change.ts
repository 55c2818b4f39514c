import { drugNames, type DrugId } from '../knowledge/drug-catalogue.js';
import { DECLINED, PLANNED_AFTER, PLANNED_BEFORE } from './entity-cues.js';
import {
  STOP_PLANNED_AFTER,
  STOP_PLANNED_BEFORE,
  STOP_SAID_AFTER,
  STOP_SAID_BEFORE,
  stopDoneBefore,
} from './stopped.js';

/**
 * A co-medication whose change is planned, not done ("on escitalopram, plan to stop it next week", "will start
 * apixaban on Monday"): it is still taken, or about to be, so its interactions apply. The quick answer says so
 * (dialogs/answers/drug-answer.ts) instead of answering as if the change were made. Each row reads its example and
 * not its counter-example (test/language/fa-cue-rows.test.ts); the stop readers' own planned-stop patterns
 * (stopped.ts) are read too.
 */
/** 'keep': a stop said and refused ("doesn't want to stop it", "refuses to come off the sertraline"): taken, no change. */
export type PlannedChange = 'stop' | 'start' | 'keep';

export interface PlannedRow {
  change: PlannedChange;
  /** Read on the text before the drug's name ('before', ends at it) or after it ('after', starts at it). */
  side: 'before' | 'after';
  re: RegExp;
  example: string;
  counter: string;
}

/** The stop said with a pronoun: "plan to stop it next week", "wants to stop it", "stopping it next month". */
const STOP_IT = String.raw`[,;:-]?\s?(?:and |but )?(?:(?:we |i |she |he |they |gp |psych )?(?:plan(?:s|ned|ning)?|going|intends?|intending|aim(?:s|ing)?|due|about|want(?:s|ing)?) to (?:stop|come off|wean(?: off)?|taper(?: off)?|switch from|discontinue) (?:it|them|this|that)|(?:will|'ll) (?:stop|come off|wean off|taper off|discontinue) (?:it|them)|(?:stopping|coming off|weaning off|tapering off) (?:it|them) (?:next|in|on|this|from|tomorrow|soon)\b)`;
/** A dose and frequency said between the name and its stop: "gabapentin 600 tds, wants to stop it". */
const DOSE_SAID = String.raw`(?:\s\d+(?:\.\d+)?\s?(?:mg|mcg)?(?:\s(?:od|bd|tds|qds|bid|tid|qid|daily|nocte|prn))?)`;

export const PLANNED_ROWS: readonly PlannedRow[] = [
  {
    // the stop said with a pronoun after the name: "on escitalopram, plan to stop it next week"
    change: 'stop',
    side: 'after',
    re: new RegExp(`^${STOP_IT}`),
    example: 'on escitalopram, plan to stop it next week - start duloxetine today?',
    counter: 'stopped escitalopram 3 weeks ago, start duloxetine?',
  },
  {
    // the same, with the dose said between: "on gabapentin 600 tds, wants to stop it"
    change: 'stop',
    side: 'after',
    re: new RegExp(`^${DOSE_SAID}${STOP_IT}`),
    example: 'on gabapentin 600 tds, wants to stop it. oxycodone ok?',
    counter: 'on gabapentin 600 tds, wants to stop the oxycodone',
  },
  {
    // a swap proposed, the co-medication its "from": "swap the fluoxetine for duloxetine", "switch her citalopram to
    // duloxetine", "switching from sertraline to duloxetine": the drug swapped out is stopped, not yet
    change: 'stop',
    side: 'before',
    re: /\b(?:swap(?:ping)?|switch(?:ing)?|chang(?:e|ing)|replac(?:e|ing)|convert(?:ing)?)(?: (?:her|him|them|pt|the patient))?(?: over)?(?: (?:off|from))?(?: (?:her|his|their|the))?\s*$/,
    example: 'open to swapping the fluoxetine for duloxetine if psychiatry agree - sensible?',
    counter: 'switched her citalopram to duloxetine last month - dose?',
  },
  {
    change: 'start',
    side: 'before',
    // a bare "to start" only after a plan's words: "refused to start", "failed to start", "reluctant to start" are no plan
    re: /\b(?:will|'ll|going to|plan(?:s|ned|ning)? to|due to|about to|intends? to|(?<!\b(?:refused|refuses|refusing|declined|declines|declining|failed|fails|reluctant|unwilling|unable|not want|doesn'?t want|didn'?t want|won'?t want|afraid|scared|hesitant) )to) (?:start|begin|commence|go on|be started on)(?: (?:her|him|them))?(?: (?:on|the))?(?: the)?\s*$/,
    example: 'will start apixaban on Monday - naproxen ok?',
    counter: 'pt refused to start apixaban - naproxen ok?',
  },
  {
    // a switch to a drug, still to come: "switching to apixaban next week", "changing her over to apixaban on Monday"
    change: 'start',
    side: 'before',
    re: /\b(?:switching|changing|moving|converting|swapping)(?: (?:her|him|them))?(?: over)? to\s*$/,
    example: 'switching to apixaban next week. naproxen ok?',
    counter: 'switched to apixaban last month. naproxen ok?',
  },
  {
    change: 'start',
    side: 'after',
    re: /^\s?(?:is |to be )?(?:starting|to start|due to start|planned|to begin|being started)\b(?= (?:on|next|this|tomorrow|in|from|after|soon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/,
    example: 'apixaban starting next week, naproxen ok?',
    counter: 'apixaban started last week, naproxen ok?',
  },
];

const START_ROWS = PLANNED_ROWS.filter((r) => r.change === 'start');
const STOP_ROWS = PLANNED_ROWS.filter((r) => r.change === 'stop');
const readsRow = (r: PlannedRow, before: string, after: string) => r.re.test(r.side === 'before' ? before : after);

/**
 * A start told as done, the ground of what is asked: "since starting phenelzine", "2 weeks after going on the
 * sertraline": taken now, no plan.
 */
const START_DONE_BEFORE =
  /\b(?:since|after|following|having)(?: (?:she|he|they|pt|the patient))? (?:starting|started|commencing|beginning|going on|being started on)(?: (?:on|the|her|his|their))?\s*$/;

/**
 * Said as planned or proposed, not taken, from the text right before the drug's name and right after it: a start row
 * here ("will start", "starting next week") or a proposal cue of entity-cues.ts ("psych considering", "recommended",
 * "PT next week"). The case (entities.ts) and the quick answers (plannedChangeAt) read a plan with this one reader.
 */
export function saidPlanned(before: string, after: string): boolean {
  if (START_DONE_BEFORE.test(before)) return false;
  return PLANNED_BEFORE.test(before) || PLANNED_AFTER.test(after) || START_ROWS.some((r) => readsRow(r, before, after));
}

/** Pain drugs the pathway offers: planned, they are proposals judged as such (proposals.ts), never taken yet. */
const PAIN_OPTION_CLASSES: ReadonlySet<string> = new Set([
  'nsaid',
  'opioid',
  'gabapentinoid',
  'analgesic',
  'muscle-relaxant',
]);

/**
 * A drug whose planned start is held as if taken (Medication.startPlanned): every drug but the pathway's pain options,
 * so an MAOI, SSRI, CYP1A2 inhibitor or anticoagulant about to start rules out or warns about what it meets
 * (clinical-reference.md sections 2 and 3) before it starts.
 */
export function heldWhenPlanned(drug: DrugId): boolean {
  return drug !== 'duloxetine' && !PAIN_OPTION_CLASSES.has(drugNames(drug).drugClass);
}

/** The change planned for the drug named at [start, end), if any. */
export function plannedChangeAt(lower: string, start: number, end: number): PlannedChange | undefined {
  const before = lower.slice(Math.max(0, start - 40), start);
  const after = lower.slice(end, end + 60);
  if (
    STOP_PLANNED_BEFORE.test(before) ||
    STOP_PLANNED_AFTER.test(after) ||
    STOP_ROWS.some((r) => readsRow(r, before, after))
  )
    return 'stop';
  if ((STOP_SAID_BEFORE.test(before) && !stopDoneBefore(before)) || STOP_SAID_AFTER.test(after)) return 'keep';
  return saidPlanned(before, after) && !DECLINED.test(before) ? 'start' : undefined;
}
