import { connection } from 'next/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { csvResponse, toCsv } from '@/lib/citizens/csv';
import { FEEDBACK_KIND_LABELS, monthLabel } from '@/lib/citizens/feedback-labels';
import { feedbackByItem, feedbackByMonth, feedbackComments } from '@/lib/data/feedback';

// CSV of the ratings report: ?bang=noi-dung (per item, default), thang (per month), gop-y (comments).
export async function GET(request: Request): Promise<Response> {
  await connection();
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (!can(user.role, 'feedback.view')) return new Response(null, { status: 403 });
  const table = new URL(request.url).searchParams.get('bang');
  if (table === 'thang') {
    const rows = await feedbackByMonth();
    return csvResponse(
      toCsv(
        ['Tháng', 'Số lượt', 'Điểm trung bình'],
        rows.map((row) => [monthLabel(row.month), row.votes, row.average]),
      ),
      'danh-gia-theo-thang.csv',
    );
  }
  if (table === 'gop-y') {
    const rows = await feedbackComments({}, 10_000);
    return csvResponse(
      toCsv(
        ['Loại', 'Nội dung', 'Điểm', 'Góp ý', 'Thời gian'],
        rows.map((row) => [FEEDBACK_KIND_LABELS[row.kind], row.title, row.score, row.comment, row.createdAt]),
      ),
      'danh-gia-gop-y.csv',
    );
  }
  const rows = await feedbackByItem({}, 10_000);
  return csvResponse(
    toCsv(
      ['Loại', 'Mã', 'Nội dung', 'Đường dẫn', 'Số lượt', 'Điểm trung bình', 'Số góp ý'],
      rows.map((row) => [FEEDBACK_KIND_LABELS[row.kind], row.id, row.title, row.path, row.votes, row.average, row.comments]),
    ),
    'danh-gia-theo-noi-dung.csv',
  );
}
