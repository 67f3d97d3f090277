import path from 'node:path';
import { z } from 'zod';
import { parseAllowedOrigins } from '../http/request-origin.ts';
import { parseTrustProxy, type TrustProxy } from '../http/trust-proxy.ts';
import { DEFAULT_SERVER_HEAP_MB, MIN_SERVER_HEAP_MB } from '../server/command.ts';

// Environment is read once and validated so that a bad value stops the start with one clear
// line instead of a stack trace deep inside a request.

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgresql:' || url.protocol === 'postgres:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must look like postgresql://USER:PASSWORD@HOST:5432/DATABASE');

const positiveInt = (example: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `must be a positive whole number, e.g. ${example}`)
    .transform(Number)
    .refine((n) => n > 0, `must be a positive whole number, e.g. ${example}`);

const wholeNumber = (example: string) => z.string().trim().regex(/^\d+$/, `must be a whole number (0 or more), e.g. ${example}`).transform(Number);

const httpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s):// address, e.g. https://ccn.ninhbinh.gov.vn');

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

export const envSchema = z.object({
  DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
  DATABASE_POOL_SIZE: z.preprocess(emptyAsUndefined, positiveInt('10').default(10)),
  DATABASE_STATEMENT_TIMEOUT_MS: z.preprocess(emptyAsUndefined, positiveInt('15000').default(15000)),
  PORT: z.preprocess(
    emptyAsUndefined,
    positiveInt('3000')
      .refine((n) => n < 65536, 'must be below 65536, e.g. 3000')
      .default(3000),
  ),
  // 32 MB of pages (about 1,400 gzipped pages with their Brotli copies) and 16 MB of 'use cache'
  // entries (cache-handler.mjs) keep one instance under 500 MB after an hour of mixed traffic
  // (docs/memory-soak.md).
  PAGE_CACHE_MAX_MB: z.preprocess(emptyAsUndefined, wholeNumber('32').default(32)),
  PAGE_CACHE_MAX_AGE_SECONDS: z.preprocess(emptyAsUndefined, wholeNumber('60').default(60)),
  // Read by the launchers (lib/server/command.ts), validated here so `npm start` names a bad value.
  SERVER_HEAP_MB: z.preprocess(
    emptyAsUndefined,
    positiveInt('224')
      .refine((n) => n >= MIN_SERVER_HEAP_MB, `must be at least ${MIN_SERVER_HEAP_MB}, e.g. 224`)
      .default(DEFAULT_SERVER_HEAP_MB),
  ),
  // Cache-Control of anonymous public pages for a CDN or reverse proxy in front (s-maxage and
  // stale-while-revalidate, README "A CDN or reverse proxy in front").
  SHARED_CACHE_MAX_AGE_SECONDS: z.preprocess(emptyAsUndefined, wholeNumber('60').default(60)),
  SHARED_CACHE_STALE_SECONDS: z.preprocess(emptyAsUndefined, wholeNumber('60').default(60)),
  SLOW_REQUEST_MS: z.preprocess(emptyAsUndefined, positiveInt('10000').default(10000)),
  RENDER_CONCURRENCY: z.preprocess(emptyAsUndefined, positiveInt('8').default(8)),
  HOSTNAME: z.preprocess(emptyAsUndefined, z.string().trim().min(1).default('0.0.0.0')),
  SITE_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
  NEXTAUTH_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, 'must be at least 32 characters, e.g. the output of `openssl rand -base64 32`').optional(),
  ),
  // Encrypts the two-factor secrets at rest (lib/auth/two-factor.ts); NEXTAUTH_SECRET when unset.
  TWO_FACTOR_KEY: z.preprocess(emptyAsUndefined, z.string().min(32, 'must be at least 32 characters, e.g. the output of `openssl rand -base64 32`').optional()),
  // Which peer may set X-Forwarded-* (lib/http/trust-proxy.ts): false, true (a proxy on this
  // machine, trusted from loopback only) or the proxy's IP addresses. From anyone else the
  // production server drops those headers: the client is the socket, the host is Host.
  TRUST_PROXY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default('false')
      .transform((value, context): TrustProxy => {
        try {
          return parseTrustProxy(value);
        } catch (error) {
          context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
          return z.NEVER;
        }
      }),
  ),
  // More origins whose pages may send state-changing requests (lib/http/request-origin.ts).
  ALLOWED_ORIGINS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default('')
      .transform((value, context) => {
        try {
          return parseAllowedOrigins(value);
        } catch (error) {
          context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
          return z.NEVER;
        }
      }),
  ),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().trim().min(1).default('.data')),
  UPLOAD_DIR: z.preprocess(emptyAsUndefined, z.string().trim().min(1).optional()),
  SEED_DEMO_CONTENT: z.preprocess(
    emptyAsUndefined,
    z
      .enum(['true', 'false'], 'must be true or false')
      .default('true')
      .transform((value) => value === 'true'),
  ),
  // Outbound mail (lib/mail/transport.ts): smtp://USER:PASSWORD@HOST:587 or smtps://…:465.
  // Without it, messages wait in the queue marked "not configured" for the admin to read.
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .refine((value) => {
        try {
          const url = new URL(value);
          return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
        } catch {
          return false;
        }
      }, 'must look like smtp://USER:PASSWORD@HOST:587 or smtps://USER:PASSWORD@HOST:465')
      .optional(),
  ),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().trim().min(3).max(320).optional()),
  ADMIN_EMAIL: z.preprocess(emptyAsUndefined, z.email('must be an email address, e.g. admin@example.vn').optional()),
  ADMIN_PASSWORD: z.preprocess(
    emptyAsUndefined,
    z.string().min(10, 'must be 10 to 128 characters long').max(128, 'must be 10 to 128 characters long').optional(),
  ),
});

export type AppEnv = z.infer<typeof envSchema> & { dataDir: string; uploadDir: string };

export class EnvError extends Error {}

/** Parses the environment; throws EnvError whose message is one line per bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env, cwd = process.cwd()): AppEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      const value = source[name];
      const shown = name.includes('PASSWORD') || name.includes('SECRET') || name === 'SMTP_URL' || name === 'TWO_FACTOR_KEY' ? '' : ` (got "${value}")`;
      return `Invalid environment variable ${name}: ${issue.message}${shown}.`;
    });
    throw new EnvError(lines.join('\n'));
  }
  const dataDir = path.resolve(cwd, parsed.data.DATA_DIR);
  const uploadDir = path.resolve(cwd, parsed.data.UPLOAD_DIR ?? path.join(parsed.data.DATA_DIR, 'uploads'));
  return { ...parsed.data, dataDir, uploadDir };
}
