/**
 * `npm run output-digest -- OUT.json [--compare BASE.json]`: every text of the question suite, the blind sets and the
 * case corpus through the pure handleTurn (fixed clock), each case followed by the same follow-up turns (answers,
 * `why`, `note`, `plan`, `back`), and each turn's whole output and stored state written to OUT. With --compare it
 * lists the turns whose output or state differs from BASE: a refactor for speed must list none. A tool, not a test.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { handleTurn } from '../dialogs/turn-core.js';
import type { TurnInput } from '../dialogs/turn-types.js';
import { CASE_FOLLOW_UPS } from './bench-cases.js';

const root = new URL('../test/fixtures/', import.meta.url);
const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const jsonFiles = (dir: string) =>
  readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${dir}${f}`);

const FOLLOW_UPS = [...CASE_FOLLOW_UPS, 'why', 'note', 'back', 'skip', 'duloxetine dose?', 'cases'];
const conversations: { id: string; turns: string[] }[] = [];
for (const f of jsonFiles('questions/')) {
  for (const [i, q] of (json(f) as { q: string }[]).entries()) conversations.push({ id: `${f}#${i}`, turns: [q.q] });
}
for (const f of [
  'blind-v2/dosing-questions.json',
  'blind-v2/guideline-questions.json',
  'blind-v4/dosing-questions.json',
  'blind-v4/guideline-questions.json',
]) {
  for (const q of json(f) as { id: string; q: string }[]) conversations.push({ id: `${f}#${q.id}`, turns: [q.q] });
}
for (const c of json('blind-v2/cases.json') as { id: string; text: string }[]) {
  conversations.push({ id: `blind-v2#${c.id}`, turns: [c.text, ...FOLLOW_UPS] });
}
for (const f of ['blind-v3/cases-multiturn.json', 'blind-v4/cases-multiturn.json']) {
  for (const c of json(f) as { id: string; turns: { text: string }[] }[]) {
    conversations.push({ id: `${f}#${c.id}`, turns: [...c.turns.map((t) => t.text), ...FOLLOW_UPS] });
  }
}
for (const f of [...jsonFiles('cases/'), ...jsonFiles('cases/held-out/')]) {
  for (const c of (json(f) as { cases: { id: string; text: string }[] }).cases) {
    conversations.push({ id: `${f}#${c.id}`, turns: [c.text, ...FOLLOW_UPS] });
  }
}

const start = Date.parse('2026-11-29T10:00:00Z');
const out: Record<string, string> = {};
for (const c of conversations) {
  let state: unknown;
  for (const [i, text] of c.turns.entries()) {
    const input: TurnInput = {
      kind: 'message',
      conversationKey: `digest:${c.id}`,
      scope: 'personal',
      userId: 'digest',
      text,
      activityId: `${c.id}-${i}`,
      receivedAt: new Date(start + i * 60_000).toISOString(),
    };
    const r = handleTurn(state, input, { retentionDays: 30 });
    if (r.changed) state = r.state;
    out[`${c.id} @${i} ${text.slice(0, 60)}`] = JSON.stringify({
      output: r.output,
      state: r.changed ? r.state : 'same',
    });
  }
}
/**
 * A turn's JSON with object keys sorted: a state the core kept keeps its keys in the order it built them, one read
 * back from the store has them in schema order, and neither order means anything.
 */
function canonical(json: string | undefined): string | undefined {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
          )
        : v;
  return json === undefined ? undefined : JSON.stringify(sorted(JSON.parse(json)));
}

const [file, flag, base] = process.argv.slice(2);
if (!file) throw new Error('usage: output-digest OUT.json [--compare BASE.json]');
writeFileSync(file, JSON.stringify(out));
console.log(`${Object.keys(out).length} turns of ${conversations.length} conversations written to ${file}`);
if (flag === '--compare' && base) {
  const before = JSON.parse(readFileSync(base, 'utf8')) as Record<string, string>;
  const differ = Object.keys({ ...before, ...out }).filter(
    (k) => before[k] !== out[k] && canonical(before[k]) !== canonical(out[k]),
  );
  for (const k of differ.slice(0, 20)) {
    const [a = '', b = ''] = [canonical(before[k]) ?? '(missing)', canonical(out[k]) ?? '(missing)'];
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    console.log(
      `DIFF ${k}\n  before: …${a.slice(Math.max(0, at - 80), at + 160)}\n  after:  …${b.slice(Math.max(0, at - 80), at + 160)}`,
    );
  }
  console.log(`${differ.length} turns differ from ${base}`);
  process.exitCode = differ.length ? 1 : 0;
}
