import type { Metadata } from 'next';
import { connection } from 'next/server';
import { StaticPageForm } from '@/components/admin/static-page-form';
import { requireAdminPage } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Thêm trang' };

export default async function NewStaticPage() {
  await connection();
  await requireAdminPage('/quan-tri/trang/moi');
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Thêm trang</h1>
      <StaticPageForm page={null} />
    </div>
  );
}
