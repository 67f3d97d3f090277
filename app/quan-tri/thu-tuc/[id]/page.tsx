import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ProcedureForm } from '@/components/admin/procedures/procedure-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { getStaffProcedure, legalBasisOptions } from '@/lib/data/staff/procedures';

export const metadata: Metadata = { title: 'Sửa thủ tục hành chính' };

export default async function EditProcedurePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  await requireAdminPage('/quan-tri/thu-tuc/[id]');
  const [procedure, documents] = await Promise.all([getStaffProcedure((await params).id), legalBasisOptions()]);
  if (!procedure) notFound();
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/thu-tuc" className="text-sm text-brand-700 underline">
        ← Danh sách
      </Link>
      <h1 className="text-2xl font-bold">Sửa: {procedure.name}</h1>
      <ProcedureForm
        documents={documents}
        initial={{
          ...procedure,
          forms: procedure.forms.map((file) => ({ id: file.id, url: file.url, mimeType: file.mimeType, label: file.originalName, thumbnailUrl: null })),
        }}
      />
    </div>
  );
}
