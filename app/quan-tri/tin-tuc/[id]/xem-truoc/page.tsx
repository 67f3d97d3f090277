import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { RichContent } from '@/components/site/rich-content';
import { requireAdminPage } from '@/lib/auth/current-user';
import { renderBody } from '@/lib/data/body-images';
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
  // The same validated, sanitized rendering readers get from the stored body.
  const { html } = await renderBody(article.body);
  return (
    <div>
      <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
        Bản xem trước ({STATUS_LABELS[article.status]}) — chỉ cán bộ đăng nhập mới thấy trang này.
      </p>
      <article className="mx-auto max-w-3xl rounded bg-white p-6">
        <h1 className="text-3xl font-bold text-slate-900">{article.title}</h1>
        <p className="mt-2 text-sm text-slate-600">
          {formatDateTime(article.publishedAt ?? article.updatedAt)}
          {article.byline ? ` · ${article.byline}` : ''}
        </p>
        {article.summary && <p className="mt-4 font-semibold text-slate-800">{article.summary}</p>}
        <div className="mt-6">
          <RichContent html={html} />
        </div>
      </article>
    </div>
  );
}
