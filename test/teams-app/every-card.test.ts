import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { OutputMessage, TurnInput } from '../../dialogs/turn-types.js';
import { drugSearchResult } from '../../dialogs/cards/drug-search-result.js';
import { MAX_SUGGESTED_ACTIONS, toActivity } from '../../src/teams/render.js';
import { cardProblems } from '../helpers/adaptive-card-schema.js';

/**
 * Every card the bot can produce, found by driving the pure core: a set of opening messages, then every card
 * button pressed (breadth first, a few levels deep) from the state in which its card was shown. Each card must
 * be valid Adaptive Card 1.5; each message must have a plain-text fallback; each rendered activity must keep to
 * Teams' limits (3 suggested actions, citation entities without an AI label).
 */
const OPENERS = [
  'help',
  'hi',
  'duloxetine dose',
  'gabapentin dose?',
  'is naproxen 250 bid adequate?',
  'MME oxycodone 10 mg qid',
  'steroids?',
  'when to refer?',
  'MRI?',
  'new case',
  'plan',
  '58 year old with chronic low back pain for 5 months, failed naproxen 500 bid for 8 weeks and PT, no red flags, leg pain below the knee',
  'something the bot will not understand',
];
const MAX_DEPTH = 3;
const MAX_TURNS = 150;

interface Seen {
  path: string;
  message: OutputMessage;
}

function input(text: string, value: unknown, n: number): TurnInput {
  return {
    kind: 'message',
    conversationKey: 'msteams/tenant/crawl',
    scope: 'personal',
    userId: 'user',
    text,
    ...(value !== undefined ? { value } : {}),
    activityId: `a-${n}`,
    receivedAt: new Date(Date.UTC(2026, 0, 1, 12, 0, n)).toISOString(),
  };
}

function buttons(message: OutputMessage): { title: string; data: unknown }[] {
  const found: { title: string; data: unknown }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if ((o.type === 'Action.Submit' || o.type === 'Action.Execute') && o.data !== undefined)
      found.push({ title: String(o.title), data: o.data });
    Object.values(o).forEach(visit);
  };
  visit(message.card);
  return found;
}

function crawl(): Seen[] {
  const seen: Seen[] = [];
  let turns = 0;
  const queue: { state: unknown; text: string; value?: unknown; path: string; depth: number }[] = OPENERS.map(
    (text) => ({ state: undefined, text, path: text, depth: 0 }),
  );
  while (queue.length && turns < MAX_TURNS) {
    const step = queue.shift()!;
    const result = handleTurn(step.state, input(step.text, step.value, ++turns), { retentionDays: 30 });
    const state = result.changed ? result.state : step.state;
    for (const message of result.output.messages) {
      seen.push({ path: step.path, message });
      if (step.depth < MAX_DEPTH) {
        for (const b of buttons(message))
          queue.push({ state, text: '', value: b.data, path: `${step.path} > [${b.title}]`, depth: step.depth + 1 });
      }
    }
  }
  return seen;
}

describe('every card the bot can produce', () => {
  const seen = crawl();
  const cards = seen.filter((s) => s.message.card);
  const extension = [
    '',
    'dulox',
    'nsaid',
    'tramadol',
    'gabapentin',
    'pregabalin',
    'tylenol',
    'diazepam',
    'steroid',
    'oxycodone',
    'fentanyl',
    'buprenorphine',
  ].flatMap((q) => {
    const r = drugSearchResult(q);
    return r.kind === 'cards'
      ? r.cards.map((c) => ({ path: `compose search "${q}" > ${c.drug}`, card: c.card, text: c.text }))
      : [];
  });

  it('the crawl reaches cards (help at least) and presses their buttons', () => {
    expect(cards.length).toBeGreaterThan(OPENERS.length);
    expect(seen.some((s) => s.path.includes(' > ['))).toBe(true);
  });

  it('are valid Adaptive Cards 1.5', () => {
    const problems = [...cards.map((s) => ({ path: s.path, card: s.message.card })), ...extension].flatMap((c) =>
      cardProblems(c.card).map((p) => `${c.path}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('use Action.Execute (answered by the adaptiveCard/action handler) with an Action.Submit fallback of the same data', () => {
    let executes = 0;
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        for (const n of node) visit(n, path);
        return;
      }
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.Execute' && o.verb !== 'refresh') {
        executes++;
        expect(o.verb, path).toBeTruthy();
        expect(o.fallback, path).toMatchObject({ type: 'Action.Submit', title: o.title, data: o.data });
      }
      for (const v of Object.values(o)) visit(v, path);
    };
    for (const s of cards) visit(s.message.card, s.path);
    expect(executes).toBeGreaterThan(0);
  });

  it('each have a plain-text fallback', () => {
    for (const s of cards) expect(s.message.text.trim(), s.path).not.toBe('');
    for (const c of extension) expect(c.text.trim(), c.path).not.toBe('');
  });

  it('render within Teams limits: at most 3 suggested actions, citations without an AI label', () => {
    for (const s of seen) {
      const activity = toActivity(s.message) as Record<string, unknown>;
      const actions = (activity.suggestedActions as { actions: unknown[] } | undefined)?.actions ?? [];
      expect(actions.length, s.path).toBeLessThanOrEqual(MAX_SUGGESTED_ACTIONS);
      const json = JSON.stringify(activity);
      expect(json, s.path).not.toMatch(/AIGeneratedContent/);
      if (activity.attachments) {
        const content = (activity.attachments as { content: { fallbackText?: string; body: unknown[] } }[])[0]!.content;
        expect(content.fallbackText?.startsWith(s.message.text), s.path).toBe(true);
        // Teams has no citation pop-ups inside cards: every [n] the message cites is spelled out in the card.
        for (const c of s.message.citations ?? []) {
          if (s.message.text.includes(`[${c.position}]`))
            expect(JSON.stringify(content.body), `${s.path}: source [${c.position}]`).toMatch(
              new RegExp(`\\[${c.position}\\] \\p{L}`, 'u'),
            );
        }
        // ...and only once: a source line is never repeated.
        for (const c of s.message.citations ?? []) {
          const lines = JSON.stringify(content.body).match(new RegExp(`\\[${c.position}\\] \\p{L}`, 'gu')) ?? [];
          expect(lines.length, `${s.path}: source [${c.position}] listed ${lines.length} times`).toBeLessThanOrEqual(1);
        }
        expect(cardProblems(content), s.path).toEqual([]);
      }
      for (const entity of (activity.entities as Record<string, unknown>[] | undefined) ?? []) {
        expect(entity).toMatchObject({
          type: 'https://schema.org/Message',
          '@type': 'Message',
          '@context': 'https://schema.org',
          '@id': '',
        });
        for (const claim of entity.citation as {
          '@type': string;
          position: number;
          appearance: { '@type': string; name: string; abstract: string };
        }[]) {
          expect(claim['@type']).toBe('Claim');
          expect(claim.appearance['@type']).toBe('DigitalDocument');
          expect(claim.appearance.abstract.length).toBeLessThanOrEqual(160);
          // A citation is only shown when the text carries its [n] marker.
          expect(String(activity.text), `${s.path}: marker [${claim.position}]`).toContain(`[${claim.position}]`);
        }
      }
    }
  });
});
