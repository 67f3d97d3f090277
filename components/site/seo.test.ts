import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOP_LEVEL_ROUTES } from '@/lib/routes/reserved';

// SITE_URL is run-time configuration (issue 13 item 6). A `metadata` constant is evaluated into
// the page's prerendered shell at build time, so absolute URLs there carry the build's address:
// pages build them in generateMetadata (metadataOnRequest) instead.

const pages = (readdirSync('app', { recursive: true }) as string[]).filter((file) => /(?:page|layout)\.tsx$/.test(file));

describe('absolute URLs in metadata', () => {
  it('are never built into a metadata constant', () => {
    const offenders = pages.filter((file) => {
      const source = readFileSync(path.join('app', file), 'utf8');
      const constant = /export const metadata\b[^;]*;/s.exec(source)?.[0] ?? '';
      return /pageMetadata\(|absoluteUrl\(|siteUrl\(/.test(constant);
    });
    expect(offenders).toEqual([]);
  });
});

describe('top-level routes', () => {
  it('TOP_LEVEL_ROUTES lists exactly the reserved names that have a page or route of their own', () => {
    const own = (name: string) =>
      ['app', 'app/(site)'].some((root) => ['page.tsx', 'route.ts'].some((file) => readdirSync(root).includes(name) && readdirSync(path.join(root, name)).includes(file))) ||
      ['robots.txt', 'sitemap.xml'].includes(name) ||
      name === 'quan-tri';
    for (const name of TOP_LEVEL_ROUTES) expect(own(name), name).toBe(true);
  });
});
