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

/** A walk-through turn that keeps the case bounded: start a case once, then skip a question and undo it. */
const SCENARIOS = {
  echo: { server: 'echo', first: [], cycle: ['duloxetine dose?'] },
  dosing: { server: 'pathway', first: [], cycle: ['duloxetine dose?'] },
  walk: { server: 'pathway', first: ['new case'], cycle: ['skip', 'back'] },
} as const;
type ScenarioName = keyof typeof SCENARIOS;

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

/** Turn texts of one conversation: `first` once, then `cycle` forever; `newEvery` starts a fresh conversation. */
function requestFor(first: readonly string[], cycle: readonly string[], newEvery = Infinity) {
  const bad = { count: 0 };
  return {
    bad,
    request: {
      method: 'POST',
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      setupRequest(req: CannonRequest, ctx: Record<string, unknown>) {
        const n = (ctx.n as number | undefined) ?? 0;
        if (!ctx.conv || n >= newEvery) Object.assign(ctx, { conv: `a:bench-${randomUUID()}`, n: 0 });
        const i = ctx.n as number;
        const text = i < first.length ? first[i]! : cycle[(i - first.length) % cycle.length]!;
        ctx.n = i + 1;
        return { ...req, body: activity(ctx.conv as string, `${ctx.conv}-${i}`, text) };
      },
      onResponse(status: number, body: string) {
        const ok = status === 200 && /"activities":\[\{/.test(body) && !/could not save|faster than I can/.test(body);
        if (!ok) bad.count++;
      },
    },
  };
}

async function run(server: Server, name: ScenarioName, seconds: number) {
  const s = SCENARIOS[name];
  const { bad, request } = requestFor(s.first, s.cycle);
  const r = await autocannon({ url: server.url, connections: CONNECTIONS, duration: seconds, requests: [request] });
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: bad.count + r.errors + r.timeouts + r.non2xx };
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function memory() {
  const server = await startServer('pathway');
  const walk = SCENARIOS.walk;
  const steps = walk.first.length + 1;
  const warm = requestFor(walk.first, walk.cycle, steps);
  await autocannon({ url: server.url, connections: 10, amount: 500, requests: [warm.request] });
  const before = rssKb(server.pid);
  const load = requestFor(walk.first, walk.cycle, steps);
  await autocannon({ url: server.url, connections: CONNECTIONS, amount: CASES * steps, requests: [load.request] });
  const after = rssKb(server.pid);
  const db = new DatabaseSync(server.db, { readOnly: true });
  const row = db.prepare('SELECT count(*) AS n, avg(length(value)) AS avg, max(length(value)) AS max FROM conversation_state').get() as {
    n: number;
    avg: number;
    max: number;
  };
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
  return { name, rps: median(rs.map((r) => r.rps)), p50: median(rs.map((r) => r.p50)), p99: median(rs.map((r) => r.p99)), bad: rs.reduce((n, r) => n + r.bad, 0) };
});
const echoRps = summary.find((s) => s.name === 'echo')!.rps;
console.log(`\nHTTP turns, ${CONNECTIONS} concurrent conversations, ${ROUNDS} x ${SECONDS} s each (medians), SQLite:`);
console.log('| turn | turns/s | p50 ms | p99 ms | vs echo | bad replies |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const s of summary) {
  console.log(`| ${s.name} | ${Math.round(s.rps)} | ${s.p50} | ${s.p99} | ${Math.round((100 * s.rps) / echoRps)} % | ${s.bad} |`);
}
const m = await memory();
console.log(`\nMemory with ${m.cases.toLocaleString('en-US')} stored cases (walk-through started, one question skipped):`);
console.log(`RSS ${m.rssBeforeMb.toFixed(0)} MB before, ${m.rssAfterMb.toFixed(0)} MB after; stored JSON ${Math.round(m.avgJson)} B/case (max ${m.maxJson}); SQLite file ${Math.round(m.fileBytesPerCase)} B/case; bad replies ${m.bad}`);
console.log(`Targets: dosing >= 80 % of echo, p99 < 20 ms, < 4 KB per case.`);
