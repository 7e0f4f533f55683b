import { createHash } from 'node:crypto';

/** Content hash that keys the per-document cache (SHA-1 is fast and collision-free enough here). */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
