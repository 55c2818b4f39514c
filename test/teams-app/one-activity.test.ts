import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_FOOTER } from '../../dialogs/disclaimer.js';
import { MAX_TEXT_CHARS, type OutputMessage } from '../../dialogs/turn-types.js';
import { MemoryStorage } from '../../src/storage/memory-storage.js';
import { numberAcross } from '../../src/teams/card-sources.js';
import { SOMETHING_WENT_WRONG } from '../../src/teams/messages-handler.js';
import { toActivities } from '../../src/teams/render.js';
import { post, startBot, type RunningBot } from '../helpers/bot-server.js';
import { teamsActivity } from '../helpers/teams-activity.js';

/**
 * Issue 16: every turn is ONE reply activity (each activity is a POST to the Bot Connector the clinician waits
 * for). Checked over HTTP for each kind of turn, with expectReplies and through a fake connector on this machine
 * (anonymous mode posts to loopback serviceUrls only), and the citations of that one activity are numbered 1..n
 * across all its parts.
 */

/** Reading a conversation whose id holds "fail-" throws: the adapter's error turn. */
class FailingOn extends MemoryStorage {
  override async read(key: string) {
    if (key.includes('fail-')) throw new TypeError('planted failure');
    return super.read(key);
  }
}

type Json = Record<string, unknown>;
interface Card {
  body: unknown[];
  fallbackText: string;
}
interface Claim {
  position: number;
  appearance: { name: string; abstract: string };
}

const cardsOf = (a: Json) => ((a.attachments as { content: Card }[] | undefined) ?? []).map((x) => x.content);
const claimsOf = (a: Json) =>
  ((a.entities as { citation?: Claim[] }[] | undefined) ?? []).flatMap((e) => e.citation ?? []);
const markers = (text: string) => [...text.matchAll(/\[(\d{1,3})\]/g)].map((m) => Number(m[1]));
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const footers = (a: Json) =>
  [String(a.text ?? ''), ...cardsOf(a).map((c) => JSON.stringify(c.body))].join('\n').split(ANSWER_FOOTER).length - 1;

/** The citation checks for one reply activity. */
function expectNumbered(activity: Json, label: string): void {
  const text = typeof activity.text === 'string' ? activity.text : '';
  const claims = claimsOf(activity);
  // Citation pop-ups: every [n] in the text has an entity, every entity a marker; positions 1..k.
  expect(
    claims.map((c) => c.position),
    `${label}: entity positions`,
  ).toEqual(range(claims.length));
  expect(new Set(markers(text)), `${label}: markers in the text`).toEqual(new Set(claims.map((c) => c.position)));
  // Cards: every [n] a card cites is listed in that card as "[n] Source", with the same source as the text's [n].
  const inCards = new Set<number>();
  for (const card of cardsOf(activity)) {
    const body = JSON.stringify(card.body);
    for (const n of markers(card.fallbackText)) {
      inCards.add(n);
      expect(body, `${label}: card lists source [${n}]`).toMatch(new RegExp(`\\[${n}\\] \\p{L}`, 'u'));
      const claim = claims.find((c) => c.position === n);
      if (claim)
        expect(card.fallbackText, `${label}: [${n}] is one source`).toContain(`[${n}] ${claim.appearance.name}`);
    }
  }
  // The whole activity: one numbering, 1..n without gaps.
  const all = new Set([...claims.map((c) => c.position), ...inCards]);
  expect(
    [...all].sort((a, b) => a - b),
    `${label}: numbers across the activity`,
  ).toEqual(range(all.size));
}

interface Turn {
  kind: string;
  text: string;
  /** What the one activity must hold (text and card fallbacks together), in this order. */
  holds: RegExp[];
  /** At least this many cards (the question card, an answer card); how the core splits text and cards may change. */
  cards?: number;
  error?: boolean;
}

const NARRATIVE =
  '58F chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, tingling down the left leg, no red flags, no PT yet';
const CASE: Turn[] = [
  { kind: 'new case narrative', text: NARRATIVE, holds: [/I understood/, /next question/], cards: 1 },
  { kind: 'answer', text: 'no', holds: [/Noted for case A/, /next question/], cards: 1 },
  {
    kind: 'quick question mid-case',
    text: 'gabapentin dose?',
    holds: [/Gabapentin/, /Back to case A, next question/],
    // the answer card, then the pending question as one line (issue 15), kept below it as a text card
    cards: 2,
  },
  {
    kind: 'calculator mid-case',
    text: 'start back 1 1 0 1 0 1 0 1 1',
    // in the order the core said them: a text after a card becomes a card of its own (render.ts inOrder)
    holds: [/STarT Back: medium risk/, /Added to case A/, /Back to case A, next question/],
    cards: 3,
  },
  { kind: 'plan', text: 'plan', holds: [/Plan for case A/, /next question/], cards: 1 },
  { kind: 'why', text: 'why', holds: [/Why case A/, /next question/], cards: 0 },
  { kind: 'note', text: 'note', holds: [/Chart note for case A/] },
];
const ALONE: Turn[] = [
  { kind: 'help', text: 'help', holds: [/Case walk-through/], cards: 1 },
  { kind: 'quick answer', text: 'duloxetine dose?', holds: [/Duloxetine/], cards: 1 },
  { kind: 'too-long text', text: 'back pain '.repeat(MAX_TEXT_CHARS / 10 + 1), holds: [/too long/] },
];
const ERROR: Turn = {
  kind: 'error',
  text: 'help',
  holds: [new RegExp(SOMETHING_WENT_WRONG.slice(0, 20))],
  error: true,
};

const everything = (a: Json) => [String(a.text ?? ''), ...cardsOf(a).map((c) => c.fallbackText)].join('\n\n');

let bot: RunningBot;
let connector: Server;
let serviceUrl: string;
const posted: { conversation: string; body: Json }[] = [];

beforeAll(async () => {
  bot = await startBot({ RATE_LIMIT_PER_MINUTE: '1000' }, new FailingOn());
  connector = createServer((req, res) => {
    let data = '';
    req.on('data', (d: Buffer) => (data += d.toString()));
    req.on('end', () => {
      posted.push({
        conversation: decodeURIComponent((req.url ?? '').split('/')[3] ?? ''),
        body: JSON.parse(data) as Json,
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${posted.length}` }));
    });
  });
  await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
  const address = connector.address();
  serviceUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
afterAll(async () => {
  await bot.close();
  await new Promise<void>((resolve) => connector.close(() => resolve()));
});

/** Plays the turns in one conversation; returns, per turn, every activity the bot sent for it. */
async function play(turns: Turn[], mode: 'expectReplies' | 'connector', conversationId: string): Promise<Json[][]> {
  const sent: Json[][] = [];
  for (const turn of turns) {
    const activity = teamsActivity({
      text: turn.text,
      conversationId,
      ...(mode === 'connector' ? { deliveryMode: 'normal' as const, serviceUrl } : {}),
    });
    const before = posted.length;
    const res = await post(bot.url, activity);
    expect(res.status, turn.kind).toBe(200);
    if (mode === 'expectReplies') {
      sent.push((res.body as { activities?: Json[] } | undefined)?.activities ?? []);
    } else {
      expect(res.body, `${turn.kind}: nothing in the response body`).toBeUndefined();
      const replies = posted.slice(before);
      for (const p of replies) expect(p.conversation, turn.kind).toBe(conversationId);
      sent.push(replies.map((p) => p.body));
    }
  }
  return sent;
}

/** The parts of an activity the two deliveries must agree on (ids and addresses differ). */
const content = (a: Json) => ({
  text: a.text,
  entities: a.entities,
  attachments: a.attachments,
  suggestedActions: a.suggestedActions,
});

describe('one reply activity per turn', () => {
  for (const [name, turns] of [
    ['a case', CASE],
    ['questions alone', ALONE],
    ['a failing turn', [ERROR]],
  ] as const) {
    it(`${name}: exactly one activity per turn, with expectReplies and through a connector, the same`, async () => {
      const prefix = turns === (ALONE as Turn[]) ? 'alone' : turns[0]!.error ? 'fail-' : 'case';
      const byMode = {
        expectReplies: await play([...turns], 'expectReplies', `a:one-${prefix}-er`),
        connector: await play([...turns], 'connector', `a:one-${prefix}-co`),
      };
      for (const [mode, sent] of Object.entries(byMode)) {
        for (const [i, turn] of turns.entries()) {
          const label = `${mode}: ${turn.kind}`;
          expect(sent[i], label).toHaveLength(1);
          const activity = sent[i]![0]!;
          expect(activity.type, label).toBe('message');
          // Teams refuses a bot message over 100 KB and advises staying under 80 KB (UTF-16): one merged reply
          // stays far below.
          expect(JSON.stringify(activity).length * 2, `${label}: size`).toBeLessThan(80 * 1024);
          expect(cardsOf(activity).length, `${label}: cards`).toBeGreaterThanOrEqual(turn.cards ?? 0);
          if (cardsOf(activity).length > 1) expect(activity.attachmentLayout, label).toBe('list');
          const all = everything(activity);
          let at = 0;
          for (const part of turn.holds) {
            const found = all.slice(at).search(part);
            expect(found, `${label}: ${part} (in order)`).toBeGreaterThanOrEqual(0);
            at += found;
          }
          expect(footers(activity), `${label}: footer`).toBe(turn.error ? 0 : 1);
          expectNumbered(activity, label);
        }
      }
      for (const [i, turn] of turns.entries()) {
        expect(content(byMode.connector[i]![0]!), turn.kind).toEqual(content(byMode.expectReplies[i]![0]!));
      }
    });
  }
});

describe('numbering the messages of one reply', () => {
  const g = (n: number) => ({ position: n, name: `Guideline citation ${n}`, abstract: `Guideline citation ${n}.` });
  const r = (position: number, name: string, review = 'review pending') => ({
    position,
    name,
    abstract: `${name}. Clinical reference, ${review}.`,
  });

  it('gives one source one number in every message, 1..n in reading order, text before cards', () => {
    const card: OutputMessage = {
      text: 'Card: x [7] y [3]',
      citations: [g(3), r(7, 'Label B')],
      card: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlock', text: '- x [7] y [3]' }],
        actions: [{ type: 'Action.Submit', title: 'Go [7]', data: { text: 'keep [7]' } }],
      },
    };
    const text: OutputMessage = { text: 'Step: a [3][7] b [8]', citations: [g(3), r(7, 'Label A'), r(8, 'Label B')] };
    const [c, t] = numberAcross([card, text]);
    // Text first: [3] -> 1, Label A -> 2, Label B -> 3; the card's Label B (its [7]) is the text's 3.
    expect(t!.text).toBe('Step: a [1][2] b [3]');
    expect(t!.citations!.map((x) => [x.position, x.name])).toEqual([
      [1, 'Guideline citation 3'],
      [2, 'Label A'],
      [3, 'Label B'],
    ]);
    expect(c!.text).toBe('Card: x [3] y [1]');
    expect(c!.citations!.map((x) => x.position)).toEqual([1, 3]);
    expect(JSON.stringify(c!.card!.body)).toContain('- x [3] y [1]');
    // Display text is renumbered, submitted data never; the core's objects are not changed.
    expect(c!.card!.actions).toEqual([{ type: 'Action.Submit', title: 'Go [3]', data: { text: 'keep [7]' } }]);
    expect(card.text).toBe('Card: x [7] y [3]');
    expect(JSON.stringify(card.card!.body)).toContain('[7]');
  });

  it("keeps a card's own source lines in number order after renumbering", () => {
    const line = (n: number, name: string, spacing: string) => ({ type: 'TextBlock', text: `[${n}] ${name}`, spacing });
    const card: OutputMessage = {
      text: 'a [1] b [2] c [3]',
      // The card's own numbering: its [2] is guideline citation 3, its [3] guideline citation 4.
      citations: [g(1), { ...g(3), position: 2 }, { ...g(4), position: 3 }],
      card: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [
          { type: 'TextBlock', text: '- a [1] b [2] c [3]' },
          line(1, 'Guideline citation 1', 'Medium'),
          line(2, 'Guideline citation 3', 'None'),
          line(3, 'Guideline citation 4', 'None'),
        ],
      },
    };
    // The text cites guideline 4 first, so it becomes [2] and guideline 3 becomes [3].
    const text: OutputMessage = { text: 'Answer [1][4]', citations: [g(1), g(4)] };
    const [c] = numberAcross([card, text]);
    const body = c!.card!.body as { text: string; spacing: string }[];
    expect(body.slice(1).map((b) => [b.text, b.spacing])).toEqual([
      ['[1] Guideline citation 1', 'Medium'],
      ['[2] Guideline citation 4', 'None'],
      ['[3] Guideline citation 3', 'None'],
    ]);
    expect(body[0]!.text).toBe('- a [1] b [3] c [2]');
  });

  it('leaves brackets that cite nothing, drops unmarked citations, keeps the cautious review state', () => {
    const sources: OutputMessage = { text: '**[1]:** probable source of citation 1' };
    const a: OutputMessage = { text: 'a [7]', citations: [r(7, 'Label A', 'review confirmed'), g(2)] };
    const b: OutputMessage = { text: 'b [9]', citations: [r(9, 'Label A')] };
    const [s, x, y] = numberAcross([sources, a, b]);
    expect(s).toBe(sources);
    expect(x!.text).toBe('a [1]');
    expect(y!.text).toBe('b [1]');
    expect(x!.citations).toEqual([
      { position: 1, name: 'Label A', abstract: 'Label A. Clinical reference, review pending.' },
    ]);
  });

  it('renders a whole reply as one activity; nothing for an empty turn', () => {
    const text: OutputMessage = { text: 'Step [7]', citations: [r(7, 'Label A')] };
    const question: OutputMessage = {
      text: 'Next question?',
      card: { type: 'AdaptiveCard', version: '1.5', body: [] },
      suggestedActions: [1, 2, 3, 4].map((n) => ({ title: `q${n}`, value: `q${n}` })),
    };
    const activities = toActivities({ messages: [text, question] });
    expect(activities).toHaveLength(1);
    const [activity] = activities as Json[];
    expect(activity!.text).toBe('Step [1]');
    expect(claimsOf(activity!).map((c) => c.position)).toEqual([1]);
    expect((activity!.suggestedActions as { actions: unknown[] }).actions).toHaveLength(3);
    expect(cardsOf(activity!)[0]!.fallbackText).toMatch(/^Next question\?/);
    expect(toActivities({ messages: [] })).toEqual([]);
  });
});
