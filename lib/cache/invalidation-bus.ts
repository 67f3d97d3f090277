// The page cache lives in the custom server (lib/server), which is a different module instance
// from the copy of this file inside Next's server bundles. Both reach the same listeners through
// globalThis, so a server action (bundle) can flush the server's page cache (plain Node).

export type InvalidationListener = (tags: readonly string[]) => void;

interface InvalidationBus {
  listeners: Set<InvalidationListener>;
}

const BUS_KEY = Symbol.for('ccn.publicContentInvalidationBus');

function bus(): InvalidationBus {
  const holder = globalThis as unknown as Record<symbol, InvalidationBus | undefined>;
  holder[BUS_KEY] ??= { listeners: new Set() };
  return holder[BUS_KEY];
}

/** Tells every listener in this process (the page cache, the Redis publisher) what changed. */
export function emitInvalidation(tags: readonly string[]): void {
  for (const listener of bus().listeners) {
    try {
      listener(tags);
    } catch (error) {
      console.error('[cache] An invalidation listener failed:', error);
    }
  }
}

/** Returns the function that removes the listener. */
export function onInvalidation(listener: InvalidationListener): () => void {
  bus().listeners.add(listener);
  return () => bus().listeners.delete(listener);
}
