import Link from 'next/link';
import type { SiteSettings } from '@/lib/data/settings';
import { VisitStats } from './visit-stats';

export function SiteFooter({ settings }: { settings: SiteSettings }) {
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
        <p>
          <Link href="/so-do-trang" className="underline">
            Sơ đồ trang
          </Link>
        </p>
        <p>
          © {year} {settings['site.name']}
        </p>
        <VisitStats />
      </div>
    </footer>
  );
}
