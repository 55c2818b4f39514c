import { ActivityTypes, CardFactory, type Activity, type CardAction, type Entity } from 'botbuilder';
import { ANSWER_FOOTER } from '../../dialogs/disclaimer.js';
import type { AdaptiveCardJson, Citation, OutputMessage, TurnOutput } from '../../dialogs/turn-types.js';
import { withCitedSources } from './card-sources.js';
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

/** One OutputMessage -> one Teams message activity: a card (its fallbackText is the text) or text with citations. */
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

/** A turn's messages, in order; the content footer goes once, under the last one (the end of the reply). */
export function toActivities(output: TurnOutput, options: ActivitiesOptions = {}): Partial<Activity>[] {
  const last = output.messages.length - 1;
  return output.messages.map((m, i) => refreshFor(toActivity(m, { footer: i === last }), options.refreshUserIds));
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
