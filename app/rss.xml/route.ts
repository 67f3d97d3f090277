import { connection } from 'next/server';
import { absoluteUrl } from '@/components/site/seo';
import { escapeXml } from '@/components/site/xml';
import { latestArticles } from '@/lib/data/articles';
import { getSiteSettings } from '@/lib/data/settings';

/** RSS 2.0 feed of the 20 newest published articles. */
export async function GET(): Promise<Response> {
  await connection();
  const [articles, settings] = await Promise.all([latestArticles(20), getSiteSettings()]);
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
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(settings['site.name'])}</title>
    <link>${escapeXml(absoluteUrl('/'))}</link>
    <description>${escapeXml(settings['site.description'] || settings['site.name'])}</description>
    <language>vi</language>
    <atom:link href="${escapeXml(absoluteUrl('/rss.xml'))}" rel="self" type="application/rss+xml" />
${articles[0] ? `    <lastBuildDate>${articles[0].publishedAt.toUTCString()}</lastBuildDate>\n` : ''}${items}
  </channel>
</rss>
`;
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
