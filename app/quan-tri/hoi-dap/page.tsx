import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { requireAdminPage } from '@/lib/auth/current-user';
import { QUESTION_STATUS_LABELS, topicLabel } from '@/lib/citizens/topics';
import { listQuestionsForStaff, type StaffQuestionFilter } from '@/lib/data/staff/questions';
import { formatDateTime } from '@/lib/format/date';
import { AdminTable } from '@/components/admin/admin-table';

export const metadata: Metadata = { title: 'Hỏi đáp' };

const FILTERS: { value: StaffQuestionFilter; label: string }[] = [
  { value: 'open', label: 'Chưa trả lời' },
  { value: 'answered', label: 'Đã trả lời' },
  { value: 'all', label: 'Tất cả' },
];

/** Questions from the public: open ones first, oldest first (they have waited longest). */
export default async function StaffQuestionsPage({ searchParams }: { searchParams: Promise<{ loc?: string }> }) {
  await connection();
  await requireAdminPage('/quan-tri/hoi-dap');
  const requested = (await searchParams).loc;
  const filter = FILTERS.find((item) => item.value === requested)?.value ?? 'open';
  const questions = await listQuestionsForStaff(filter);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Hỏi đáp</h1>
      <nav aria-label="Lọc câu hỏi" className="flex gap-3 text-sm">
        {FILTERS.map((item) => (
          <Link
            key={item.value}
            href={`/quan-tri/hoi-dap?loc=${item.value}`}
            aria-current={filter === item.value ? 'page' : undefined}
            className="underline aria-[current=page]:font-bold"
          >
            {item.label}
          </Link>
        ))}
      </nav>
      {questions.length === 0 ? (
        <p>Không có câu hỏi.</p>
      ) : (
        <AdminTable columns={['Câu hỏi', 'Lĩnh vực', 'Tình trạng', 'Cán bộ', 'Ngày gửi']}>
          {questions.map((question) => (
            <tr key={question.id} className="border-b align-top">
              <td className="p-2">
                <Link href={`/quan-tri/hoi-dap/${question.id}`} className="font-semibold text-brand-700 underline">
                  {question.title || question.body.slice(0, 100)}
                </Link>
                <div className="text-xs text-slate-600">
                  {question.code} · {question.askerName}
                </div>
              </td>
              <td className="p-2">{topicLabel(question.topic)}</td>
              <td className="p-2">
                {QUESTION_STATUS_LABELS[question.status]}
                {question.published && ' · Công khai'}
              </td>
              <td className="p-2">{question.assignee?.name ?? '—'}</td>
              <td className="p-2">{formatDateTime(question.createdAt)}</td>
            </tr>
          ))}
        </AdminTable>
      )}
    </div>
  );
}
