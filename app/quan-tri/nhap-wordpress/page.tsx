import type { Metadata } from 'next';
import { connection } from 'next/server';
import Link from 'next/link';
import { UndoImportButton } from '@/components/admin/imports/undo-import-button';
import { WordpressImportForm } from '@/components/admin/imports/wordpress-import-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listImportRuns, type ImportReport } from '@/lib/data/staff/wordpress-import';
import { formatDateTime } from '@/lib/format/date';

export const metadata: Metadata = { title: 'Nhập từ WordPress', robots: { index: false } };

function Counts({ report }: { report: ImportReport }) {
  const { created } = report;
  return (
    <p>
      Tạo mới: {created.posts} bài viết, {created.pages} trang, {created.categories} danh mục, {created.tags ?? 0} thẻ, {created.media} ảnh, {created.redirects}{' '}
      chuyển hướng
      {report.unchanged ? `; ${report.unchanged} mục đã có từ lần nhập trước (không đổi)` : ''}.
    </p>
  );
}

function Details({ report }: { report: ImportReport }) {
  const withNotes = report.items.filter((item) => item.notes.length > 0);
  return (
    <div className="mt-2 space-y-2 text-sm">
      {report.missingMedia.length > 0 ? (
        <details>
          <summary className="cursor-pointer font-medium text-amber-800">{report.missingMedia.length} ảnh không lấy được</summary>
          <ul className="mt-1 list-disc pl-6">
            {report.missingMedia.map((entry) => (
              <li key={entry.url} className="break-all">
                {entry.url}: {entry.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {withNotes.length > 0 ? (
        <details>
          <summary className="cursor-pointer font-medium text-amber-800">Nội dung không giữ được ({withNotes.length} bài)</summary>
          <ul className="mt-1 space-y-1 pl-2">
            {withNotes.map((item) => (
              <li key={`${item.kind}-${item.oldUrl}`}>
                <span className="font-medium">{item.title}</span>
                <ul className="list-disc pl-6">
                  {item.notes.map((note) => (
                    <li key={note} className="break-all">
                      {note}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {report.items.length > 0 ? (
        <details>
          <summary className="cursor-pointer font-medium">Địa chỉ cũ và mới ({report.items.length})</summary>
          <ul className="mt-1 list-disc pl-6">
            {report.items.map((item) => (
              <li key={`${item.kind}-${item.oldUrl}-${item.newUrl}`} className="break-all">
                {item.oldUrl || '(không có)'} → {item.newUrl ? <Link href={item.newUrl}>{item.newUrl}</Link> : '(đã xóa)'}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {report.bylines.length > 0 ? <p>Tác giả không có tài khoản, giữ làm tên tác giả hiển thị: {report.bylines.join(', ')}.</p> : null}
    </div>
  );
}

export default async function WordpressImportPage() {
  await connection();
  await requireAdminPage('/quan-tri/nhap-wordpress');
  const runs = await listImportRuns();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Nhập từ WordPress</h1>
        <p className="mt-1 text-slate-600">
          Nhập bài viết, trang, danh mục và ảnh từ tệp xuất của WordPress. Địa chỉ cũ được chuyển hướng tới địa chỉ mới. Nhập lại cùng tệp không tạo bản trùng;
          mỗi lần nhập có thể hoàn tác. Tệp lớn hơn 11 MB: dùng lệnh <code>npm run import:wordpress</code> trên máy chủ.
        </p>
      </header>
      <WordpressImportForm />
      <section aria-labelledby="lich-su-nhap" className="space-y-3">
        <h2 id="lich-su-nhap" className="text-lg font-semibold">
          Các lần nhập
        </h2>
        {runs.length === 0 ? (
          <p className="text-slate-600">Chưa có lần nhập nào.</p>
        ) : (
          <ul className="space-y-3">
            {runs.map((run) => (
              <li key={run.id} className="rounded border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <p className="font-semibold">
                      {run.fileName}{' '}
                      <span className="font-normal text-slate-600">
                        · {formatDateTime(run.createdAt)} · {run.actorEmail ?? 'hệ thống'}
                      </span>
                    </p>
                    {run.undoneAt ? <p className="text-sm font-medium text-slate-700">Đã hoàn tác lúc {formatDateTime(run.undoneAt)}.</p> : null}
                  </div>
                  {run.undoneAt ? null : <UndoImportButton id={run.id} fileName={run.fileName} />}
                </div>
                {run.report ? (
                  <>
                    <Counts report={run.report} />
                    <Details report={run.report} />
                  </>
                ) : (
                  <p className="text-sm text-slate-600">Lần nhập bị gián đoạn: hoàn tác để gỡ phần đã nhập, rồi nhập lại.</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
