import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import type { JSONContent } from '@tiptap/react';
import { ArticleForm } from '@/components/admin/article-form';
import { ArticleReviewNotes } from '@/components/admin/article-review-notes';
import { reviewNotesFor } from '@/lib/data/staff/article-review';
import { mediaUrl } from '@/lib/media/urls';
import { requireAdminPage } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { canEditContent, categoryOptions, getArticleForEditing } from '@/lib/data/staff/articles';
import { pendingAutosave } from '@/lib/data/staff/article-revisions';
import { parsePendingArticle } from '@/lib/data/staff/article-pending';
import { getMedia } from '@/lib/data/staff/media';
import { articleTaxonomyForStaff } from '@/lib/data/staff/seo';
import { configuredOrigin } from '@/lib/config/site-origin';
import { STATUS_LABELS } from '@/lib/validation/article';

export const metadata: Metadata = { title: 'Sửa bài viết' };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const user = await requireAdminPage('/quan-tri/tin-tuc/[id]');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const article = await getArticleForEditing(user, id);
  if (!article) notFound();
  const notes = await reviewNotesFor(user, id);
  if (!canEditContent(user, article)) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">{article.title}</h1>
        <ArticleReviewNotes notes={notes} />
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
          {article.deletedAt
            ? 'Bài viết đang ở trong thùng rác.'
            : `Bài viết đang ở trạng thái “${STATUS_LABELS[article.status]}”: chỉ biên tập viên được sửa tiếp.`}
        </p>
        <Link className="text-brand-700 underline" href={`/quan-tri/tin-tuc/${id}/xem-truoc`}>
          Xem trước bài viết
        </Link>
      </div>
    );
  }
  // A published article with pending changes opens on those changes (issue 18).
  const pending = parsePendingArticle(article.pendingContent);
  const shown = pending ?? article;
  const [categories, autosave, taxonomy, pendingCover] = await Promise.all([
    categoryOptions(),
    pendingAutosave(user, id),
    articleTaxonomyForStaff(user, id, mediaUrl),
    pending?.coverMediaId && pending.coverMediaId !== article.coverMediaId ? getMedia(pending.coverMediaId) : null,
  ]);
  const coverUrl =
    pending && pending.coverMediaId !== article.coverMediaId
      ? (pendingCover?.url ?? null)
      : article.coverMedia
        ? mediaUrl(article.coverMedia.storageKey)
        : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Sửa bài viết</h1>
      <ArticleReviewNotes notes={notes} />
      <ArticleForm
        key={`${article.id}:${article.version}`}
        categories={categories}
        canPublish={can(user.role, 'article.publish')}
        canChangeStatus={can(user.role, 'article.editAny')}
        canTrash={can(user.role, 'article.trash')}
        configuredOrigin={configuredOrigin()}
        taxonomy={taxonomy ?? undefined}
        autosave={
          autosave
            ? { title: autosave.title, summary: autosave.summary, body: autosave.body as JSONContent, createdAt: autosave.createdAt.toISOString() }
            : null
        }
        article={{
          id: article.id,
          version: article.version,
          title: shown.title,
          slug: shown.slug,
          summary: shown.summary,
          categoryId: shown.categoryId,
          coverMediaId: shown.coverMediaId,
          coverUrl,
          byline: shown.byline,
          body: shown.body as JSONContent,
          hasPendingChanges: pending !== null,
          unpublishAt: article.unpublishAt?.toISOString() ?? null,
          status: article.status,
          publishedAt: article.publishedAt?.toISOString() ?? null,
          updatedAt: article.updatedAt.toISOString(),
        }}
      />
    </div>
  );
}
