import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { RevisionComparePicker, RevisionDiff } from '@/components/admin/revision-diff';
import { requireAdminPage } from '@/lib/auth/current-user';
import { compareTexts } from '@/lib/content/text-diff';
import { getPageForEditing, getPageRevision, listPageRevisions } from '@/lib/data/staff/pages';
import { formatDateTime } from '@/lib/format/date';

export const metadata: Metadata = { title: 'Các phiên bản của trang' };

const KIND_LABELS = { MANUAL: 'Lưu', AUTOSAVE: 'Tự lưu', PUBLISH: 'Xuất bản', RESTORE: 'Khôi phục' } as const;
const UUID = /^[0-9a-f-]{36}$/i;

// Issue 18: a static page's revisions, any two compared word by word.
export default async function PageRevisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tu?: string; den?: string }>;
}) {
  await connection();
  await requireAdminPage('/quan-tri/trang/[id]/phien-ban');
  const { id } = await params;
  const { tu, den } = await searchParams;
  if (!UUID.test(id)) notFound();
  const [page, revisions] = await Promise.all([getPageForEditing(id), listPageRevisions(id)]);
  if (!page) notFound();
  const [from, to] = tu && den && UUID.test(tu) && UUID.test(den) ? await Promise.all([getPageRevision(id, tu), getPageRevision(id, den)]) : [null, null];
  const label = (revision: { kind: keyof typeof KIND_LABELS; createdAt: Date; version: number }) =>
    `${formatDateTime(revision.createdAt)} · ${KIND_LABELS[revision.kind]} · phiên bản ${revision.version}`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Các phiên bản: {page.title}</h1>
        <Link href={`/quan-tri/trang/${id}`} className="text-brand-700 underline">
          ‹ Về trang sửa
        </Link>
      </div>
      <RevisionComparePicker options={revisions.map((revision) => ({ id: revision.id, label: label(revision) }))} from={tu} to={den} />
      {from && to && <RevisionDiff comparison={compareTexts(from, to)} beforeLabel={`Bản cũ: ${label(from)}`} afterLabel={`Bản mới: ${label(to)}`} />}
      <ol className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" aria-label="Danh sách phiên bản">
        {revisions.map((revision) => (
          <li key={revision.id} className="p-3 text-sm">
            <p className="font-semibold">{label(revision)}</p>
            <p>
              {revision.title} · {revision.editor?.name ?? 'Không rõ'}
            </p>
            {revision.note && <p className="font-medium text-sky-800">{revision.note}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
