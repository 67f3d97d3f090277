import { absoluteUrl } from '@/components/site/seo';
import { escapeXml } from '@/components/site/xml';
import type { ArticleCard } from '@/lib/data/articles';

// RSS 2.0 of a list of articles: the site's feed (/rss.xml) and each tag's feed.

export interface ArticleFeed {
  title: string;
  /** The page the feed mirrors, e.g. "/" or "/tin-tuc/the/dau-tu". */
  path: string;
  /** The feed's own address, e.g. "/rss.xml". */
  selfPath: string;
  description: string;
  articles: ArticleCard[];
}

export function articleRss({ title, path, selfPath, description, articles }: ArticleFeed): string {
  const items = articles
    .map((article) => {
      const url = absoluteUrl(`/tin-tuc/${article.slug}`);
      return [
        '    <item>',
        `      <title>${escapeXml(article.title)}</title>`,
        `      <link>${escapeXml(url)}</link>`,
        `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
        `      <pubDate>${article.publishedAt.toUTCString()}</pubDate>`,
        article.category ? `      <category>${escapeXml(article.category.name)}</category>` : '',
        `      <description>${escapeXml(article.summary)}</description>`,
        '    </item>',
      ]
        .filter(Boolean)
        .join('\n');
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(title)}</title>
    <link>${escapeXml(absoluteUrl(path))}</link>
    <description>${escapeXml(description)}</description>
    <language>vi</language>
    <atom:link href="${escapeXml(absoluteUrl(selfPath))}" rel="self" type="application/rss+xml" />
${articles[0] ? `    <lastBuildDate>${articles[0].publishedAt.toUTCString()}</lastBuildDate>\n` : ''}${items}
  </channel>
</rss>
`;
}

export function rssResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
}
