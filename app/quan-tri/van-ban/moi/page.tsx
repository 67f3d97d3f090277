import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { LegalDocumentForm } from '@/components/admin/decree/legal-document-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { legalDocumentChoices } from '@/lib/data/staff/legal-documents';

export const metadata: Metadata = { title: 'Thêm văn bản' };

export default async function NewLegalDocumentPage() {
  await connection();
  await requireAdminPage('/quan-tri/van-ban/moi');
  const choices = await legalDocumentChoices();
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/van-ban" className="text-sm text-brand-700 underline">
        ← Danh sách văn bản
      </Link>
      <h1 className="text-2xl font-bold">Thêm văn bản</h1>
      <LegalDocumentForm
        choices={choices}
        initial={{
          documentType: '',
          number: '',
          issuingBody: '',
          signer: '',
          issuedOn: '',
          effectiveOn: '',
          expiresOn: '',
          replacedById: '',
          summary: '',
          field: '',
          published: false,
          attachments: [],
        }}
      />
    </div>
  );
}
