'use client';

import { useEffect } from 'react';

const PING_EVERY_MS = 5 * 60_000;

// Keeps an active editor's session alive: while the user types or clicks, re-sign the session
// cookie at most every 5 minutes (GET /api/auth/session slides its idle expiry). The 8-hour
// absolute limit still applies.
export function SessionKeepAlive() {
  useEffect(() => {
    let lastPing = Date.now();
    const onActivity = () => {
      if (Date.now() - lastPing < PING_EVERY_MS || document.visibilityState !== 'visible') return;
      lastPing = Date.now();
      void fetch('/api/auth/session', { credentials: 'same-origin', cache: 'no-store' }).catch(() => undefined);
    };
    const events = ['keydown', 'pointerdown', 'scroll'] as const;
    for (const name of events) window.addEventListener(name, onActivity, { passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, onActivity);
    };
  }, []);
  return null;
}
