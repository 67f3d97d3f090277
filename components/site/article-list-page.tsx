import { publishedArticlePage, parsePageParam, type ArticlePage } from '@/lib/data/articles';
import { ArticleListItem } from './article-card';
import { Pagination } from './pagination';
import { SectionHeading } from './section-heading';

/**
 * Resolves `?trang=` to the nearest valid page: malformed → 1, past the end → the last page.
 * Readers get a list, never an error; the canonical URL names the page actually shown.
 */
export async function resolveArticlePage(raw: string | string[] | undefined, categoryId?: string): Promise<ArticlePage> {
  const requested = parsePageParam(raw) ?? 1;
  const result = await publishedArticlePage(requested, categoryId);
  if (requested <= result.pageCount) return result;
  return publishedArticlePage(result.pageCount, categoryId);
}

export function pagePath(basePath: string, page: number): string {
  return page > 1 ? `${basePath}?trang=${page}` : basePath;
}

export function ArticleList({ title, description, basePath, result }: { title: string; description?: string; basePath: string; result: ArticlePage }) {
  return (
    <section aria-labelledby="tieu-de-danh-sach">
      <SectionHeading id="tieu-de-danh-sach" level="h1">
        {title}
        {result.page > 1 && <span className="text-base font-normal normal-case text-slate-600"> – trang {result.page}</span>}
      </SectionHeading>
      {description && <p className="mb-4 text-slate-700">{description}</p>}
      {result.items.length === 0 ? (
        <p>Chưa có tin bài nào.</p>
      ) : (
        <ul className="space-y-5">
          {result.items.map((article) => (
            <li key={article.id}>
              <ArticleListItem article={article} />
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath={basePath} page={result.page} pageCount={result.pageCount} />
    </section>
  );
}
