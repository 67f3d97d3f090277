/** The "Giới thiệu" section's pages (NĐ 224/2026 Đ9 k1b), the current one marked. */
export const ABOUT_PAGES = [
  { href: '/gioi-thieu', label: 'Giới thiệu chung' },
  { href: '/lich-su-hinh-thanh', label: 'Lịch sử hình thành' },
  { href: '/co-cau-to-chuc', label: 'Cơ cấu tổ chức' },
  { href: '/lanh-dao', label: 'Lãnh đạo' },
] as const;

export function AboutNav({ current }: { current: string }) {
  return (
    <nav aria-label="Giới thiệu" className="no-print mb-5">
      <ul className="flex flex-wrap gap-2 text-sm">
        {ABOUT_PAGES.map((page) => (
          <li key={page.href}>
            {/* A plain link (a full page load), not next/link: client-side navigation between these sibling pages rendered
                another page's content under the right address (Next.js segment cache, vercel/next.js#96965). */}
            <a
              href={page.href}
              aria-current={page.href === current ? 'page' : undefined}
              className="inline-block rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {page.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
