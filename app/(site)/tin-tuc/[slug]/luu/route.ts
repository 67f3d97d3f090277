import { connection } from 'next/server';
import { absoluteUrl, siteUrl } from '@/components/site/seo';
import { publishedArticleBySlug } from '@/lib/data/articles';
import { servableMediaByKey } from '@/lib/data/media';
import { getSiteSettings } from '@/lib/data/settings';
import { buildStandaloneHtml } from '@/lib/content/standalone-html';
import { formatDateTime } from '@/lib/format/date';
import { contentDisposition } from '@/lib/media/disposition';
import { mediaStorage } from '@/lib/storage';
import { STORAGE_KEY_PATTERN } from '@/lib/storage/storage';

// "Lưu": the article as one self-contained HTML file. Images from the media library are embedded
// as data: URIs up to a total budget; past it (or for anything else) they stay absolute links.

const EMBED_BUDGET_BYTES = 8 * 1024 * 1024;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const article = await publishedArticleBySlug(slug);
  if (!article) return new Response('Không tìm thấy bài viết.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const settings = await getSiteSettings();
  let budget = EMBED_BUDGET_BYTES;
  const embed = async (path: string): Promise<string | null> => {
    const key = path.replace(/^\/media\//, '').split('?')[0] ?? '';
    if (!path.startsWith('/media/') || !STORAGE_KEY_PATTERN.test(key) || key.includes('..')) return null;
    const media = await servableMediaByKey(key);
    if (!media || !media.mimeType.startsWith('image/')) return null;
    const info = await mediaStorage().stat(key);
    if (!info || info.size > budget) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of mediaStorage().read(key)) chunks.push(chunk as Buffer);
    budget -= info.size;
    return `data:${media.mimeType};base64,${Buffer.concat(chunks).toString('base64')}`;
  };
  const html = await buildStandaloneHtml(
    {
      title: article.title,
      summary: article.summary,
      dateText: formatDateTime(article.publishedAt),
      byline: article.byline,
      url: absoluteUrl(`/tin-tuc/${article.slug}`),
      siteName: settings['site.name'],
      coverSrc: article.cover ? `/media/${article.cover.storageKey}` : null,
      coverAlt: article.cover?.altText ?? '',
      bodyHtml: article.bodyHtml,
    },
    siteUrl(),
    embed,
  );
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Disposition': contentDisposition('attachment', `${article.slug}.html`),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}
