import Link from 'next/link';
import { connection } from 'next/server';
import { Pagination } from '@/components/site/pagination';
import { metadataOnRequest } from '@/components/site/seo';
import { QUESTION_TOPICS, topicLabel } from '@/lib/citizens/questions';
import { publishedQuestions } from '@/lib/data/questions';
import { formatDate } from '@/lib/format/date';
import { formatCount } from '@/lib/format/number';
import { questionSearchSchema } from '@/lib/validation/question';

export const generateMetadata = metadataOnRequest({
  title: 'Hỏi đáp',
  description: 'Câu hỏi của người dân, nhà đầu tư và câu trả lời của Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình.',
  path: '/hoi-dap',
});

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Published questions and answers, newest answer first, by topic and words. */
export default async function QuestionsPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const filter = questionSearchSchema.parse({ topic: first(params.linh_vuc), q: first(params.q) ?? '', page: first(params.trang) ?? 1 });
  const result = await publishedQuestions(filter);
  const query: Record<string, string> = { ...(filter.topic ? { linh_vuc: filter.topic } : {}), ...(filter.q ? { q: filter.q } : {}) };
  const tab = (code: string | undefined, label: string) => {
    const href = `/hoi-dap${code || filter.q ? `?${new URLSearchParams({ ...(code ? { linh_vuc: code } : {}), ...(filter.q ? { q: filter.q } : {}) })}` : ''}`;
    const current = code === filter.topic;
    return (
      <li key={label}>
        <Link
          href={href}
          aria-current={current ? 'page' : undefined}
          className={`inline-block rounded px-3 py-1.5 text-sm font-semibold ${current ? 'bg-brand-700 text-white' : 'border border-slate-300 bg-white text-brand-800 hover:bg-brand-50'}`}
        >
          {label}
        </Link>
      </li>
    );
  };
  return (
    <div>
      <h1 className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800">Hỏi đáp</h1>
      <div className="no-print mb-5 flex flex-wrap gap-3">
        <Link href="/hoi-dap/gui-cau-hoi" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Gửi câu hỏi
        </Link>
        <Link href="/hoi-dap/tra-cuu" className="rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
          Tra cứu câu hỏi đã gửi
        </Link>
      </div>
      <form action="/hoi-dap" method="get" role="search" aria-label="Tìm câu hỏi" className="no-print mb-4 flex max-w-xl flex-wrap items-end gap-3">
        {filter.topic && <input type="hidden" name="linh_vuc" value={filter.topic} />}
        <label className="block grow text-sm font-semibold text-slate-800">
          Tìm trong hỏi đáp
          <input
            type="search"
            name="q"
            defaultValue={filter.q}
            maxLength={100}
            className="mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 font-normal text-slate-900"
          />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Tìm
        </button>
      </form>
      <nav aria-label="Lĩnh vực" className="no-print mb-5">
        <ul className="flex flex-wrap gap-2">
          {tab(undefined, 'Tất cả')}
          {QUESTION_TOPICS.map((topic) => tab(topic.code, topic.label))}
        </ul>
      </nav>
      <p role="status" className="mb-3 text-sm text-slate-700">
        {result.total === 0 ? 'Chưa có câu hỏi nào phù hợp.' : `${formatCount(result.total)} câu hỏi đã được trả lời.`}
      </p>
      <ul className="space-y-3">
        {result.items.map((item) => (
          <li key={item.id} className="rounded border border-slate-200 bg-white p-4">
            <p className="text-xs font-semibold uppercase text-slate-600">
              {topicLabel(item.topic)} · Trả lời ngày {formatDate(item.answeredAt)}
            </p>
            <h2 className="mt-1 text-lg font-bold">
              <Link href={`/hoi-dap/${item.slug}`} className="text-brand-800 hover:underline">
                {item.title}
              </Link>
            </h2>
            <p className="mt-1 line-clamp-2 text-slate-700">{item.body}</p>
          </li>
        ))}
      </ul>
      <Pagination basePath="/hoi-dap" page={result.page} pageCount={result.pageCount} query={query} />
    </div>
  );
}
