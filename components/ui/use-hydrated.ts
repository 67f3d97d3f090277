'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False on the server and while React hydrates the server HTML, true once React owns this tree.
 * Text typed into a field before that never reaches React state (no onChange runs), so
 * controlled fields and values derived from them (a slug from a title) miss it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
