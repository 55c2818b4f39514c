import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { DatabaseSync } from 'node:sqlite';
import autocannon, { type Request as CannonRequest } from 'autocannon';
import { benchActivity } from './bench-activity.js';
import { NARRATIVES, VARIED, caseConversation } from './bench-cases.js';

/**
 * `npm run bench`: autocannon against POST /api/messages (expectReplies, SQLite in a temp dir), 50 concurrent
 * conversations, for a dosing question (repeated, and with a patient figure so that it is never reused), varied
 * questions from the question suite that are never answered from the cache, a walk-through turn, realistic case
 * conversations (a pasted narrative, four statements about the patient, `plan`) with one case per conversation and
 * with six, and the same app with a trivial echo core; each with the server's CPU time per turn. Then resident memory
 * and stored bytes with 10,000 cases. A script, not a test: figures go to docs/benchmarks.md.
 */
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CASES = 10_000;

/** Turn texts of one conversation (autocannon starts a fresh conversation after the last one). */
const TURNS_PER_CONVERSATION = 20;
const repeat = (text: string) => Array<string>(TURNS_PER_CONVERSATION).fill(text);
/** The walk-through turn keeps the case bounded: start a case, then skip a question and undo it, over and over. */
const walkTurns = [
  'new case',
  ...Array.from({ length: TURNS_PER_CONVERSATION - 1 }, (_, i) => (i % 2 ? 'back' : 'skip')),
];

/** Each scenario is a list of conversations; a turn list ends one conversation, and autocannon loops over them. */
const SCENARIOS = {
  echo: { server: 'echo', conversations: [repeat('duloxetine dose?')] },
  dosing: { server: 'pathway', conversations: [repeat('duloxetine dose?')] },
  // A dosing question with a patient figure: never answered from dialogs/stateless-answers.ts, so the route runs every turn.
  'dosing-age': { server: 'pathway', conversations: [repeat('duloxetine dose for a 70 year old?')] },
  varied: { server: 'pathway', conversations: [VARIED] },
  // The same turns on the replay server: every reply computed once, then handed out again (scripts/bench-server.ts).
  // What a turn costs without reading its text: the floor under any reading, beside the echo bot's.
  'varied-replay': { server: 'replay', conversations: [VARIED] },
  walk: { server: 'pathway', conversations: [walkTurns] },
  case: { server: 'pathway', conversations: NARRATIVES.map(caseConversation) },
  'six-cases': { server: 'pathway', conversations: [NARRATIVES.flatMap(caseConversation)] },
  'case-replay': { server: 'replay', conversations: NARRATIVES.map(caseConversation) },
} as const;
type ScenarioName = keyof typeof SCENARIOS;
/**
 * BENCH_ONLY=case,six-cases runs those scenarios (the echo bot always runs, for the ratio) and skips the memory and
 * start-up parts; BENCH_SERVER_ARGS adds node flags to the two server processes (e.g. `--cpu-prof
 * --cpu-prof-dir=/tmp/prof` to profile them).
 */
const ONLY = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const NAMES = (Object.keys(SCENARIOS) as ScenarioName[]).filter((n) => !ONLY || n === 'echo' || ONLY.includes(n));
const SERVER_ARGS = process.env.BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? [];
/** Offered load for the latency figures: 10 turns/s per conversation, far above a clinician's pace. */
const RATE_PER_CONVERSATION = Number(process.env.BENCH_RATE ?? 10);

interface MemoryFigures {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

interface Server {
  url: string;
  pid: number;
  db: string;
  child: ChildProcess;
  /** Resident set and live heap after a full garbage collection, in bytes. */
  memory(): Promise<MemoryFigures>;
  /** The server process's CPU time so far (user + system), in microseconds. */
  cpuMicros(): Promise<number>;
}

async function startServer(variant: 'echo' | 'pathway' | 'replay'): Promise<Server> {
  const args = [
    '--expose-gc',
    ...SERVER_ARGS,
    '--disable-warning=ExperimentalWarning',
    '--import',
    'tsx',
    'scripts/bench-server.ts',
    variant,
  ];
  const child = spawn(process.execPath, args, {
    cwd: new URL('..', import.meta.url).pathname,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const line = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
  const ask = async <T>(signal: NodeJS.Signals): Promise<T> => {
    const next = new Promise<string>((resolve) => lines.once('line', resolve));
    child.kill(signal);
    return JSON.parse(await next) as T;
  };
  return {
    ...(JSON.parse(line) as Omit<Server, 'child' | 'memory' | 'cpuMicros'>),
    child,
    memory: () => ask<MemoryFigures>('SIGUSR2'),
    cpuMicros: async () => (await ask<{ cpuMicros: number }>('SIGWINCH')).cpuMicros,
  };
}

const activity = (conversationId: string, id: string, text: string): string =>
  benchActivity(conversationId, id, text, { serviceUrl: 'https://smba.invalid/teams/', expectReplies: true });

/**
 * One autocannon request per turn of each conversation; the first turn of each conversation gives the autocannon
 * context a new conversation id (the context lives until the list starts over).
 */
function requestsFor(conversations: readonly (readonly string[])[]) {
  const bad = { count: 0 };
  const onResponse = (status: number, body: string) => {
    const ok = status === 200 && /"activities":\[\{/.test(body) && !/could not save|faster than I can/.test(body);
    if (!ok) bad.count++;
  };
  const requests = conversations.flatMap((turns) =>
    turns.map((text, i) => ({
      method: 'POST',
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      setupRequest(req: CannonRequest, ctx: Record<string, unknown>) {
        if (i === 0 || ctx.conv === undefined) ctx.conv = `a:bench-${randomUUID()}`;
        return { ...req, body: activity(ctx.conv as string, `${ctx.conv}-${i}`, text) };
      },
      onResponse,
    })),
  );
  return { bad, requests };
}

/** POSTs one activity over a keep-alive socket; resolves with the latency in ms and whether the reply was right. */
function postTurn(agent: Agent, url: URL, body: string): Promise<{ ms: number; ok: boolean }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: '/api/messages',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () =>
          resolve({ ms: performance.now() - started, ok: res.statusCode === 200 && /"activities":\[\{/.test(text) }),
        );
      },
    );
    req.on('error', () => resolve({ ms: performance.now() - started, ok: false }));
    req.end(body);
  });
}

/**
 * Open-loop latency: each of the conversations sends its turns at random moments (on average
 * RATE_PER_CONVERSATION a second, waiting for each answer as a person would), so turns arrive spread out as
 * from real users rather than in lock-step bursts.
 */
async function paced(server: Server, conversations: readonly (readonly string[])[], seconds: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const url = new URL(server.url);
  const latencies: number[] = [];
  let bad = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, k) => {
      let conv = `a:bench-${randomUUID()}`;
      let c = k % conversations.length;
      let t = 0;
      for (let i = 0; performance.now() < deadline; i++) {
        await new Promise((r) => setTimeout(r, Math.random() * (2000 / RATE_PER_CONVERSATION)));
        if (t === conversations[c]!.length) {
          c = (c + 1) % conversations.length;
          t = 0;
        }
        if (t === 0) conv = `a:bench-${randomUUID()}`;
        const text = conversations[c]![t++]!;
        const { ms, ok } = await postTurn(agent, url, activity(conv, `${conv}-${i}`, text));
        latencies.push(ms);
        if (!ok) bad++;
      }
    }),
  );
  agent.destroy();
  latencies.sort((x, y) => x - y);
  const at = (q: number) => Math.round(latencies[Math.floor(q * (latencies.length - 1))]! * 10) / 10;
  return { p50: at(0.5), p99: at(0.99), rate: latencies.length / seconds, bad };
}

async function run(server: Server, name: ScenarioName, seconds: number) {
  const closed = requestsFor(SCENARIOS[name].conversations);
  const cpuBefore = await server.cpuMicros();
  const r = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: closed.requests,
  });
  const cpuMicrosPerTurn = ((await server.cpuMicros()) - cpuBefore) / Math.max(1, r.requests.total);
  const l = await paced(server, SCENARIOS[name].conversations, seconds);
  const bad = closed.bad.count + r.errors + r.timeouts + r.non2xx + l.bad;
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    pacedP50: l.p50,
    pacedP99: l.p99,
    pacedRate: l.rate,
    cpuMicrosPerTurn,
    bad,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function memory() {
  const server = await startServer('pathway');
  const caseTurns = [['new case', 'skip']];
  const load = () =>
    autocannon({
      url: server.url,
      connections: CONNECTIONS,
      amount: CASES * caseTurns.length,
      requests: requestsFor(caseTurns).requests,
    });
  await autocannon({ url: server.url, connections: 10, amount: 200, requests: requestsFor([repeat('help')]).requests });
  const before = await server.memory();
  const first = await load();
  const after = await server.memory();
  const db = new DatabaseSync(server.db, { readOnly: true });
  const sql = 'SELECT count(*) AS n, avg(length(value)) AS avg, max(length(value)) AS max FROM conversation_state';
  const row = db.prepare(sql).get() as { n: number; avg: number; max: number };
  db.close();
  const fileBytes = statSync(server.db).size + (statSync(`${server.db}-wal`, { throwIfNoEntry: false })?.size ?? 0);
  // The same load again: memory held per case would grow again; pages the allocator keeps would not.
  await load();
  const again = await server.memory();
  server.child.kill('SIGTERM');
  const bad = first.non2xx + first.errors + first.timeouts;
  return {
    cases: row.n,
    before,
    after,
    again,
    avgJson: row.avg,
    maxJson: row.max,
    fileBytesPerCase: fileBytes / row.n,
    bad,
  };
}

/**
 * Time from spawning the server to its first /health answer (in-memory storage, median of 5), for `npm start`'s
 * command (TypeScript through tsx) and for the bundle `npm run build` writes (build/server/index.mjs, built here).
 */
async function startTimes() {
  const { buildServer, SERVER_OUT } = await import('./build.js');
  await buildServer();
  const root = new URL('..', import.meta.url).pathname;
  const once = async (args: string[]) => {
    const port = 39_000 + Math.floor(Math.random() * 1000);
    const started = performance.now();
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', ...args], {
      cwd: root,
      env: { ...process.env, PORT: String(port), STORAGE: 'memory', LOG_LEVEL: 'silent', HOST: '127.0.0.1' },
      stdio: 'ignore',
    });
    for (;;) {
      const up = await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const ms = performance.now() - started;
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    return ms;
  };
  const times = async (args: string[]) => {
    const xs: number[] = [];
    for (let i = 0; i < 5; i++) xs.push(await once(args));
    return Math.round(median(xs));
  };
  return { tsx: await times(['--import', 'tsx', 'src/host/index.ts']), bundle: await times([SERVER_OUT]) };
}

const loadAtStart = loadavg()[0]!;
const echo = await startServer('echo');
const pathway = await startServer('pathway');
const replay = NAMES.some((n) => SCENARIOS[n].server === 'replay') ? await startServer('replay') : undefined;
const servers = { echo, pathway, replay };
const serverOf = (name: ScenarioName) => servers[SCENARIOS[name].server]!;
for (const name of NAMES) await run(serverOf(name), name, 2);
const results: Awaited<ReturnType<typeof run>>[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const name of NAMES) results.push(await run(serverOf(name), name, SECONDS));
}
for (const server of [echo, pathway, replay]) server?.child.kill('SIGTERM');

const summary = NAMES.map((name) => {
  const rs = results.filter((r) => r.name === name);
  const med = (k: 'rps' | 'p50' | 'p99' | 'pacedP50' | 'pacedP99' | 'cpuMicrosPerTurn') => median(rs.map((r) => r[k]));
  return {
    name,
    rps: med('rps'),
    cpu: med('cpuMicrosPerTurn'),
    p50: med('p50'),
    p99: med('p99'),
    pacedP50: med('pacedP50'),
    pacedP99: med('pacedP99'),
    bad: rs.reduce((n, r) => n + r.bad, 0),
  };
});
const echoRps = summary.find((s) => s.name === 'echo')!.rps;
const offered = Math.round(median(results.map((r) => r.pacedRate)));
console.log(
  `\nHTTP turns, ${CONNECTIONS} concurrent conversations, SQLite, medians of ${ROUNDS} x ${SECONDS} s runs (1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end).`,
);
console.log(
  `Saturated: each conversation sends its next turn as soon as the last is answered. Paced: each sends about ${RATE_PER_CONVERSATION} turns/s at random moments (${offered} turns/s in all).`,
);
const echoCpu = summary.find((s) => s.name === 'echo')!.cpu;
console.log(
  '| turn | turns/s (saturated) | vs echo | server CPU µs/turn | echo CPU / this | p50 / p99 ms (saturated) | p50 / p99 ms (paced) | bad replies |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const s of summary) {
  const ratio = Math.round((100 * s.rps) / echoRps);
  const cpuRatio = Math.round((100 * echoCpu) / s.cpu);
  console.log(
    `| ${s.name} | ${Math.round(s.rps)} | ${ratio} % | ${Math.round(s.cpu)} | ${cpuRatio} % | ${s.p50} / ${s.p99} | ${s.pacedP50} / ${s.pacedP99} | ${s.bad} |`,
  );
}
const six = summary.find((s) => s.name === 'six-cases');
const one = summary.find((s) => s.name === 'case');
if (six && one)
  console.log(
    `Six cases in one conversation vs one: ${Math.round((100 * six.cpu) / one.cpu)} % of the server CPU per turn.`,
  );
if (ONLY) process.exit(0);
const m = await memory();
console.log(
  `\nMemory with ${m.cases.toLocaleString('en-US')} stored cases (walk-through started, one question skipped):`,
);
const mb = (f: MemoryFigures) =>
  `RSS ${(f.rss / 2 ** 20).toFixed(0)} MB, heap ${(f.heapUsed / 2 ** 20).toFixed(0)}/${(f.heapTotal / 2 ** 20).toFixed(0)} MB, external ${(f.external / 2 ** 20).toFixed(0)} MB`;
console.log(
  `After a full GC. Before: ${mb(m.before)}. With the cases: ${mb(m.after)}. With twice as many (same load again): ${mb(m.again)}.`,
);
console.log(
  `Stored JSON ${Math.round(m.avgJson)} B/case (max ${m.maxJson}); SQLite file ${Math.round(m.fileBytesPerCase)} B/case; failed requests ${m.bad}`,
);
const start = await startTimes();
console.log(
  `\nStart to first /health (median of 5): npm start's command (tsx) ${start.tsx} ms; the bundle from npm run build ${start.bundle} ms (target 800 ms).`,
);
console.log(
  'Targets (issue 16): case turns >= 80 % of echo, varied questions >= 95 %, six cases within 10 % of one, < 2 KB per case.',
);
