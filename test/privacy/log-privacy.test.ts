import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationHash } from '../../src/runtime/logger.js';
import { logSink, post, startBot, type RunningBot } from '../helpers/bot-server.js';
import { teamsActivity, TENANT } from '../helpers/teams-activity.js';

/** A synthetic narrative (no real patient): every distinctive piece of it must stay out of the logs. */
const PLANTED = 'PLANTED-NARRATIVE-7731';
const NARRATIVE = [
  `${PLANTED} 58 year old with chronic low back pain for 9 months, naproxen 500 bid and duloxetine 60 mg daily`,
  'tried physiotherapy, tingling left leg, PHQ-9 score 14, oxycodone 5 mg prn',
  'red flags: none; previous lumbar MRI showed L4-L5 disc bulge',
];
const SECRETS = [PLANTED, 'naproxen', 'duloxetine', 'oxycodone', 'tingling', 'PHQ-9', 'L4-L5', '500 bid', 'Clinician'];

const conversationId = 'a:privacy-conversation';
const logs = logSink();
let bot: RunningBot;
let caseSeen = false;

beforeAll(async () => {
  bot = await startBot({}, undefined, logs);
  const turns: { text?: string; value?: unknown }[] = [
    { text: 'help' },
    ...NARRATIVE.map((text) => ({ text })),
    { value: { action: 'answer', text: `${PLANTED} submitted through a card`, note: 'naproxen' } },
    { text: `${PLANTED} `.repeat(2_000) },
    { text: 'forget all' },
    { text: 'yes' },
  ];
  for (const [i, t] of turns.entries()) {
    const res = await post(bot.url, teamsActivity({ ...t, conversationId, id: `p-${i}` }), {
      'x-request-id': `req-${i}`,
    });
    expect(res.status).toBe(200);
    const record = JSON.stringify((await bot.storage.read(`msteams/${TENANT}/${conversationId}`))?.value ?? {});
    if (record.includes('naproxen')) caseSeen = true;
  }
  // Failures are logged too: a malformed body and a refused activity.
  await post(bot.url, `{"type":"message","text":"${PLANTED} naproxen"`);
  await post(bot.url, { text: `${PLANTED} naproxen` });
});
afterAll(async () => {
  await bot?.close();
});

const lines = () =>
  logs
    .text()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('logs of a whole conversation with a planted narrative', () => {
  it('(the narrative did reach the case, and "forget all" removed every trace of it from the store)', async () => {
    const stored = JSON.stringify((await bot.storage.read(`msteams/${TENANT}/${conversationId}`))?.value ?? {});
    for (const secret of SECRETS) expect(stored, secret).not.toContain(secret);
    expect(caseSeen).toBe(true);
  });

  it('never contain the narrative, its facts or the user identifiers', () => {
    const text = logs.text();
    expect(text.length).toBeGreaterThan(0);
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
    expect(text).not.toContain(conversationId);
    expect(text).not.toContain('29:user-1');
  });

  it('are JSON lines; each turn line has the request id, conversation hash, turn time and outcome', () => {
    const turns = lines().filter((l) => l.msg === 'turn');
    expect(turns.length).toBeGreaterThanOrEqual(6);
    const hash = conversationHash(`msteams/${TENANT}/${conversationId}`);
    for (const t of turns) {
      expect(t).toMatchObject({ conv: hash, kind: 'message', level: 30 });
      expect(t.reqId).toMatch(/^req-\d$/);
      expect(typeof t.ms).toBe('number');
      expect(typeof t.outcome).toBe('string');
      expect(typeof t.time).toBe('string');
    }
    expect(new Set(turns.map((t) => t.reqId)).size).toBe(turns.length);
  });

  it('give a generated request id when the caller sends none (or an unsafe one)', async () => {
    const before = lines().length;
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': `${PLANTED} naproxen` },
      body: JSON.stringify(teamsActivity({ text: 'help' })),
    });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const turn = lines()
      .slice(before)
      .find((l) => l.msg === 'turn');
    expect(turn?.reqId).toBe(res.headers.get('x-request-id'));
    expect(logs.text()).not.toContain(PLANTED);
  });
});
