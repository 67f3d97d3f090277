import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ProcedureForm } from '@/components/admin/procedures/procedure-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { legalBasisOptions } from '@/lib/data/staff/procedures';

export const metadata: Metadata = { title: 'Thêm thủ tục hành chính' };

export default async function NewProcedurePage() {
  await connection();
  await requireAdminPage('/quan-tri/thu-tuc/moi');
  const documents = await legalBasisOptions();
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/thu-tuc" className="text-sm text-brand-700 underline">
        ← Danh sách
      </Link>
      <h1 className="text-2xl font-bold">Thêm thủ tục hành chính</h1>
      <ProcedureForm
        documents={documents}
        initial={{
          name: '',
          slug: '',
          code: '',
          field: '',
          agency: '',
          level: 'PROVINCE',
          processingTime: '',
          fees: '',
          documents: '',
          steps: '',
          nationalPortalUrl: '',
          note: '',
          published: false,
          legalBasisIds: [],
          forms: [],
        }}
      />
    </div>
  );
}
