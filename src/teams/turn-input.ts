import { TurnContext, type Activity } from 'botbuilder';
import { turnInputSchema, type TurnInput } from '../../dialogs/turn-types.js';
import { decodeSubmitValue } from './submit-data.js';

type Scope = TurnInput['scope'];

function scopeOf(activity: Activity): Scope {
  const type = activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat' || activity.conversation?.isGroup) return 'groupChat';
  return 'personal';
}

/**
 * The conversation key: channel + conversation id. In a Teams channel the conversation id carries the thread
 * (";messageid=..."), so each thread has its own case.
 */
export function conversationKeyOf(activity: Activity): string {
  const tenant = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return [activity.channelId ?? 'unknown', tenant ?? '-', activity.conversation?.id ?? ''].join('/');
}

/** Removes every <at>…</at> mention of the bot, leaving the clinician's words. */
function textWithoutMention(activity: Activity): string {
  const text = typeof activity.text === 'string' ? activity.text : '';
  if (!activity.recipient?.id || !Array.isArray(activity.entities)) return text.trim();
  return (TurnContext.removeRecipientMention(activity) ?? text).trim();
}

/** Activity -> TurnInput, validated; undefined when the activity lacks what the core needs. */
export function toTurnInput(activity: Activity, kind: TurnInput['kind'], receivedAt: Date): TurnInput | undefined {
  const parsed = turnInputSchema.safeParse({
    kind,
    conversationKey: conversationKeyOf(activity),
    scope: scopeOf(activity),
    userId: activity.from?.aadObjectId ?? activity.from?.id ?? '',
    text: kind === 'message' ? textWithoutMention(activity) : '',
    value: decodeSubmitValue(activity.value) ?? undefined,
    activityId: typeof activity.id === 'string' && activity.id ? activity.id : undefined,
    locale: typeof activity.locale === 'string' ? activity.locale : undefined,
    receivedAt: receivedAt.toISOString(),
  });
  return parsed.success ? parsed.data : undefined;
}
