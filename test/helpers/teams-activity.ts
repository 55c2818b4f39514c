import { randomUUID } from 'node:crypto';

export type Scope = 'personal' | 'groupChat' | 'channel';

export interface ActivityOptions {
  text?: string | undefined;
  value?: unknown;
  conversationId?: string;
  scope?: Scope;
  id?: string;
  userId?: string;
  deliveryMode?: 'expectReplies' | 'normal';
  serviceUrl?: string;
  type?: string;
  mentionBot?: boolean;
}

export const BOT = { id: '28:bot-under-test', name: 'Back Pain Pathway' };
export const TENANT = 'tenant-0001';

/** A Teams-shaped activity as the channel sends it (identifiers are synthetic). */
export function teamsActivity(o: ActivityOptions = {}): Record<string, unknown> {
  const scope = o.scope ?? 'personal';
  const userId = o.userId ?? '29:user-1';
  const mention = o.mentionBot && o.text !== undefined;
  const text = mention ? `<at>${BOT.name}</at> ${o.text}` : o.text;
  return {
    type: o.type ?? 'message',
    id: o.id ?? randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl ?? 'https://smba.invalid/teams/',
    ...(o.deliveryMode === 'normal' ? {} : { deliveryMode: 'expectReplies' }),
    from: { id: userId, name: 'Clinician', aadObjectId: `aad-${userId}` },
    recipient: BOT,
    conversation: {
      id: o.conversationId ?? `a:conv-${randomUUID()}`,
      conversationType: scope,
      tenantId: TENANT,
      ...(scope === 'personal' ? {} : { isGroup: true }),
    },
    channelData: { tenant: { id: TENANT } },
    locale: 'en-US',
    textFormat: 'plain',
    ...(text !== undefined ? { text } : {}),
    ...(o.value !== undefined ? { value: o.value } : {}),
    ...(mention ? { entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }] } : {}),
  };
}

/** Plain text of a reply: the activity text, or the card's fallback text and its TextBlocks. */
export function replyText(activity: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof activity.text === 'string') parts.push(activity.text);
  for (const att of (activity.attachments as { content?: Record<string, unknown> }[] | undefined) ?? []) {
    const content = att.content ?? {};
    if (typeof content.fallbackText === 'string') parts.push(content.fallbackText);
  }
  return parts.join('\n');
}
