import Link from 'next/link';
import type { PublicMenuItem } from '@/lib/data/menus';
import type { SiteSettings } from '@/lib/data/settings';
import { VisitStats } from './visit-stats';

export function SiteFooter({ settings, menu }: { settings: SiteSettings; menu: PublicMenuItem[] }) {
  const year = new Date().getFullYear();
  return (
    <footer className="no-print mt-10 bg-brand-900 text-sm text-white/90">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6">
        <p className="font-semibold uppercase">{settings['site.name']}</p>
        {settings['contact.address'] && <p>Địa chỉ: {settings['contact.address']}</p>}
        {settings['contact.phone'] && <p>Điện thoại: {settings['contact.phone']}</p>}
        {settings['contact.fax'] && <p>Fax: {settings['contact.fax']}</p>}
        {settings['contact.email'] && <p>Email: {settings['contact.email']}</p>}
        {settings['footer.text'] && <p>{settings['footer.text']}</p>}
        {menu.length > 0 && (
          <nav aria-label="Menu chân trang">
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {menu
                .flatMap((item) => [item, ...item.children])
                .map((item) => (
                  <li key={item.id}>
                    <Link href={item.href} className="underline">
                      {item.label}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
        )}
        <p>
          © {year} {settings['site.name']}
        </p>
        <VisitStats />
      </div>
    </footer>
  );
}
