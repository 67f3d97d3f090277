import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { renderBody } from '../body-images';

// Static pages (Giới thiệu, Liên hệ…), managed by admins; optimistic-locked like articles.

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
  return prisma.page.findUnique({ where: { id }, select: { ...listSelect, body: true, version: true } });
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
  { ok: true; id: string; version: number } | { ok: false; reason: 'not-found' | 'conflict' } | { ok: false; reason: 'slug-taken'; suggestion: string };

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

export async function createPage(fields: PageFields): Promise<SavePageResult> {
  const suggestion = await slugClash(fields.slug);
  if (suggestion) return { ok: false, reason: 'slug-taken', suggestion };
  const page = await prisma.page.create({ data: await data(fields), select: { id: true, version: true } });
  return { ok: true, ...page };
}

/** One statement checks the version and writes; zero rows means someone saved first. */
export async function savePage(id: string, expectedVersion: number, fields: PageFields): Promise<SavePageResult> {
  const suggestion = await slugClash(fields.slug, id);
  if (suggestion) return { ok: false, reason: 'slug-taken', suggestion };
  const { count } = await prisma.page.updateMany({ where: { id, version: expectedVersion }, data: { ...(await data(fields)), version: { increment: 1 } } });
  if (count === 1) return { ok: true, id, version: expectedVersion + 1 };
  const exists = await prisma.page.findUnique({ where: { id }, select: { id: true } });
  return { ok: false, reason: exists ? 'conflict' : 'not-found' };
}

export async function deletePage(id: string): Promise<{ slug: string } | null> {
  const page = await prisma.page.findUnique({ where: { id }, select: { slug: true } });
  if (!page) return null;
  await prisma.page.delete({ where: { id } });
  return page;
}
