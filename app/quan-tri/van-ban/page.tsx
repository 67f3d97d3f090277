import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { RowAction } from '@/components/admin/decree/row-action';
import { buttonClasses } from '@/components/ui/button';
import { deleteLegalDocumentAction } from '@/lib/actions/legal-documents';
import { requirePermission } from '@/lib/auth/current-user';
import { listStaffLegalDocuments } from '@/lib/data/staff/legal-documents';
import { formatDay, LEGAL_DOCUMENT_TYPE_LABELS, LEGAL_STATUS_LABELS, legalStatus } from '@/lib/decree/legal-documents';

export const metadata: Metadata = { title: 'Văn bản pháp quy' };

export default async function LegalDocumentsAdminPage() {
  await connection();
  await requirePermission('legalDocument.manage');
  const documents = await listStaffLegalDocuments();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Văn bản pháp quy</h1>
        <Link href="/quan-tri/van-ban/moi" className={buttonClasses()}>
          Thêm văn bản
        </Link>
      </div>
      {documents.length === 0 ? (
        <p>Chưa có văn bản.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left text-sm">
          <thead className="bg-slate-100">
            <tr>
              <th className="p-2">Số ký hiệu</th>
              <th className="p-2">Loại</th>
              <th className="p-2">Ban hành</th>
              <th className="p-2">Hiệu lực</th>
              <th className="p-2">Công khai</th>
              <th className="p-2">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((document) => (
              <tr key={document.id} className="border-t border-slate-200 align-top">
                <td className="p-2 font-semibold">
                  <Link href={`/quan-tri/van-ban/${document.id}`} className="text-brand-700 underline">
                    {document.number}
                  </Link>
                  <div className="max-w-md text-xs font-normal text-slate-600">{document.summary}</div>
                </td>
                <td className="p-2">{LEGAL_DOCUMENT_TYPE_LABELS[document.documentType]}</td>
                <td className="p-2">{formatDay(document.issuedOn)}</td>
                <td className="p-2">{LEGAL_STATUS_LABELS[legalStatus(document)]}</td>
                <td className="p-2">{document.published ? 'Đã xuất bản' : 'Nháp'}</td>
                <td className="p-2">
                  <RowAction action={deleteLegalDocumentAction} fields={{ id: document.id }} label="Xóa" variant="danger" confirm={`Xóa văn bản ${document.number}?`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
