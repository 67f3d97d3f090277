import { connection } from 'next/server';
import { getSiteSettings } from '@/lib/data/settings';
import { latestArticlesWithTag, tagBySlug } from '@/lib/data/tags';
import { articleRss, rssResponse } from '@/lib/feeds/article-rss';

/** RSS 2.0 feed of the 20 newest public articles carrying one tag. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  await connection();
  const { slug } = await params;
  const tag = typeof slug === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) ? await tagBySlug(slug) : null;
  if (!tag) return new Response('Không tìm thấy thẻ.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const [articles, settings] = await Promise.all([latestArticlesWithTag(tag.id, 20), getSiteSettings()]);
  return rssResponse(
    articleRss({
      title: `${tag.name} – ${settings['site.name']}`,
      path: `/tin-tuc/the/${tag.slug}`,
      selfPath: `/tin-tuc/the/${tag.slug}/rss.xml`,
      description: `Tin bài gắn thẻ “${tag.name}”.`,
      articles,
    }),
  );
}
