import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import type { JSONContent } from '@tiptap/react';
import { QuestionAnswerForm } from '@/components/admin/question-answer-form';
import { QuestionAssignForm } from '@/components/admin/question-assign-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { QUESTION_STATUS_LABELS, topicLabel } from '@/lib/citizens/topics';
import { getQuestionForStaff, listQuestionAssignees } from '@/lib/data/staff/questions';
import { formatDateTime } from '@/lib/format/date';

export const metadata: Metadata = { title: 'Trả lời câu hỏi' };

export default async function StaffQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  await requireAdminPage('/quan-tri/hoi-dap/[id]');
  const question = await getQuestionForStaff((await params).id);
  if (!question) notFound();
  const staff = await listQuestionAssignees();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/quan-tri/hoi-dap" className="underline">
          ← Hỏi đáp
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Câu hỏi {question.code}</h1>
      <section aria-labelledby="noi-dung-cau-hoi" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="noi-dung-cau-hoi" className="font-bold">
          Nội dung câu hỏi
        </h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-semibold">Người hỏi</dt>
          <dd>{question.askerName}</dd>
          <dt className="font-semibold">Email</dt>
          <dd>
            {question.askerEmail ? (
              <a href={`mailto:${question.askerEmail}`} className="underline">
                {question.askerEmail}
              </a>
            ) : (
              '—'
            )}
          </dd>
          <dt className="font-semibold">Điện thoại</dt>
          <dd>{question.askerPhone || '—'}</dd>
          <dt className="font-semibold">Lĩnh vực</dt>
          <dd>{topicLabel(question.topic)}</dd>
          <dt className="font-semibold">Ngày gửi</dt>
          <dd>{formatDateTime(question.createdAt)}</dd>
          <dt className="font-semibold">Tình trạng</dt>
          <dd>
            {QUESTION_STATUS_LABELS[question.status]}
            {question.answeredAt && ` (${formatDateTime(question.answeredAt)}${question.answeredBy ? `, ${question.answeredBy.name}` : ''})`}
          </dd>
          {question.published && question.slug && (
            <>
              <dt className="font-semibold">Trang công khai</dt>
              <dd>
                <a href={`/hoi-dap/${question.slug}`} className="underline">
                  /hoi-dap/{question.slug}
                </a>
              </dd>
            </>
          )}
        </dl>
        <p className="mt-3 whitespace-pre-line">{question.body}</p>
      </section>
      <QuestionAssignForm id={question.id} assigneeId={question.assignee?.id ?? null} staff={staff} />
      <QuestionAnswerForm
        key={`${question.id}:${question.answeredAt?.getTime() ?? 0}`}
        question={{
          id: question.id,
          title: question.title || question.body.slice(0, 120).replace(/\s+/g, ' ').trim(),
          topic: question.topic,
          answer: (question.answer as JSONContent | null) ?? null,
          published: question.published,
        }}
      />
    </div>
  );
}
