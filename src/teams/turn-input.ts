import { TurnContext, type Activity } from 'botbuilder';
import { z } from 'zod';
import { turnInputSchema, type TurnInput } from '../../dialogs/turn-types.js';
import { decodeSubmitValue } from './submit-data.js';
import { textWithLines } from './html-lines.js';

type Scope = TurnInput['scope'];

/** A present identifier must be a non-empty string of bounded length (an object would key as "[object Object]"). */
const id = (max: number) => z.string().min(1).max(max);

/**
 * The identifiers the bot keys state and replies on, checked before the turn (the HTTP endpoint answers 400
 * when they fail). Bounds keep the conversation key within the turn schema's 512 characters:
 * channelId 64 + tenant 128 + conversation id 300 + separators.
 */
export const activityIdsSchema = z.object({
  id: z.string().max(512).optional(),
  channelId: id(64).optional(),
  conversation: z.object({ id: id(300).optional(), tenantId: id(128).optional() }).optional(),
  from: z.object({ id: id(512).optional(), aadObjectId: id(512).optional() }).optional(),
  recipient: z.object({ id: id(512).optional() }).optional(),
  channelData: z.object({ tenant: z.object({ id: id(128).optional() }).optional() }).optional(),
});

/** undefined when every identifier present is well-formed, else the dotted path of the first bad one. */
export function badActivityId(activity: unknown): string | undefined {
  const result = activityIdsSchema.safeParse(activity);
  return result.success ? undefined : (result.error.issues[0]?.path.join('.') ?? 'id');
}

/** personal, groupChat or channel, from the activity's conversation. */
export function scopeOf(activity: Activity): Scope {
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
  const tenant =
    activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return [activity.channelId ?? 'unknown', tenant ?? '-', activity.conversation?.id ?? ''].join('/');
}

/** Removes every <at>…</at> mention of the bot, leaving the clinician's words, with their lines (html-lines.ts). */
function textWithoutMention(activity: Activity): string {
  const text = typeof activity.text === 'string' ? activity.text : '';
  if (!activity.recipient?.id || !Array.isArray(activity.entities)) return textWithLines(activity, text.trim());
  return textWithLines(activity, (TurnContext.removeRecipientMention(activity) ?? text).trim());
}

/**
 * Activity -> TurnInput, validated; undefined when the activity lacks what the core needs. `pressed` is the data of
 * a Universal Action (the invoke's `action.data`), read as the button value of a message turn.
 */
export function toTurnInput(
  activity: Activity,
  kind: TurnInput['kind'],
  receivedAt: Date,
  pressed?: unknown,
): TurnInput | undefined {
  if (badActivityId(activity) !== undefined) return undefined;
  const parsed = turnInputSchema.safeParse({
    kind,
    conversationKey: conversationKeyOf(activity),
    scope: scopeOf(activity),
    userId: activity.from?.aadObjectId ?? activity.from?.id ?? '',
    text: kind === 'message' ? textWithoutMention(activity) : '',
    value: decodeSubmitValue(pressed ?? activity.value) ?? undefined,
    activityId: typeof activity.id === 'string' && activity.id ? activity.id : undefined,
    locale: typeof activity.locale === 'string' ? activity.locale : undefined,
    receivedAt: receivedAt.toISOString(),
  });
  return parsed.success ? parsed.data : undefined;
}
