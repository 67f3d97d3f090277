// Listening to content changes inside one process. There is ONE announcer: the 'use cache'
// handler (lib/cache/cache-handler.mjs), whose updateTags() every updateTag/revalidateTag goes
// through, and which also relays the changes other instances make (Redis pub/sub). Whoever keeps
// a copy of public content (the server's page cache, the proxy's address lookups) listens here.
//
// The handler, the custom server and each of Next's bundles are separate module instances, so
// the listeners live on globalThis under a registered symbol that cache-handler.mjs shares.

export type InvalidationListener = (tags: readonly string[]) => void;

export interface InvalidationBus {
  listeners: Set<InvalidationListener>;
  /** Bumped on every announcement: a copy made under an older generation may be stale. */
  generation: number;
}

export const INVALIDATION_BUS_KEY = Symbol.for('ccn.publicContentInvalidationBus');

export function invalidationBus(): InvalidationBus {
  const holder = globalThis as unknown as Record<symbol, InvalidationBus | undefined>;
  const bus = (holder[INVALIDATION_BUS_KEY] ??= { listeners: new Set(), generation: 0 });
  bus.generation ??= 0;
  return bus;
}

/** Returns the function that removes the listener. */
export function onInvalidation(listener: InvalidationListener): () => void {
  invalidationBus().listeners.add(listener);
  return () => invalidationBus().listeners.delete(listener);
}

/** How many content changes this process has heard of (compare to tell whether a copy is stale). */
export function invalidationGeneration(): number {
  return invalidationBus().generation;
}
