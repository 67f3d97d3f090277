import { connection } from 'next/server';
import { absoluteUrl } from '@/components/site/seo';
import { escapeXml } from '@/components/site/xml';
import { publishedDisclosureItems } from '@/lib/data/disclosure';
import { DISCLOSURE_KIND_LABELS, DISCLOSURE_KIND_SLUGS, disclosureKindFromSlug } from '@/lib/decree/disclosure';

/** RSS 2.0 feed of the 30 newest published disclosure items of one kind (/cong-khai/rss/dau-thau …). */
export async function GET(_request: Request, { params }: { params: Promise<{ loai: string }> }): Promise<Response> {
  await connection();
  const kind = disclosureKindFromSlug((await params).loai);
  if (!kind) return new Response('Không có nguồn tin này.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const items = await publishedDisclosureItems({ kind, limit: 30 });
  const self = absoluteUrl(`/cong-khai/rss/${DISCLOSURE_KIND_SLUGS[kind]}`);
  const entries = items
    .map((item) => {
      const url = absoluteUrl(`/cong-khai/${item.slug}`);
      return [
        '    <item>',
        `      <title>${escapeXml(item.title)}</title>`,
        `      <link>${escapeXml(url)}</link>`,
        `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
        `      <pubDate>${item.publishedOn.toUTCString()}</pubDate>`,
        `      <category>${escapeXml(String(item.year))}</category>`,
        `      <description>${escapeXml(item.summary)}</description>`,
        '    </item>',
      ].join('\n');
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(`Công khai thông tin: ${DISCLOSURE_KIND_LABELS[kind]}`)}</title>
    <link>${escapeXml(absoluteUrl(`/cong-khai?loai=${DISCLOSURE_KIND_SLUGS[kind]}`))}</link>
    <description>${escapeXml(DISCLOSURE_KIND_LABELS[kind])}</description>
    <language>vi</language>
    <atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml" />
${entries}
  </channel>
</rss>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
}
