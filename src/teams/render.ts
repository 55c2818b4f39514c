import { ActivityTypes, CardFactory, type Activity, type CardAction, type Entity } from 'botbuilder';
import { ANSWER_FOOTER } from '../../dialogs/disclaimer.js';
import type { AdaptiveCardJson, Citation, OutputMessage, TurnOutput } from '../../dialogs/turn-types.js';
import { numberAcross, withCitedSources } from './card-sources.js';
import { encodeCardData } from './submit-data.js';

export const MAX_SUGGESTED_ACTIONS = 3;

/** Teams citation entity: numbered [n] markers in the text open the source in a pop-up. No AI label: rule-based. */
function citationEntity(citations: Citation[]): Entity {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: citations.map((c) => ({
      '@type': 'Claim',
      position: c.position,
      appearance: { '@type': 'DigitalDocument', name: c.name.slice(0, 80), abstract: c.abstract.slice(0, 160) },
    })),
  };
}

function suggestedActions(message: OutputMessage): Partial<Activity> {
  const actions = (message.suggestedActions ?? []).slice(0, MAX_SUGGESTED_ACTIONS);
  if (!actions.length) return {};
  const cardActions: CardAction[] = actions.map((a) => ({ type: 'imBack', title: a.title, value: a.value }));
  return { suggestedActions: { actions: cardActions, to: [] } };
}

/**
 * Rendered activities by message object, without and with the footer: the core hands back the same message objects
 * for a repeated stateless question (dialogs/stateless-answers.ts), so their card is built once. Messages are never
 * modified after the core returns them, and botbuilder copies an activity before it adds the conversation reference.
 */
const rendered = new WeakMap<OutputMessage, Partial<Activity>>();
const renderedWithFooter = new WeakMap<OutputMessage, Partial<Activity>>();

/** The notification and chat-list preview: the first line as plain text (Teams shows no markdown there). */
export function plainSummary(text: string): string {
  return (text.split('\n')[0] ?? '')
    .replace(/\*\*|__|_|`/g, '')
    .trim()
    .slice(0, 200);
}

export interface RenderOptions {
  /** Add the content footer (version, review state, decision support) as the last line. */
  footer?: boolean;
}

/**
 * One OutputMessage alone -> one Teams message activity, numbered as the core numbered it: a card (its fallbackText is
 * the text) or text with citations. Turns are sent with `toActivities` (one activity for all of a turn's messages).
 */
export function toActivity(message: OutputMessage, options: RenderOptions = {}): Partial<Activity> {
  const cache = options.footer ? renderedWithFooter : rendered;
  let activity = cache.get(message);
  if (!activity) {
    activity = render(message, options.footer ?? false);
    cache.set(message, activity);
  }
  return activity;
}

const FOOTER_BLOCK = {
  type: 'TextBlock',
  text: ANSWER_FOOTER,
  wrap: true,
  isSubtle: true,
  size: 'Small',
  spacing: 'Small',
} as const;

/** The footer in a text: a last paragraph in italics. */
const withFooterText = (text: string): string => `${text}\n\n_${ANSWER_FOOTER}_`;

function render(message: OutputMessage, footer: boolean): Partial<Activity> {
  const base: Partial<Activity> = { type: ActivityTypes.Message, ...suggestedActions(message) };
  if (message.card) {
    const cited = withCitedSources(message.card, message.text, message.citations);
    const card: AdaptiveCardJson = footer ? { ...cited.card, body: [...cited.card.body, FOOTER_BLOCK] } : cited.card;
    const text = footer ? withFooterText(cited.text) : cited.text;
    return {
      ...base,
      summary: plainSummary(message.text),
      attachments: [CardFactory.adaptiveCard(encodeCardData({ ...card, fallbackText: text }))],
    };
  }
  return {
    ...base,
    text: footer ? withFooterText(message.text) : message.text,
    textFormat: 'markdown',
    ...(message.citations?.length ? { entities: [citationEntity(message.citations)] } : {}),
  };
}

export interface ActivitiesOptions {
  /**
   * Who sees a card's `refresh` (Universal Actions): the Teams user ids (MRIs) whose client asks the bot for the
   * card as it stands now whenever it is shown. Without ids, the refresh block is removed (the bot cannot answer it).
   */
  refreshUserIds?: readonly string[] | undefined;
}

/**
 * A card's `refresh` block with the viewers' user ids, or no refresh block (none given). Only the card object
 * changes; the core's card is never modified.
 */
export function withRefreshUsers<T extends Record<string, unknown>>(card: T, userIds?: readonly string[]): T {
  const refresh = card.refresh as Record<string, unknown> | undefined;
  if (!refresh) return card;
  if (!userIds?.length) {
    const { refresh: _, ...rest } = card;
    return rest as T;
  }
  return { ...card, refresh: { ...refresh, userIds: [...userIds] } };
}

/** The refresh users put into (or the refresh dropped from) each card attachment of an activity. */
function refreshFor(activity: Partial<Activity>, userIds?: readonly string[]): Partial<Activity> {
  const attachments = activity.attachments;
  if (!attachments?.some((a) => (a.content as Record<string, unknown> | undefined)?.refresh)) return activity;
  return {
    ...activity,
    attachments: attachments.map((a) =>
      a.content ? { ...a, content: withRefreshUsers(a.content as Record<string, unknown>, userIds) } : a,
    ),
  };
}

/**
 * A turn's reply, rendered once per TurnOutput (a repeated stateless question gets the same output object back:
 * dialogs/stateless-answers.ts); the refresh users are added per send.
 */
const renderedTurns = new WeakMap<TurnOutput, Partial<Activity>>();

/**
 * A turn's messages as ONE Teams message activity (issue 16): every reply activity is a POST to the Bot Connector
 * that the clinician waits for, so a walk-through step (step text + question card) or a calculator mid-case
 * (result card + note + question card) costs one round trip instead of two or three.
 *
 * - Text-only messages: joined with a blank line into the activity's `text` (markdown), with one citation entity
 *   for the markers in it. Teams shows an activity's text above its attachments (and splits text and attachments
 *   into two chat messages on its side), so the text reads first whatever the core's order.
 * - Card messages: one Adaptive Card attachment each, in order (`attachmentLayout: list` when several: stacked);
 *   each card keeps its own plain-text fallback (its message text and the sources it cites). A card message's text
 *   never goes into the activity's `text`: the card shows it.
 * - Citations are numbered once for the whole activity, 1..n (card-sources.ts `numberAcross`).
 * - Suggested actions: those of the last message that has any (at most 3).
 * - The content footer once, at the visual end: the last card (block and fallback), else the text.
 * - `summary` (the notification preview of a card activity): the first line of the first message.
 */
export function toTurnActivity(output: TurnOutput): Partial<Activity> | undefined {
  if (!output.messages.length) return undefined;
  let activity = renderedTurns.get(output);
  if (!activity) {
    activity = renderTurn(output.messages);
    renderedTurns.set(output, activity);
  }
  return activity;
}

/**
 * Teams shows an activity's text above its cards, so a text that follows a card (the pending question asked again
 * after a quick answer, "Added to case A") becomes a small card of its own, in its place in the list.
 */
function inOrder(messages: readonly OutputMessage[]): OutputMessage[] {
  const first = messages.findIndex((m) => m.card);
  if (first === -1) return [...messages];
  return messages.map((m, i) =>
    i < first || m.card
      ? m
      : {
          ...m,
          card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: m.text, wrap: true }] },
        },
  );
}

function renderTurn(messages: readonly OutputMessage[]): Partial<Activity> {
  const numbered = inOrder(numberAcross(messages));
  const texts = numbered.filter((m) => !m.card);
  const cards = numbered.filter((m) => m.card);
  const attachments = cards.map((m, i) => {
    const cited = withCitedSources(m.card!, m.text, m.citations);
    const footer = i === cards.length - 1;
    const card: AdaptiveCardJson = footer ? { ...cited.card, body: [...cited.card.body, FOOTER_BLOCK] } : cited.card;
    const fallbackText = footer ? withFooterText(cited.text) : cited.text;
    return CardFactory.adaptiveCard(encodeCardData({ ...card, fallbackText }));
  });
  const joined = texts.map((m) => m.text).join('\n\n');
  const text = joined && !cards.length ? withFooterText(joined) : joined;
  const citations = [...new Map(texts.flatMap((m) => m.citations ?? []).map((c) => [c.position, c])).values()].sort(
    (a, b) => a.position - b.position,
  );
  const withActions = numbered.findLast((m) => m.suggestedActions?.length);
  return {
    type: ActivityTypes.Message,
    ...(withActions ? suggestedActions(withActions) : {}),
    ...(text ? { text, textFormat: 'markdown' } : {}),
    ...(citations.length ? { entities: [citationEntity(citations)] } : {}),
    ...(attachments.length
      ? {
          summary: plainSummary(numbered[0]!.text),
          ...(attachments.length > 1 ? { attachmentLayout: 'list' } : {}),
          attachments,
        }
      : {}),
  };
}

/** A turn's reply as the activities sent: none for a turn with nothing to say, else exactly one. */
export function toActivities(output: TurnOutput, options: ActivitiesOptions = {}): Partial<Activity>[] {
  const activity = toTurnActivity(output);
  return activity ? [refreshFor(activity, options.refreshUserIds)] : [];
}

/**
 * The body of an `adaptiveCard/action` invoke response (Universal Actions): a card that replaces the one pressed,
 * or a message Teams shows in place of a card update.
 */
export function cardInvokeResponse(card: AdaptiveCardJson, userIds?: readonly string[]) {
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.card.adaptive',
    value: encodeCardData(withRefreshUsers(card, userIds)),
  };
}

export function messageInvokeResponse(text: string) {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text };
}

export function errorInvokeResponse(statusCode: 400 | 500, message: string) {
  return {
    statusCode,
    type: 'application/vnd.microsoft.error',
    value: { code: statusCode === 400 ? 'BadRequest' : 'InternalError', message },
  };
}
