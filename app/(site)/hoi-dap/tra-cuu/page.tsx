import Link from 'next/link';
import { connection } from 'next/server';
import { RichContent } from '@/components/site/rich-content';
import { metadataOnRequest } from '@/components/site/seo';
import { normalizeTrackingCode, QUESTION_STATUS_LABELS, topicLabel } from '@/lib/citizens/questions';
import { questionStatusByCode } from '@/lib/data/questions';
import { formatDate } from '@/lib/format/date';

export const generateMetadata = metadataOnRequest({
  title: 'Tra cứu câu hỏi',
  description: 'Xem tình trạng xử lý và câu trả lời của câu hỏi đã gửi, bằng mã tra cứu.',
  path: '/hoi-dap/tra-cuu',
  noIndex: true,
});

interface Props {
  searchParams: Promise<{ ma?: string | string[] }>;
}

/** Status by tracking code: never page-cached, and it shows nothing about who asked. */
export default async function QuestionLookupPage({ searchParams }: Props) {
  await connection();
  const raw = (await searchParams).ma;
  const typed = typeof raw === 'string' ? raw.slice(0, 40) : '';
  const code = typed ? normalizeTrackingCode(typed) : null;
  const found = code ? await questionStatusByCode(code) : null;
  return (
    <div>
      <nav aria-label="Đường dẫn" className="no-print mb-3 text-sm text-slate-600">
        <Link href="/hoi-dap" className="hover:underline">
          Hỏi đáp
        </Link>
      </nav>
      <h1 className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800">Tra cứu câu hỏi</h1>
      <form action="/hoi-dap/tra-cuu" method="get" className="mb-6 flex max-w-xl flex-wrap items-end gap-3">
        <label className="block grow text-sm font-semibold text-slate-800">
          Mã tra cứu
          <input
            name="ma"
            defaultValue={typed}
            required
            maxLength={40}
            autoComplete="off"
            placeholder="HD-XXXXX-XXXXX"
            className="mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 font-mono uppercase text-slate-900"
          />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Tra cứu
        </button>
      </form>
      {typed && !found && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-4">
          {code ? 'Không tìm thấy câu hỏi với mã này. Vui lòng kiểm tra lại mã tra cứu.' : 'Mã tra cứu không đúng dạng. Mã có dạng HD-XXXXX-XXXXX.'}
        </p>
      )}
      {found && (
        <section aria-labelledby="ket-qua-tra-cuu" className="rounded border border-slate-200 bg-white p-5">
          <h2 id="ket-qua-tra-cuu" className="text-lg font-bold text-brand-800">
            Câu hỏi {found.code}
          </h2>
          <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
            <dt className="font-semibold">Tình trạng</dt>
            <dd data-testid="tinh-trang">{QUESTION_STATUS_LABELS[found.status]}</dd>
            <dt className="font-semibold">Lĩnh vực</dt>
            <dd>{topicLabel(found.topic)}</dd>
            <dt className="font-semibold">Ngày tiếp nhận</dt>
            <dd>{formatDate(found.receivedAt)}</dd>
            {found.answeredAt && (
              <>
                <dt className="font-semibold">Ngày trả lời</dt>
                <dd>{formatDate(found.answeredAt)}</dd>
              </>
            )}
          </dl>
          {found.answerHtml && (
            <div className="mt-4 border-t border-slate-200 pt-4">
              <h3 className="mb-2 font-bold">Trả lời</h3>
              <RichContent html={found.answerHtml} />
            </div>
          )}
          {found.slug && (
            <p className="mt-4">
              <Link href={`/hoi-dap/${found.slug}`} className="font-semibold text-brand-700 underline">
                Xem câu hỏi và trả lời đã công khai
              </Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
