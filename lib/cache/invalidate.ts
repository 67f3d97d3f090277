import { revalidateTag, updateTag } from 'next/cache';

// The one way content changes reach readers: expire the 'use cache' entries tagged with what
// changed. Next hands the tags to the cache handler (lib/cache/cache-handler.mjs), the single
// announcer: it flushes this instance's page cache and address lookups (lib/cache/
// invalidation-bus.ts) and, with REDIS_URL, every other instance's, before the action answers.

export interface InvalidateOptions {
  /**
   * 'action' (default): inside a server action, read-your-own-writes via updateTag.
   * 'route': inside a route handler (the scheduler), where updateTag is not allowed:
   * revalidateTag with immediate expiry.
   */
  from?: 'action' | 'route';
}

export function invalidatePublicContent(tags: readonly string[], options: InvalidateOptions = {}): void {
  for (const tag of new Set(tags)) {
    if (options.from === 'route') revalidateTag(tag, { expire: 0 });
    else updateTag(tag);
  }
}
