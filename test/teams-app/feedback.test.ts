import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_REASONS } from '../../dialogs/feedback.js';
import { CONTENT_VERSION, hasEntry } from '../../src/clinical/knowledge/knowledge-base.js';
import { feedbackKey, FeedbackStore } from '../../src/storage/feedback-store.js';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { post, startBot, type RunningBot } from '../helpers/bot-server.js';
import { replyText, teamsActivity, type Scope } from '../helpers/teams-activity.js';
import { cardNodes, cardsOf, type Json } from '../helpers/card-walk.js';

const actions = (card: unknown): Json[] =>
  cardNodes(card, (o) => typeof o.type === 'string' && o.type.startsWith('Action.'), ['refresh']);

/**
 * Answer feedback over HTTP (issue 15): every quick answer and plan carries "Helpful" and "Report a problem" (with
 * reasons); a press stores the route, the cited entry ids, the content version, the reason, the time and the scope
 * in the configured store, and never any text of the question or the case; `npm run feedback-report` lists them by
 * route and reason.
 */
const QUESTION = 'duloxetine dose for my marathon runner?';
const NARRATIVE =
  '58F chronic low back pain 9 months, naproxen 500 bid 8 weeks no relief, no red flags, flamenco teacher';
const ALLOWED_KEYS = ['at', 'contentVersion', 'ids', 'rating', 'reason', 'route', 'scope'];

const dir = mkdtempSync(join(tmpdir(), 'feedback-'));
const sqlitePath = join(dir, 'bot.sqlite');
let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot({ STORAGE: 'sqlite', SQLITE_PATH: sqlitePath }, new SqliteStorage(sqlitePath));
});
afterAll(async () => {
  await bot.close();
  rmSync(dir, { recursive: true, force: true });
});

const today = () => new Date().toISOString().slice(0, 10);
const reportsToday = async () => new FeedbackStore(bot.storage).list(new Date(), 1);

async function ask(text: string, scope: Scope = 'personal', conversationId = `a:${randomUUID()}`) {
  const res = await post(bot.url, teamsActivity({ scope, conversationId, text, mentionBot: scope !== 'personal' }));
  expect(res.status).toBe(200);
  return { conversationId, res };
}

async function press(conversationId: string, data: unknown, scope: Scope = 'personal', id?: string) {
  const res = await post(bot.url, teamsActivity({ scope, conversationId, value: data, ...(id ? { id } : {}) }));
  expect(res.status).toBe(200);
  return res.activities.map(replyText).join('\n');
}

function feedbackButtons(activities: Json[]) {
  const card = cardsOf(activities).find((c) => actions(c).some((a) => a.title === 'Helpful'));
  expect(card, 'a card with feedback buttons').toBeDefined();
  const all = actions(card);
  const report = all.find((a) => a.type === 'Action.ShowCard' && a.title === 'Report a problem')!;
  return {
    helpful: all.find((a) => a.title === 'Helpful')!,
    report,
    reasons: actions((report.card as Json).actions),
  };
}

describe('feedback on answers', () => {
  it('a quick answer offers Helpful and Report a problem, with the five reasons', async () => {
    const { res } = await ask(QUESTION);
    const { helpful, report, reasons } = feedbackButtons(res.activities);
    expect(helpful.type).toBe('Action.Submit');
    expect(reasons.map((r) => r.title)).toEqual(FEEDBACK_REASONS.map((r) => r.title));
    expect((report.fallback as Json).type).toBe('Action.Submit');
    // The buttons carry what the answer was built from, never the question.
    expect(JSON.stringify([helpful, report])).not.toContain('marathon');
  });

  it('a reason pressed stores route, cited ids, content version, reason, time and scope: no text of the question', async () => {
    const before = (await reportsToday()).length;
    const { conversationId, res } = await ask(QUESTION);
    const wrong = feedbackButtons(res.activities).reasons.find((r) => r.title === 'Wrong dose or rule')!;
    const reply = await press(conversationId, wrong.data);
    expect(reply).toMatch(/reported as "Wrong dose or rule"/);
    const reports = await reportsToday();
    expect(reports).toHaveLength(before + 1);
    const stored = reports.at(-1)!;
    expect(Object.keys(stored).sort()).toEqual(ALLOWED_KEYS);
    expect(stored).toMatchObject({
      route: 'answers.drug',
      contentVersion: CONTENT_VERSION,
      rating: 'problem',
      reason: 'wrong-dose-or-rule',
      scope: 'personal',
    });
    expect(stored.ids.length).toBeGreaterThan(0);
    for (const id of stored.ids) expect(hasEntry(id), id).toBe(true);
    expect(Date.now() - Date.parse(stored.at)).toBeLessThan(60_000);
    const raw = JSON.stringify((await bot.storage.read(feedbackKey(today())))?.value);
    expect(raw).not.toContain('marathon');
    expect(raw).not.toContain('runner');
  });

  it('a plan in a group chat: Report a problem without a reason asks for one, then stores no word of the case', async () => {
    const { conversationId } = await ask(NARRATIVE, 'groupChat', `19:${randomUUID()}@thread.v2`);
    const plan = await post(
      bot.url,
      teamsActivity({ scope: 'groupChat', conversationId, value: { command: 'case', action: 'plan', case: 'A' } }),
    );
    expect(plan.activities.map(replyText).join('\n')).toMatch(/Plan for case A/);
    const { report } = feedbackButtons(plan.activities);
    const before = (await reportsToday()).length;
    // A host without ShowCard presses the fallback: asked for a reason, nothing stored yet.
    const asked = await post(
      bot.url,
      teamsActivity({ scope: 'groupChat', conversationId, value: (report.fallback as Json).data }),
    );
    expect(asked.activities.map(replyText).join('\n')).toMatch(/What was wrong/);
    expect(await reportsToday()).toHaveLength(before);
    const missing = actions(cardsOf(asked.activities)).find((a) => a.title === 'Missing safety note')!;
    await press(conversationId, missing.data, 'groupChat');
    const stored = (await reportsToday()).at(-1)!;
    expect(stored).toMatchObject({ route: 'walkthrough-plan', reason: 'missing-safety-note', scope: 'groupChat' });
    const raw = JSON.stringify((await bot.storage.read(feedbackKey(today())))?.value);
    for (const word of ['flamenco', 'teacher', '9 months', '58F']) expect(raw).not.toContain(word);
  });

  it('Helpful is stored as helpful; a retried press (same activity id) is stored once', async () => {
    const { conversationId, res } = await ask('when to refer?');
    const { helpful } = feedbackButtons(res.activities);
    const before = (await reportsToday()).length;
    const id = randomUUID();
    expect(await press(conversationId, helpful.data, 'personal', id)).toMatch(/helpful/);
    await press(conversationId, helpful.data, 'personal', id);
    const reports = await reportsToday();
    expect(reports).toHaveLength(before + 1);
    expect(reports.at(-1)).toMatchObject({ route: 'answers.guideline', rating: 'helpful' });
    expect(reports.at(-1)!.reason).toBeUndefined();
  });

  it('help and the walk-through questions offer no feedback', async () => {
    const help = await ask('help');
    expect(JSON.stringify(cardsOf(help.res.activities))).not.toContain('"feedback"');
    const narrative = await ask(NARRATIVE);
    expect(JSON.stringify(cardsOf(narrative.res.activities))).not.toContain('"feedback"');
  });
});

describe('npm run feedback-report', () => {
  it('lists the stored reports by route and reason from the configured SQLite store, without question text', async () => {
    // Two more reports on the drug answer, so the report counts a group of three.
    for (const title of ['Wrong dose or rule', 'Too long', 'Wrong dose or rule']) {
      const { conversationId, res } = await ask(QUESTION);
      await press(conversationId, feedbackButtons(res.activities).reasons.find((r) => r.title === title)!.data);
    }
    const out = spawnSync(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'scripts/feedback-report.ts', '--days', '2'],
      {
        cwd: new URL('../..', import.meta.url).pathname,
        env: { PATH: process.env.PATH, STORAGE: 'sqlite', SQLITE_PATH: sqlitePath, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const text = out.stdout;
    const all = await new FeedbackStore(bot.storage).list(new Date(), 2);
    expect(text).toContain(`: ${all.length} reports`);
    const drug = all.filter((r) => r.route === 'answers.drug');
    const wrong = drug.filter((r) => r.reason === 'wrong-dose-or-rule').length;
    expect(wrong).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(new RegExp(`answers\\.drug: ${drug.length} problems, 0 helpful`));
    expect(text).toMatch(new RegExp(`wrong-dose-or-rule +${wrong} +content ${CONTENT_VERSION.replace(/\./g, '\\.')}`));
    expect(text).toMatch(/entries: [a-z]+\.duloxetine x\d/);
    expect(text).toMatch(/answers\.guideline: 0 problems, 1 helpful/);
    expect(text).toMatch(/walkthrough-plan: 1 problem, 0 helpful/);
    expect(text).not.toContain('marathon');
  });
});
