import { CONTINUED, DRUG_OPTIONS, optionName, type OptionStatus } from '../../src/clinical/case/option-status.js';
import { stripTrailing } from '../../src/clinical/language/normalize.js';
import { casePopulations } from '../../src/clinical/language/populations.js';
import { pressedButton } from '../card-value.js';
import { MAX_REMINDERS, type ConversationState, type Reminder } from '../conversation-state.js';
import type { Route, RouteContext, RouteResult } from '../route.js';
import type { OutputMessage, SuggestedAction, TurnOutput } from '../turn-types.js';
import type { CaseRecord } from './case-record.js';
import { activeRecord, findCase } from './case-store.js';
import { EntryCitations } from './citations.js';
import { regimenText } from './fact-lines.js';
import { IDENTIFIERS_REFUSED } from './intake.js';
import { evaluatePathway, type PathwayView } from './ports.js';
import { extraction } from './read-text.js';
import { stepList } from './step-titles.js';
import { UNITS } from '../../src/clinical/language/spoken-numbers.js';

/**
 * Follow-up reminders (issue 15), the pure part: reading "remind me in 2 weeks about case A", "reminders",
 * "cancel reminder 1"; building the reminder and the review it will post; and the state changes the scheduler
 * (src/runtime/reminders.ts) makes when it claims, sends and settles one. No clock: every function takes `now`.
 * Nothing the clinician typed is stored: a reminder holds a case label, that case's creation time and two times.
 */

const DAY_MS = 86_400_000;
/** The furthest ahead a reminder may be set. */
export const MAX_REMINDER_DAYS = 183;
/** A case with a pending reminder is kept at least this long after the reminder's day (src/runtime/reminders.ts). */
export const REMINDER_KEEP_DAYS = 14;
/** A claim older than this is taken again (the instance that claimed it stopped while sending). */
export const CLAIM_LEASE_MS = 5 * 60_000;
/** Failed sends before a reminder is dropped (about one try a minute). */
export const MAX_SEND_ATTEMPTS = 5;
/** The reminder offered after a plan when the plan names no review interval. */
export const DEFAULT_REVIEW_WEEKS = 4;

/**
 * The pathway's own review intervals: when the plan recommends one of these entries, the "Remind me" button uses
 * its weeks (the end of the range the entry states; test/walkthrough/reminders.test.ts reads the range from the
 * entry's text). The first row present wins.
 */
export const REVIEW_INTERVALS: readonly { knowledgeId: string; weeks: number }[] = [
  { knowledgeId: 'opioid.framework.reassess', weeks: 4 }, // "Reassess within 1-4 weeks" (guideline)
  { knowledgeId: 'monitor.reassess-2-4-weeks', weeks: 4 }, // "every 2-4 weeks during medication adjustments"
];

// ---------------------------------------------------------------------------------------------------------------
// Reading the command

/** "in a week", "in two weeks": one to twelve, from the spoken-number reader's words. */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  ...Object.fromEntries(Object.entries(UNITS).filter(([, n]) => n >= 1 && n <= 12)),
};
const COUNT = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = '(?:,? (\\d{4})\\b)?';

/** How far ahead: days, weeks or calendar months after now, or a calendar date (posted at 12:00 UTC that day). */
export type When =
  | { days: number }
  | { months: number }
  | { weekday: number }
  | { date: { y?: number; m: number; d: number } };

const count = (word: string | undefined): number => (word ? (NUMBER_WORDS[word] ?? Number(word)) : Number.NaN);

function unitWhen(n: number, unit: string): When | undefined {
  if (!Number.isFinite(n) || n < 1) return undefined;
  if (unit.startsWith('d')) return { days: n };
  if (unit.startsWith('w')) return { days: 7 * n };
  return { months: n };
}

/**
 * When a reminder is for, in the clinician's words: each row is one phrasing, with an example it must read
 * (test/walkthrough/reminders.test.ts). Searched in the message after "remind me"; the first row that matches wins.
 */
export const WHEN_CUES: readonly {
  id: string;
  example: string;
  re: RegExp;
  when(m: RegExpExecArray): When | undefined;
}[] = [
  {
    id: 'in-n-units',
    example: 'remind me in 2 weeks about case A',
    re: new RegExp(`\\bin ${COUNT} (days?|weeks?|wks?|months?)\\b`),
    when: (m) => unitWhen(count(m[1]), m[2]!),
  },
  {
    id: 'for-n-units',
    example: 'set a reminder for 2 weeks',
    re: new RegExp(`\\b(?:for|after) ${COUNT} (days?|weeks?|wks?|months?)\\b`),
    when: (m) => unitWhen(count(m[1]), m[2]!),
  },
  {
    id: 'n-units-from-now',
    example: 'remind me 3 weeks from now',
    re: new RegExp(`\\b${COUNT} (days?|weeks?|wks?|months?) (?:from now|from today|later)\\b`),
    when: (m) => unitWhen(count(m[1]), m[2]!),
  },
  {
    // clinical shorthand: 3/7 days, 6/52 weeks, 6/12 months
    id: 'in-shorthand',
    example: 'remind me in 6/52',
    re: /\bin (\d{1,2})\/(7|52|12)\b/,
    when: (m) => unitWhen(Number(m[1]), m[2] === '7' ? 'd' : m[2] === '52' ? 'w' : 'm'),
  },
  {
    id: 'fortnight',
    example: 'remind me in a fortnight',
    re: /\b(?:in )?(?:a|one) fortnight\b/,
    when: () => ({ days: 14 }),
  },
  { id: 'tomorrow', example: 'remind me tomorrow about case B', re: /\btomorrow\b/, when: () => ({ days: 1 }) },
  {
    id: 'next-unit',
    example: 'remind me next week',
    re: /\bnext (week|month)\b/,
    when: (m) => (m[1] === 'week' ? { days: 7 } : { months: 1 }),
  },
  {
    id: 'iso-date',
    example: 'remind me on 2027-01-15',
    re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/,
    when: (m) => ({ date: { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } }),
  },
  {
    id: 'day-month',
    example: 'remind me on 15 January 2027',
    re: new RegExp(`\\b(\\d{1,2})${ORDINAL} (?:of )?${MONTH}\\b\\.?${YEAR}`),
    when: (m) => calendarWhen(m[3], m[2]!, m[1]!),
  },
  {
    id: 'month-day',
    example: 'remind me on Jan 15th',
    re: new RegExp(`\\b${MONTH}\\.? (\\d{1,2})${ORDINAL}\\b${YEAR}`),
    when: (m) => calendarWhen(m[3], m[1]!, m[2]!),
  },
  {
    id: 'weekday',
    example: 'remind me on Friday about case A',
    re: new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`),
    when: (m) => ({ weekday: WEEKDAYS.indexOf(m[1]!) }),
  },
];

function calendarWhen(year: string | undefined, month: string, day: string): When {
  return {
    date: { ...(year ? { y: Number(year) } : {}), m: MONTH_INDEX.indexOf(month.slice(0, 3)) + 1, d: Number(day) },
  };
}

/** The start of a time the cues could not read: asked again rather than passed to the answers. */
const ATTEMPTED_TIME =
  /^ ?(?:in|on|at|for|after|next|this|by|from) (?:\d|a |an |one|two|three|four|five|six|the \d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|month|day)/;

/** A date such as 03/04/2027 reads differently in the UK and the US: asked again, never guessed. */
const SLASH_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\bon \d{1,2}\/\d{1,2}\b/;

/** Openers of a reminder request; each row reads its example. */
export const REMIND_OPENERS: readonly { example: string; re: RegExp }[] = [
  {
    example: 'remind me in 4 weeks',
    re: /^(?:(?:please|pls|ok|okay|and)[, ]{1,2})?(?:can you |could you )?remind me\b/,
  },
  {
    example: 'set a reminder for 2 weeks',
    re: /^(?:(?:please|pls|ok|okay)[, ]{1,2})?(?:set|add|schedule|create|book)(?: me)?(?: a| an| up a)?(?: follow-?up| review)? reminder\b/,
  },
  { example: 'reminder in 10 days for case B', re: /^(?:follow-?up |review )?reminder\b(?!s)/ },
];

/** "reminders", "list reminders", "what reminders are set?": each row reads its example. */
export const LIST_CUES: readonly { example: string; re: RegExp }[] = [
  { example: 'reminders', re: /^(?:my |all |pending |the )?reminders$/ },
  { example: 'list reminders', re: /^(?:list|show|see|view|show me)(?: my| the| all| all my| all the)? reminders$/ },
  {
    example: 'what reminders are set?',
    re: /^(?:what|which|any)(?: follow-?up)? reminders(?: are| do i have| have i)?(?: set| pending| scheduled| got)?$/,
  },
];

const CANCEL_VERB = '(?:cancel|delete|remove|stop|clear|drop)';
const LABEL = '([a-z][a-z0-9-]{0,11})';

/** "cancel reminder 1", "cancel reminders for case A", "cancel all reminders": each row reads its example. */
export const CANCEL_CUES: readonly {
  example: string;
  re: RegExp;
  command(m: RegExpExecArray): ReminderCommand;
}[] = [
  {
    example: 'cancel reminder 1',
    re: new RegExp(`^${CANCEL_VERB} (?:the )?reminder (?:#|no\\.? ?|number )?(\\d{1,3})$`),
    command: (m) => ({ kind: 'cancel', n: Number(m[1]) }),
  },
  {
    example: 'cancel reminders for case A',
    re: new RegExp(`^${CANCEL_VERB} (?:the |all )?reminders? (?:for|about|on|of) case ${LABEL}$`),
    command: (m) => ({ kind: 'cancel-case', label: m[1]! }),
  },
  {
    example: 'cancel all reminders',
    re: new RegExp(`^${CANCEL_VERB} (?:all|all the|all my|every|my|the) reminders$|^${CANCEL_VERB} reminders$`),
    command: () => ({ kind: 'cancel-all' }),
  },
  {
    example: 'cancel the reminder',
    re: new RegExp(`^${CANCEL_VERB} (?:the |my |this |that )?reminder$`),
    command: () => ({ kind: 'cancel-one' }),
  },
];

/** "about case A", "for case B", or a message ending "case A". */
const ABOUT_CASE = new RegExp(`\\b(?:about|for|on|re|regarding|with|of) case ${LABEL}\\b|\\bcase ${LABEL}$`);

export type ReminderCommand =
  | { kind: 'add'; when?: When; label?: string; problem?: 'no-when' | 'slash-date' }
  | { kind: 'list' }
  | { kind: 'cancel'; n: number }
  | { kind: 'cancel-case'; label: string }
  | { kind: 'cancel-all' }
  | { kind: 'cancel-one' };

/** A reminder command in the clinician's words (lower case, single-spaced), or undefined. */
export function parseReminderCommand(lower: string): ReminderCommand | undefined {
  const text = stripTrailing(lower.trim(), '.!?');
  if (LIST_CUES.some((row) => row.re.test(text))) return { kind: 'list' };
  for (const row of CANCEL_CUES) {
    const m = row.re.exec(text);
    if (m) return row.command(m);
  }
  const opener = REMIND_OPENERS.map((row) => row.re.exec(text)).find((m) => m !== null);
  if (!opener) return undefined;
  const rest = text.slice(opener[0].length);
  const about = ABOUT_CASE.exec(rest);
  const label = about?.[1] ?? about?.[2];
  const base = { kind: 'add' as const, ...(label ? { label } : {}) };
  for (const row of WHEN_CUES) {
    const m = row.re.exec(rest);
    const when = m && row.when(m);
    if (when) return { ...base, when };
  }
  if (SLASH_DATE.test(rest)) return { ...base, problem: 'slash-date' };
  // Without a time it is a reminder only when nothing else is said or a time was attempted ("remind me in 2-4
  // weeks"): "remind me what the naproxen maximum is" is a question for the answers.
  const unsaid = about ? rest.slice(0, about.index) + rest.slice(about.index + about[0].length) : rest;
  return unsaid.trim() === '' || ATTEMPTED_TIME.test(unsaid) ? { ...base, problem: 'no-when' } : undefined;
}

/** The moment a reminder is due, or why not. Calendar dates are posted at 12:00 UTC (the same date from UTC-12 to UTC+11). */
export function dueDate(when: When, now: Date): Date | undefined {
  if ('days' in when) return new Date(now.getTime() + when.days * DAY_MS);
  if ('months' in when) return addMonths(now, when.months);
  if ('weekday' in when) {
    // its next occurrence after today
    const ahead = ((when.weekday - now.getUTCDay() + 6) % 7) + 1;
    const day = new Date(now.getTime() + ahead * DAY_MS);
    return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12));
  }
  const { y, m, d } = when.date;
  const at = (year: number) => {
    const date = new Date(Date.UTC(year, m - 1, d, 12));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
  };
  if (y !== undefined) return at(y);
  const thisYear = at(now.getUTCFullYear());
  if (thisYear === undefined) return undefined;
  return thisYear.getTime() > now.getTime() ? thisYear : at(now.getUTCFullYear() + 1);
}

/** Calendar months later, on the same day (the month's last day when it is shorter) and time. */
function addMonths(now: Date, months: number): Date {
  const target = new Date(now.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), last));
  return target;
}

// ---------------------------------------------------------------------------------------------------------------
// What a reminder says

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Tue 15 Dec 2026" (UTC). */
export function dayLabel(iso: string): string {
  const d = new Date(iso);
  return `${DAY_NAMES[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function inDays(dueAt: string, now: string): string {
  const days = Math.round((Date.parse(dueAt) - Date.parse(now)) / DAY_MS);
  return days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
}

const mgPerDay = (n: number | undefined) => (n === undefined ? '' : ` at ${n.toLocaleString('en-US')} mg/day`);
/** Alternatives the pathway offers together ("gabapentin or pregabalin"). */
const EITHER = new Set(['gabapentin', 'pregabalin']);

/** The drugs to reassess: those started or raised now (at the adequate dose), then those the patient keeps taking. */
function reviewedDrugs(view: PathwayView): string[] {
  const drugs = view.options.filter((s) => (DRUG_OPTIONS as readonly string[]).includes(s.option));
  const started = drugs.filter((s) => s.status === 'recommended' || s.status === 'current-below-target');
  const kept = drugs.filter((s) => CONTINUED.has(s.status));
  const name = (s: OptionStatus) => `${optionName(s)}${mgPerDay(s.targetDailyMg)}`;
  const either = started.filter((s) => EITHER.has(s.option));
  const others = started.filter((s) => !EITHER.has(s.option));
  return [
    ...others.map(name),
    ...(either.length ? [either.map(name).join(' or ')] : []),
    ...kept.map((s) => (s.record ? regimenText(s.record) : optionName(s))),
  ];
}

const joinAnd = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** "Case A: reassess duloxetine at 60 mg/day: pain and function": from the case's facts and view, never typed words. */
export function pendingReview(record: CaseRecord): string {
  // a patient outside the pathway's adults: no plan, so no drug to name (dialogs/population-hold.ts)
  if (casePopulations(record.facts).length)
    return `Case ${record.label}: review (paused: outside the pathway's adults)`;
  const view = evaluatePathway(record.facts);
  if (view.status === 'urgent') return `Case ${record.label}: review (${stepList(view.activeSteps)})`;
  const drugs = reviewedDrugs(view);
  return drugs.length
    ? `Case ${record.label}: reassess ${joinAnd(drugs)}: pain and function`
    : `Case ${record.label}: reassess pain and function (${stepList(view.activeSteps)})`;
}

/** The review interval the plan states (REVIEW_INTERVALS), else DEFAULT_REVIEW_WEEKS without a source. */
export function reviewInterval(view: PathwayView): { weeks: number; knowledgeId?: string } {
  const row = REVIEW_INTERVALS.find((r) => view.recommendations.includes(r.knowledgeId));
  return row ? { weeks: row.weeks, knowledgeId: row.knowledgeId } : { weeks: DEFAULT_REVIEW_WEEKS };
}

/**
 * The "Remind me in 4 weeks" button for a case's plan (engineer F adds it to the plan reply): the interval is the
 * plan's own review interval, the words it posts back are the typed command, so the button and typing agree.
 */
export function reminderButton(record: CaseRecord): SuggestedAction {
  const { weeks } = reviewInterval(evaluatePathway(record.facts));
  return { title: `Remind me in ${weeks} weeks`, value: `remind me in ${weeks} weeks about case ${record.label}` };
}

/** The guideline line behind the interval, cited in the message's book ("" when the plan states none). */
function intervalLine(record: CaseRecord, book: EntryCitations): string {
  if (casePopulations(record.facts).length) return '';
  const { knowledgeId } = reviewInterval(evaluatePathway(record.facts));
  const shown = knowledgeId ? book.entry(knowledgeId) : undefined;
  return shown ? ` ${shown.text} ${shown.marks}` : '';
}

// ---------------------------------------------------------------------------------------------------------------
// The route

/** The case a reminder belongs to, when it is still stored (a label is reused once its case is forgotten). */
function caseOf(state: ConversationState, r: Reminder): CaseRecord | undefined {
  const record = findCase(state, r.case);
  return record && record.createdAt === r.caseCreatedAt ? record : undefined;
}

/** Reminders whose case is still stored, soonest first. */
export function liveReminders(state: ConversationState): Reminder[] {
  return (state.reminders ?? []).filter((r) => caseOf(state, r)).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

const withReminders = (state: ConversationState, reminders: Reminder[]): ConversationState => ({
  ...state,
  reminders: [...reminders].sort((a, b) => a.n - b.n),
});

const say = (state: ConversationState, text: string, extra: Partial<OutputMessage> = {}): RouteResult => ({
  state,
  output: { messages: [{ text, ...extra }] },
});

function listLine(state: ConversationState, r: Reminder, now: string): string {
  const record = caseOf(state, r);
  const review = record ? pendingReview(record) : `Case ${r.case}`;
  return `${r.n}. ${dayLabel(r.dueAt)} (${inDays(r.dueAt, now)}): ${review}`;
}

const HOW_TO_SET =
  'After a plan, say "remind me in 4 weeks", "remind me in 10 days about case A" or "remind me on 15 Jan".';

function listMessage(state: ConversationState, now: string, lead?: string): RouteResult {
  const live = liveReminders(state);
  const kept = withReminders(state, live);
  if (!live.length)
    return say(kept, `${lead ? `${lead} ` : ''}No reminders are set in this conversation. ${HOW_TO_SET}`);
  const first = live[0]!;
  const lines = [
    ...(lead ? [lead] : []),
    '**Reminders in this conversation**',
    ...live.map((r) => listLine(state, r, now)),
    `Say "cancel reminder ${first.n}" or "cancel reminders for case ${first.case}".`,
  ];
  return say(kept, lines.join('\n\n'));
}

function addReminder(ctx: RouteContext, cmd: Extract<ReminderCommand, { kind: 'add' }>): RouteResult {
  const now = ctx.input.receivedAt;
  const state = ctx.state;
  const record = cmd.label ? findCase(state, cmd.label) : activeRecord(state);
  if (!record)
    return say(
      state,
      cmd.label
        ? `There is no case ${cmd.label.toUpperCase()} in this conversation. Say "cases" to list them.`
        : 'A reminder is for a case\'s review: describe the case first, then say "remind me in 4 weeks".',
    );
  if (!cmd.when) {
    const why =
      cmd.problem === 'slash-date'
        ? 'A date such as 03/04 reads differently in the UK and the US: please write it as "15 Jan 2027" or "2027-01-15", or say "in 4 weeks".'
        : 'When should I remind you? Say "remind me in 4 weeks", "in 10 days", or "on 15 Jan".';
    return say(state, why);
  }
  const due = dueDate(cmd.when, new Date(now));
  if (!due) return say(state, 'That date does not exist. Please say it again, for example "on 15 Jan 2027".');
  const ahead = due.getTime() - Date.parse(now);
  if (ahead < 60 * 60_000) return say(state, 'That is not in the future. Please choose a later day.');
  if (ahead > MAX_REMINDER_DAYS * DAY_MS)
    return say(state, `Reminders can be set up to ${MAX_REMINDER_DAYS} days (about 6 months) ahead.`);
  const live = liveReminders(state);
  if (live.length >= MAX_REMINDERS)
    return listMessage(state, now, `This conversation already holds ${MAX_REMINDERS} reminders: cancel one first.`);
  const n = Math.max(0, ...live.map((r) => r.n)) + 1;
  const reminder: Reminder = {
    n,
    case: record.label,
    caseCreatedAt: record.createdAt,
    dueAt: due.toISOString(),
    setAt: now,
    attempts: 0,
  };
  const book = new EntryCitations();
  const interval = intervalLine(record, book);
  const citations = book.list();
  const text =
    `Reminder ${n} set: ${dayLabel(reminder.dueAt)} (${inDays(reminder.dueAt, now)}). On that day I will post here: ` +
    `"${pendingReview(record)}".${interval}\n\nSay "reminders" to see them, or "cancel reminder ${n}".`;
  return say(withReminders(state, [...live, reminder]), text, citations.length ? { citations } : {});
}

function cancel(ctx: RouteContext, cmd: Exclude<ReminderCommand, { kind: 'add' | 'list' }>): RouteResult {
  const now = ctx.input.receivedAt;
  const live = liveReminders(ctx.state);
  const gone = (r: Reminder) => {
    switch (cmd.kind) {
      case 'cancel':
        return r.n === cmd.n;
      case 'cancel-case':
        return r.case.toLowerCase() === cmd.label.toLowerCase();
      case 'cancel-all':
        return true;
      case 'cancel-one':
        return live.length === 1;
    }
  };
  const cancelled = live.filter(gone);
  const kept = withReminders(
    ctx.state,
    live.filter((r) => !gone(r)),
  );
  if (!cancelled.length) {
    const lead =
      cmd.kind === 'cancel'
        ? `There is no reminder ${cmd.n}.`
        : cmd.kind === 'cancel-case'
          ? `There is no reminder for case ${cmd.label.toUpperCase()}.`
          : cmd.kind === 'cancel-one' && live.length > 1
            ? 'Which one? Say its number, for example "cancel reminder 1".'
            : undefined;
    return listMessage(kept, now, lead);
  }
  const what = cancelled.map((r) => `${r.n} (case ${r.case}, ${dayLabel(r.dueAt)})`).join(', ');
  return say(kept, `Cancelled reminder${cancelled.length > 1 ? 's' : ''} ${what}.`);
}

function reminderCommand(ctx: RouteContext): ReminderCommand | undefined {
  if (pressedButton(ctx.card)) return undefined;
  return parseReminderCommand(ctx.lower);
}

/**
 * Reminder commands: set ("remind me in 2 weeks about case A", the plan's "Remind me" button), list ("reminders"),
 * cancel ("cancel reminder 1", "cancel reminders for case A"). Goes right after walkthroughCommandRoute in
 * dialogs/router.ts. A message holding an identifier changes nothing, as everywhere in the walk-through.
 */
export const reminderRoute: Route = {
  name: 'walkthrough-reminder',
  matches: (ctx) => reminderCommand(ctx) !== undefined,
  handle: (ctx) => {
    const cmd = reminderCommand(ctx)!;
    if (cmd.kind === 'add' && extraction(ctx.text, ctx.input.receivedAt).identifiers)
      return say(ctx.state, IDENTIFIERS_REFUSED);
    if (cmd.kind === 'add') return addReminder(ctx, cmd);
    if (cmd.kind === 'list') return listMessage(ctx.state, ctx.input.receivedAt);
    return cancel(ctx, cmd);
  },
};

// ---------------------------------------------------------------------------------------------------------------
// The scheduler's state changes (src/runtime/reminders.ts does the I/O)

/** The earliest due time among the reminders still to send (undefined when none). */
export function nextDueAt(state: ConversationState): string | undefined {
  return liveReminders(state)[0]?.dueAt;
}

/** Reminders due by `now` and not claimed by a live claim. */
export function dueReminders(state: ConversationState, now: string): Reminder[] {
  const t = Date.parse(now);
  return liveReminders(state).filter(
    (r) => Date.parse(r.dueAt) <= t && (!r.claim || Date.parse(r.claim.at) + CLAIM_LEASE_MS <= t),
  );
}

/** The record with these reminders claimed by `by` (written with the read eTag: one instance wins). */
export function claimReminders(
  state: ConversationState,
  ns: readonly number[],
  now: string,
  by: string,
): ConversationState {
  return {
    ...state,
    reminders: (state.reminders ?? []).map((r) => (ns.includes(r.n) ? { ...r, claim: { at: now, by } } : r)),
  };
}

/**
 * After sending: sent and undeliverable reminders go (a reminder is sent once), failed ones are released to be
 * tried again (dropped after MAX_SEND_ATTEMPTS), and reminders whose case is gone are dropped. A reminder posted
 * is activity in the conversation: the record's retention starts again from it.
 */
export function settleReminders(
  state: ConversationState,
  outcome: { sent: readonly number[]; failed: readonly number[]; dropped: readonly number[] },
  now: string,
): ConversationState {
  const live = liveReminders(state);
  const reminders = live.flatMap((r): Reminder[] => {
    if (outcome.sent.includes(r.n) || outcome.dropped.includes(r.n)) return [];
    if (!outcome.failed.includes(r.n)) return [r];
    const { claim: _, ...released } = r;
    return released.attempts + 1 >= MAX_SEND_ATTEMPTS ? [] : [{ ...released, attempts: released.attempts + 1 }];
  });
  return {
    ...withReminders(state, reminders),
    ...(outcome.sent.length ? { updatedAt: now } : {}),
  };
}

/** The proactive message for one reminder: the case's review as it stands now, the guideline's interval, cited. */
export function reminderOutput(state: ConversationState, r: Reminder): TurnOutput {
  const record = caseOf(state, r);
  if (!record) return { messages: [] };
  const book = new EntryCitations();
  const interval = intervalLine(record, book);
  const citations = book.list();
  const text = `**Reminder ${r.n}** (set ${dayLabel(r.setAt)}): ${pendingReview(record)}.${interval}\n\nSay "case ${record.label}" to open it, then "plan".`;
  return {
    messages: [
      {
        text,
        ...(citations.length ? { citations } : {}),
        suggestedActions: [{ title: `Open case ${record.label}`, value: `case ${record.label}` }],
      },
    ],
  };
}

/**
 * Retention (issue 15): a record holding a reminder is kept until the reminder's day plus REMINDER_KEEP_DAYS. When
 * its last change is within `slackDays` of the retention period, the record is returned with `updatedAt` moved to
 * now, to be written back (the write renews the store's own time too); otherwise undefined (nothing to do).
 */
export function keepForReminders(
  state: ConversationState,
  now: string,
  retentionDays: number,
  slackDays = 2,
): ConversationState | undefined {
  const t = Date.parse(now);
  const last = liveReminders(state).at(-1);
  if (!last) return undefined;
  const keepUntil = Date.parse(last.dueAt) + REMINDER_KEEP_DAYS * DAY_MS;
  const expiresAt = Date.parse(state.updatedAt) + retentionDays * DAY_MS;
  if (keepUntil <= t || expiresAt >= keepUntil || expiresAt > t + slackDays * DAY_MS) return undefined;
  return { ...state, updatedAt: now };
}
