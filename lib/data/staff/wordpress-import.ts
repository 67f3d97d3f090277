import 'server-only';
import type { ArticleStatus, Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { removeDiacritics, slugify } from '@/lib/content/slugify';
import { convertBody, imageUrlsIn, type AttachmentRef, type BodyContext, type BodyConversion, type LibraryImage } from '@/lib/import/wordpress/body';
import { paragraphsToDocument } from '@/lib/content/render';
import { fetchOldImage, originalImageUrl, type MediaSourceOptions } from '@/lib/import/wordpress/media-source';
import { parseWxr, WxrError, type WxrDocument, type WxrItem } from '@/lib/import/wordpress/wxr';
import { deleteStoredFiles, ingestUpload, MediaRejectedError, storageKeysOf } from '@/lib/media/ingest';
import { redirectKeyOf } from '@/lib/routes/redirect-paths';
import { RESERVED_TOP_LEVEL } from '@/lib/routes/reserved';
import { cacheTags } from '../cache-tags';
import { renderBody } from '../body-images';
import { recordAudit, type AuditActor } from './audit';
import { findOrCreateTags, setArticleTags, tagSlug } from './tags';

// Imports a WordPress export (WXR) as the given staff member: categories, images (through the
// media pipeline: sharp, AVIF/WebP variants), posts, pages, and redirects from the old addresses.
// Every row it creates is recorded against the ImportRun (ImportedItem), keyed by WordPress GUID,
// term slug or image address: a second run of the same file finds them and creates nothing, and
// undoImportRun removes exactly what a run created. Missing images are reported, never fatal.

export type ImportActor = AuditActor & { id: string };

export interface ImportOptions extends MediaSourceOptions {
  fileName: string;
}

export interface ImportReportItem {
  kind: 'post' | 'page';
  title: string;
  oldUrl: string;
  newUrl: string;
  /** 'created', or 'unchanged' when an earlier run imported it. */
  result: 'created' | 'unchanged';
  notes: string[];
}

export interface ImportReport {
  siteUrl: string;
  created: { posts: number; pages: number; categories: number; tags: number; media: number; redirects: number };
  unchanged: number;
  /** Item types and statuses not imported (menus, revisions, trash…), with counts. */
  skipped: Record<string, number>;
  missingMedia: { url: string; reason: string }[];
  items: ImportReportItem[];
  /** Authors without a staff account: kept as the byline. */
  bylines: string[];
}

export type ImportResult = { ok: true; runId: string; report: ImportReport; tags: string[] } | { ok: false; message: string };

const POST_STATUS: Record<string, ArticleStatus> = { publish: 'PUBLISHED', future: 'SCHEDULED', draft: 'DRAFT', pending: 'PENDING_REVIEW', private: 'DRAFT' };
const SUMMARY_MAX = 1000;

type Tx = Prisma.TransactionClient;

function itemKey(document: WxrDocument, item: WxrItem): string {
  return item.guid || `${document.siteUrl}/?p=${item.id}`;
}

function ownPath(siteUrl: string, link: string): string | null {
  if (!link) return null;
  try {
    const base = new URL(siteUrl || link);
    const url = new URL(link, base);
    if (url.host !== base.host) return null;
    return redirectKeyOf(`${url.pathname}${url.search}`);
  } catch {
    return null;
  }
}

/** Date parts in Vietnam's time (UTC+7), as WordPress wrote them into /YYYY/MM/ addresses. */
function vietnamYearMonth(date: Date): { year: string; month: string; day: string } {
  const local = new Date(date.getTime() + 7 * 3600_000);
  return {
    year: String(local.getUTCFullYear()),
    month: String(local.getUTCMonth() + 1).padStart(2, '0'),
    day: String(local.getUTCDate()).padStart(2, '0'),
  };
}

function siteHost(siteUrl: string): string {
  try {
    return new URL(siteUrl).host.toLowerCase();
  } catch {
    return '';
  }
}

function plainSummary(excerpt: string): string {
  const text = excerpt
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > SUMMARY_MAX ? `${text.slice(0, SUMMARY_MAX - 1)}…` : text;
}

/** convertBody, or the body's text as plain paragraphs when it cannot be made a document. */
function safeConvert(html: string, context: BodyContext): BodyConversion {
  try {
    return convertBody(html, context);
  } catch {
    const text = html
      .replace(/<[^>]*>/g, ' ')
      .split(/\n\s*\n/)
      .map((part) => part.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    return { json: paragraphsToDocument(text), lost: ['Không chuyển được định dạng của bài: chỉ giữ lại chữ.'], missingImages: [] };
  }
}

async function freeArticleSlug(tx: Tx, wanted: string): Promise<string> {
  const base = slugify(wanted) || 'bai-viet';
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const [article, old] = await Promise.all([
      tx.article.findUnique({ where: { slug: candidate }, select: { id: true } }),
      tx.articleSlugHistory.findUnique({ where: { slug: candidate }, select: { id: true } }),
    ]);
    if (!article && !old) return candidate;
  }
}

async function freePageSlug(tx: Tx, wanted: string): Promise<string> {
  const base = slugify(wanted) || 'trang';
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (RESERVED_TOP_LEVEL.has(candidate)) continue;
    if (!(await tx.page.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}

/** Adds redirects that no other row (a hand-made one, an earlier run) has taken already. */
async function addRedirects(tx: Tx, runId: string, pairs: { from: string | null; to: string }[]): Promise<number> {
  const data = pairs
    .filter((pair): pair is { from: string; to: string } => !!pair.from && pair.from !== pair.to)
    .map((pair) => ({ fromPath: pair.from, toPath: pair.to, runId }));
  if (data.length === 0) return 0;
  return (await tx.redirect.createMany({ data, skipDuplicates: true })).count;
}

interface Context {
  document: WxrDocument;
  actor: ImportActor;
  runId: string;
  options: ImportOptions;
  report: ImportReport;
  owned: Map<string, string>;
}

async function importCategories(context: Context): Promise<Map<string, string>> {
  const { document, report, runId } = context;
  const ids = new Map<string, string>();
  const slugs = new Set([...document.categories.map((term) => term.slug), ...document.items.flatMap((item) => (item.type === 'post' ? item.categories : []))]);
  const names = new Map(document.categories.map((term) => [term.slug, term]));
  for (const wpSlug of slugs) {
    const slug = slugify(wpSlug);
    if (!slug) continue;
    const key = `category:${wpSlug}`;
    const existing = await prisma.category.findUnique({ where: { slug }, select: { id: true } });
    if (existing) {
      ids.set(wpSlug, existing.id);
      continue;
    }
    const term = names.get(wpSlug);
    const id = await prisma.$transaction(async (tx) => {
      const last = await tx.category.aggregate({ _max: { sortOrder: true } });
      await tx.categorySlugHistory.deleteMany({ where: { slug } });
      await tx.importedItem.deleteMany({ where: { sourceKey: key } });
      const created = await tx.category.create({
        data: { name: term?.name || wpSlug, slug, description: term?.description ?? '', sortOrder: (last._max.sortOrder ?? -1) + 1 },
        select: { id: true },
      });
      await tx.importedItem.create({ data: { runId, kind: 'category', sourceKey: key, entityType: 'Category', entityId: created.id } });
      return created.id;
    });
    ids.set(wpSlug, id);
    report.created.categories += 1;
  }
  // The old category addresses, nested ones included (/category/cha/con/).
  const parents = new Map(document.categories.map((term) => [term.slug, term.parent]));
  const pairs = [...ids.keys()].map((wpSlug) => {
    const chain = [wpSlug];
    for (let parent = parents.get(wpSlug); parent && chain.length < 10; parent = parents.get(parent)) chain.unshift(parent);
    return { from: redirectKeyOf(`/category/${chain.join('/')}`), to: `/tin-tuc/danh-muc/${slugify(wpSlug)}` };
  });
  const flat = [...ids.keys()].map((wpSlug) => ({ from: redirectKeyOf(`/category/${wpSlug}`), to: `/tin-tuc/danh-muc/${slugify(wpSlug)}` }));
  report.created.redirects += await prisma.$transaction((tx) => addRedirects(tx, runId, [...pairs, ...flat]));
  return ids;
}

/** The export's tags by WordPress slug → their names here; new ones are owned by the run. */
async function importTags(context: Context): Promise<Map<string, string>> {
  const { document, report, runId } = context;
  const names = new Map(document.tags.map((term) => [term.slug, term.name || term.slug]));
  for (const item of document.items) for (const slug of item.tags) if (!names.has(slug)) names.set(slug, slug);
  const redirects: { from: string | null; to: string }[] = [];
  for (const [wpSlug, name] of names) {
    const slug = tagSlug(name);
    if (!slug) continue;
    redirects.push({ from: redirectKeyOf(`/tag/${wpSlug}`), to: `/tin-tuc/the/${slug}` });
    if (await prisma.tag.findUnique({ where: { slug }, select: { id: true } })) continue;
    await prisma.$transaction(async (tx) => {
      const [tag] = await findOrCreateTags([name], tx);
      if (!tag) return;
      await tx.importedItem.deleteMany({ where: { sourceKey: `tag:${wpSlug}` } });
      await tx.importedItem.create({ data: { runId, kind: 'tag', sourceKey: `tag:${wpSlug}`, entityType: 'Tag', entityId: tag.id } });
    });
    report.created.tags += 1;
  }
  report.created.redirects += await prisma.$transaction((tx) => addRedirects(tx, runId, redirects));
  return names;
}

async function importImages(context: Context, urls: Set<string>, attachmentsByUrl: Map<string, WxrItem>): Promise<Map<string, LibraryImage & { id: string }>> {
  const { report, runId, actor, options } = context;
  const images = new Map<string, LibraryImage & { id: string }>();
  const byOriginal = new Map<string, string[]>();
  for (const url of urls) {
    const original = attachmentsByUrl.has(url) ? url : originalImageUrl(url);
    byOriginal.set(original, [...(byOriginal.get(original) ?? []), url]);
  }
  for (const [original, variants] of byOriginal) {
    const attachment = attachmentsByUrl.get(original);
    const alt = attachment?.meta._wp_attachment_image_alt?.trim() ?? '';
    const key = `media:${original}`;
    const ownedId = context.owned.get(key);
    let media = ownedId ? await prisma.media.findUnique({ where: { id: ownedId }, select: { id: true, storageKey: true, altText: true } }) : null;
    if (!media) {
      const file = await fetchOldImage(original, { ...options, siteHost: siteHost(context.document.siteUrl) });
      if (!file.ok) {
        report.missingMedia.push({ url: original, reason: file.reason });
        continue;
      }
      try {
        const stored = await ingestUpload({ body: file.data, originalName: file.name, accept: ['image'] });
        media = await prisma.$transaction(async (tx) => {
          const row = await tx.media.create({
            data: {
              storageKey: stored.storageKey,
              originalName: stored.originalName,
              mimeType: stored.mimeType,
              byteSize: BigInt(stored.byteSize),
              width: stored.width,
              height: stored.height,
              variants: stored.variants as unknown as Prisma.InputJsonValue,
              altText: alt,
              uploaderId: actor.id,
            },
            select: { id: true, storageKey: true, altText: true },
          });
          await tx.importedItem.deleteMany({ where: { sourceKey: key } });
          await tx.importedItem.create({ data: { runId, kind: 'media', sourceKey: key, entityType: 'Media', entityId: row.id } });
          return row;
        });
        report.created.media += 1;
      } catch (error) {
        if (!(error instanceof MediaRejectedError)) throw error;
        report.missingMedia.push({ url: original, reason: error.message });
        continue;
      }
    }
    const image = { id: media.id, src: `/media/${media.storageKey}`, alt: media.altText };
    for (const url of [original, ...variants]) images.set(url, image);
  }
  return images;
}

async function authorMap(document: WxrDocument): Promise<Map<string, { userId: string | null; byline: string }>> {
  const emails = document.authors.map((author) => author.email).filter(Boolean);
  const users = await prisma.user.findMany({ where: { disabled: false }, select: { id: true, email: true } });
  const byEmail = new Map(users.map((user) => [user.email.toLowerCase(), user.id]));
  const byLogin = new Map(users.map((user) => [user.email.toLowerCase().split('@')[0] ?? '', user.id]));
  const map = new Map<string, { userId: string | null; byline: string }>();
  for (const author of document.authors) {
    const userId = (author.email && emails.includes(author.email) ? byEmail.get(author.email) : undefined) ?? byLogin.get(author.login.toLowerCase()) ?? null;
    map.set(author.login, { userId, byline: userId ? '' : author.displayName });
  }
  return map;
}

async function importPost(context: Context, item: WxrItem, ctx: PostContext): Promise<void> {
  const { document, report, runId, actor } = context;
  const key = `post:${itemKey(document, item)}`;
  const existingId = context.owned.get(key);
  const article = existingId ? await prisma.article.findUnique({ where: { id: existingId }, select: { slug: true } }) : null;
  if (article) {
    report.unchanged += 1;
    report.items.push({ kind: 'post', title: item.title, oldUrl: item.link, newUrl: `/tin-tuc/${article.slug}`, result: 'unchanged', notes: [] });
    return;
  }
  // Imported once, then deleted by hand: imported again.
  if (existingId) await prisma.importedItem.deleteMany({ where: { sourceKey: key } });
  const conversion = safeConvert(item.content, { attachments: ctx.attachments, image: (url) => ctx.images.get(url) ?? null });
  const status = POST_STATUS[item.status] ?? 'DRAFT';
  const publishedAt = status === 'PUBLISHED' || status === 'SCHEDULED' ? (item.date ?? new Date()) : null;
  const author = ctx.authors.get(item.creator) ?? { userId: null, byline: item.creator };
  const thumbnail = ctx.attachments.get(Number(item.meta._thumbnail_id));
  const cover = thumbnail ? ctx.images.get(thumbnail.url) : undefined;
  const categoryId = item.categories.map((slug) => ctx.categories.get(slug)).find(Boolean) ?? null;
  const rendered = await renderBody(conversion.json);
  const title = item.title || 'Bài viết không có tiêu đề';
  const summary = plainSummary(item.excerpt);
  const slug = await prisma.$transaction(async (tx) => {
    const slug = await freeArticleSlug(tx, item.slug || removeDiacritics(title));
    const article = await tx.article.create({
      data: {
        title,
        asciiTitle: removeDiacritics(title),
        slug,
        summary,
        byline: author.byline,
        coverMediaId: cover?.id ?? null,
        body: conversion.json as Prisma.InputJsonValue,
        bodyHtml: rendered.html,
        bodyText: rendered.text,
        status,
        publishedAt,
        authorId: author.userId ?? actor.id,
        categoryId,
      },
      select: { id: true, version: true },
    });
    await tx.articleRevision.create({
      data: {
        articleId: article.id,
        editorId: actor.id,
        kind: 'MANUAL',
        title,
        summary,
        body: conversion.json as Prisma.InputJsonValue,
        version: article.version,
        note: 'Nhập từ WordPress',
      },
    });
    await tx.importedItem.create({ data: { runId, kind: 'post', sourceKey: key, entityType: 'Article', entityId: article.id } });
    await setArticleTags(
      article.id,
      item.tags.map((wpSlug) => ctx.tagNames.get(wpSlug) ?? wpSlug),
      tx,
    );
    const to = `/tin-tuc/${slug}`;
    const wpSlug = item.slug ? slugify(item.slug) : '';
    const dated = item.date && wpSlug ? vietnamYearMonth(item.date) : null;
    report.created.redirects += await addRedirects(tx, runId, [
      { from: redirectKeyOf(`/?p=${item.id}`), to },
      { from: ownPath(document.siteUrl, item.link), to },
      { from: dated ? redirectKeyOf(`/${dated.year}/${dated.month}/${item.slug}`) : null, to },
      { from: dated ? redirectKeyOf(`/${dated.year}/${dated.month}/${dated.day}/${item.slug}`) : null, to },
      { from: item.slug ? redirectKeyOf(`/${item.slug}`) : null, to },
    ]);
    return slug;
  });
  report.created.posts += 1;
  report.items.push({ kind: 'post', title, oldUrl: item.link, newUrl: `/tin-tuc/${slug}`, result: 'created', notes: conversion.lost });
  ctx.tags.push(cacheTags.articleSlug(slug));
}

async function importPage(context: Context, item: WxrItem, ctx: PostContext): Promise<void> {
  const { document, report, runId } = context;
  const key = `page:${itemKey(document, item)}`;
  const existingId = context.owned.get(key);
  const page = existingId ? await prisma.page.findUnique({ where: { id: existingId }, select: { slug: true } }) : null;
  if (page) {
    report.unchanged += 1;
    report.items.push({ kind: 'page', title: item.title, oldUrl: item.link, newUrl: `/${page.slug}`, result: 'unchanged', notes: [] });
    return;
  }
  if (existingId) await prisma.importedItem.deleteMany({ where: { sourceKey: key } });
  const conversion = safeConvert(item.content, { attachments: ctx.attachments, image: (url) => ctx.images.get(url) ?? null });
  const rendered = await renderBody(conversion.json);
  const title = item.title || 'Trang không có tiêu đề';
  const slug = await prisma.$transaction(async (tx) => {
    const slug = await freePageSlug(tx, item.slug || removeDiacritics(title));
    const page = await tx.page.create({
      data: {
        title,
        slug,
        body: conversion.json as Prisma.InputJsonValue,
        bodyHtml: rendered.html,
        bodyText: rendered.text,
        published: item.status === 'publish',
        sortOrder: item.menuOrder,
        locale: 'vi',
      },
      select: { id: true },
    });
    await tx.importedItem.create({ data: { runId, kind: 'page', sourceKey: key, entityType: 'Page', entityId: page.id } });
    const to = `/${slug}`;
    report.created.redirects += await addRedirects(tx, runId, [
      { from: redirectKeyOf(`/?page_id=${item.id}`), to },
      { from: redirectKeyOf(`/?p=${item.id}`), to },
      { from: ownPath(document.siteUrl, item.link), to },
    ]);
    return slug;
  });
  report.created.pages += 1;
  report.items.push({ kind: 'page', title, oldUrl: item.link, newUrl: `/${slug}`, result: 'created', notes: conversion.lost });
  ctx.tags.push(cacheTags.page(slug));
}

interface PostContext {
  attachments: Map<number, AttachmentRef>;
  images: Map<string, LibraryImage & { id: string }>;
  authors: Map<string, { userId: string | null; byline: string }>;
  categories: Map<string, string>;
  tagNames: Map<string, string>;
  tags: string[];
}

/** Imports one WXR file (see the module comment); an unreadable file changes nothing. */
export async function importWordpress(xml: string, actor: ImportActor, options: ImportOptions): Promise<ImportResult> {
  let document: WxrDocument;
  try {
    document = parseWxr(xml);
  } catch (error) {
    if (error instanceof WxrError) return { ok: false, message: error.message };
    throw error;
  }
  const report: ImportReport = {
    siteUrl: document.siteUrl,
    created: { posts: 0, pages: 0, categories: 0, tags: 0, media: 0, redirects: 0 },
    unchanged: 0,
    skipped: {},
    missingMedia: [],
    items: [],
    bylines: [],
  };
  const run = await prisma.importRun.create({
    data: { fileName: options.fileName.slice(0, 255), siteUrl: document.siteUrl.slice(0, 500), actorId: actor.id, actorEmail: actor.email },
    select: { id: true },
  });
  // What earlier runs created (an undone run's rows are gone): the idempotence keys.
  const owned = new Map((await prisma.importedItem.findMany({ select: { sourceKey: true, entityId: true } })).map((row) => [row.sourceKey, row.entityId]));
  const context: Context = { document, actor, runId: run.id, options, report, owned };

  const attachmentItems = document.items.filter((item) => item.type === 'attachment' && item.attachmentUrl);
  const attachments = new Map<number, AttachmentRef>(
    attachmentItems.map((item) => [item.id, { url: item.attachmentUrl, alt: item.meta._wp_attachment_image_alt?.trim() ?? '', caption: item.excerpt }]),
  );
  const attachmentsByUrl = new Map(attachmentItems.map((item) => [item.attachmentUrl, item]));
  const content = document.items.filter((item) => (item.type === 'post' || item.type === 'page') && Object.hasOwn(POST_STATUS, item.status));
  for (const item of document.items) {
    if (item.type === 'attachment' || content.includes(item)) continue;
    const label = item.type === 'post' || item.type === 'page' ? `${item.type}:${item.status}` : item.type;
    report.skipped[label] = (report.skipped[label] ?? 0) + 1;
  }
  const pending = content.filter((item) => !context.owned.has(`${item.type}:${itemKey(document, item)}`));
  const urls = new Set<string>();
  for (const item of pending) {
    for (const url of imageUrlsIn(item.content, attachments)) urls.add(url);
    const thumbnail = attachments.get(Number(item.meta._thumbnail_id));
    if (thumbnail) urls.add(thumbnail.url);
  }

  const categories = await importCategories(context);
  const tagNames = await importTags(context);
  const images = await importImages(context, urls, attachmentsByUrl);
  const authors = await authorMap(document);
  report.bylines = [...new Set([...authors.values()].filter((author) => !author.userId).map((author) => author.byline))];
  const postContext: PostContext = { attachments, images, authors, categories, tagNames, tags: [] };
  for (const item of content) {
    if (item.type === 'post') await importPost(context, item, postContext);
    else await importPage(context, item, postContext);
  }
  await prisma.$transaction(async (tx) => {
    await tx.importRun.update({ where: { id: run.id }, data: { report: report as unknown as Prisma.InputJsonValue } });
    await recordAudit(
      {
        actor,
        action: 'import.wordpress',
        entityType: 'ImportRun',
        entityId: run.id,
        summary: { fileName: options.fileName, ...report.created, unchanged: report.unchanged, missingMedia: report.missingMedia.length },
      },
      tx,
    );
  });
  const tags = [cacheTags.articles, cacheTags.categories, cacheTags.tags, cacheTags.pages, cacheTags.media, ...postContext.tags];
  return { ok: true, runId: run.id, report, tags };
}

export type UndoResult = { ok: true; removed: Record<string, number>; kept: string[]; tags: string[] } | { ok: false; reason: 'not-found' | 'already-undone' };

/**
 * Removes what one run created: its articles and pages (with their revisions), its redirects,
 * its categories and images unless something not from this run uses them now (those are kept and
 * named). The run stays in the list, marked undone; a later import brings the content back.
 */
export async function undoImportRun(runId: string, actor: ImportActor): Promise<UndoResult> {
  const run = await prisma.importRun.findUnique({ where: { id: runId }, select: { undoneAt: true, fileName: true } });
  if (!run) return { ok: false, reason: 'not-found' };
  if (run.undoneAt) return { ok: false, reason: 'already-undone' };
  const items = await prisma.importedItem.findMany({ where: { runId }, select: { kind: true, entityId: true } });
  const ids = (kind: string) => items.filter((item) => item.kind === kind).map((item) => item.entityId);
  const removed: Record<string, number> = {};
  const kept: string[] = [];
  const articles = await prisma.article.findMany({ where: { id: { in: ids('post') } }, select: { id: true, slug: true, categoryId: true } });
  const pages = await prisma.page.findMany({ where: { id: { in: ids('page') } }, select: { slug: true } });
  const mediaKeys: string[] = [];
  const done = await prisma.$transaction(async (tx) => {
    const claimed = await tx.importRun.updateMany({ where: { id: runId, undoneAt: null }, data: { undoneAt: new Date() } });
    if (claimed.count === 0) return false;
    removed.posts = (await tx.article.deleteMany({ where: { id: { in: ids('post') } } })).count;
    removed.pages = (await tx.page.deleteMany({ where: { id: { in: ids('page') } } })).count;
    removed.redirects = (await tx.redirect.deleteMany({ where: { runId } })).count;
    const categories = await tx.category.findMany({
      where: { id: { in: ids('category') } },
      select: { id: true, name: true, _count: { select: { articles: true } } },
    });
    const emptyCategories = categories.filter((category) => category._count.articles === 0).map((category) => category.id);
    for (const category of categories) if (category._count.articles > 0) kept.push(`Danh mục “${category.name}” (còn ${category._count.articles} bài khác)`);
    removed.categories = (await tx.category.deleteMany({ where: { id: { in: emptyCategories } } })).count;
    // Tags the run created, unless an article from outside it carries them now.
    removed.tags = (await tx.tag.deleteMany({ where: { id: { in: ids('tag') }, articles: { none: {} } } })).count;
    const media = await tx.media.findMany({
      where: { id: { in: ids('media') } },
      select: { id: true, storageKey: true, variants: true, originalName: true, _count: { select: { coverOf: true } } },
    });
    const freeMedia = [];
    for (const row of media) {
      const inBodies = await tx.article.count({ where: { bodyHtml: { contains: `/media/${row.storageKey}` } } });
      const inPages = await tx.page.count({ where: { bodyHtml: { contains: `/media/${row.storageKey}` } } });
      if (row._count.coverOf + inBodies + inPages > 0) kept.push(`Ảnh “${row.originalName}” (đang được dùng)`);
      else freeMedia.push(row);
    }
    removed.media = (await tx.media.deleteMany({ where: { id: { in: freeMedia.map((row) => row.id) } } })).count;
    for (const row of freeMedia) mediaKeys.push(...storageKeysOf(row));
    await tx.importedItem.deleteMany({ where: { runId } });
    await recordAudit({ actor, action: 'import.undo', entityType: 'ImportRun', entityId: runId, summary: { fileName: run.fileName, ...removed, kept } }, tx);
    return true;
  });
  if (!done) return { ok: false, reason: 'already-undone' };
  await deleteStoredFiles(mediaKeys).catch(() => undefined);
  const tags = [
    cacheTags.articles,
    cacheTags.categories,
    cacheTags.tags,
    cacheTags.pages,
    cacheTags.media,
    ...articles.flatMap((article) => [cacheTags.article(article.id), cacheTags.articleSlug(article.slug)]),
    ...pages.map((page) => cacheTags.page(page.slug)),
  ];
  return { ok: true, removed, kept, tags };
}

export interface ImportRunRow {
  id: string;
  fileName: string;
  actorEmail: string | null;
  createdAt: Date;
  undoneAt: Date | null;
  report: ImportReport | null;
}

export async function listImportRuns(limit = 20): Promise<ImportRunRow[]> {
  const rows = await prisma.importRun.findMany({
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { id: true, fileName: true, actorEmail: true, createdAt: true, undoneAt: true, report: true },
  });
  return rows.map((row) => ({
    ...row,
    report: row.report && typeof row.report === 'object' && 'created' in row.report ? (row.report as unknown as ImportReport) : null,
  }));
}
