import { STOP_PLANNED_AFTER, STOP_PLANNED_BEFORE } from './stopped.js';

/**
 * A co-medication whose change is planned, not done ("on escitalopram, plan to stop it next week", "will start
 * apixaban on Monday"): it is still taken, or about to be, so its interactions apply. The quick answer says so
 * (dialogs/answers/drug-answer.ts) instead of answering as if the change were made. Each row reads its example and
 * not its counter-example (test/language/fa-cue-rows.test.ts); the stop readers' own planned-stop patterns
 * (stopped.ts) are read too.
 */
export type PlannedChange = 'stop' | 'start';

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
    change: 'start',
    side: 'before',
    // a bare "to start" only after a plan's words: "refused to start", "failed to start", "reluctant to start" are no plan
    re: /\b(?:will|'ll|going to|plan(?:s|ned|ning)? to|due to|about to|intends? to|(?<!\b(?:refused|refuses|refusing|declined|declines|declining|failed|fails|reluctant|unwilling|unable|not want|doesn'?t want|didn'?t want|won'?t want|afraid|scared|hesitant) )to) (?:start|begin|commence|go on|be started on)(?: (?:on|her|him|them|the))?\s*$/,
    example: 'will start apixaban on Monday - naproxen ok?',
    counter: 'pt refused to start apixaban - naproxen ok?',
  },
  {
    change: 'start',
    side: 'after',
    re: /^\s?(?:is |to be )?(?:starting|to start|due to start|planned|to begin|being started)\b(?= (?:on|next|this|tomorrow|in|from|after|soon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/,
    example: 'apixaban starting next week, naproxen ok?',
    counter: 'apixaban started last week, naproxen ok?',
  },
];

/** The change planned for the drug named at [start, end), if any. */
export function plannedChangeAt(lower: string, start: number, end: number): PlannedChange | undefined {
  const before = lower.slice(Math.max(0, start - 40), start);
  const after = lower.slice(end, end + 60);
  if (STOP_PLANNED_BEFORE.test(before) || STOP_PLANNED_AFTER.test(after)) return 'stop';
  return PLANNED_ROWS.find((r) => r.re.test(r.side === 'before' ? before : after))?.change;
}
