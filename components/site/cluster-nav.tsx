import Link from 'next/link';

const LINKS = [
  { href: '/cum-cong-nghiep', label: 'Danh sách và bảng so sánh' },
  { href: '/cum-cong-nghiep/ban-do', label: 'Bản đồ các cụm công nghiệp' },
] as const;

export function ClusterNav({ current }: { current: (typeof LINKS)[number]['href'] }) {
  return (
    <nav aria-label="Cụm công nghiệp" className="no-print mb-4 flex flex-wrap gap-2 text-sm">
      {LINKS.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={link.href === current ? 'page' : undefined}
          className={`rounded px-3 py-1.5 font-semibold ${link.href === current ? 'bg-brand-700 text-white' : 'border border-slate-300 bg-white text-brand-800 hover:bg-brand-50'}`}
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
