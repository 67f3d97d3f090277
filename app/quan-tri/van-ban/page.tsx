import type { Metadata } from 'next';
import { connection } from 'next/server';
import { RecordTable } from '@/components/admin/decree/record-table';
import { deleteLegalDocumentAction } from '@/lib/actions/legal-documents';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listStaffLegalDocuments } from '@/lib/data/staff/legal-documents';
import { formatDay, LEGAL_DOCUMENT_TYPE_LABELS, LEGAL_STATUS_LABELS, legalStatus } from '@/lib/decree/legal-documents';

export const metadata: Metadata = { title: 'Văn bản pháp quy' };

export default async function LegalDocumentsAdminPage() {
  await connection();
  await requireAdminPage('/quan-tri/van-ban');
  const documents = await listStaffLegalDocuments();
  return (
    <RecordTable
      heading="Văn bản pháp quy"
      createHref="/quan-tri/van-ban/moi"
      createLabel="Thêm văn bản"
      records={documents}
      name={(document) => document.number}
      nameHeader="Số ký hiệu"
      detail={(document) => document.summary}
      editBase="/quan-tri/van-ban"
      emptyText="Chưa có văn bản."
      columns={[
        { header: 'Loại', cell: (document) => LEGAL_DOCUMENT_TYPE_LABELS[document.documentType] },
        { header: 'Ban hành', cell: (document) => formatDay(document.issuedOn) },
        { header: 'Hiệu lực', cell: (document) => LEGAL_STATUS_LABELS[legalStatus(document)] },
      ]}
      remove={deleteLegalDocumentAction}
      deleteConfirm={(document) => `Xóa văn bản ${document.number}?`}
    />
  );
}
