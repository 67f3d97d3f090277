import { connection } from 'next/server';
import { latestArticles } from '@/lib/data/articles';
import { getSiteSettings } from '@/lib/data/settings';
import { articleRss, rssResponse } from '@/lib/feeds/article-rss';

/** RSS 2.0 feed of the 20 newest published articles. */
export async function GET(): Promise<Response> {
  await connection();
  const [articles, settings] = await Promise.all([latestArticles(20), getSiteSettings()]);
  return rssResponse(
    articleRss({
      title: settings['site.name'],
      path: '/',
      selfPath: '/rss.xml',
      description: settings['site.description'] || settings['site.name'],
      articles,
    }),
  );
}
