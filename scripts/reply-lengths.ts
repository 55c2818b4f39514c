import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { CardValue } from '../dialogs/card-value.js';
import type { ConversationState } from '../dialogs/conversation-state.js';
import { handleTurn } from '../dialogs/turn-core.js';
import type { OutputMessage, TurnInput } from '../dialogs/turn-types.js';
import { visibleLength } from '../dialogs/visible-length.js';
import { activeRecord } from '../dialogs/walkthrough/case-store.js';

/**
 * Characters per reply of the case walk-through (issue 15, "Short replies"), per reply kind: the `text` of each
 * message (what a client without cards shows, and what the case scorer reads) and what a clinician sees in Teams
 * (dialogs/visible-length.ts). Three corpora:
 * - the walk-through scenario tables of test/walkthrough/*.test.ts (every `runScenario` table, collected by loading
 *   the test files with vitest, fast-check and drive.ts stubbed: nothing of them runs but the tables);
 * - the blind multi-turn cases test/fixtures/blind-v3/cases-multiturn.json (their texts only);
 * - the narratives of test/fixtures/cases/*.json, one conversation each.
 * The fixture conversations end with a probe tail (PROBE: a quick question mid-case, then plan, why and note), so
 * every reply kind is measured on every case.
 *
 * `npm run reply-lengths` prints the tables; test/walkthrough/reply-length.test.ts checks the limits on the same runs.
 */

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');

export type ReplyKind =
  | 'step'
  | 'question'
  | 're-asked question'
  | 'plan'
  | 'why'
  | 'note'
  | 'case answer'
  | 'quick answer mid-case'
  | 'other';

export const REPLY_KINDS: readonly ReplyKind[] = [
  'step',
  'question',
  're-asked question',
  'plan',
  'why',
  'note',
  'case answer',
  'quick answer mid-case',
  'other',
];

export interface ScriptTurn {
  say?: string;
  button?: CardValue;
  /** Minutes after the previous turn (default 1). */
  after?: number;
}

export interface Conversation {
  source: 'walkthrough' | 'blind-v3' | 'cases';
  name: string;
  scope?: TurnInput['scope'];
  turns: ScriptTurn[];
}

export interface MeasuredMessage {
  kind: ReplyKind;
  message: OutputMessage;
  textChars: number;
  visibleChars: number;
}

export interface MeasuredTurn {
  conversation: Conversation;
  turn: number;
  said: string;
  messages: MeasuredMessage[];
  textChars: number;
  visibleChars: number;
}

/** Said after each fixture conversation: a quick question mid-case (the pending question comes back), then the commands. */
export const PROBE: readonly string[] = ['what is the max dose of duloxetine?', 'plan', 'why', 'note'];

// ---------------------------------------------------------------------------------------------------------------
// The scenario tables of test/walkthrough

const STUB_VITEST = `
const noop = () => {};
const any = new Proxy(function () {}, { get: (_t, k) => (k === 'then' ? undefined : any), apply: () => any });
const run = (fn, args = []) => { try { const r = fn?.(...args); if (r && typeof r.catch === 'function') r.catch(noop); } catch {} };
const make = () => {
  const f = (_name, a, b) => run(typeof a === 'function' ? a : b);
  f.each = (table) => (_name, fn) => { for (const row of table) run(fn, Array.isArray(row) ? row : [row]); };
  f.skipIf = () => f; f.runIf = () => f;
  for (const k of ['skip', 'only', 'concurrent', 'sequential', 'fails']) f[k] = f;
  f.todo = noop;
  return f;
};
export const describe = make();
export const it = make();
export const test = it;
export const suite = describe;
export const expect = any;
export const vi = any;
export const beforeAll = (fn) => run(fn);
export const beforeEach = (fn) => run(fn);
export const afterAll = noop;
export const afterEach = noop;
export default any;
`;

const STUB_DRIVE = `
export function textOf(output) { return (output?.messages ?? []).map((m) => m.text).join('\\n'); }
export function runScenario(s) { globalThis.__replyLengthScenarios?.push(s); return { state: undefined, outputs: [] }; }
`;

/** Loads a test file with vitest, fast-check and drive.ts stubbed; its scenario tables reach runScenario. */
function stubs(): Plugin {
  return {
    name: 'scenario-tables',
    setup(b) {
      b.onResolve({ filter: /^(?:vitest|fast-check)$/ }, (a) => ({ path: a.path, namespace: 'stub' }));
      b.onResolve({ filter: /\/drive\.js$/ }, () => ({ path: 'drive', namespace: 'stub' }));
      b.onLoad({ filter: /^(?:vitest|fast-check|drive)$/, namespace: 'stub' }, (a) => ({
        contents: a.path === 'drive' ? STUB_DRIVE : STUB_VITEST,
        loader: 'js',
      }));
      // a test reading its fixtures by its own folder still finds them from the bundle
      b.onLoad({ filter: /\.ts$/ }, (a) =>
        a.path.includes(`${sep}test${sep}`)
          ? {
              contents: readFileSync(a.path, 'utf8').replaceAll('import.meta.dirname', JSON.stringify(dirname(a.path))),
              loader: 'ts',
            }
          : undefined,
      );
    },
  };
}

/** Every runScenario table of test/walkthrough/*.test.ts, each once (a table driven by fast-check is not one). */
export async function walkthroughScenarios(): Promise<Conversation[]> {
  const dir = join(ROOT, 'test', 'walkthrough');
  const outDir = join(ROOT, 'node_modules', '.cache', 'reply-lengths');
  mkdirSync(outDir, { recursive: true });
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts') && f !== 'reply-length.test.ts')
    .filter((f) => readFileSync(join(dir, f), 'utf8').includes('./drive.js'))
    .sort();
  const found: { name: string; scope?: TurnInput['scope']; turns: ScriptTurn[] }[] = [];
  const g = globalThis as { __replyLengthScenarios?: typeof found };
  for (const file of files) {
    const outfile = join(outDir, file.replace(/\.ts$/, '.mjs'));
    await build({
      entryPoints: [join(dir, file)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile,
      logLevel: 'silent',
      plugins: [stubs()],
    });
    g.__replyLengthScenarios = [];
    try {
      await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
    } catch {
      // a file that cannot load without vitest gives the tables it reached
    }
    found.push(...g.__replyLengthScenarios.map((s) => ({ ...s, name: `${file}: ${s.name}` })));
  }
  delete g.__replyLengthScenarios;
  const seen = new Set<string>();
  return found
    .filter((s) => {
      const key = JSON.stringify([s.scope, s.turns.map((t) => [t.say, t.button, t.after])]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((s) => ({
      source: 'walkthrough' as const,
      name: s.name,
      ...(s.scope ? { scope: s.scope } : {}),
      turns: s.turns.map((t) => ({
        ...(t.say !== undefined ? { say: t.say } : {}),
        ...(t.button ? { button: t.button } : {}),
        ...(t.after !== undefined ? { after: t.after } : {}),
      })),
    }));
}

// ---------------------------------------------------------------------------------------------------------------
// Fixture conversations

const withProbe = (texts: readonly string[]): ScriptTurn[] => [...texts, ...PROBE].map((say) => ({ say }));

export function blindV3Conversations(): Conversation[] {
  const items = JSON.parse(readFileSync(join(FIXTURES, 'blind-v3', 'cases-multiturn.json'), 'utf8')) as {
    id: string;
    turns: { text: string }[];
  }[];
  return items.map((c) => ({ source: 'blind-v3', name: c.id, turns: withProbe(c.turns.map((t) => t.text)) }));
}

export function caseNarratives(): Conversation[] {
  const dir = join(FIXTURES, 'cases');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { cases: { id: string; text: string }[] }).cases.map(
        (c) => ({ source: 'cases' as const, name: `${file}: ${c.id}`, turns: withProbe([c.text]) }),
      ),
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Running and classifying

const START = Date.parse('2026-11-29T10:00:00.000Z');

function baseKind(m: OutputMessage): ReplyKind | undefined {
  const t = m.text.trimStart();
  if (t.startsWith('**Plan for case')) return 'plan';
  if (t.startsWith('**Why case')) return 'why';
  if (t.startsWith('Chart note for case')) return 'note';
  if (t.startsWith('Back to case')) return 're-asked question';
  if (m.card && JSON.stringify(m.card).includes('"command":"answer"')) return 'question';
  if (t.includes('**Step:**') || /^\*\*Case [A-Z]: I understood/.test(t)) return 'step';
  return undefined;
}

/**
 * Each message's kind: by its shape; a message before the step of its turn answers the case's own question (case
 * answer); any other message while a case is open answers something asked mid-case (quick answer mid-case).
 */
export function classify(messages: readonly OutputMessage[], caseOpen: boolean): ReplyKind[] {
  const kinds = messages.map(baseKind);
  const step = kinds.indexOf('step');
  const commands = kinds.some((k) => k === 'plan' || k === 'why' || k === 'note');
  return kinds.map((k, i) => {
    if (k) return k;
    if (step > i) return 'case answer';
    if (caseOpen && step === -1 && !commands) return 'quick answer mid-case';
    return 'other';
  });
}

export function runConversation(c: Conversation, n = 0): MeasuredTurn[] {
  let state: unknown;
  let clock = START;
  return c.turns.map((turn, i) => {
    clock += (turn.after ?? 1) * 60_000;
    const input: TurnInput = {
      kind: 'message',
      conversationKey: `msteams/t/reply-lengths-${n}`,
      scope: c.scope ?? 'personal',
      userId: 'u-1',
      text: turn.say ?? '',
      ...(turn.button ? { value: turn.button } : {}),
      activityId: `act-${i}`,
      receivedAt: new Date(clock).toISOString(),
    };
    const caseOpen = !!(state && activeRecord(state as ConversationState));
    const r = handleTurn(state, input, { retentionDays: 30 });
    state = r.state;
    const kinds = classify(r.output.messages, caseOpen);
    const messages = r.output.messages.map((message, k) => ({
      kind: kinds[k]!,
      message,
      textChars: message.text.length,
      visibleChars: visibleLength(message),
    }));
    return {
      conversation: c,
      turn: i,
      said: turn.say ?? JSON.stringify(turn.button ?? {}),
      messages,
      textChars: messages.reduce((s, m) => s + m.textChars, 0),
      visibleChars: messages.reduce((s, m) => s + m.visibleChars, 0),
    };
  });
}

export async function allConversations(): Promise<Conversation[]> {
  return [...(await walkthroughScenarios()), ...blindV3Conversations(), ...caseNarratives()];
}

export function measureAll(conversations: readonly Conversation[]): MeasuredTurn[] {
  return conversations.flatMap((c, n) => runConversation(c, n));
}

// ---------------------------------------------------------------------------------------------------------------
// The table

const quantile = (sorted: readonly number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : 0;

function stats(values: readonly number[]): string {
  const s = [...values].sort((a, b) => a - b);
  return [quantile(s, 0.5), quantile(s, 0.9), s.at(-1) ?? 0].map((v) => String(v).padStart(5)).join(' ');
}

export function table(turns: readonly MeasuredTurn[]): string {
  const rows = [
    `${'kind'.padEnd(22)} ${'n'.padStart(5)}   text: med   p90   max   visible: med   p90   max`,
    ...REPLY_KINDS.flatMap((kind) => {
      const ms = turns.flatMap((t) => t.messages.filter((m) => m.kind === kind));
      if (!ms.length) return [];
      return [
        `${kind.padEnd(22)} ${String(ms.length).padStart(5)}       ${stats(ms.map((m) => m.textChars))}            ${stats(ms.map((m) => m.visibleChars))}`,
      ];
    }),
    `${'whole turn'.padEnd(22)} ${String(turns.length).padStart(5)}       ${stats(turns.map((t) => t.textChars))}            ${stats(turns.map((t) => t.visibleChars))}`,
  ];
  return rows.join('\n');
}

async function main(): Promise<void> {
  const conversations = await allConversations();
  const turns = measureAll(conversations);
  const log = (s: string) => process.stdout.write(`${s}\n`);
  log('Characters per reply (text: the message text; visible: what Teams shows, dialogs/visible-length.ts)');
  for (const source of ['walkthrough', 'blind-v3', 'cases'] as const) {
    const mine = turns.filter((t) => t.conversation.source === source);
    const count = conversations.filter((c) => c.source === source).length;
    log(`\n${source}: ${count} conversations, ${mine.length} turns`);
    log(table(mine));
  }
  log(`\nall: ${conversations.length} conversations, ${turns.length} turns`);
  log(table(turns));
  if (process.argv.includes('--longest')) {
    for (const kind of REPLY_KINDS) {
      const longest = turns
        .flatMap((t) => t.messages.filter((m) => m.kind === kind).map((m) => ({ t, m })))
        .sort((a, b) => b.m.visibleChars - a.m.visibleChars)[0];
      if (longest)
        log(
          `\nlongest ${kind} (${longest.m.visibleChars} visible): ${longest.t.conversation.name} turn ${longest.t.turn}`,
        );
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
