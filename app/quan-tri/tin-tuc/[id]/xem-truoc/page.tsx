import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { RichContent } from '@/components/site/rich-content';
import { requireAdminPage } from '@/lib/auth/current-user';
import { renderBody } from '@/lib/data/body-images';
import { pendingAutosave } from '@/lib/data/staff/article-revisions';
import { parsePendingArticle } from '@/lib/data/staff/article-pending';
import { getArticleForEditing } from '@/lib/data/staff/articles';
import { formatDateTime } from '@/lib/format/date';
import { STATUS_LABELS } from '@/lib/validation/article';

// Staff-only, rendered per request (never cached publicly); the admin layout sets noindex.
export const metadata: Metadata = { title: 'Xem trước bài viết', robots: { index: false, follow: false } };

export default async function ArticlePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const user = await requireAdminPage('/quan-tri/tin-tuc/[id]/xem-truoc');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const article = await getArticleForEditing(user, id);
  if (!article) notFound();
  // The text on this user's screen: the editor stores it as their autosave right before
  // opening the preview (as WordPress and Ghost preview the current text, not the last save).
  // The same validated, sanitized rendering readers get; unfinished text that does not render
  // (an image still without its alt text) falls back to the saved article.
  const pending = await pendingAutosave(user, id);
  const pendingHtml = pending
    ? await renderBody(pending.body).then(
        (rendered) => rendered.html,
        () => null,
      )
    : null;
  const draft = pending && pendingHtml !== null ? pending : null;
  // Otherwise a published article's saved pending changes (issue 18), else the article itself.
  const changes = parsePendingArticle(article.pendingContent);
  const saved = changes ?? article;
  const shown = draft ? { title: draft.title, summary: draft.summary } : saved;
  const html = pendingHtml ?? (await renderBody(saved.body)).html;
  return (
    <div>
      <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
        {draft
          ? `Bản xem trước nội dung đang soạn (chưa lưu, tự lưu lúc ${formatDateTime(draft.createdAt)}) — chỉ cán bộ đăng nhập mới thấy trang này.`
          : changes
            ? 'Bản xem trước các thay đổi chưa xuất bản (bạn đọc vẫn thấy bản đã đăng) — chỉ cán bộ đăng nhập mới thấy trang này.'
            : `Bản xem trước (${STATUS_LABELS[article.status]}) — chỉ cán bộ đăng nhập mới thấy trang này.`}
      </p>
      <article className="mx-auto max-w-3xl rounded bg-white p-6">
        <h1 className="text-3xl font-bold text-slate-900">{shown.title}</h1>
        <p className="mt-2 text-sm text-slate-600">
          {formatDateTime(article.publishedAt ?? article.updatedAt)}
          {article.byline ? ` · ${article.byline}` : ''}
        </p>
        {shown.summary && <p className="mt-4 font-semibold text-slate-800">{shown.summary}</p>}
        <div className="mt-6">
          <RichContent html={html} />
        </div>
      </article>
    </div>
  );
}
