import { hash } from 'node:crypto';

/**
 * What the stores use as the name of a conversation's record: the SHA-256 of its key (hex). The key holds the
 * tenant and conversation ids, which must not be readable from the store's files or listings.
 */
export function keyDigest(key: string): string {
  return hash('sha256', key, 'hex');
}
