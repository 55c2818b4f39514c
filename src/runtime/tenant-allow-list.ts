/** The Teams tenant an activity comes from: conversation.tenantId, else channelData.tenant.id. */
export function tenantOf(activity: Record<string, unknown>): string | undefined {
  const conversation = activity.conversation as { tenantId?: unknown } | undefined;
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const tenant = conversation?.tenantId ?? channelData?.tenant?.id;
  return typeof tenant === 'string' && tenant ? tenant : undefined;
}

/**
 * ALLOWED_TENANTS: when the list is empty every tenant is served; otherwise an activity must name a listed
 * tenant (one without a tenant is refused too). Comparison ignores case: tenant ids are GUIDs.
 */
export function isTenantAllowed(activity: Record<string, unknown>, allowed: readonly string[]): boolean {
  if (!allowed.length) return true;
  const tenant = tenantOf(activity)?.toLowerCase();
  return tenant !== undefined && allowed.some((t) => t.toLowerCase() === tenant);
}
