/**
 * A Teams-shaped inbound message activity for the benchmarks (no identifiers). `expectReplies` returns the replies
 * in the HTTP body; without it they are POSTed to `serviceUrl` (bench-connector.ts's fake connector).
 */
export function benchActivity(
  conversationId: string,
  id: string,
  text: string,
  delivery: { serviceUrl: string; expectReplies: boolean },
): string {
  return JSON.stringify({
    type: 'message',
    id,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: delivery.serviceUrl,
    ...(delivery.expectReplies ? { deliveryMode: 'expectReplies' } : {}),
    from: { id: '29:bench-user', name: 'Clinician', aadObjectId: 'aad-bench-user' },
    recipient: { id: '28:bench-bot', name: 'Back Pain Pathway' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-bench' },
    channelData: { tenant: { id: 'tenant-bench' } },
    locale: 'en-US',
    textFormat: 'plain',
    text,
  });
}
