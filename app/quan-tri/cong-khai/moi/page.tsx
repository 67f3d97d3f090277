import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { DisclosureForm } from '@/components/admin/disclosure/disclosure-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { todayInVietnam } from '@/lib/decree/legal-documents';

export const metadata: Metadata = { title: 'Thêm thông tin công khai' };

export default async function NewDisclosurePage() {
  await connection();
  await requireAdminPage('/quan-tri/cong-khai/moi');
  const today = todayInVietnam();
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/cong-khai" className="text-sm text-brand-700 underline">
        ← Danh sách
      </Link>
      <h1 className="text-2xl font-bold">Thêm thông tin công khai</h1>
      <DisclosureForm
        initial={{
          kind: 'PROCUREMENT',
          title: '',
          slug: '',
          year: today.slice(0, 4),
          publishedOn: today,
          summary: '',
          reportKind: '',
          owner: '',
          estimatedValueMillionVnd: '',
          method: '',
          selectionTime: '',
          procurementStatus: '',
          result: '',
          published: false,
          attachments: [],
        }}
      />
    </div>
  );
}
