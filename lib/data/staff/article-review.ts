import 'server-only';
import { prisma } from '@/lib/db';
import { visibleArticlesWhere, type StaffActor } from './actor';

// Issue 18 part 7: an editor returns an article under review to its author with a note; the
// notes stay with the article (newest first) and the author sees them on the article and on
// the dashboard.

export interface ReviewNote {
  id: string;
  note: string;
  createdAt: Date;
  editorName: string | null;
}

export type ReturnResult = { ok: true; version: number } | { ok: false; reason: 'not-found' | 'not-in-review' };

/** PENDING_REVIEW → DRAFT with the note, in one transaction; nothing changes otherwise. */
export async function returnToAuthor(actor: StaffActor, id: string, note: string): Promise<ReturnResult> {
  return prisma.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id, deletedAt: null, ...visibleArticlesWhere(actor) }, select: { status: true, version: true } });
    if (!article) return { ok: false, reason: 'not-found' } as const;
    const { count } = await tx.article.updateMany({
      where: { id, deletedAt: null, status: 'PENDING_REVIEW', version: article.version },
      data: { status: 'DRAFT', version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, reason: 'not-in-review' } as const;
    await tx.articleReviewNote.create({ data: { articleId: id, editorId: actor.id, note } });
    return { ok: true, version: article.version + 1 } as const;
  });
}

/** The notes of one article the actor may see (authors: their own articles only). */
export async function reviewNotesFor(actor: StaffActor, articleId: string): Promise<ReviewNote[]> {
  const rows = await prisma.articleReviewNote.findMany({
    where: { articleId, article: visibleArticlesWhere(actor) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
    select: { id: true, note: true, createdAt: true, editor: { select: { name: true } } },
  });
  return rows.map(({ editor, ...row }) => ({ ...row, editorName: editor?.name ?? null }));
}

export interface AuthorReviewNote extends ReviewNote {
  articleId: string;
  articleTitle: string;
}

/** The newest notes on an author's own articles, for their dashboard. */
export async function recentReviewNotesForAuthor(authorId: string, limit: number): Promise<AuthorReviewNote[]> {
  const rows = await prisma.articleReviewNote.findMany({
    where: { article: { authorId, deletedAt: null } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, note: true, createdAt: true, articleId: true, editor: { select: { name: true } }, article: { select: { title: true } } },
  });
  return rows.map(({ editor, article, ...row }) => ({ ...row, editorName: editor?.name ?? null, articleTitle: article.title }));
}
