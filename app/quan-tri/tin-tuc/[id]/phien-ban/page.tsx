import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ArticleRevisionRestore } from '@/components/admin/article-revision-restore';
import { RevisionComparePicker, RevisionDiff } from '@/components/admin/revision-diff';
import { compareTexts } from '@/lib/content/text-diff';
import { requireAdminPage } from '@/lib/auth/current-user';
import { renderBody } from '@/lib/data/body-images';
import { canEditContent, getArticleForEditing } from '@/lib/data/staff/articles';
import { getRevision, listRevisions } from '@/lib/data/staff/article-revisions';
import { formatDateTime } from '@/lib/format/date';

export const metadata: Metadata = { title: 'Các phiên bản' };

const KIND_LABELS = { MANUAL: 'Lưu', AUTOSAVE: 'Tự lưu', PUBLISH: 'Xuất bản', RESTORE: 'Khôi phục' } as const;
const UUID = /^[0-9a-f-]{36}$/i;

type Search = { xem?: string; tu?: string; den?: string };

export default async function ArticleRevisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  await connection();
  const user = await requireAdminPage('/quan-tri/tin-tuc/[id]/phien-ban');
  const { id } = await params;
  const { xem, tu, den } = await searchParams;
  if (!UUID.test(id)) notFound();
  const [article, revisions] = await Promise.all([getArticleForEditing(user, id), listRevisions(user, id)]);
  if (!article || !revisions) notFound();
  const selected = xem && UUID.test(xem) ? await getRevision(user, xem) : null;
  const preview = selected && selected.articleId === id ? (await renderBody(selected.body)).html : null;
  const canRestore = canEditContent(user, article);
  const [from, to] = tu && den && UUID.test(tu) && UUID.test(den) ? await Promise.all([getRevision(user, tu), getRevision(user, den)]) : [null, null];
  const comparison = from && to && from.articleId === id && to.articleId === id ? compareTexts(from, to) : null;
  const label = (revision: { kind: keyof typeof KIND_LABELS; createdAt: Date; version: number }) =>
    `${formatDateTime(revision.createdAt)} · ${KIND_LABELS[revision.kind]} · phiên bản ${revision.version}`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Các phiên bản: {article.title}</h1>
        <Link href={`/quan-tri/tin-tuc/${id}`} className="text-brand-700 underline">
          ‹ Về trang sửa bài
        </Link>
      </div>
      <RevisionComparePicker options={revisions.map((revision) => ({ id: revision.id, label: label(revision) }))} from={tu} to={den} />
      {comparison && from && to && <RevisionDiff comparison={comparison} beforeLabel={`Bản cũ: ${label(from)}`} afterLabel={`Bản mới: ${label(to)}`} />}
      <div className="grid gap-4 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <ol className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" aria-label="Danh sách phiên bản">
          {revisions.map((revision) => (
            <li key={revision.id} className={`p-3 text-sm ${selected?.id === revision.id ? 'bg-brand-50' : ''}`}>
              <Link
                href={`?xem=${revision.id}`}
                className="font-semibold text-brand-800 underline"
                aria-current={selected?.id === revision.id ? 'true' : undefined}
              >
                {formatDateTime(revision.createdAt)}
              </Link>
              <p>
                {KIND_LABELS[revision.kind]} · {revision.editor?.name ?? 'Không rõ'} · phiên bản {revision.version}
              </p>
              {revision.note && <p className="font-medium text-red-800">{revision.note}</p>}
            </li>
          ))}
        </ol>
        <section aria-label="Xem phiên bản" className="rounded border border-slate-200 bg-white p-4">
          {selected && preview !== null ? (
            <>
              <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
                <p className="text-sm text-slate-600">
                  {KIND_LABELS[selected.kind]} lúc {formatDateTime(selected.createdAt)} bởi {selected.editor?.name ?? 'không rõ'}
                </p>
                {canRestore && <ArticleRevisionRestore revisionId={selected.id} articleId={id} />}
              </div>
              <h2 className="text-2xl font-bold">{selected.title}</h2>
              {selected.summary && <p className="mt-2 font-semibold">{selected.summary}</p>}
              <div className="prose-content mt-4" dangerouslySetInnerHTML={{ __html: preview }} />
            </>
          ) : (
            <p className="text-slate-600">Chọn một phiên bản để xem.</p>
          )}
        </section>
      </div>
    </div>
  );
}
