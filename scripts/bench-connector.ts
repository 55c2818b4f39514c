import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/host/server.js';
import { loadConfig } from '../src/runtime/config.js';
import { createLogger } from '../src/runtime/logger.js';
import { SqliteStorage } from '../src/storage/sqlite-storage.js';
import { benchActivity } from './bench-activity.js';

/**
 * `npm run bench:connector`: what the clinician waits for when the bot's replies go through the Bot Connector, as
 * they do in Teams (no expectReplies). The app runs anonymously (empty MicrosoftAppId) with SQLite in a temp dir;
 * the activities name a serviceUrl on this machine, a fake connector that answers each reply POST after
 * CONNECTOR_MS (default 60 ms, a plausible round trip to the Bot Connector). Turns run one at a time, so nothing
 * queues: the wait is the turn's own work plus one connector round trip per reply activity.
 *
 * Per turn kind: reply POSTs per turn, and the clinician's wait, from sending the inbound POST to the moment the
 * connector answered the turn's last reply POST (p50 / p90 over BENCH_ROUNDS conversations), and the inbound POST's
 * own response time. A script, not a test: figures go to docs/benchmarks.md.
 */
const CONNECTOR_MS = Number(process.env.CONNECTOR_MS ?? 60);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const WARM_UP = 5;

/** One conversation: its turns in order, each with the kind it is reported under. */
const NARRATIVE =
  "58F, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, tingling down the left leg, no red flags, hasn't done PT";
const TURNS: { kind: string; text: string }[] = [
  { kind: 'quick answer (no case)', text: 'duloxetine dose?' },
  { kind: 'new case (narrative)', text: NARRATIVE },
  { kind: 'walk-through step', text: 'no' },
  { kind: 'quick question mid-case', text: 'gabapentin dose?' },
  { kind: 'calculator mid-case', text: 'start back 1 1 0 1 0 1 0 1 1' },
  { kind: 'plan', text: 'plan' },
];

/** Reply POSTs the fake connector has answered, by conversation id: when each answer was sent. */
const answered = new Map<string, number[]>();

function connectorHandler(req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  req.on('end', () => {
    // /v3/conversations/{conversationId}/activities[/{replyToId}]
    const conversation = decodeURIComponent((req.url ?? '').split('/')[3] ?? '');
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${Math.random().toString(36).slice(2)}` }));
      res.once('finish', () => {
        const list = answered.get(conversation) ?? [];
        list.push(performance.now());
        answered.set(conversation, list);
      });
    }, CONNECTOR_MS);
  });
}

const listen = (server: ReturnType<typeof createServer>) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve(`http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/`);
    }),
  );

const connector = createServer(connectorHandler);
const serviceUrl = await listen(connector);

const dir = mkdtempSync(join(tmpdir(), 'bpp-bench-connector-'));
const db = join(dir, 'bot.sqlite');
const config = loadConfig({
  LOG_LEVEL: 'silent',
  MicrosoftAppId: '',
  RATE_LIMIT_PER_MINUTE: '100000',
  SQLITE_PATH: db,
});
const app = createApp(config, new SqliteStorage(db), createLogger('silent'));
const { url: botUrl } = await app.listen(0, '127.0.0.1');
const bot = new URL(botUrl);
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

const activity = (conversationId: string, id: string, text: string): string =>
  benchActivity(conversationId, id, text, { serviceUrl, expectReplies: false });

/** POSTs one inbound activity; resolves with its status and the time the response ended. */
function postTurn(body: string): Promise<{ status: number; ended: number }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: bot.hostname,
        port: bot.port,
        path: '/api/messages',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ended: performance.now() }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Sample {
  kind: string;
  posts: number;
  waitMs: number;
  responseMs: number;
}

async function conversation(round: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  // The quick answer gets its own conversation (no case open); the rest share one.
  const caseConv = `a:bench-connector-${round}`;
  for (const [i, turn] of TURNS.entries()) {
    const conv = i === 0 ? `${caseConv}-quick` : caseConv;
    const before = answered.get(conv)?.length ?? 0;
    const started = performance.now();
    const { status, ended } = await postTurn(activity(conv, `${conv}-${i}`, turn.text));
    if (status !== 200) throw new Error(`turn "${turn.kind}" answered ${status}`);
    const times = (answered.get(conv) ?? []).slice(before);
    if (!times.length) throw new Error(`turn "${turn.kind}" sent no reply`);
    samples.push({
      kind: turn.kind,
      posts: times.length,
      waitMs: Math.max(...times) - started,
      responseMs: ended - started,
    });
  }
  return samples;
}

const at = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(q * (s.length - 1))]!;
};

for (let r = 0; r < WARM_UP; r++) await conversation(-1 - r);
const all: Sample[] = [];
for (let r = 0; r < ROUNDS; r++) all.push(...(await conversation(r)));

agent.destroy();
await app.close(1_000);
await new Promise<void>((resolve) => connector.close(() => resolve()));
rmSync(dir, { recursive: true, force: true });

console.log(
  `\nReplies through a fake Bot Connector answering each POST after ${CONNECTOR_MS} ms (anonymous app, SQLite, one turn at a time, ${ROUNDS} conversations).`,
);
console.log("Wait: from the inbound POST to the connector's answer to the turn's last reply POST.");
console.log('| turn | reply POSTs per turn | wait p50 / p90 ms | inbound response p50 ms |');
console.log('| --- | ---: | ---: | ---: |');
for (const { kind } of TURNS) {
  const s = all.filter((x) => x.kind === kind);
  const posts = [...new Set(s.map((x) => x.posts))].sort((a, b) => a - b).join(' or ');
  const w = s.map((x) => x.waitMs);
  const fmt = (n: number) => n.toFixed(0);
  console.log(
    `| ${kind} | ${posts} | ${fmt(at(w, 0.5))} / ${fmt(at(w, 0.9))} | ${fmt(
      at(
        s.map((x) => x.responseMs),
        0.5,
      ),
    )} |`,
  );
}
