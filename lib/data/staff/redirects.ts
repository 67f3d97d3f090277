import 'server-only';
import { prisma } from '@/lib/db';
import type { RedirectInput } from '@/lib/validation/redirects';
import { recordAudit, type AuditActor } from './audit';

// Redirects by hand (the admin's "Chuyển hướng" screen) next to those imports made. A hand-made
// one belongs to no import run, so undoing an import never removes it.

export interface RedirectRow {
  id: string;
  fromPath: string;
  toPath: string;
  createdAt: Date;
  importFile: string | null;
}

export const REDIRECTS_PAGE_SIZE = 100;

export async function listRedirects(query: { q?: string; page?: number } = {}): Promise<{ rows: RedirectRow[]; total: number }> {
  const text = query.q?.trim().toLowerCase();
  const where = text ? { OR: [{ fromPath: { contains: text } }, { toPath: { contains: text } }] } : {};
  const page = Math.max(1, query.page ?? 1);
  const [rows, total] = await Promise.all([
    prisma.redirect.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { fromPath: 'asc' }],
      skip: (page - 1) * REDIRECTS_PAGE_SIZE,
      take: REDIRECTS_PAGE_SIZE,
      select: { id: true, fromPath: true, toPath: true, createdAt: true, run: { select: { fileName: true } } },
    }),
    prisma.redirect.count({ where }),
  ]);
  return { rows: rows.map(({ run, ...row }) => ({ ...row, importFile: run?.fileName ?? null })), total };
}

export type RedirectWriteResult = { ok: true; id: string } | { ok: false; reason: 'taken' | 'not-found' };

export async function createRedirect(input: RedirectInput, actor: AuditActor & { id: string }): Promise<RedirectWriteResult> {
  if (await prisma.redirect.findUnique({ where: { fromPath: input.fromPath }, select: { id: true } })) return { ok: false, reason: 'taken' };
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.redirect.create({ data: { fromPath: input.fromPath, toPath: input.toPath }, select: { id: true } });
      await recordAudit({ actor, action: 'redirect.create', entityType: 'Redirect', entityId: row.id, summary: { ...input } }, tx);
      return { ok: true as const, id: row.id };
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'P2002') return { ok: false, reason: 'taken' };
    throw error;
  }
}

export async function deleteRedirect(id: string, actor: AuditActor & { id: string }): Promise<RedirectWriteResult> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.redirect.findUnique({ where: { id }, select: { fromPath: true, toPath: true } });
    if (!row) return { ok: false as const, reason: 'not-found' as const };
    await tx.redirect.delete({ where: { id } });
    await recordAudit({ actor, action: 'redirect.delete', entityType: 'Redirect', entityId: id, summary: { ...row } }, tx);
    return { ok: true as const, id };
  });
}
