import { revalidateTag, updateTag } from 'next/cache';
import { emitInvalidation } from './invalidation-bus';

// The one way content changes reach readers: expire the 'use cache' entries tagged with what
// changed (on every instance when the Redis cache handler is configured, since it stores tag
// expirations in Redis) and flush the full-page cache of the custom server, which forwards the
// event to the other instances over Redis (lib/server/page-cache-sync.ts).

export interface InvalidateOptions {
  /**
   * 'action' (default): inside a server action, read-your-own-writes via updateTag.
   * 'route': inside a route handler (the scheduler), where updateTag is not allowed:
   * revalidateTag with immediate expiry.
   */
  from?: 'action' | 'route';
}

export function invalidatePublicContent(tags: readonly string[], options: InvalidateOptions = {}): void {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  for (const tag of unique) {
    if (options.from === 'route') revalidateTag(tag, { expire: 0 });
    else updateTag(tag);
  }
  emitInvalidation(unique);
}
