import Link from 'next/link';
import { connection } from 'next/server';
import { latestArticles } from '@/lib/data/articles';
import { formatDateTime } from '@/lib/format/date';

export default async function HomePage() {
  await connection();
  const articles = await latestArticles(10);
  return (
    <section aria-labelledby="tin-tuc-moi">
      <h1 id="tin-tuc-moi" className="mb-4 border-b-2 border-brand-700 pb-2 text-xl font-bold uppercase text-brand-800">
        Tin tức
      </h1>
      <ul className="space-y-5">
        {articles.map((article) => (
          <li key={article.id} className="rounded border border-slate-200 bg-white p-4">
            <h2 className="text-lg font-semibold">
              <Link href={`/tin-tuc/${article.slug}`} className="hover:text-brand-700">
                {article.title}
              </Link>
            </h2>
            {article.publishedAt && (
              <p className="mt-1 text-sm text-slate-500">
                <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
              </p>
            )}
            <p className="mt-2 line-clamp-3 text-slate-700">{article.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
