import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { DatabaseSync } from 'node:sqlite';
import autocannon, { type Request as CannonRequest } from 'autocannon';

/**
 * `npm run bench`: autocannon against POST /api/messages (expectReplies, SQLite in a temp dir), 50 concurrent
 * conversations, for a dosing question, a walk-through turn, and the same app with a trivial echo core; then
 * resident memory and stored bytes with 10,000 cases. A script, not a test: figures go to the README.
 */
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CASES = 10_000;

/** Turn texts of one conversation (autocannon starts a fresh conversation after the last one). */
const TURNS_PER_CONVERSATION = 20;
const repeat = (text: string) => Array<string>(TURNS_PER_CONVERSATION).fill(text);
/** The walk-through turn keeps the case bounded: start a case, then skip a question and undo it, over and over. */
const walkTurns = ['new case', ...Array.from({ length: TURNS_PER_CONVERSATION - 1 }, (_, i) => (i % 2 ? 'back' : 'skip'))];
const SCENARIOS = {
  echo: { server: 'echo', turns: repeat('duloxetine dose?') },
  dosing: { server: 'pathway', turns: repeat('duloxetine dose?') },
  walk: { server: 'pathway', turns: walkTurns },
} as const;
type ScenarioName = keyof typeof SCENARIOS;
/** Offered load for the latency figures: 10 turns/s per conversation, far above a clinician's pace. */
const RATE_PER_CONVERSATION = Number(process.env.BENCH_RATE ?? 10);

interface Server {
  url: string;
  pid: number;
  db: string;
  child: ChildProcess;
}

async function startServer(variant: 'echo' | 'pathway'): Promise<Server> {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'scripts/bench-server.ts', variant], {
    cwd: new URL('..', import.meta.url).pathname,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
  return { ...(JSON.parse(line) as Omit<Server, 'child'>), child };
}

function activity(conversationId: string, id: string, text: string): string {
  return JSON.stringify({
    type: 'message',
    id,
    channelId: 'msteams',
    serviceUrl: 'https://smba.invalid/teams/',
    deliveryMode: 'expectReplies',
    from: { id: '29:bench-user', name: 'Clinician', aadObjectId: 'aad-bench-user' },
    recipient: { id: '28:bench-bot', name: 'Back Pain Pathway' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-bench' },
    channelData: { tenant: { id: 'tenant-bench' } },
    locale: 'en-US',
    textFormat: 'plain',
    text,
  });
}

/** One autocannon request per turn; the context (the conversation id) lives until the list starts over. */
function requestsFor(turns: readonly string[]) {
  const bad = { count: 0 };
  const onResponse = (status: number, body: string) => {
    const ok = status === 200 && /"activities":\[\{/.test(body) && !/could not save|faster than I can/.test(body);
    if (!ok) bad.count++;
  };
  const requests = turns.map((text, i) => ({
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest(req: CannonRequest, ctx: Record<string, unknown>) {
      ctx.conv ??= `a:bench-${randomUUID()}`;
      return { ...req, body: activity(ctx.conv as string, `${ctx.conv}-${i}`, text) };
    },
    onResponse,
  }));
  return { bad, requests };
}

async function run(server: Server, name: ScenarioName, seconds: number) {
  const closed = requestsFor(SCENARIOS[name].turns);
  const r = await autocannon({ url: server.url, connections: CONNECTIONS, duration: seconds, requests: closed.requests });
  const paced = requestsFor(SCENARIOS[name].turns);
  const l = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: seconds,
    connectionRate: RATE_PER_CONVERSATION,
    requests: paced.requests,
  });
  const bad = closed.bad.count + paced.bad.count + r.errors + r.timeouts + r.non2xx + l.errors + l.timeouts + l.non2xx;
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, pacedP50: l.latency.p50, pacedP99: l.latency.p99, bad };
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function memory() {
  const server = await startServer('pathway');
  const caseTurns = ['new case', 'skip'];
  await autocannon({ url: server.url, connections: 10, amount: 200, requests: requestsFor(repeat('help')).requests });
  const before = rssKb(server.pid);
  const load = requestsFor(caseTurns);
  await autocannon({ url: server.url, connections: CONNECTIONS, amount: CASES * caseTurns.length, requests: load.requests });
  const after = rssKb(server.pid);
  const db = new DatabaseSync(server.db, { readOnly: true });
  const sql = 'SELECT count(*) AS n, avg(length(value)) AS avg, max(length(value)) AS max FROM conversation_state';
  const row = db.prepare(sql).get() as { n: number; avg: number; max: number };
  db.close();
  const fileBytes = statSync(server.db).size + (statSync(`${server.db}-wal`, { throwIfNoEntry: false })?.size ?? 0);
  server.child.kill('SIGTERM');
  return { cases: row.n, rssBeforeMb: before / 1024, rssAfterMb: after / 1024, avgJson: row.avg, maxJson: row.max, fileBytesPerCase: fileBytes / row.n, bad: load.bad.count };
}

const echo = await startServer('echo');
const pathway = await startServer('pathway');
const serverOf = (name: ScenarioName) => (SCENARIOS[name].server === 'echo' ? echo : pathway);
for (const name of Object.keys(SCENARIOS) as ScenarioName[]) await run(serverOf(name), name, 2);
const results: Awaited<ReturnType<typeof run>>[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const name of Object.keys(SCENARIOS) as ScenarioName[]) results.push(await run(serverOf(name), name, SECONDS));
}
echo.child.kill('SIGTERM');
pathway.child.kill('SIGTERM');

const summary = (Object.keys(SCENARIOS) as ScenarioName[]).map((name) => {
  const rs = results.filter((r) => r.name === name);
  const med = (k: 'rps' | 'p50' | 'p99' | 'pacedP50' | 'pacedP99') => median(rs.map((r) => r[k]));
  return { name, rps: med('rps'), p50: med('p50'), p99: med('p99'), pacedP50: med('pacedP50'), pacedP99: med('pacedP99'), bad: rs.reduce((n, r) => n + r.bad, 0) };
});
const echoRps = summary.find((s) => s.name === 'echo')!.rps;
const offered = CONNECTIONS * RATE_PER_CONVERSATION;
console.log(`\nHTTP turns, ${CONNECTIONS} concurrent conversations, SQLite, medians of ${ROUNDS} x ${SECONDS} s runs.`);
console.log(`Saturated: each conversation sends its next turn as soon as the last is answered. Paced: ${offered} turns/s offered.`);
console.log('| turn | turns/s (saturated) | vs echo | p50 / p99 ms (saturated) | p50 / p99 ms (paced) | bad replies |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const s of summary) {
  const ratio = Math.round((100 * s.rps) / echoRps);
  console.log(`| ${s.name} | ${Math.round(s.rps)} | ${ratio} % | ${s.p50} / ${s.p99} | ${s.pacedP50} / ${s.pacedP99} | ${s.bad} |`);
}
const m = await memory();
console.log(`\nMemory with ${m.cases.toLocaleString('en-US')} stored cases (walk-through started, one question skipped):`);
console.log(`RSS ${m.rssBeforeMb.toFixed(0)} MB before, ${m.rssAfterMb.toFixed(0)} MB after; stored JSON ${Math.round(m.avgJson)} B/case (max ${m.maxJson}); SQLite file ${Math.round(m.fileBytesPerCase)} B/case; bad replies ${m.bad}`);
console.log(`Targets: dosing >= 80 % of echo, p99 < 20 ms, < 4 KB per case.`);
