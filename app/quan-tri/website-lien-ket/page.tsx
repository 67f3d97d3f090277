import type { Metadata } from 'next';
import { connection } from 'next/server';
import { LinkedSitesManager } from '@/components/admin/linked-sites/linked-sites-manager';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listLinkedSites } from '@/lib/data/staff/linked-sites';

export const metadata: Metadata = { title: 'Website liên kết', robots: { index: false } };

export default async function LinkedSitesPage() {
  await connection();
  await requireAdminPage('/quan-tri/website-lien-ket');
  const sites = await listLinkedSites();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Website liên kết</h1>
        <p className="mt-1 text-slate-600">Các website hiển thị ở cột bên phải trang công khai, theo thứ tự dưới đây. Chỉ website đang bật mới hiển thị.</p>
      </header>
      <LinkedSitesManager sites={sites} />
      {/* The list can be long: a way back to the top without scrolling. */}
      <p>
        <a href="#noi-dung" className="text-brand-700 underline">
          Về đầu trang
        </a>
      </p>
    </div>
  );
}
