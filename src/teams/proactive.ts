import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type ConversationReference,
} from 'botbuilder';
import type { Config } from '../runtime/config.js';
import { isLoopbackUrl } from '../runtime/loopback.js';
import { storedReferenceSchema, type SendReminder, type StoredReference } from '../runtime/reminders.js';
import { toActivities } from './render.js';

/**
 * Proactive posts (follow-up reminders, issue 15): the bot writes into a conversation on its own, through
 * CloudAdapter.continueConversationAsync and a stored reference. Only what the post needs is kept: the service URL,
 * channel, conversation id and type, tenant and the bot's own id; never a user's name or id.
 */

/** The reference to keep from an inbound activity (undefined when it lacks a piece: nothing can be posted then). */
export function referenceOf(activity: unknown): StoredReference | undefined {
  const a = activity as Record<string, unknown> | null | undefined;
  if (typeof a !== 'object' || a === null) return undefined;
  const conversation = a.conversation as Record<string, unknown> | undefined;
  const recipient = a.recipient as Record<string, unknown> | undefined;
  const tenant = (a.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const parsed = storedReferenceSchema.safeParse({
    serviceUrl: a.serviceUrl,
    channelId: a.channelId,
    conversationId: conversation?.id,
    ...(typeof conversation?.conversationType === 'string' ? { conversationType: conversation.conversationType } : {}),
    ...(typeof conversation?.tenantId === 'string'
      ? { tenantId: conversation.tenantId }
      : typeof tenant === 'string'
        ? { tenantId: tenant }
        : {}),
    botId: recipient?.id,
  });
  return parsed.success ? parsed.data : undefined;
}

/** The botbuilder reference rebuilt from what was kept (no user). */
export function conversationReference(ref: StoredReference): Partial<ConversationReference> {
  return {
    serviceUrl: ref.serviceUrl,
    channelId: ref.channelId,
    bot: { id: ref.botId, name: '' },
    conversation: {
      id: ref.conversationId,
      isGroup: ref.conversationType !== undefined && ref.conversationType !== 'personal',
      conversationType: ref.conversationType ?? 'personal',
      name: '',
      ...(ref.tenantId ? { tenantId: ref.tenantId } : {}),
    },
  };
}

/**
 * Posts a turn's output into a stored conversation. With an app id, through the Bot Framework with the bot's
 * credentials; without one (anonymous local mode) only to a loopback serviceUrl, as every reply (a remote one is
 * 'refused' and never tried again).
 */
export function createProactiveSender(config: Config): SendReminder {
  const anonymous = !config.MicrosoftAppId;
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
  return async (ref, output) => {
    if (anonymous && !isLoopbackUrl(ref.serviceUrl)) return 'refused';
    const activities = toActivities(output);
    if (!activities.length) return 'sent';
    await adapter.continueConversationAsync(
      config.MicrosoftAppId,
      conversationReference(ref) as ConversationReference,
      async (context) => {
        await context.sendActivities(activities);
      },
    );
    return 'sent';
  };
}
