import { describe, expect, it } from 'vitest';
import { drugSearchResult } from '../../dialogs/cards/drug-search-result.js';
import { ANSWER_FOOTER, answerFooter } from '../../dialogs/disclaimer.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { OutputMessage, TurnInput } from '../../dialogs/turn-types.js';
import { CONTENT_VERSION, knowledge, reviewState } from '../../src/clinical/knowledge/knowledge-base.js';
import { toActivities } from '../../src/teams/render.js';

/**
 * Every answer carries one short footer line: the content version and the review state of the reference facts,
 * counted from the knowledge data, and that this is decision support. Rendered once per reply, under its last
 * message (card and plain-text fallback alike).
 */
const reference = knowledge.filter((e) => e.origin === 'reference');
const pending = reference.filter((e) => e.review === 'pending').length;
const confirmed = reference.length - pending;

function input(text: string, n: number, kind: TurnInput['kind'] = 'message'): TurnInput {
  return {
    kind,
    conversationKey: 'msteams/tenant/footer',
    scope: 'personal',
    userId: 'user',
    text,
    activityId: `f-${n}`,
    receivedAt: new Date(Date.UTC(2026, 0, 1, 12, 0, n)).toISOString(),
  };
}

type Rendered = Record<string, unknown>;
type CardContent = { body: unknown[]; fallbackText?: string };
const cardsOf = (a: Rendered) =>
  ((a.attachments as { content: CardContent }[] | undefined) ?? []).map((x) => x.content);
const count = (text: string | undefined) => (text ?? '').split(ANSWER_FOOTER).length - 1;

/** How often a reader sees the footer in one card: in its body, or in its plain-text fallback. */
const inCard = (card: CardContent) => ({ card: count(JSON.stringify(card.body)), fallback: count(card.fallbackText) });

/**
 * A turn is one activity (issue 16); the footer is at its visual end, once: under the last card (body and
 * fallback) when it has cards (Teams shows the text above them), else at the end of the text.
 */
function expectOneFooter(activities: Rendered[], label: string): void {
  expect(activities, label).toHaveLength(1);
  const activity = activities[0]!;
  const cards = cardsOf(activity);
  const text = typeof activity.text === 'string' ? activity.text : undefined;
  for (const earlier of cards.slice(0, -1)) {
    expect(inCard(earlier), `${label}: not on an earlier card`).toEqual({ card: 0, fallback: 0 });
  }
  const last = cards.at(-1);
  if (last) {
    expect(count(text), `${label}: not in the text above the cards`).toBe(0);
    expect(inCard(last), label).toEqual({ card: 1, fallback: 1 });
    expect(JSON.stringify(last.body.at(-1)), `${label}: the card's last block`).toContain(ANSWER_FOOTER);
    expect(last.fallbackText!.endsWith(`_${ANSWER_FOOTER}_`), label).toBe(true);
  } else {
    expect(count(text), label).toBe(1);
    expect(String(text).endsWith(`_${ANSWER_FOOTER}_`), label).toBe(true);
  }
}

describe('the content footer', () => {
  it('names the content version and the review counts from the knowledge data, in one short line', () => {
    expect(ANSWER_FOOTER).toBe(
      `Content ${CONTENT_VERSION} · ${pending} reference facts pending review · decision support, not prescribing`,
    );
    expect(confirmed).toBe(0);
    expect(ANSWER_FOOTER).not.toContain('\n');
    // Two lines at most on a phone.
    expect(ANSWER_FOOTER.length).toBeLessThanOrEqual(100);
  });

  it('says how many facts are confirmed once some are', () => {
    expect(reviewState(131, 0)).toBe('131 reference facts pending review');
    expect(reviewState(120, 11)).toBe('11 reference facts confirmed, 120 pending review');
    expect(reviewState(0, 131)).toBe('all 131 reference facts confirmed');
    expect(answerFooter({ footer: 'Content 2026.12.07-1 · all 131 reference facts confirmed' })).toBe(
      'Content 2026.12.07-1 · all 131 reference facts confirmed · decision support, not prescribing',
    );
  });

  const stateless: [string, string][] = [
    ['help', 'help'],
    ['dose question', 'duloxetine dose?'],
    ['dose check', 'is naproxen 250 bid adequate?'],
    ['dose check with kidney function', 'tramadol 100 qid crcl 20'],
    ['tablet MME', 'MME percocet 10/325 2 tabs q6h'],
    ['interaction', 'duloxetine and tramadol'],
    ['not covered', 'naproxen dose for a 13 year old'],
    ['guideline', 'when to refer?'],
    ['avoid', 'steroids?'],
    ['calculator: MME', 'MME oxycodone 5 mg q6h'],
    ['calculator: STarT Back', 'start back 1 1 0 1 0 1 0 1 2'],
    ['sources', 'sources'],
    ['not understood', 'something the bot will not understand'],
  ];
  for (const [label, text] of stateless) {
    it(`is on the ${label} answer, once`, () => {
      const output = handleTurn(undefined, input(text, 1), { retentionDays: 30 }).output;
      expectOneFooter(toActivities(output) as Rendered[], label);
    });
  }

  it('is on the welcome', () => {
    const output = handleTurn(undefined, input('', 1, 'install'), { retentionDays: 30 }).output;
    expectOneFooter(toActivities(output) as Rendered[], 'welcome');
  });

  it('is on every walk-through reply, once, under its last message', () => {
    let state: unknown;
    const turns = [
      '55M chronic LBP 6 months, no red flags, no leg pain, naproxen 500 bid 8 weeks partial relief',
      'no',
      'plan',
      'why',
      'note',
      'gabapentin dose?',
    ];
    for (const [n, text] of turns.entries()) {
      const result = handleTurn(state, input(text, n + 1), { retentionDays: 30 });
      state = result.state ?? undefined;
      expectOneFooter(toActivities(result.output) as Rendered[], `walk-through: ${text}`);
    }
  });

  it('a message object rendered again (a repeated question reuses it) still shows the footer once', () => {
    const message: OutputMessage = { text: 'Some answer' };
    const other: OutputMessage = { text: 'Next question', card: { type: 'AdaptiveCard', version: '1.5', body: [] } };
    for (let i = 0; i < 2; i++) expectOneFooter(toActivities({ messages: [message] }) as Rendered[], 'alone');
    // With a card in the reply, the footer goes under the card (the end of what Teams shows), whatever the order.
    expectOneFooter(toActivities({ messages: [message, other] }) as Rendered[], 'text then card');
    expectOneFooter(toActivities({ messages: [other, message] }) as Rendered[], 'card then text');
    expectOneFooter(toActivities({ messages: [message, { ...message }] }) as Rendered[], 'two texts');
    expect(message.text).toBe('Some answer');
    expect(other.card?.body).toEqual([]);
  });

  it('is under the compose-box drug card too (it leaves the bot chat without render.ts)', () => {
    const result = drugSearchResult('naproxen');
    if (result.kind !== 'cards') throw new Error('expected a card');
    const { card, text } = result.cards[0]!;
    expect(JSON.stringify(card.body.at(-1))).toContain(ANSWER_FOOTER);
    expect(count(JSON.stringify(card.body))).toBe(1);
    expect(text.endsWith(ANSWER_FOOTER)).toBe(true);
  });

  it('renders nothing for a turn with nothing to say (a retried activity)', () => {
    expect(toActivities({ messages: [] })).toEqual([]);
  });
});
