import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { RecordTable } from '@/components/admin/decree/record-table';
import { deleteDisclosureItemAction } from '@/lib/actions/disclosure';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listStaffDisclosureItems } from '@/lib/data/staff/disclosure';
import { DISCLOSURE_KIND_LABELS, type DisclosureKindCode } from '@/lib/decree/disclosure';
import { formatDay } from '@/lib/decree/legal-documents';

export const metadata: Metadata = { title: 'Công khai thông tin' };

export default async function DisclosureAdminPage() {
  await connection();
  await requireAdminPage('/quan-tri/cong-khai');
  const items = await listStaffDisclosureItems();
  return (
    <div className="space-y-4">
      <p>
        <Link href="/quan-tri/cong-khai/danh-muc" className="text-brand-700 underline">
          Danh mục thông tin phải được công khai
        </Link>
      </p>
      <RecordTable
        heading="Công khai thông tin"
        createHref="/quan-tri/cong-khai/moi"
        createLabel="Thêm thông tin"
        records={items}
        name={(item) => item.title}
        editBase="/quan-tri/cong-khai"
        emptyText="Chưa có thông tin công khai nào."
        columns={[
          { header: 'Loại', cell: (item) => DISCLOSURE_KIND_LABELS[item.kind as DisclosureKindCode] },
          { header: 'Năm', cell: (item) => item.year },
          { header: 'Ngày công khai', cell: (item) => formatDay(item.publishedOn) },
        ]}
        remove={deleteDisclosureItemAction}
      />
    </div>
  );
}
