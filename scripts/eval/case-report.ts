import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handleTurn } from '../../dialogs/turn-core.js';
import {
  CHECK_KINDS,
  type CaseItem,
  type Check,
  type CheckKind,
  MUST_NOT_WHOLE_REPLY,
  parseReply,
  STATUS_RULES,
  scoreTurn,
  type TurnExpect,
} from './case-scoring.js';
import { CORE_OPTIONS, coreInput } from './question-suite.js';

/**
 * Scores the blind case walk-throughs through the pure turn core: test/fixtures/blind-v2/cases.json (one message per
 * case), test/fixtures/blind-v3/cases-multiturn.json and blind-v4/cases-multiturn.json (several turns, state carried
 * from turn to turn; a set is skipped with a note while it does not exist). Each expectation is its own check; a case passes when every check of every turn
 * passes. The rules, and which of them are proxies, are in case-scoring.ts.
 *
 * `npm run case-report` (every set). Flags: `--verbose` prints each failed check with the reply excerpt it was judged
 * on; `--json` writes the machine-readable result to stdout (the table goes to stderr); `--set v2`, `v3`, `v4`, `v12`, `v14`, `v15`, `v16`, `v17`, `v18`, `v19`, `v20`, `v21` or `v22` scores
 * one set. Not a test: the sets are scored, the first run is recorded in docs/evaluation.md, then fixed by class.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');

interface SetSpec {
  set: 'v2' | 'v3' | 'v4' | 'v12' | 'v14' | 'v15' | 'v16' | 'v17' | 'v18' | 'v19' | 'v20' | 'v21' | 'v22';
  file: string;
  readme: string;
  load: (raw: unknown) => CaseItem[];
}

const SETS: SetSpec[] = [
  {
    set: 'v2',
    file: join(FIXTURES, 'blind-v2', 'cases.json'),
    readme: join(FIXTURES, 'blind-v2', 'README.md'),
    load: (raw) =>
      (raw as { id: string; text: string; expect: TurnExpect; why?: string }[]).map((c) => ({
        id: c.id,
        turns: [{ text: c.text, expect: c.expect }],
        ...(c.why ? { why: c.why } : {}),
      })),
  },
  {
    set: 'v3',
    file: join(FIXTURES, 'blind-v3', 'cases-multiturn.json'),
    readme: join(FIXTURES, 'blind-v3', 'README.md'),
    load: (raw) => raw as CaseItem[],
  },
  {
    set: 'v4',
    file: join(FIXTURES, 'blind-v4', 'cases-multiturn.json'),
    readme: join(FIXTURES, 'blind-v4', 'README-cases.md'),
    load: (raw) => raw as CaseItem[],
  },
  {
    set: 'v12',
    file: join(FIXTURES, 'blind-v12', 'cases-multiturn.json'),
    readme: join(FIXTURES, 'blind-v12', 'README.md'),
    load: (raw) => raw as CaseItem[],
  },
  {
    set: 'v14',
    file: join(FIXTURES, 'blind-v14', 'cases-multiturn.json'),
    readme: join(FIXTURES, 'blind-v14', 'README-cases.md'),
    // v14's author wrote each mustAsk as one sentence, not the list of items the proxy scores word by word (every
    // content word of an item must appear): such a sentence cannot pass, so it is left unscored, not rewritten.
    load: (raw) =>
      (raw as CaseItem[]).map((c) => ({
        ...c,
        turns: c.turns.map((t) => {
          if (typeof t.expect.mustAsk !== 'string') return t;
          const { mustAsk: _sentence, ...expect } = t.expect;
          return { ...t, expect };
        }),
      })),
  },
  {
    set: 'v15',
    file: join(FIXTURES, 'blind-v15', 'cases-multiturn.json'),
    readme: join(FIXTURES, 'blind-v15', 'README-cases.md'),
    load: (raw) => raw as CaseItem[],
  },
  {
    set: 'v16',
    file: join(FIXTURES, 'blind-v16', 'cases-multiturn.json'),
    readme: join(FIXTURES, 'blind-v16', 'README-cases.md'),
    load: (raw) => raw as CaseItem[],
  },
  {
    set: 'v17',
    file: join(FIXTURES, 'blind-v17', 'cases-multiturn.json'),
    readme: join(FIXTURES, 'blind-v17', 'README-cases.md'),
    load: (raw) => raw as CaseItem[],
  },
  {
    set: 'v18',
    file: join(FIXTURES, 'blind-v18', 'cases-multiturn.json'),
    readme: join(FIXTURES, 'blind-v18', 'README-cases.md'),
    load: (raw) => raw as CaseItem[],
  },
  {
    set: 'v19',
    file: join(FIXTURES, 'blind-v19', 'cases-multiturn.json'),
    readme: join(FIXTURES, 'blind-v19', 'README-cases.md'),
    load: (raw) => raw as CaseItem[],
  },
  {
    set: 'v20',
    file: join(FIXTURES, 'blind-v20', 'cases-multiturn.json'),
    readme: join(FIXTURES, 'blind-v20', 'README-cases.md'),
    load: (raw) => raw as CaseItem[],
  },
  {
    set: 'v21',
    file: join(FIXTURES, 'blind-v21', 'cases-multiturn.json'),
    readme: join(FIXTURES, 'blind-v21', 'README-cases.md'),
    load: (raw) => raw as CaseItem[],
  },
  {
    set: 'v22',
    file: join(FIXTURES, 'blind-v22', 'cases-multiturn.json'),
    readme: join(FIXTURES, 'blind-v22', 'README-cases.md'),
    load: (raw) => raw as CaseItem[],
  },
];

interface TurnResult {
  turn: number;
  text: string;
  reply: string;
  actionSection: boolean;
  checks: Check[];
}
interface CaseResult {
  id: string;
  style?: string;
  pass: boolean;
  turns: TurnResult[];
}

const BASE_TIME = Date.parse('2026-01-15T10:00:00.000Z');

function runCase(item: CaseItem, n: number): CaseResult {
  let state: unknown;
  const turns: TurnResult[] = [];
  item.turns.forEach((t, i) => {
    const input = { ...coreInput(t.text, n), receivedAt: new Date(BASE_TIME + i * 60_000).toISOString() };
    const result = handleTurn(state, input, CORE_OPTIONS);
    state = result.state;
    const reply = parseReply(result.output.messages);
    turns.push({
      turn: i + 1,
      text: t.text,
      reply: reply.raw,
      actionSection: reply.hasActionSection,
      checks: scoreTurn(t.expect ?? {}, reply, {
        mustNotWholeReply: MUST_NOT_WHOLE_REPLY.has(item.id) || MUST_NOT_WHOLE_REPLY.has(`${item.id}:${i + 1}`),
      }),
    });
  });
  return {
    id: item.id,
    ...(item.style ? { style: item.style } : {}),
    pass: turns.every((t) => t.checks.every((c) => c.pass)),
    turns,
  };
}

interface Tally {
  pass: number;
  total: number;
}
const tally = (checks: readonly Check[]): Tally => ({
  pass: checks.filter((c) => c.pass).length,
  total: checks.length,
});
const fmt = (t: Tally): string =>
  `${t.pass}/${t.total}${t.total ? ` (${((t.pass / t.total) * 100).toFixed(1)} %)` : ''}`;

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, Tally> {
  const out: Record<string, Tally> = {};
  for (const it of items) {
    const k = key(it);
    out[k] ??= { pass: 0, total: 0 };
    out[k].total++;
    if ((it as { pass?: boolean }).pass) out[k].pass++;
  }
  return out;
}

function summarise(results: readonly CaseResult[]) {
  const all = results.flatMap((r) => r.turns.flatMap((t) => t.checks));
  const kinds = Object.fromEntries(CHECK_KINDS.map((k) => [k, tally(all.filter((c) => c.kind === k))])) as Record<
    CheckKind,
    Tally
  >;
  const turns = results.flatMap((r) => r.turns);
  const doNowTurns = turns.filter((t) => t.checks.some((c) => c.kind.startsWith('doNow')));
  const doNowPerTurn = {
    pass: doNowTurns.filter((t) => t.checks.every((c) => !c.kind.startsWith('doNow') || c.pass)).length,
    total: doNowTurns.length,
  };
  return {
    cases: results.length,
    turns: turns.length,
    turnsWithActionSection: turns.filter((t) => t.actionSection).length,
    casesPassed: results.filter((r) => r.pass).length,
    checks: tally(all),
    kinds,
    doNowPerTurn,
    optionsByStatus: countBy(
      all.filter((c) => c.kind === 'options'),
      (c) => c.expected,
    ),
    modes: countBy(
      all.filter((c) => c.mode !== undefined),
      (c) => `${c.kind}: ${c.mode}`,
    ),
    byStyle: results.some((r) => r.style)
      ? countBy(
          results.map((r) => ({ style: r.style ?? '-', pass: r.pass })),
          (r) => r.style,
        )
      : undefined,
  };
}

function commit(): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'dialogs', 'machines'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${hash}+uncommitted` : hash;
  } catch {
    return 'unknown';
  }
}

const excerpt = (s: string, max = 600): string => {
  const one = s.split('\n').join(' | ');
  return one.length > max ? `${one.slice(0, max)}…` : one;
};

function printVerbose(results: readonly CaseResult[], log: (s: string) => void): void {
  for (const r of results) {
    if (r.pass) continue;
    log(`\n${r.id}${r.style ? ` [${r.style}]` : ''}`);
    for (const t of r.turns) {
      const failed = t.checks.filter((c) => !c.pass);
      if (!failed.length) continue;
      log(`  turn ${t.turn}: ${excerpt(t.text, 160)}`);
      for (const c of failed) {
        const rule = c.kind === 'options' ? ` — rule: ${STATUS_RULES[c.expected]?.doc ?? 'none'}` : '';
        log(
          `    ✗ ${c.kind}${c.key ? ` [${c.key}]` : ''} expected ${c.expected}${c.mode ? ` (${c.mode})` : ''}${rule}`,
        );
        if (c.detail) log(`      ${excerpt(c.detail, 400)}`);
      }
      log(`    reply: ${excerpt(t.reply)}`);
    }
  }
}

function printSummary(spec: SetSpec, s: ReturnType<typeof summarise>, log: (x: string) => void): void {
  log(`\n${spec.set}: ${spec.file.slice(ROOT.length + 1)} — ${s.cases} cases, ${s.turns} turns`);
  log(`  turns whose reply has an action section: ${s.turnsWithActionSection}/${s.turns}`);
  for (const k of CHECK_KINDS) if (s.kinds[k].total) log(`  ${k.padEnd(22)} ${fmt(s.kinds[k])}`);
  log(`  ${'doNow (per turn)'.padEnd(22)} ${fmt(s.doNowPerTurn)}`);
  log(
    `  options by status: ${Object.entries(s.optionsByStatus)
      .map(([k, v]) => `${k} ${v.pass}/${v.total}`)
      .join(', ')}`,
  );
  log(
    `  modes: ${Object.entries(s.modes)
      .map(([k, v]) => `${k} ${v.pass}/${v.total}`)
      .join('; ')}`,
  );
  if (s.byStyle) {
    log(
      `  cases by style: ${Object.entries(s.byStyle)
        .map(([k, v]) => `${k} ${v.pass}/${v.total}`)
        .join(', ')}`,
    );
  }
  log(`  all checks             ${fmt(s.checks)}`);
  log(`  cases fully passed     ${fmt({ pass: s.casesPassed, total: s.cases })}`);
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const json = args.includes('--json');
const setIdx = args.indexOf('--set');
const only = setIdx !== -1 ? args[setIdx + 1] : undefined;
// With --json the table goes to stderr so stdout is the JSON alone.
const log = (s: string) => (json ? process.stderr.write(`${s}\n`) : process.stdout.write(`${s}\n`));

const measured = commit();
log(`blind case walk-throughs, code at ${measured}`);
const out: Record<string, unknown>[] = [];
let n = 0;
for (const spec of SETS) {
  if (only && spec.set !== only) continue;
  if (!existsSync(spec.file)) {
    log(`\n${spec.set}: ${spec.file.slice(ROOT.length + 1)} does not exist yet: skipped`);
    out.push({ set: spec.set, file: spec.file.slice(ROOT.length + 1), skipped: 'file missing' });
    continue;
  }
  let items: CaseItem[];
  try {
    items = spec.load(JSON.parse(readFileSync(spec.file, 'utf8')));
  } catch (e) {
    log(`\n${spec.set}: ${spec.file.slice(ROOT.length + 1)} does not parse (${(e as Error).message}): skipped`);
    out.push({ set: spec.set, file: spec.file.slice(ROOT.length + 1), skipped: 'does not parse' });
    continue;
  }
  if (!existsSync(spec.readme)) log(`\n${spec.set}: no README.md yet: the set may be incomplete`);
  const results = items.map((item) => runCase(item, n++));
  const summary = summarise(results);
  printSummary(spec, summary, log);
  if (verbose) printVerbose(results, log);
  out.push({ set: spec.set, file: spec.file.slice(ROOT.length + 1), summary, results });
}
if (json) {
  process.stdout.write(
    `${JSON.stringify({ commit: measured, generatedAt: new Date().toISOString(), sets: out }, null, 2)}\n`,
  );
}
