import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('parseEnv', () => {
  it('accepts an empty environment with defaults', () => {
    const env = parseEnv({}, '/srv/app');
    expect(env).toMatchObject({ PORT: 3000, DATABASE_POOL_SIZE: 10, SEED_DEMO_CONTENT: true, dataDir: '/srv/app/.data', uploadDir: '/srv/app/.data/uploads' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [
      'DATABASE_URL',
      'mysql://localhost/db',
      'Invalid environment variable DATABASE_URL: must look like postgresql://USER:PASSWORD@HOST:5432/DATABASE (got "mysql://localhost/db").',
    ],
    ['DATABASE_URL', 'not a url', 'Invalid environment variable DATABASE_URL: must look like postgresql://USER:PASSWORD@HOST:5432/DATABASE (got "not a url").'],
    ['PORT', 'abc', 'Invalid environment variable PORT: must be a positive whole number, e.g. 3000 (got "abc").'],
    ['PORT', '70000', 'Invalid environment variable PORT: must be below 65536, e.g. 3000 (got "70000").'],
    [
      'SITE_URL',
      'ftp://example.vn',
      'Invalid environment variable SITE_URL: must be an http(s):// address, e.g. https://ccn.ninhbinh.gov.vn (got "ftp://example.vn").',
    ],
    ['ADMIN_EMAIL', 'admin', 'Invalid environment variable ADMIN_EMAIL: must be an email address, e.g. admin@example.vn (got "admin").'],
    ['RENDER_CONCURRENCY', '0', 'Invalid environment variable RENDER_CONCURRENCY: must be a positive whole number, e.g. 8 (got "0").'],
    ['PAGE_CACHE_MAX_MB', '-1', 'Invalid environment variable PAGE_CACHE_MAX_MB: must be a whole number (0 or more), e.g. 32 (got "-1").'],
    ['SERVER_HEAP_MB', '64', 'Invalid environment variable SERVER_HEAP_MB: must be at least 128, e.g. 224 (got "64").'],
    ['SEED_DEMO_CONTENT', 'yes', 'Invalid environment variable SEED_DEMO_CONTENT: must be true or false (got "yes").'],
    [
      'TRUST_PROXY',
      'yes',
      'Invalid environment variable TRUST_PROXY: must be false, true (a proxy on this machine) or the proxy\'s IP addresses separated by commas, e.g. 10.0.0.5 (got "yes").',
    ],
    [
      'ALLOWED_ORIGINS',
      'cms.example.vn',
      'Invalid environment variable ALLOWED_ORIGINS: must be origins separated by commas, e.g. https://cms.example.vn (got "cms.example.vn").',
    ],
  ])('explains a bad %s in one line', (name, value, message) => {
    expect(() => parseEnv({ [name]: value })).toThrow(new EnvError(message));
  });

  it('never echoes a secret it rejects', () => {
    try {
      parseEnv({ ADMIN_PASSWORD: 'short', NEXTAUTH_SECRET: 'tiny' });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message.split('\n')).toHaveLength(2);
      expect(message).toContain('ADMIN_PASSWORD: must be 10 to 128 characters long');
      expect(message).toContain('NEXTAUTH_SECRET: must be at least 32 characters');
      expect(message).not.toContain('short');
      expect(message).not.toContain('tiny');
    }
  });
});

describe('TWO_FACTOR_KEY', () => {
  it('is optional, and when set must be long enough; its value is never echoed', () => {
    expect(parseEnv({}).TWO_FACTOR_KEY).toBeUndefined();
    expect(parseEnv({ TWO_FACTOR_KEY: 'k'.repeat(32) }).TWO_FACTOR_KEY).toBe('k'.repeat(32));
    expect(() => parseEnv({ TWO_FACTOR_KEY: 'ngan-qua' })).toThrow(/^Invalid environment variable TWO_FACTOR_KEY: must be at least 32 characters.*\.$/);
    expect(() => parseEnv({ TWO_FACTOR_KEY: 'ngan-qua' })).not.toThrow(/ngan-qua/);
  });
});
