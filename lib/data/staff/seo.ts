import 'server-only';
import { prisma } from '@/lib/db';
import { EMPTY_SEO, type SeoFields } from '@/lib/seo/seo-fields';
import type { SeoInput } from '@/lib/validation/seo';
import { editableArticlesWhere, visibleArticlesWhere, type StaffActor } from './actor';
import { recordAudit, type AuditActor } from './audit';

// Search and sharing fields of articles and static pages in the admin (issue 18). Authors reach
// only their own articles (the same scoping as the article itself: no IDOR).

export interface StaffSeo extends SeoFields {
  /** The override image's address, for the preview. */
  imageUrl: string | null;
}

const select = { metaTitle: true, description: true, imageMediaId: true, noindex: true, image: { select: { storageKey: true } } } as const;

function toStaffSeo(
  row: { metaTitle: string; description: string; imageMediaId: string | null; noindex: boolean; image: { storageKey: string } | null } | null,
  url: (key: string) => string,
): StaffSeo {
  if (!row) return { ...EMPTY_SEO, imageUrl: null };
  const { image, ...fields } = row;
  return { ...fields, imageUrl: image ? url(image.storageKey) : null };
}

export async function articleSeoForStaff(actor: StaffActor, articleId: string, url: (key: string) => string): Promise<StaffSeo | null> {
  const article = await prisma.article.findFirst({ where: { id: articleId, ...visibleArticlesWhere(actor) }, select: { seo: { select } } });
  return article ? toStaffSeo(article.seo, url) : null;
}

/** A page's fields, with the start of its body text (the default description). */
export async function pageSeoForStaff(pageId: string, url: (key: string) => string): Promise<StaffSeo & { bodyText: string }> {
  const page = await prisma.page.findUnique({ where: { id: pageId }, select: { bodyText: true, seo: { select } } });
  return { ...toStaffSeo(page?.seo ?? null, url), bodyText: page?.bodyText.slice(0, 400) ?? '' };
}

async function mediaIsImage(id: string | null): Promise<boolean> {
  if (!id) return true;
  const media = await prisma.media.findUnique({ where: { id }, select: { mimeType: true } });
  return !!media && media.mimeType.startsWith('image/');
}

export type SeoWriteResult = { ok: true } | { ok: false; reason: 'not-found' | 'bad-image' };

export async function saveArticleSeo(articleId: string, input: SeoInput, actor: StaffActor & AuditActor): Promise<SeoWriteResult> {
  if (!(await mediaIsImage(input.imageMediaId))) return { ok: false, reason: 'bad-image' };
  return prisma.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, ...editableArticlesWhere(actor) }, select: { id: true } });
    if (!article) return { ok: false as const, reason: 'not-found' as const };
    await tx.articleSeo.upsert({ where: { articleId }, create: { articleId, ...input }, update: input });
    await recordAudit({ actor, action: 'article.seo', entityType: 'Article', entityId: articleId, summary: { ...input } }, tx);
    return { ok: true as const };
  });
}

export async function savePageSeo(pageId: string, input: SeoInput, actor: AuditActor): Promise<SeoWriteResult & { slug?: string }> {
  if (!(await mediaIsImage(input.imageMediaId))) return { ok: false, reason: 'bad-image' };
  return prisma.$transaction(async (tx) => {
    const page = await tx.page.findUnique({ where: { id: pageId }, select: { slug: true } });
    if (!page) return { ok: false as const, reason: 'not-found' as const };
    await tx.pageSeo.upsert({ where: { pageId }, create: { pageId, ...input }, update: input });
    await recordAudit({ actor, action: 'page.seo', entityType: 'Page', entityId: pageId, summary: { ...input } }, tx);
    return { ok: true as const, slug: page.slug };
  });
}

/** What the article form's tag and SEO panels start from; null when the actor can't see it. */
export async function articleTaxonomyForStaff(
  actor: StaffActor,
  articleId: string,
  url: (key: string) => string,
): Promise<{ tags: string[]; seo: StaffSeo; bodyText: string } | null> {
  const article = await prisma.article.findFirst({
    where: { id: articleId, ...visibleArticlesWhere(actor) },
    select: {
      bodyText: true,
      seo: { select },
      tags: { orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: { tag: { select: { name: true } } } },
    },
  });
  if (!article) return null;
  return { tags: article.tags.map((row) => row.tag.name), seo: toStaffSeo(article.seo, url), bodyText: article.bodyText.slice(0, 400) };
}
