import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // The DAL guards itself with `server-only`, which throws outside Next's server bundle.
      'server-only': path.resolve(import.meta.dirname, 'test/server-only-stub.ts'),
      'next/cache': path.resolve(import.meta.dirname, 'test/next-cache-stub.ts'),
    },
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', 'tmp/**'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/per-file-database.ts'],
    // What next.config.ts's experimental.authInterrupts sets in the app: lets requirePermission's
    // forbidden() / unauthorized() throw their real errors under Vitest.
    env: { __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: 'true' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
