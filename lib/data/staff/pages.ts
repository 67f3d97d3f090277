import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { renderBody } from '../body-images';

// Static pages (Giới thiệu, Liên hệ…), managed by admins; optimistic-locked like articles, with
// revisions and, on a published page, pending changes like articles (issue 18).

const listSelect = {
  id: true,
  title: true,
  slug: true,
  published: true,
  sortOrder: true,
  updatedAt: true,
  locale: true,
  translationKey: true,
} satisfies Prisma.PageSelect;
export type StaffPageRow = Prisma.PageGetPayload<{ select: typeof listSelect }>;

export async function listPagesForStaff(): Promise<StaffPageRow[]> {
  return prisma.page.findMany({ orderBy: [{ sortOrder: 'asc' }, { title: 'asc' }], select: listSelect });
}

export async function getPageForEditing(id: string) {
  return prisma.page.findUnique({ where: { id }, select: { ...listSelect, body: true, version: true, pendingContent: true, pendingAt: true } });
}

export interface PageFields {
  title: string;
  slug: string;
  published: boolean;
  sortOrder: number;
  body: Prisma.InputJsonValue;
  locale?: 'vi' | 'en';
  translationKey?: string | null;
}

export type SavePageResult =
  | { ok: true; id: string; version: number; pending?: boolean }
  | { ok: false; reason: 'not-found' | 'conflict' }
  | { ok: false; reason: 'slug-taken'; suggestion: string };

export const PAGE_PENDING_NOTE = 'Thay đổi chưa xuất bản (bạn đọc vẫn thấy bản đang hiển thị).';

async function slugClash(slug: string, exceptId?: string): Promise<string | null> {
  const taken = new Set(
    (
      await prisma.page.findMany({
        where: { slug: { startsWith: slug.replace(/-\d+$/, '') }, ...(exceptId ? { id: { not: exceptId } } : {}) },
        select: { slug: true },
      })
    ).map((row) => row.slug),
  );
  if (!taken.has(slug)) return null;
  const base = slug.replace(/-\d+$/, '');
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

async function data(fields: PageFields) {
  const rendered = await renderBody(fields.body);
  return { ...fields, bodyHtml: rendered.html, bodyText: rendered.text };
}

/** Who saves, and whether a save of a published page goes live now (default) or waits. */
export interface PageSaveOptions {
  editorId: string | null;
  /** false: the editor's "Lưu thay đổi", kept pending while the page is public. */
  publish?: boolean;
}

export async function createPage(fields: PageFields, editorId: string | null = null): Promise<SavePageResult> {
  const suggestion = await slugClash(fields.slug);
  if (suggestion) return { ok: false, reason: 'slug-taken', suggestion };
  const page = await prisma.$transaction(async (tx) => {
    const created = await tx.page.create({ data: await data(fields), select: { id: true, version: true } });
    await tx.pageRevision.create({
      data: { pageId: created.id, editorId, kind: fields.published ? 'PUBLISH' : 'MANUAL', title: fields.title, body: fields.body, version: created.version },
    });
    return created;
  });
  return { ok: true, ...page };
}

/**
 * One statement checks the version and writes; zero rows means someone saved first. A plain
 * save of a page that is and stays public is kept as its pending changes: readers keep the
 * page as it is until "Cập nhật trang".
 */
export async function savePage(
  id: string,
  expectedVersion: number,
  fields: PageFields,
  options: PageSaveOptions = { editorId: null },
): Promise<SavePageResult> {
  const suggestion = await slugClash(fields.slug, id);
  if (suggestion) return { ok: false, reason: 'slug-taken', suggestion };
  const current = await prisma.page.findUnique({ where: { id }, select: { published: true } });
  if (!current) return { ok: false, reason: 'not-found' };
  const publish = options.publish ?? true;
  const pendingOnly = current.published && fields.published && !publish;
  const write: Prisma.PageUpdateManyMutationInput = pendingOnly
    ? { pendingContent: { ...fields, translationKey: fields.translationKey ?? null }, pendingAt: new Date(), version: { increment: 1 } }
    : { ...(await data(fields)), pendingContent: Prisma.DbNull, pendingAt: null, version: { increment: 1 } };
  const saved = await prisma.$transaction(async (tx) => {
    const { count } = await tx.page.updateMany({ where: { id, version: expectedVersion }, data: write });
    if (count === 0) return false;
    await tx.pageRevision.create({
      data: {
        pageId: id,
        editorId: options.editorId,
        kind: fields.published && (publish || !current.published) ? 'PUBLISH' : 'MANUAL',
        title: fields.title,
        body: fields.body,
        version: expectedVersion + 1,
        note: pendingOnly ? PAGE_PENDING_NOTE : '',
      },
    });
    return true;
  });
  if (saved) return { ok: true, id, version: expectedVersion + 1, pending: pendingOnly };
  const exists = await prisma.page.findUnique({ where: { id }, select: { id: true } });
  return { ok: false, reason: exists ? 'conflict' : 'not-found' };
}

/** A page's pending content, read back defensively (null when absent or of an older shape). */
export function parsePendingPage(value: unknown): PageFields | null {
  if (!value || typeof value !== 'object') return null;
  const row = value as Record<string, unknown>;
  if (typeof row.title !== 'string' || typeof row.slug !== 'string' || typeof row.published !== 'boolean' || typeof row.sortOrder !== 'number') return null;
  if (!row.body || typeof row.body !== 'object') return null;
  return {
    title: row.title,
    slug: row.slug,
    published: row.published,
    sortOrder: row.sortOrder,
    body: row.body as Prisma.InputJsonValue,
    locale: row.locale === 'en' ? 'en' : 'vi',
    translationKey: typeof row.translationKey === 'string' ? row.translationKey : null,
  };
}

export type PendingPageResult = SavePageResult | { ok: false; reason: 'no-pending' };

/** "Cập nhật trang" from the notice: publishes the stored pending content. */
export async function publishPendingPage(id: string, expectedVersion: number, editorId: string | null): Promise<PendingPageResult> {
  const page = await prisma.page.findUnique({ where: { id }, select: { pendingContent: true, version: true } });
  if (!page) return { ok: false, reason: 'not-found' };
  const pending = parsePendingPage(page.pendingContent);
  if (!pending) return page.version === expectedVersion ? { ok: false, reason: 'no-pending' } : { ok: false, reason: 'conflict' };
  return savePage(id, expectedVersion, pending, { editorId, publish: true });
}

export async function discardPendingPage(
  id: string,
  expectedVersion: number,
): Promise<{ ok: true; version: number } | { ok: false; reason: 'not-found' | 'conflict' | 'no-pending' }> {
  const { count } = await prisma.page.updateMany({
    where: { id, version: expectedVersion, pendingAt: { not: null } },
    data: { pendingContent: Prisma.DbNull, pendingAt: null, version: { increment: 1 } },
  });
  if (count === 1) return { ok: true, version: expectedVersion + 1 };
  const page = await prisma.page.findUnique({ where: { id }, select: { version: true } });
  if (!page) return { ok: false, reason: 'not-found' };
  return { ok: false, reason: page.version === expectedVersion ? 'no-pending' : 'conflict' };
}

const revisionSelect = {
  id: true,
  kind: true,
  title: true,
  version: true,
  note: true,
  createdAt: true,
  editor: { select: { name: true } },
} satisfies Prisma.PageRevisionSelect;

export async function listPageRevisions(pageId: string) {
  return prisma.pageRevision.findMany({ where: { pageId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 200, select: revisionSelect });
}

export async function getPageRevision(pageId: string, revisionId: string) {
  return prisma.pageRevision.findFirst({ where: { id: revisionId, pageId }, select: { ...revisionSelect, body: true } });
}

const AUTOSAVES_KEPT = 10;

/** The editor's unsaved text as their AUTOSAVE revision (never bumps the version); false: no page. */
export async function savePageAutosave(
  editorId: string,
  pageId: string,
  input: { version: number; title: string; body: Prisma.InputJsonValue },
): Promise<boolean> {
  const page = await prisma.page.findUnique({ where: { id: pageId }, select: { id: true } });
  if (!page) return false;
  await prisma.pageRevision.create({ data: { pageId, editorId, kind: 'AUTOSAVE', title: input.title, body: input.body, version: input.version } });
  const stale = await prisma.pageRevision.findMany({
    where: { pageId, editorId, kind: 'AUTOSAVE' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: AUTOSAVES_KEPT,
    select: { id: true },
  });
  if (stale.length > 0) await prisma.pageRevision.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } });
  return true;
}

/** The editor's newest autosave when it is newer than the page's last real save. */
export async function pendingPageAutosave(editorId: string, pageId: string) {
  const latest = await prisma.pageRevision.findFirst({
    where: { pageId, editorId, kind: 'AUTOSAVE' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { title: true, body: true, createdAt: true, page: { select: { updatedAt: true } } },
  });
  if (!latest || latest.createdAt <= latest.page.updatedAt) return null;
  return { title: latest.title, body: latest.body, createdAt: latest.createdAt };
}

export async function deletePage(id: string): Promise<{ slug: string } | null> {
  const page = await prisma.page.findUnique({ where: { id }, select: { slug: true } });
  if (!page) return null;
  await prisma.page.delete({ where: { id } });
  return page;
}
