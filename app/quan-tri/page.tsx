import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { AuditList } from '@/components/admin/audit/audit-list';
import { buttonClasses } from '@/components/ui/button';
import { requireAdminPage } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { recentAudit } from '@/lib/data/staff/audit-log';
import { recentReviewNotesForAuthor } from '@/lib/data/staff/article-review';
import { articleCountsByStatus, upcomingScheduledArticles } from '@/lib/data/staff/dashboard';
import { formatDateTime } from '@/lib/format/date';

export const metadata: Metadata = { title: 'Tổng quan', robots: { index: false } };

const STATUS_LABELS = [
  ['DRAFT', 'Bản nháp', 'nhap'],
  ['PENDING_REVIEW', 'Chờ duyệt', 'cho-duyet'],
  ['SCHEDULED', 'Hẹn giờ đăng', 'hen-gio'],
  ['PUBLISHED', 'Đã đăng', 'da-dang'],
  ['ARCHIVED', 'Lưu trữ', 'luu-tru'],
  ['TRASHED', 'Thùng rác', 'thung-rac'],
] as const;

export default async function AdminHomePage() {
  await connection();
  const user = await requireAdminPage('/quan-tri');
  // Authors see their own work; editors and admins see the whole newsroom.
  const ownOnly = !can(user.role, 'article.editAny') ? user.id : undefined;
  const [counts, scheduled, activity, notes] = await Promise.all([
    articleCountsByStatus(ownOnly),
    upcomingScheduledArticles(8, ownOnly),
    recentAudit(10, can(user.role, 'audit.view') ? undefined : user.id),
    recentReviewNotesForAuthor(user.id, 5),
  ]);

  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Tổng quan</h1>
          <p className="mt-1 text-slate-600">Xin chào {user.name}.</p>
        </div>
        <Link href="/quan-tri/tin-tuc/moi" className={buttonClasses('primary')}>
          Viết bài mới
        </Link>
      </header>

      <section aria-labelledby="so-lieu">
        <h2 id="so-lieu" className="mb-3 text-lg font-semibold">
          {ownOnly ? 'Bài viết của bạn' : 'Bài viết theo trạng thái'}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {STATUS_LABELS.map(([status, label, query]) => (
            <li key={status}>
              <Link href={`/quan-tri/tin-tuc?trang-thai=${query}`} className="block rounded border border-slate-200 bg-white p-4 hover:border-brand-600">
                <span className="block text-2xl font-bold text-brand-800" data-status={status}>
                  {counts[status]}
                </span>
                <span className="text-sm text-slate-600">{label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      {notes.length > 0 && (
        <section aria-labelledby="ghi-chu-duyet">
          <h2 id="ghi-chu-duyet" className="mb-3 text-lg font-semibold">
            Ghi chú duyệt bài cho bạn
          </h2>
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {notes.map((note) => (
              <li key={note.id} className="px-4 py-2">
                <Link href={`/quan-tri/tin-tuc/${note.articleId}`} className="font-medium text-brand-800 hover:underline">
                  {note.articleTitle}
                </Link>
                <p className="whitespace-pre-line">{note.note}</p>
                <p className="text-sm text-slate-600">
                  {note.editorName ?? 'Không rõ'} · {formatDateTime(note.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="hen-gio">
          <h2 id="hen-gio" className="mb-3 text-lg font-semibold">
            Bài hẹn giờ đăng
          </h2>
          {scheduled.length === 0 ? (
            <p className="text-slate-600">Không có bài nào đang hẹn giờ.</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
              {scheduled.map((article) => (
                <li key={article.id} className="px-4 py-2">
                  <Link href={`/quan-tri/tin-tuc/${article.id}`} className="font-medium text-brand-800 hover:underline">
                    {article.title}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {article.publishedAt ? formatDateTime(article.publishedAt) : ''} · {article.authorName}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="hoat-dong">
          <h2 id="hoat-dong" className="mb-3 text-lg font-semibold">
            {can(user.role, 'audit.view') ? 'Hoạt động gần đây' : 'Hoạt động gần đây của bạn'}
          </h2>
          <AuditList rows={activity} compact />
          {can(user.role, 'audit.view') ? (
            <p className="mt-2 text-sm">
              <Link href="/quan-tri/nhat-ky" className="text-brand-700 underline">
                Xem toàn bộ nhật ký
              </Link>
            </p>
          ) : null}
        </section>
      </div>
    </div>
  );
}
