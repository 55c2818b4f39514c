import { describe, expect, it } from 'vitest';
import { parseCardValue, type CardValue } from '../../dialogs/card-value.js';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { OutputMessage, TurnInput } from '../../dialogs/turn-types.js';
import { findCase } from '../../dialogs/walkthrough/case-store.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';
import { feedbackValueSchema } from '../../dialogs/feedback.js';
import { cardNodes, type Json } from '../helpers/card-walk.js';

/**
 * Every button works: from the welcome card, help, and a few case openings, every button the bot shows (card
 * actions and suggested actions) is pressed, three levels deep, each from the state its card was shown in. No
 * press may get the fallback ("didn't recognise") or an unreadable-button reply, and a quick answer always reads.
 * Then every answer and Skip button seen earlier on the path is pressed again later, as a clinician scrolling
 * back would: such a stale press never changes a stored case silently, and only its confirmation applies it.
 */
const OPENERS: { name: string; kind?: TurnInput['kind']; say?: string }[] = [
  { name: 'welcome (install)', kind: 'install' },
  { name: 'help', say: 'help' },
  { name: 'new case', say: 'new case' },
  {
    name: 'case: radicular, NSAID failed',
    say: '58F chronic low back pain 9 months, naproxen 500 bid 8 weeks no relief, PT done, no red flags, leg pain below the knee',
  },
  {
    name: 'case: duloxetine next',
    say: '62M chronic LBP 6 months, no red flags, ibuprofen 400 tid 6 weeks no relief, no leg symptoms',
  },
  { name: 'dose question', say: 'duloxetine dose?' },
  { name: 'guideline question', say: 'when to refer?' },
  { name: 'not understood', say: 'something the bot will not understand' },
];
/** Openers whose reply shows buttons (the quick answers may show none). */
const WITH_BUTTONS = [
  'welcome (install)',
  'help',
  'new case',
  'case: radicular, NSAID failed',
  'case: duloxetine next',
  'not understood',
];
const MAX_DEPTH = 3;
const MAX_TURNS = 12_000;
const FALLBACK = /didn't recognise|button's data was not recognised/i;

interface Press {
  title: string;
  value?: unknown;
  text?: string;
}

/** Every card button (the Action.Submit fallback of an Action.Execute is the same press) and suggested action. */
function pressesOf(message: OutputMessage): Press[] {
  const buttons = cardNodes(
    message.card,
    (o) => (o.type === 'Action.Submit' || o.type === 'Action.Execute') && o.data !== undefined,
    ['fallback', 'refresh'],
  );
  const found: Press[] = buttons.map((o) => {
    const data = o.data as Json;
    // A button sending the card's inputs gets what a clinician would type in its box.
    const filled = o.associatedInputs === 'auto' && data.text === undefined ? { ...data, text: 'Not sure' } : data;
    return { title: String(o.title), value: filled };
  });
  for (const a of message.suggestedActions ?? []) found.push({ title: a.title, text: a.value });
  return found;
}

/** Screen readers need a name for every input and button: a visible `label`, a button `title`. */
function accessibilityProblems(card: unknown): string[] {
  const found: string[] = [];
  for (const o of cardNodes(card, (n) => typeof n.type === 'string')) {
    const type = o.type as string;
    if (type.startsWith('Input.') && !(typeof o.label === 'string' && o.label.trim()))
      found.push(`${type} "${String(o.id)}" has no label`);
    if (type.startsWith('Action.') && !(typeof o.title === 'string' && o.title.trim()) && o.verb !== 'refresh')
      found.push(`${type} without a title`);
  }
  return found;
}

let clock = Date.parse('2026-03-02T09:00:00.000Z');
function input(kind: TurnInput['kind'], press: Press, n: number): TurnInput {
  clock += 60_000;
  return {
    ...coreInput(press.text ?? '', n),
    kind,
    conversationKey: 'msteams/t/every-button',
    ...(press.value !== undefined ? { value: press.value } : {}),
    activityId: `b-${n}`,
    receivedAt: new Date(clock).toISOString(),
  };
}

/** Each stored case's facts by label (compared with toEqual: the order of fields does not matter). */
const factsOf = (state: unknown) =>
  Object.fromEntries(((state as ConversationState | null)?.cases ?? []).map((c) => [c.label, c.facts]));
const sameFacts = (a: unknown, b: unknown) => {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
};

/** A press on a question that is not its case's pending one: an older card's answer or Skip. */
function staleFor(state: unknown, value: CardValue | undefined): boolean {
  if (!value || !state) return false;
  const key =
    value.command === 'answer'
      ? value.key
      : value.command === 'case' && value.action === 'skip'
        ? value.key
        : undefined;
  const label = value.command === 'say' ? undefined : value.case;
  if (!key || !label) return false;
  const record = findCase(state as ConversationState, label);
  return !!record && record.pendingQuestion !== key;
}

/** What a press depends on: each case's facts and pending question, the open case, a waiting confirmation. */
function where(state: unknown): string {
  const s = state as ConversationState | null | undefined;
  if (!s) return '-';
  const cases = s.cases.map((c) => [c.label, c.facts, c.pendingQuestion ?? null, c.history.length > 0]);
  return JSON.stringify([cases, s.activeCase ?? null, s.pendingConfirm ?? null]);
}

interface Node {
  state: unknown;
  kind: TurnInput['kind'];
  press: Press;
  path: string;
  depth: number;
  /** Answer and Skip buttons shown on earlier turns of this path. */
  older: Press[];
}

interface Outcome {
  path: string;
  text: string;
  problems: string[];
}

function crawl() {
  let turns = 0;
  const tried = new Set<string>();
  const expanded = new Set<string>();
  const shown = new Map<string, number>();
  const outcomes: Outcome[] = [];
  const stale: { path: string; before: unknown; after: unknown; text: string; confirmed?: Outcome }[] = [];
  const queue: Node[] = OPENERS.map((o) => ({
    state: undefined,
    kind: o.kind ?? 'message',
    press: { title: o.name, text: o.say ?? '' },
    path: o.name,
    depth: 0,
    older: [],
  }));
  const run = (state: unknown, kind: TurnInput['kind'], press: Press) => {
    const r = handleTurn(state, input(kind, press, ++turns), CORE_OPTIONS);
    return { state: r.changed ? r.state : state, output: r.output };
  };
  while (queue.length && turns < MAX_TURNS) {
    const node = queue.shift()!;
    const { state, output } = run(node.state, node.kind, node.press);
    const text = output.messages.map((m) => m.text).join('\n');
    const problems: string[] = [];
    if (node.depth > 0 && FALLBACK.test(text)) problems.push('fallback reply');
    if (output.messages.length === 0) problems.push('no reply');
    const value = parseCardValue(node.press.value);
    // Feedback buttons carry their own data (dialogs/feedback.ts), read before the card values.
    const feedback = feedbackValueSchema.safeParse(node.press.value).success;
    if (node.press.value !== undefined && !value && !feedback) problems.push('button data the core cannot read');
    if (value?.command === 'answer' && value.text !== 'Not sure' && /could not read that as an answer/.test(text))
      problems.push('a quick answer was not read');
    for (const m of output.messages) problems.push(...accessibilityProblems(m.card));
    outcomes.push({ path: node.path, text, problems });

    // Older answer and Skip buttons pressed now: never a silent change; "Change it" applies one.
    for (const old of node.older) {
      if (turns >= MAX_TURNS) break;
      const oldValue = parseCardValue(old.value);
      if (!staleFor(state, oldValue)) continue;
      // The same older button on the same stored cases has been tried already.
      const signature = `${JSON.stringify(old.value)}|${where(state)}`;
      if (tried.has(signature)) continue;
      tried.add(signature);
      const pressed = run(state, 'message', old);
      const entry: (typeof stale)[number] = {
        path: `${node.path} > later [${old.title}]`,
        before: factsOf(state),
        after: factsOf(pressed.state),
        text: pressed.output.messages.map((m) => m.text).join('\n'),
      };
      const confirm = pressed.output.messages.flatMap(pressesOf).find((p) => p.title === 'Change it');
      if (confirm) {
        const done = run(pressed.state, 'message', confirm);
        const doneText = done.output.messages.map((m) => m.text).join('\n');
        entry.confirmed = {
          path: `${entry.path} > [Change it]`,
          text: doneText,
          problems: [
            ...(FALLBACK.test(doneText) ? ['fallback reply'] : []),
            ...(sameFacts(factsOf(done.state), factsOf(pressed.state)) ? ['confirmed change not applied'] : []),
          ],
        };
      }
      stale.push(entry);
      if (process.env.SHOW_STALE)
        console.log(entry.path, '\n ', entry.text.split('\n')[0], '\n ', entry.confirmed?.text.split('\n')[0]);
    }

    if (node.depth >= MAX_DEPTH) continue;
    const presses = output.messages.flatMap(pressesOf);
    if (node.depth === 0) shown.set(node.path, presses.length);
    const answers = presses.filter((p) => {
      const v = parseCardValue(p.value);
      return v?.command === 'answer' || (v?.command === 'case' && v.action === 'skip');
    });
    for (const press of presses) {
      // The same press from the same standing has been explored on another path.
      const signature = `${press.text ?? JSON.stringify(press.value)}|${where(state)}`;
      if (expanded.has(signature)) continue;
      expanded.add(signature);
      queue.push({
        state,
        kind: 'message',
        press,
        path: `${node.path} > [${press.title}]`,
        depth: node.depth + 1,
        older: [...node.older, ...answers],
      });
    }
  }
  return { outcomes, stale, turns, shown };
}

describe('every button works', () => {
  const { outcomes, stale, turns, shown } = crawl();

  it('the crawl presses buttons on every opener, three levels deep', () => {
    expect(turns).toBeLessThan(MAX_TURNS);
    // Each opener shows buttons (a press already explored from the same standing is not repeated).
    for (const name of WITH_BUTTONS) expect(shown.get(name), name).toBeGreaterThan(0);
    expect(outcomes.some((x) => x.path.split(' > [').length === MAX_DEPTH + 1)).toBe(true);
  });

  it('no press gets the fallback, an unreadable-button reply, or no reply; every quick answer reads; every input has a label', () => {
    const bad = outcomes.filter((o) => o.problems.length).map((o) => `${o.path}: ${o.problems.join(', ')}`);
    expect(bad).toEqual([]);
  });

  it('the welcome card\'s "New case" starts a case', () => {
    const pressed = outcomes.find((o) => o.path === 'welcome (install) > [New case]');
    expect(pressed?.text).toMatch(/Case A/);
  });

  it('an older answer or Skip button never changes a stored case silently; only "Change it" applies it', () => {
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.some((s) => s.confirmed)).toBe(true);
    for (const s of stale) {
      expect(s.after, s.path).toEqual(s.before);
      expect(s.text, s.path).toMatch(/earlier question|nothing (was )?(changed|skipped)/);
      expect(s.text, s.path).not.toMatch(FALLBACK);
      if (s.confirmed) expect(s.confirmed.problems, s.confirmed.path).toEqual([]);
    }
  });
});
