import { describe, expect, it } from 'vitest';
import {
  conversationStateSchema,
  MAX_REMINDERS,
  type ConversationState,
  type Reminder,
} from '../../dialogs/conversation-state.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import {
  CANCEL_CUES,
  CLAIM_LEASE_MS,
  claimReminders,
  dueDate,
  dueReminders,
  keepForReminders,
  LIST_CUES,
  MAX_REMINDER_DAYS,
  MAX_SEND_ATTEMPTS,
  parseReminderCommand,
  REMIND_OPENERS,
  reminderButton,
  reminderOutput,
  REMINDER_KEEP_DAYS,
  REVIEW_INTERVALS,
  settleReminders,
  WHEN_CUES,
} from '../../dialogs/walkthrough/reminders.js';
import { getEntry } from '../../src/clinical/knowledge/knowledge-base.js';

/** Follow-up reminders, the pure part (issue 15): the cue rows, the dates, the route, the scheduler's state changes. */
const DAY = 86_400_000;
const T0 = Date.parse('2026-11-29T10:00:00.000Z'); // a Sunday
const NOW = new Date(T0);
const CASE =
  '58F chronic LBP 2 yrs, naproxen 500 bid 8 weeks no relief, duloxetine 30 mg daily x 3 wks, no red flags, no leg symptoms';

function input(text: string, minutes: number): TurnInput {
  return {
    kind: 'message',
    conversationKey: 'msteams/t/reminders',
    scope: 'personal',
    userId: 'u',
    text,
    activityId: `a-${minutes}`,
    receivedAt: new Date(T0 + minutes * 60_000).toISOString(),
  };
}

/** A conversation through the pure core; each `say` is a minute after the last. */
function conversation() {
  let state: unknown;
  let minute = 0;
  return {
    say(text: string): string {
      const r = handleTurn(state, input(text, ++minute), { retentionDays: 120 });
      if (r.changed) state = r.state;
      return r.output.messages.map((m) => m.text).join('\n');
    },
    get state(): ConversationState {
      return state as ConversationState;
    },
  };
}

describe('the cue rows read their examples', () => {
  it.each(WHEN_CUES.map((row) => [row.id, row] as const))('when: %s', (_id, row) => {
    const lower = row.example.toLowerCase();
    expect(row.re.test(lower)).toBe(true);
    const cmd = parseReminderCommand(lower);
    expect(cmd?.kind).toBe('add');
    const when = cmd?.kind === 'add' ? cmd.when : undefined;
    expect(when, row.example).toBeDefined();
    const due = dueDate(when!, NOW);
    expect(due!.getTime()).toBeGreaterThan(T0);
    expect(due!.getTime()).toBeLessThanOrEqual(T0 + MAX_REMINDER_DAYS * DAY);
  });

  it.each(REMIND_OPENERS.map((row) => [row.example, row] as const))('opener: %s', (example, row) => {
    expect(row.re.test(example.toLowerCase())).toBe(true);
    expect(parseReminderCommand(example.toLowerCase())?.kind).toBe('add');
  });

  it.each(LIST_CUES.map((row) => [row.example, row] as const))('list: %s', (example, row) => {
    expect(row.re.test(example.toLowerCase().replace(/\?$/, ''))).toBe(true);
    expect(parseReminderCommand(example.toLowerCase())).toEqual({ kind: 'list' });
  });

  it.each(CANCEL_CUES.map((row) => [row.example, row] as const))('cancel: %s', (example, row) => {
    const m = row.re.exec(example.toLowerCase());
    expect(m).not.toBeNull();
    expect(parseReminderCommand(example.toLowerCase())).toEqual(row.command(m!));
  });

  it('reads the time and the case wherever they stand, and never keeps the other words', () => {
    expect(parseReminderCommand('remind me about case b in 3 months')).toEqual({
      kind: 'add',
      label: 'b',
      when: { months: 3 },
    });
    expect(parseReminderCommand('please remind me in ten days to check her egfr')).toEqual({
      kind: 'add',
      when: { days: 10 },
    });
    expect(parseReminderCommand('remind me in 3/7')).toEqual({ kind: 'add', when: { days: 3 } });
    expect(parseReminderCommand('remind me in 6/12')).toEqual({ kind: 'add', when: { months: 6 } });
  });

  it('asks again for a time it cannot read, and leaves questions to the answers', () => {
    for (const text of ['remind me', 'remind me about case a', 'remind me in 2-4 weeks', 'remind me on the 3rd'])
      expect(parseReminderCommand(text), text).toMatchObject({ kind: 'add', problem: 'no-when' });
    expect(parseReminderCommand('remind me on 03/04/2027')).toMatchObject({ problem: 'slash-date' });
    for (const text of [
      'remind me what the naproxen maximum is',
      'remind me of the red flags',
      'remind me about the opioid gate',
      'reminder: duloxetine dose?',
      'in 2 weeks',
      'cancel',
      'list',
    ])
      expect(parseReminderCommand(text), text).toBeUndefined();
  });
});

describe('due dates', () => {
  it('days and weeks keep the time of day; months keep the day, or the month end', () => {
    expect(dueDate({ days: 14 }, NOW)!.toISOString()).toBe('2026-12-13T10:00:00.000Z');
    expect(dueDate({ months: 1 }, new Date('2027-01-31T09:30:00.000Z'))!.toISOString()).toBe(
      '2027-02-28T09:30:00.000Z',
    );
    expect(dueDate({ months: 3 }, NOW)!.toISOString()).toBe('2027-02-28T10:00:00.000Z');
  });

  it('a calendar date is posted at 12:00 UTC; without a year, its next occurrence; an impossible one is refused', () => {
    expect(dueDate({ date: { y: 2027, m: 1, d: 15 } }, NOW)!.toISOString()).toBe('2027-01-15T12:00:00.000Z');
    expect(dueDate({ date: { m: 12, d: 24 } }, NOW)!.toISOString()).toBe('2026-12-24T12:00:00.000Z');
    expect(dueDate({ date: { m: 11, d: 1 } }, NOW)!.toISOString()).toBe('2027-11-01T12:00:00.000Z');
    expect(dueDate({ date: { m: 2, d: 31 } }, NOW)).toBeUndefined();
  });

  it('a weekday is its next occurrence after today', () => {
    expect(dueDate({ weekday: 5 }, NOW)!.toISOString()).toBe('2026-12-04T12:00:00.000Z'); // Friday
    expect(dueDate({ weekday: 0 }, NOW)!.toISOString()).toBe('2026-12-06T12:00:00.000Z'); // Sunday: a week on
  });
});

describe('the review and its interval come from the pathway', () => {
  it.each(REVIEW_INTERVALS.map((row) => [row.knowledgeId, row] as const))(
    '%s: the weeks lie within the range its entry states',
    (id, row) => {
      const range = /(\d+)-(\d+) weeks/.exec(getEntry(id).text);
      expect(range, getEntry(id).text).not.toBeNull();
      expect(row.weeks).toBeGreaterThanOrEqual(Number(range![1]));
      expect(row.weeks).toBeLessThanOrEqual(Number(range![2]));
    },
  );

  it("the plan button uses the plan's interval, and posts words the route reads", () => {
    const c = conversation();
    c.say(CASE);
    const record = activeRecord(c.state)!;
    const button = reminderButton(record);
    expect(button).toEqual({ title: 'Remind me in 4 weeks', value: 'remind me in 4 weeks about case A' });
    expect(c.say(button.value)).toMatch(/Reminder 1 set: Sun 27 Dec 2026 \(in 28 days\)/);
  });

  it("a reminder holds a label, the case's creation and times; the message is rebuilt from the case, cited", () => {
    const c = conversation();
    c.say(CASE);
    const reply = c.say('remind me in two weeks about case A to check her eGFR');
    expect(reply).toMatch(/"Case A: reassess duloxetine at 60 mg\/day: pain and function"/);
    expect(reply).toMatch(/every 2-4 weeks during medication adjustments\. \[\d\]/);
    const [reminder] = c.state.reminders;
    expect(Object.keys(reminder!).sort()).toEqual(['attempts', 'case', 'caseCreatedAt', 'dueAt', 'n', 'setAt']);
    expect(JSON.stringify(c.state.reminders).toLowerCase()).not.toMatch(/egfr|check/);

    const out = reminderOutput(c.state, reminder!);
    expect(out.messages[0]!.text).toMatch(/^\*\*Reminder 1\*\* \(set Sun 29 Nov 2026\): Case A: reassess duloxetine/);
    expect(out.messages[0]!.citations?.length).toBeGreaterThan(0);
    expect(out.messages[0]!.suggestedActions).toEqual([{ title: 'Open case A', value: 'case A' }]);
  });
});

describe('a case paused since (a patient outside the pathway)', () => {
  it('its reminder names no drug and cites no interval', () => {
    const c = conversation();
    c.say(CASE);
    c.say('remind me in 2 weeks');
    c.say('she is pregnant');
    const out = reminderOutput(c.state, c.state.reminders[0]!).messages[0]!;
    expect(out.text).toMatch(/Case A: review \(paused: outside the pathway's adults\)/);
    expect(out.text).not.toMatch(/duloxetine|mg/);
    expect(out.citations).toBeUndefined();
  });
});

describe('the route', () => {
  it('needs a case, a real case label, and a day between tomorrow and six months ahead', () => {
    const c = conversation();
    expect(c.say('remind me in 2 weeks')).toMatch(/describe the case first/);
    c.say(CASE);
    expect(c.say('remind me in 2 weeks about case Q')).toMatch(/no case Q/);
    expect(c.say('remind me on 2026-11-01')).toMatch(/not in the future/);
    expect(c.say('remind me in 7 months')).toMatch(/up to 183 days/);
    expect(c.say('remind me on 03/04/2027')).toMatch(/reads differently in the UK and the US/);
    expect(c.say('remind me on 31 feb')).toMatch(/does not exist/);
    expect(c.say('remind me in 2-4 weeks')).toMatch(/When should I remind you/);
    expect(c.state.reminders).toEqual([]);
  });

  it('stores nothing from a message holding an identifier', () => {
    const c = conversation();
    c.say(CASE);
    expect(c.say('remind me in 2 weeks about Mrs Smith')).toMatch(/not stored anything/);
    expect(c.state.reminders).toEqual([]);
  });

  it(`keeps at most ${MAX_REMINDERS} per conversation, numbered, and cancels by number, case or all`, () => {
    const c = conversation();
    c.say(CASE);
    for (let i = 1; i <= MAX_REMINDERS; i++) expect(c.say(`remind me in ${i} days`)).toMatch(`Reminder ${i} set`);
    expect(c.say('remind me in 20 days')).toMatch(/already holds 10 reminders/);
    expect(c.say('cancel reminder 11')).toMatch(/There is no reminder 11/);
    expect(c.say('cancel reminder 3')).toMatch(/Cancelled reminder 3 \(case A/);
    expect(c.say('cancel the reminder')).toMatch(/Which one\?/);
    expect(c.say('remind me in 20 days')).toMatch(/Reminder 11 set/);
    expect(c.state.reminders.map((r) => r.n)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(c.say('cancel reminders for case B')).toMatch(/There is no reminder for case B/);
    expect(c.say('cancel all reminders')).toMatch(/Cancelled reminders 1 \(case A/);
    expect(c.say('reminders')).toMatch(/No reminders are set/);
  });

  it('a case forgotten takes its reminders; a new case with the reused label does not inherit them', () => {
    const c = conversation();
    c.say(CASE);
    c.say('remind me in 2 weeks');
    c.say('forget');
    c.say('yes');
    c.say('new case: 70M chronic LBP 1 yr, no red flags');
    expect(activeRecord(c.state)?.label).toBe('A');
    expect(c.say('reminders')).toMatch(/No reminders are set/);
    expect(c.state.reminders).toEqual([]);
  });

  it('records written before reminders existed stay readable', () => {
    const old = { v: 1, updatedAt: NOW.toISOString(), processed: [], cases: [] };
    expect(conversationStateSchema.parse(old).reminders).toEqual([]);
  });
});

describe("the scheduler's state changes", () => {
  const withReminder = (): { state: ConversationState; reminder: Reminder } => {
    const c = conversation();
    c.say(CASE);
    c.say('remind me in 2 weeks');
    return { state: c.state, reminder: c.state.reminders[0]! };
  };
  const iso = (ms: number) => new Date(ms).toISOString();

  it('a due reminder is claimed once; a claim is taken again only after its lease', () => {
    const { state, reminder } = withReminder();
    const due = Date.parse(reminder.dueAt);
    expect(dueReminders(state, iso(due - 1))).toEqual([]);
    expect(dueReminders(state, iso(due)).map((r) => r.n)).toEqual([1]);
    const claimed = claimReminders(state, [1], iso(due), 'one');
    expect(dueReminders(claimed, iso(due + CLAIM_LEASE_MS - 1))).toEqual([]);
    expect(dueReminders(claimed, iso(due + CLAIM_LEASE_MS)).map((r) => r.n)).toEqual([1]);
  });

  it('sent goes and renews the record; failed is released, and dropped after a few tries', () => {
    const { state, reminder } = withReminder();
    const at = iso(Date.parse(reminder.dueAt));
    const sent = settleReminders(state, { sent: [1], failed: [], dropped: [] }, at);
    expect(sent.reminders).toEqual([]);
    expect(sent.updatedAt).toBe(at);
    let s = claimReminders(state, [1], at, 'one');
    for (let i = 1; i < MAX_SEND_ATTEMPTS; i++) {
      s = settleReminders(s, { sent: [], failed: [1], dropped: [] }, at);
      expect(s.reminders[0]).toMatchObject({ attempts: i });
      expect(s.reminders[0]!.claim).toBeUndefined();
    }
    expect(settleReminders(s, { sent: [], failed: [1], dropped: [] }, at).reminders).toEqual([]);
  });

  it("retention: renewed only when it would otherwise expire before the reminder's day plus the margin", () => {
    const { state, reminder } = withReminder(); // due in 14 days
    const due = Date.parse(reminder.dueAt);
    // 30-day retention: expires after the reminder plus margin (14 + 14 days): nothing to do
    expect(keepForReminders(state, iso(T0 + 29 * DAY), 30)).toBeUndefined();
    // 10-day retention: on day 9 the record is near its end and the reminder still ahead
    expect(keepForReminders(state, iso(T0 + 5 * DAY), 10)).toBeUndefined(); // not near the end yet
    expect(keepForReminders(state, iso(T0 + 9 * DAY), 10)?.updatedAt).toBe(iso(T0 + 9 * DAY));
    // past the reminder's day plus the margin, it is left to expire
    expect(keepForReminders(state, iso(due + REMINDER_KEEP_DAYS * DAY), 10)).toBeUndefined();
  });
});
