import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { DisclosureForm } from '@/components/admin/disclosure/disclosure-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { getStaffDisclosureItem } from '@/lib/data/staff/disclosure';
import { isoDay } from '@/lib/decree/legal-documents';

export const metadata: Metadata = { title: 'Sửa thông tin công khai' };

export default async function EditDisclosurePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  await requireAdminPage('/quan-tri/cong-khai/[id]');
  const item = await getStaffDisclosureItem((await params).id);
  if (!item) notFound();
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/cong-khai" className="text-sm text-brand-700 underline">
        ← Danh sách
      </Link>
      <h1 className="text-2xl font-bold">Sửa: {item.title}</h1>
      <DisclosureForm
        initial={{
          id: item.id,
          kind: item.kind,
          title: item.title,
          slug: item.slug,
          year: String(item.year),
          publishedOn: isoDay(item.publishedOn),
          summary: item.summary,
          reportKind: item.reportKind,
          owner: item.owner,
          estimatedValueMillionVnd: item.estimatedValueMillionVnd === null ? '' : String(item.estimatedValueMillionVnd),
          method: item.method,
          selectionTime: item.selectionTime,
          procurementStatus: item.procurementStatus ?? '',
          result: item.result,
          published: item.published,
          attachments: item.attachments.map((file) => ({ id: file.id, url: file.url, mimeType: file.mimeType, label: file.originalName, thumbnailUrl: null })),
        }}
      />
    </div>
  );
}
