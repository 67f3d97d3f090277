import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { slugify } from '@/lib/content/slugify';
import { TAG_NAME_MAX, TAGS_PER_ARTICLE_MAX } from '@/lib/content/tag-limits';
import { editableArticlesWhere, type StaffActor } from './actor';
import { recordAudit, type AuditActor } from './audit';

// Tags (thẻ): found or created by name while an editor types, attached to articles in order.
// A tag is identified by the Vietnamese-aware slug of its name, so "Đầu tư", "đầu tư" and
// "ĐẦU TƯ " are one tag. Also used by the WordPress import (newsroom-import branch).

export { TAG_NAME_MAX, TAGS_PER_ARTICLE_MAX } from '@/lib/content/tag-limits';

type Db = Prisma.TransactionClient | typeof prisma;

export interface TagRef {
  id: string;
  name: string;
  slug: string;
}

const tagRefSelect = { id: true, name: true, slug: true } as const;

/** A tag name as stored: trimmed, inner whitespace collapsed, at most TAG_NAME_MAX characters. */
export function normalizeTagName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, TAG_NAME_MAX).trim();
}

/** The slug that identifies a tag of this name ("Khu công nghiệp" → "khu-cong-nghiep"); '' when it has none. */
export function tagSlug(name: string): string {
  return slugify(normalizeTagName(name), TAG_NAME_MAX);
}

/**
 * The tags of these names, created when missing, in the order given (duplicates by slug and names
 * without a slug are dropped). Safe against a concurrent create of the same tag.
 */
export async function findOrCreateTags(names: readonly string[], db: Db = prisma): Promise<TagRef[]> {
  const wanted = new Map<string, string>();
  for (const raw of names) {
    const name = normalizeTagName(raw);
    const slug = tagSlug(name);
    if (slug && !wanted.has(slug)) wanted.set(slug, name);
  }
  if (wanted.size === 0) return [];
  const slugs = [...wanted.keys()];
  const existing = await db.tag.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
  const known = new Set(existing.map((tag) => tag.slug));
  const missing = slugs.filter((slug) => !known.has(slug));
  if (missing.length > 0) {
    // A live tag's slug wins over a renamed tag's old-slug redirect.
    await db.tagSlugHistory.deleteMany({ where: { slug: { in: missing } } });
    await db.tag.createMany({ data: missing.map((slug) => ({ slug, name: wanted.get(slug) ?? slug })), skipDuplicates: true });
  }
  const rows = await db.tag.findMany({ where: { slug: { in: slugs } }, select: tagRefSelect });
  const bySlug = new Map(rows.map((tag) => [tag.slug, tag]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}

/** Replaces an article's tags with these names, in this order; returns the tags it now carries. */
export async function setArticleTags(articleId: string, names: readonly string[], db: Db = prisma): Promise<TagRef[]> {
  const tags = (await findOrCreateTags(names, db)).slice(0, TAGS_PER_ARTICLE_MAX);
  await db.articleTag.deleteMany({ where: { articleId } });
  if (tags.length > 0) {
    await db.articleTag.createMany({ data: tags.map((tag, position) => ({ articleId, tagId: tag.id, position })) });
  }
  return tags;
}

/** An article's tags in the editor's order. */
export async function tagsOfArticle(articleId: string, db: Db = prisma): Promise<TagRef[]> {
  const rows = await db.articleTag.findMany({
    where: { articleId },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { tag: { select: tagRefSelect } },
  });
  return rows.map((row) => row.tag);
}

export type ArticleTagsResult = { ok: true; tags: TagRef[]; slugsBefore: string[] } | { ok: false; reason: 'not-found' };

/** Sets the tags of an article the actor may edit (authors: their own drafts), audited. */
export async function saveArticleTags(articleId: string, names: readonly string[], actor: StaffActor & AuditActor): Promise<ArticleTagsResult> {
  return prisma.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, ...editableArticlesWhere(actor) }, select: { id: true } });
    if (!article) return { ok: false as const, reason: 'not-found' as const };
    const before = await tagsOfArticle(articleId, tx);
    const tags = await setArticleTags(articleId, names, tx);
    const changed = before.map((t) => t.slug).join(',') !== tags.map((t) => t.slug).join(',');
    if (changed) {
      await recordAudit(
        {
          actor,
          action: 'article.tags',
          entityType: 'Article',
          entityId: articleId,
          summary: { before: before.map((t) => t.name), after: tags.map((t) => t.name) },
        },
        tx,
      );
    }
    return { ok: true as const, tags, slugsBefore: before.map((t) => t.slug) };
  });
}

/** Tags whose name or slug starts with (or contains) what the editor typed, most used first. */
export async function suggestTags(typed: string, limit = 8): Promise<TagRef[]> {
  const name = normalizeTagName(typed);
  const slug = tagSlug(name);
  if (!slug) return [];
  const rows = await prisma.tag.findMany({
    where: { OR: [{ slug: { contains: slug } }, { name: { contains: name, mode: 'insensitive' } }] },
    orderBy: [{ articles: { _count: 'desc' } }, { name: 'asc' }],
    take: limit * 3,
    select: tagRefSelect,
  });
  // Prefix matches first, then the rest, each group keeping the popularity order.
  const starts = rows.filter((tag) => tag.slug.startsWith(slug));
  const others = rows.filter((tag) => !tag.slug.startsWith(slug));
  return [...starts, ...others].slice(0, limit);
}

export interface AdminTag extends TagRef {
  articleCount: number;
}

/** Every tag with how many articles carry it, for the admin list and filter. */
export async function listTags(): Promise<AdminTag[]> {
  const rows = await prisma.tag.findMany({ orderBy: { name: 'asc' }, select: { ...tagRefSelect, _count: { select: { articles: true } } } });
  return rows.map(({ _count, ...tag }) => ({ ...tag, articleCount: _count.articles }));
}

export type TagWriteResult =
  | { ok: true; tag: TagRef; slugBefore: string }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'empty-slug' }
  | { ok: false; reason: 'slug-taken'; slug: string };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/** Renames a tag; a changed slug keeps the old one as a redirect (like categories). */
export async function renameTag(id: string, input: { name: string; slug: string }, actor: AuditActor): Promise<TagWriteResult> {
  const before = await prisma.tag.findUnique({ where: { id }, select: tagRefSelect });
  if (!before) return { ok: false, reason: 'not-found' };
  const name = normalizeTagName(input.name);
  const slug = input.slug || tagSlug(name);
  if (!slug || !name) return { ok: false, reason: 'empty-slug' };
  if (slug !== before.slug && (await prisma.tag.findUnique({ where: { slug }, select: { id: true } }))) return { ok: false, reason: 'slug-taken', slug };
  try {
    return await prisma.$transaction(async (tx) => {
      if (slug !== before.slug) {
        await tx.tagSlugHistory.deleteMany({ where: { slug } });
        await tx.tagSlugHistory.upsert({ where: { slug: before.slug }, create: { slug: before.slug, tagId: id }, update: { tagId: id } });
      }
      const tag = await tx.tag.update({ where: { id }, data: { name, slug }, select: tagRefSelect });
      await recordAudit(
        { actor, action: 'tag.update', entityType: 'Tag', entityId: id, summary: { before: { name: before.name, slug: before.slug }, after: { name, slug } } },
        tx,
      );
      return { ok: true as const, tag, slugBefore: before.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'slug-taken', slug };
    throw error;
  }
}

/** Deletes a tag (its article links and old slugs go with it). */
export async function deleteTag(id: string, actor: AuditActor): Promise<{ ok: true; slug: string } | { ok: false; reason: 'not-found' }> {
  return prisma.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id }, select: tagRefSelect });
    if (!tag) return { ok: false as const, reason: 'not-found' as const };
    await tx.tag.delete({ where: { id } });
    await recordAudit({ actor, action: 'tag.delete', entityType: 'Tag', entityId: id, summary: { name: tag.name, slug: tag.slug } }, tx);
    return { ok: true as const, slug: tag.slug };
  });
}

/** Records that `oldSlug` now belongs to the tag `tagId` (e.g. an imported site's tag address). */
export async function addTagSlugHistory(tagId: string, oldSlug: string, db: Db = prisma): Promise<void> {
  if (await db.tag.findUnique({ where: { slug: oldSlug }, select: { id: true } })) return;
  await db.tagSlugHistory.upsert({ where: { slug: oldSlug }, create: { slug: oldSlug, tagId }, update: { tagId } });
}
