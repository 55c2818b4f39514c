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

/** A turn's messages, in order; the content footer goes once, under the last one (the end of the reply). */
export function toActivities(output: TurnOutput): Partial<Activity>[] {
  const last = output.messages.length - 1;
  return output.messages.map((m, i) => toActivity(m, { footer: i === last }));
}
