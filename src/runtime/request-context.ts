import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Per-request fields every log line of that request carries (see createLogger's mixin). */
export interface RequestFields {
  reqId: string;
}

export const requestContext = new AsyncLocalStorage<RequestFields>();

const SAFE_ID = /^[\w.:-]{1,64}$/;

/**
 * The caller's `x-request-id` when it is a plain short token (so it can be correlated with a proxy's logs),
 * otherwise a fresh one: a header is never copied to the logs unchecked.
 */
export function requestIdFrom(headers: Record<string, string | string[] | undefined>): string {
  const given = headers['x-request-id'];
  return typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
}
