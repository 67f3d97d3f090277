import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { LegalDocumentForm } from '@/components/admin/decree/legal-document-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { getStaffLegalDocument, legalDocumentChoices } from '@/lib/data/staff/legal-documents';
import { isoDay } from '@/lib/decree/legal-documents';

export const metadata: Metadata = { title: 'Sửa văn bản' };

export default async function EditLegalDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  await requireAdminPage('/quan-tri/van-ban/[id]');
  const document = await getStaffLegalDocument((await params).id);
  if (!document) notFound();
  const choices = await legalDocumentChoices(document.id);
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/van-ban" className="text-sm text-brand-700 underline">
        ← Danh sách văn bản
      </Link>
      <h1 className="text-2xl font-bold">Sửa văn bản {document.number}</h1>
      {document.published && (
        <Link href={`/van-ban/${document.id}`} className="text-sm text-brand-700 underline">
          Xem trên cổng thông tin
        </Link>
      )}
      <LegalDocumentForm
        choices={choices}
        initial={{
          id: document.id,
          documentType: document.documentType,
          number: document.number,
          issuingBody: document.issuingBody,
          signer: document.signer,
          issuedOn: isoDay(document.issuedOn),
          effectiveOn: document.effectiveOn ? isoDay(document.effectiveOn) : '',
          expiresOn: document.expiresOn ? isoDay(document.expiresOn) : '',
          replacedById: document.replacedById ?? '',
          summary: document.summary,
          field: document.field,
          published: document.published,
          attachments: document.attachments.map((file) => ({
            id: file.id,
            url: file.url,
            mimeType: file.mimeType,
            label: file.originalName,
            thumbnailUrl: null,
          })),
        }}
      />
    </div>
  );
}
