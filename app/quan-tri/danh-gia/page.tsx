import type { Metadata } from 'next';
import { connection } from 'next/server';
import { requireAdminPage } from '@/lib/auth/current-user';
import { FEEDBACK_KIND_LABELS, formatAverage, monthLabel } from '@/lib/citizens/feedback-labels';
import { feedbackByItem, feedbackByMonth, feedbackComments } from '@/lib/data/feedback';
import { formatDateTime } from '@/lib/format/date';
import { AdminTable } from '@/components/admin/admin-table';

export const metadata: Metadata = { title: 'Đánh giá mức độ hài lòng' };

/** Reader ratings: per item, per month, the comments; CSV export. */
export default async function FeedbackReportPage() {
  await connection();
  await requireAdminPage('/quan-tri/danh-gia');
  const [items, months, comments] = await Promise.all([feedbackByItem(), feedbackByMonth(), feedbackComments()]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Đánh giá mức độ hài lòng</h1>
        <p className="flex gap-3 text-sm">
          {/* Files from a route handler, not pages: plain download links. */}
          <a href="/quan-tri/danh-gia/csv?bang=noi-dung" download className="underline">
            Tải CSV theo nội dung
          </a>
          <a href="/quan-tri/danh-gia/csv?bang=thang" download className="underline">
            Tải CSV theo tháng
          </a>
          <a href="/quan-tri/danh-gia/csv?bang=gop-y" download className="underline">
            Tải CSV góp ý
          </a>
        </p>
      </div>
      <section aria-labelledby="theo-noi-dung">
        <h2 id="theo-noi-dung" className="mb-2 text-lg font-bold">
          Theo nội dung
        </h2>
        {items.length === 0 ? (
          <p>Chưa có đánh giá.</p>
        ) : (
          <AdminTable
            columns={['Nội dung', 'Loại', { label: 'Số lượt', numeric: true }, { label: 'Điểm trung bình', numeric: true }, { label: 'Góp ý', numeric: true }]}
          >
            {items.map((item) => (
              <tr key={`${item.kind}:${item.id}`} className="border-b">
                <td className="p-2">
                  {item.path ? (
                    <a href={item.path} className="underline">
                      {item.title}
                    </a>
                  ) : (
                    item.title
                  )}
                </td>
                <td className="p-2">{FEEDBACK_KIND_LABELS[item.kind]}</td>
                <td className="p-2 text-right">{item.votes}</td>
                <td className="p-2 text-right">{formatAverage(item.average)}</td>
                <td className="p-2 text-right">{item.comments}</td>
              </tr>
            ))}
          </AdminTable>
        )}
      </section>
      <section aria-labelledby="theo-thang">
        <h2 id="theo-thang" className="mb-2 text-lg font-bold">
          Theo tháng
        </h2>
        {months.length === 0 ? (
          <p>Chưa có đánh giá.</p>
        ) : (
          <AdminTable className="w-auto" columns={['Tháng', { label: 'Số lượt', numeric: true }, { label: 'Điểm trung bình', numeric: true }]}>
            {months.map((month) => (
              <tr key={month.month} className="border-b">
                <td className="p-2">{monthLabel(month.month)}</td>
                <td className="p-2 text-right">{month.votes}</td>
                <td className="p-2 text-right">{formatAverage(month.average)}</td>
              </tr>
            ))}
          </AdminTable>
        )}
      </section>
      <section aria-labelledby="gop-y">
        <h2 id="gop-y" className="mb-2 text-lg font-bold">
          Góp ý mới nhất
        </h2>
        {comments.length === 0 ? (
          <p>Chưa có góp ý.</p>
        ) : (
          <ul className="space-y-2">
            {comments.map((comment, index) => (
              <li key={index} className="rounded border border-slate-200 bg-white p-3 text-sm">
                <p className="text-slate-600">
                  {FEEDBACK_KIND_LABELS[comment.kind]}: {comment.title} · {comment.score}/5 · {formatDateTime(comment.createdAt)}
                </p>
                <p className="mt-1 whitespace-pre-line">{comment.comment}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
