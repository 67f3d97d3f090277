import 'server-only';
import { prisma } from '@/lib/db';
import { invalidationGeneration } from '@/lib/cache/invalidation-bus';
import { TOP_LEVEL_ROUTES } from '@/lib/routes/reserved';
import { publishedNow } from './articles';

// Decides, before a public page renders, whether its address exists. With Cache Components the
// page's shell is streamed with 200 before the page can call notFound(), and a redirect() there
// becomes a client-side one; so real 404s and permanent redirects for old slugs are answered by
// the proxy (proxy.ts) from this lookup. Only addresses that exist are memoised (briefly, in the
// process), and only until the next content change anywhere (the invalidation generation,
// lib/cache/invalidation-bus.ts): a newly published article or a renamed-back slug is reachable
// at once, and one that is withdrawn answers 404 from the next request on. Misses are always
// looked up.

export type PublicPathResolution = { kind: 'render' } | { kind: 'not-found' } | { kind: 'redirect'; location: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TTL_MS = 30_000;
const MAX_ENTRIES = 2_000;
const memo = new Map<string, { value: PublicPathResolution; expires: number; generation: number }>();

/**
 * Sections whose page shows a staff-edited Page of the same slug (the "Liên hệ" text on /lien-he;
 * the organisation chart and the leaders' profiles, NĐ 224/2026 Đ9 k1b, under their Page text):
 * always rendered by their own route, yet the Page keeps its editable slug (not reserved).
 */
const PAGE_BACKED_SECTIONS: ReadonlySet<string> = new Set(['lien-he', 'co-cau-to-chuc', 'lanh-dao']);

const RENDER: PublicPathResolution = { kind: 'render' };
const NOT_FOUND: PublicPathResolution = { kind: 'not-found' };

async function articlePath(slug: string): Promise<PublicPathResolution> {
  const current = await prisma.article.findFirst({ where: { slug, ...publishedNow() }, select: { id: true } });
  if (current) return RENDER;
  const old = await prisma.articleSlugHistory.findUnique({ where: { slug }, select: { article: { select: { slug: true } } } });
  if (!old || old.article.slug === slug) return NOT_FOUND;
  const target = await prisma.article.findFirst({ where: { slug: old.article.slug, ...publishedNow() }, select: { slug: true } });
  return target ? { kind: 'redirect', location: `/tin-tuc/${target.slug}` } : NOT_FOUND;
}

async function categoryPath(slug: string): Promise<PublicPathResolution> {
  if (await prisma.category.findUnique({ where: { slug }, select: { id: true } })) return RENDER;
  const renamed = await prisma.categorySlugHistory.findUnique({ where: { slug }, select: { category: { select: { slug: true } } } });
  return renamed && renamed.category.slug !== slug ? { kind: 'redirect', location: `/tin-tuc/danh-muc/${renamed.category.slug}` } : NOT_FOUND;
}

async function tagPath(slug: string): Promise<PublicPathResolution> {
  if (await prisma.tag.findUnique({ where: { slug }, select: { id: true } })) return RENDER;
  const renamed = await prisma.tagSlugHistory.findUnique({ where: { slug }, select: { tag: { select: { slug: true } } } });
  return renamed && renamed.tag.slug !== slug ? { kind: 'redirect', location: `/tin-tuc/the/${renamed.tag.slug}` } : NOT_FOUND;
}

async function photoAlbumPath(slug: string): Promise<PublicPathResolution> {
  if (await prisma.photoAlbum.findFirst({ where: { slug, published: true }, select: { id: true } })) return RENDER;
  const renamed = await prisma.photoAlbumSlugHistory.findUnique({ where: { slug }, select: { album: { select: { slug: true, published: true } } } });
  return renamed && renamed.album.published && renamed.album.slug !== slug ? { kind: 'redirect', location: `/thu-vien-anh/${renamed.album.slug}` } : NOT_FOUND;
}

async function resolve(segments: string[]): Promise<PublicPathResolution> {
  const [first, second, third] = segments;
  if (segments.length === 1 && first) {
    if (TOP_LEVEL_ROUTES.has(first) || PAGE_BACKED_SECTIONS.has(first)) return RENDER;
    // Anything else with one segment can only be a staff-edited Page: `/.env`, `/TIN-TUC`,
    // `/favicon.ico`, `/api` are not, and answer 404 (never the page route's "soft 404" 200).
    if (!SLUG.test(first)) return NOT_FOUND;
    return (await prisma.page.findFirst({ where: { slug: first, published: true, locale: 'vi' }, select: { id: true } })) ? RENDER : NOT_FOUND;
  }
  if (first === 'tin-tuc' && segments.length === 2 && second) {
    return SLUG.test(second) ? articlePath(second) : NOT_FOUND;
  }
  if (first === 'tin-tuc' && second === 'danh-muc' && segments.length === 3 && third) {
    if (!SLUG.test(third)) return NOT_FOUND;
    return categoryPath(third);
  }
  if (first === 'tin-tuc' && second === 'the' && segments.length === 3 && third) {
    return SLUG.test(third) ? tagPath(third) : NOT_FOUND;
  }
  if (first === 'thu-vien-video' && segments.length === 2 && second) {
    if (!SLUG.test(second)) return NOT_FOUND;
    return (await prisma.video.findFirst({ where: { slug: second, published: true }, select: { id: true } })) ? RENDER : NOT_FOUND;
  }
  if (first === 'thu-vien-anh' && segments.length === 2 && second) {
    return SLUG.test(second) ? photoAlbumPath(second) : NOT_FOUND;
  }
  if (segments.length === 2 && second) {
    if (first === 'van-ban') {
      if (!UUID.test(second)) return NOT_FOUND;
      return (await prisma.legalDocument.findFirst({ where: { id: second, published: true }, select: { id: true } })) ? RENDER : NOT_FOUND;
    }
    if (first === 'cum-cong-nghiep') {
      if (second === 'ban-do' || second === 'so-sanh') return RENDER;
      if (!SLUG.test(second)) return NOT_FOUND;
      return (await prisma.industrialCluster.findFirst({ where: { slug: second, published: true }, select: { id: true } })) ? RENDER : NOT_FOUND;
    }
    if (first === 'du-an') {
      if (!SLUG.test(second)) return NOT_FOUND;
      return (await prisma.project.findFirst({ where: { slug: second, published: true }, select: { id: true } })) ? RENDER : NOT_FOUND;
    }
    if (first === 'hoi-dap') {
      if (second === 'gui-cau-hoi' || second === 'tra-cuu') return RENDER;
      if (!SLUG.test(second)) return NOT_FOUND;
      return (await prisma.questionItem.findFirst({ where: { slug: second, published: true, status: 'ANSWERED' }, select: { id: true } })) ? RENDER : NOT_FOUND;
    }
    if (first === 'thu-tuc-hanh-chinh') {
      if (!SLUG.test(second)) return NOT_FOUND;
      return (await prisma.administrativeProcedure.findFirst({ where: { slug: second, published: true }, select: { id: true } })) ? RENDER : NOT_FOUND;
    }
    if (first === 'cong-khai') {
      if (!SLUG.test(second)) return NOT_FOUND;
      return (await prisma.disclosureItem.findFirst({ where: { slug: second, published: true }, select: { id: true } })) ? RENDER : NOT_FOUND;
    }
    if (first === 'en') {
      if (second === 'contact') return RENDER;
      if (!SLUG.test(second)) return NOT_FOUND;
      return (await prisma.page.findFirst({ where: { slug: second, published: true, locale: 'en' }, select: { id: true } })) ? RENDER : NOT_FOUND;
    }
  }
  return RENDER;
}

/** Whether a public address renders, is missing (404) or moved (permanent redirect). */
export async function resolvePublicPath(pathname: string): Promise<PublicPathResolution> {
  const segments = pathname.split('/').filter(Boolean);
  const key = segments.join('/');
  const now = Date.now();
  const generation = invalidationGeneration();
  const cached = memo.get(key);
  if (cached && cached.expires > now && cached.generation === generation) return cached.value;
  const value = await resolve(segments);
  // Redirects and misses are always looked up again: a slug can come back into use at once.
  if (value.kind !== 'render') return value;
  if (memo.size >= MAX_ENTRIES) memo.clear();
  memo.set(key, { value, expires: now + TTL_MS, generation });
  return value;
}
