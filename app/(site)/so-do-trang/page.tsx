import Link from 'next/link';
import { connection } from 'next/server';
import { ABOUT_PAGES } from '@/components/site/about-nav';
import { metadataOnRequest } from '@/components/site/seo';
import { newsCategories } from '@/lib/data/categories';
import { publishedEnglishPages, publishedPageLinks } from '@/lib/data/pages';
import { DISCLOSURE_KIND_LABELS, DISCLOSURE_KIND_SLUGS, DISCLOSURE_KINDS } from '@/lib/decree/disclosure';

export const generateMetadata = metadataOnRequest({
  title: 'Sơ đồ trang',
  description: 'Tất cả các chuyên mục và trang của cổng thông tin.',
  path: '/so-do-trang',
});

interface Entry {
  href: string;
  label: string;
  children?: Entry[];
}

/** The HTML sitemap: every section (with its sub-pages), news categories and static pages. */
export default async function SiteMapPage() {
  await connection();
  const [categories, pages, english] = await Promise.all([newsCategories(), publishedPageLinks(), publishedEnglishPages()]);
  const sections: Entry[] = [
    { href: '/', label: 'Trang chủ' },
    {
      href: '/gioi-thieu',
      label: 'Giới thiệu',
      // History, organisation chart and leaders (NĐ 224/2026 Đ9 k1b) always; then the other static pages.
      children: [
        ...ABOUT_PAGES.slice(1).map((page) => ({ href: page.href, label: page.label })),
        ...pages
          .filter((page) => page.slug !== 'gioi-thieu' && page.slug !== 'lien-he' && !ABOUT_PAGES.some((about) => about.href === `/${page.slug}`))
          .map((page) => ({ href: `/${page.slug}`, label: page.title })),
      ],
    },
    { href: '/tin-tuc', label: 'Tin tức', children: categories.map((category) => ({ href: `/tin-tuc/danh-muc/${category.slug}`, label: category.name })) },
    { href: '/van-ban', label: 'Văn bản pháp quy' },
    { href: '/thu-tuc-hanh-chinh', label: 'Thủ tục hành chính' },
    {
      href: '/cong-khai',
      label: 'Công khai thông tin',
      children: DISCLOSURE_KINDS.map((kind) => ({ href: `/cong-khai?loai=${DISCLOSURE_KIND_SLUGS[kind]}`, label: DISCLOSURE_KIND_LABELS[kind] })),
    },
    { href: '/cum-cong-nghiep', label: 'Cụm công nghiệp', children: [{ href: '/cum-cong-nghiep/ban-do', label: 'Bản đồ cụm công nghiệp' }] },
    { href: '/du-an', label: 'Chiến lược, kế hoạch, dự án' },
    { href: '/thu-vien-video', label: 'Thư viện video' },
    { href: '/thu-vien-anh', label: 'Thư viện ảnh' },
    { href: '/ban-do-hanh-chinh', label: 'Bản đồ hành chính' },
    { href: '/lien-he', label: 'Liên hệ' },
    { href: '/tim-kiem', label: 'Tìm kiếm' },
    { href: '/rss.xml', label: 'Tin mới qua RSS' },
    ...(english.length ? [{ href: '/en', label: 'English', children: english.map((page) => ({ href: `/en/${page.slug}`, label: page.title })) }] : []),
  ];
  const list = (entries: Entry[]) => (
    <ul className="ml-5 list-disc space-y-1">
      {entries.map((entry) => (
        <li key={entry.href}>
          <Link href={entry.href} className="text-brand-700 underline" lang={entry.href.startsWith('/en') && entry.href !== '/en' ? 'en' : undefined}>
            {entry.label}
          </Link>
          {entry.children && entry.children.length > 0 && list(entry.children)}
        </li>
      ))}
    </ul>
  );
  return (
    <div>
      <h1 className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800">Sơ đồ trang</h1>
      <nav aria-label="Sơ đồ trang" className="rounded border border-slate-200 bg-white p-4">
        {list(sections)}
      </nav>
    </div>
  );
}
