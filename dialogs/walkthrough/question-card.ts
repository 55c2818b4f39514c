import type { FactKey } from '../../src/clinical/case/case-facts.js';
import { questionRefSchema, VERB, type CardValue, type QuestionRef } from '../card-value.js';
import { conversationStateSchema } from '../conversation-state.js';
import type { AdaptiveCardJson, OutputMessage, TurnInput } from '../turn-types.js';
import { findCase } from './case-store.js';
import { QUESTIONS } from './questions.js';

const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/**
 * A card button as a Universal Action (Adaptive Cards 1.5 Action.Execute: Teams answers it in place with a
 * replacement card, src/teams/pathway-bot.ts). A host without Universal Actions falls back to the same press as
 * Action.Submit; the core reads both alike and never applies an answer to an earlier question unasked.
 */
export function execute(
  title: string,
  verb: string,
  data: Record<string, unknown>,
  inputs: 'auto' | 'none' = 'none',
): Record<string, unknown> {
  return {
    type: 'Action.Execute',
    title,
    verb,
    data,
    associatedInputs: inputs,
    fallback: { type: 'Action.Submit', title, data, associatedInputs: inputs },
  };
}

/** The `refresh` block of a question card: src/teams adds the viewer's id (userIds) or drops it when it cannot answer. */
export function questionRefresh(label: string, key: FactKey): Record<string, unknown> {
  const ref: QuestionRef = { command: 'view', case: label, key };
  return { action: { type: 'Action.Execute', title: 'Refresh', verb: VERB.refresh, data: ref } };
}

type Scope = TurnInput['scope'];

/**
 * In a group chat or channel the bot receives only messages that @mention it, while card buttons and the card's
 * text box reach it without one: the question says so instead of "type it".
 */
const inGroup = (scope: Scope) => scope !== 'personal';
export const GROUP_TYPED_ANSWER = '@mention me with your answer';
const GROUP_CARD_NOTE = 'Buttons and the box above need no @mention; a chat message needs one.';

/**
 * The single next question as an Adaptive Card 1.5: quick choices, a text box (typed answers always work too),
 * and skip / why buttons. The plain-text fallback says the same.
 */
export function questionMessage(
  label: string,
  key: FactKey,
  again = false,
  scope: Scope = 'personal',
  /** This turn's wording of the question, where the case narrows it (red flags some of which were answered). */
  ask?: string,
): OutputMessage {
  const q = ask ? { ...QUESTIONS[key], ask } : QUESTIONS[key];
  const lead = again ? `Back to case ${label}` : `Case ${label}`;
  const choices = q.choices.length ? `Quick answers: ${q.choices.join(' / ')}. ` : '';
  const typed = inGroup(scope)
    ? `Or ${GROUP_TYPED_ANSWER} (${q.hint}), or with "skip", "why" or "plan".`
    : `Or type it (${q.hint}). Say "skip" to leave it, "why" or "plan" any time.`;
  const text = `${lead}, next question: **${q.ask}**\n\n${choices}${typed}`;
  const answer = { command: 'answer', case: label, key };
  const card: AdaptiveCardJson = {
    type: 'AdaptiveCard',
    version: '1.5',
    $schema: SCHEMA,
    refresh: questionRefresh(label, key),
    body: [
      { type: 'TextBlock', text: `${lead} · next question`, isSubtle: true, size: 'Small', wrap: true },
      { type: 'TextBlock', text: q.ask, weight: 'Bolder', wrap: true, style: 'heading' },
      ...(q.choices.length
        ? [{ type: 'ActionSet', actions: q.choices.map((c) => execute(c, VERB.answer, { ...answer, text: c })) }]
        : []),
      // Required only for the Answer button (associatedInputs 'auto'); the quick choices send their own text.
      {
        type: 'Input.Text',
        id: 'text',
        label: 'Or type your answer',
        placeholder: q.hint,
        maxLength: 500,
        isRequired: true,
        errorMessage: 'Type an answer, or tap a quick answer.',
      },
      ...(inGroup(scope)
        ? [{ type: 'TextBlock', text: GROUP_CARD_NOTE, isSubtle: true, size: 'Small', wrap: true, spacing: 'Small' }]
        : []),
    ],
    actions: [
      execute('Answer', VERB.answer, answer, 'auto'),
      execute('Skip', VERB.command, { command: 'case', action: 'skip', case: label, key }),
      execute('Why?', VERB.command, { command: 'case', action: 'why', case: label, key }),
      execute('Plan', VERB.command, { command: 'case', action: 'plan', case: label, key }),
    ],
  };
  // Suggested actions post the choice as the clinician's own message: in a group that message has no @mention and
  // never reaches the bot (Teams shows them in 1:1 chats only), so the card's buttons are the quick answers there.
  return {
    text,
    card,
    ...(inGroup(scope) ? {} : { suggestedActions: q.choices.slice(0, 3).map((c) => ({ title: c, value: c })) }),
  };
}

/**
 * Typing invitations in other walk-through replies, as said in a group chat or channel (where a typed message
 * reaches the bot only with an @mention). Each row's example is a conversation whose reply holds `personal`
 * (test/walkthrough/group-wording.test.ts replays it in both scopes). A stop-gap until those replies are built
 * with the turn's scope: the rows name exact phrases, so a reworded reply fails the test instead of slipping by.
 */
export interface GroupWording {
  personal: string;
  group: string;
  /** Turns of one conversation; the last reply holds `personal`. */
  example: readonly string[];
}

export const GROUP_WORDING: readonly GroupWording[] = [
  {
    personal: 'correct me by typing',
    group: 'correct me with an @mention',
    example: ['58F chronic low back pain 9 months, naproxen 500 bid 8 weeks no relief, no red flags'],
  },
  {
    personal: 'paste or type the description',
    group: '@mention me with the description',
    example: ['new case'],
  },
  {
    personal: 'Tap a quick answer or type it',
    group: 'Tap a quick answer or @mention me with it',
    example: ['58F chronic low back pain 9 months, naproxen 500 bid 8 weeks no relief', 'duloxetine dose?'],
  },
  {
    personal: 'type it another way',
    group: '@mention me with it in other words',
    example: ['new case', 'zzzz qqqq'],
  },
];

function regroup(text: string): string {
  let out = text;
  for (const row of GROUP_WORDING) out = out.split(row.personal).join(row.group);
  return out;
}

/** Every TextBlock text and fallback text of a card, reworded; the card object is copied only where it changes. */
function regroupCard(node: unknown): unknown {
  if (Array.isArray(node)) {
    const mapped = node.map(regroupCard);
    return mapped.some((m, i) => m !== node[i]) ? mapped : node;
  }
  if (!node || typeof node !== 'object') return node;
  const o = node as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(o)) {
    const next = typeof v === 'string' ? (k === 'text' ? regroup(v) : v) : regroupCard(v);
    if (next !== v) {
      out ??= { ...o };
      out[k] = next;
    }
  }
  return out ?? o;
}

/**
 * One reply message as said in the turn's scope: unchanged in a 1:1 chat; in a group chat or channel a question
 * card is rebuilt with "@mention me with your answer", other typing invitations are reworded (GROUP_WORDING), and
 * suggested actions, which would post an unmentioned message, are left out.
 */
export function inScope(message: OutputMessage, scope: Scope): OutputMessage {
  if (!inGroup(scope)) return message;
  const ref = questionRefOf(message.card);
  if (ref) return questionMessage(ref.case, ref.key, message.text.startsWith('Back to case'), scope);
  const text = regroup(message.text);
  const card = message.card && (regroupCard(message.card) as AdaptiveCardJson);
  if (text === message.text && card === message.card && !message.suggestedActions) return message;
  const { suggestedActions: _, ...rest } = message;
  return { ...rest, text, ...(card ? { card } : {}) };
}

/** The question a live question card asks (its refresh data), if the card is one. */
function questionRefOf(card: AdaptiveCardJson | undefined): QuestionRef | undefined {
  const data = (card?.refresh as { action?: { data?: unknown } } | undefined)?.action?.data;
  const ref = questionRefSchema.safeParse(data);
  return ref.success && card?.actions ? ref.data : undefined;
}

/** A question card with no live buttons: what was sent from it, and where the case stands. */
export function closedQuestionCard(label: string, key: FactKey, lines: readonly string[]): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    $schema: SCHEMA,
    refresh: questionRefresh(label, key),
    body: [
      { type: 'TextBlock', text: `Case ${label} · earlier question`, isSubtle: true, size: 'Small', wrap: true },
      { type: 'TextBlock', text: QUESTIONS[key].ask, weight: 'Bolder', wrap: true, style: 'heading' },
      ...lines.map((text) => ({ type: 'TextBlock', text, wrap: true, spacing: 'Small' })),
    ],
  };
}

/** A card with no live buttons saying what was pressed (a confirmation card once answered). */
function closedCard(lines: readonly string[]): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    $schema: SCHEMA,
    body: lines.map((text, i) => ({ type: 'TextBlock', text, wrap: true, ...(i ? { spacing: 'Small' } : {}) })),
  };
}

const MOVED_ON = (label: string) => `Case ${label} has moved on. Say "plan" to see what it records.`;
const CHANGE_BELOW = 'This question had already been answered: confirm or keep the change in the message below.';

/**
 * A question card as it stands now for the conversation's stored record (`saved`, unparsed): live while its
 * question is the case's pending one, closed once answered, or gone with its case. `sent` is the answer just
 * pressed on it (shown on the card the press replaces). Pure: the caller reads the record.
 */
export function questionCardNow(
  saved: unknown,
  ref: QuestionRef,
  sent?: string,
  scope: Scope = 'personal',
): AdaptiveCardJson {
  const parsed = conversationStateSchema.safeParse(saved);
  const state = parsed.success ? parsed.data : undefined;
  const record = state && findCase(state, ref.case);
  const said = sent ? [`Answer sent: **${sent}**`] : [];
  if (!record) return closedQuestionCard(ref.case, ref.key, [...said, `Case ${ref.case} is no longer stored.`]);
  const confirming =
    state.pendingConfirm?.action === 'answer' &&
    state.pendingConfirm.label === record.label &&
    state.pendingConfirm.key === ref.key;
  if (confirming) return closedQuestionCard(record.label, ref.key, [...said, CHANGE_BELOW]);
  if (record.pendingQuestion === ref.key) return questionMessage(record.label, ref.key, false, scope).card!;
  return closedQuestionCard(record.label, ref.key, [...said, MOVED_ON(record.label)]);
}

/**
 * The card that replaces the one a Universal Action was pressed on, without reading any record (the teams layer
 * uses questionCardNow when it can read the conversation): it shows what was pressed and has no live buttons.
 */
export function pressedCard(value: CardValue): AdaptiveCardJson {
  if (value.command === 'answer')
    return closedQuestionCard(value.case, value.key, [`Answer sent: **${value.text}**`, 'The reply is below.']);
  if (value.command === 'case' && value.action === 'skip' && value.case && value.key)
    return closedQuestionCard(value.case, value.key, ['Skip sent. The reply is below.']);
  if (value.command === 'case' && value.action === 'confirm') return closedCard(['Confirmed. The result is below.']);
  if (value.command === 'case' && value.action === 'cancel') return closedCard(['Kept: nothing was changed.']);
  return closedCard(['Sent. The reply is below.']);
}

/** The question a pressed button belongs to (its card can be shown as it stands now), if any. */
export function questionOf(value: CardValue): QuestionRef | undefined {
  if (value.command === 'answer') return { command: 'view', case: value.case, key: value.key };
  if (value.command === 'case' && value.case && value.key) return { command: 'view', case: value.case, key: value.key };
  return undefined;
}
