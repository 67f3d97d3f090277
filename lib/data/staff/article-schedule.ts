import 'server-only';
import { prisma } from '@/lib/db';
import { visibleArticlesWhere, type StaffActor } from './actor';
import { articleCacheTags } from './article-cache-tags';

// Issue 18 part 6: cancel a scheduled publication (moving it is the editor's "Đổi giờ đăng",
// a save with intent 'schedule'), and the "Ẩn sau" (hide after) date
// the scheduler (scheduled-articles.ts) acts on. Each is one optimistic-locked UPDATE on the
// version the editor has on screen.

export type ScheduleChangeResult =
  { ok: true; version: number; tags: string[] } | { ok: false; reason: 'not-found' | 'conflict' | 'wrong-status' | 'before-publication' };

type ChangeKind = 'cancel' | 'hideAfter';

async function change(actor: StaffActor, id: string, expectedVersion: number, kind: ChangeKind, when: Date | null): Promise<ScheduleChangeResult> {
  const scope = { id, deletedAt: null, ...visibleArticlesWhere(actor) };
  const current = await prisma.article.findFirst({ where: scope, select: { slug: true, categoryId: true, status: true, version: true, publishedAt: true } });
  if (!current) return { ok: false, reason: 'not-found' };
  const allowed = kind === 'hideAfter' ? current.status === 'PUBLISHED' || current.status === 'SCHEDULED' : current.status === 'SCHEDULED';
  if (!allowed) return { ok: false, reason: current.version === expectedVersion ? 'wrong-status' : 'conflict' };
  if (kind === 'hideAfter' && when && current.publishedAt && when <= current.publishedAt) return { ok: false, reason: 'before-publication' };
  const data =
    kind === 'cancel' ? { status: 'DRAFT' as const, publishedAt: null, version: { increment: 1 } } : { unpublishAt: when, version: { increment: 1 } };
  const { count } = await prisma.article.updateMany({ where: { ...scope, version: expectedVersion, status: current.status }, data });
  if (count === 0) return { ok: false, reason: 'conflict' };
  return { ok: true, version: expectedVersion + 1, tags: await articleCacheTags([{ id, slug: current.slug, categoryId: current.categoryId }]) };
}

/** A scheduled article goes back to draft: it will not be published. */
export function cancelSchedule(actor: StaffActor, id: string, expectedVersion: number): Promise<ScheduleChangeResult> {
  return change(actor, id, expectedVersion, 'cancel', null);
}

/** Sets (or with null clears) the time the scheduler takes a published article down. */
export function setHideAfter(actor: StaffActor, id: string, expectedVersion: number, when: Date | null): Promise<ScheduleChangeResult> {
  return change(actor, id, expectedVersion, 'hideAfter', when);
}
