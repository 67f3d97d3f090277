import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { LegalStatusBadge } from '@/components/site/legal-status-badge';
import { mediaUrl } from '@/lib/media/urls';
import { PrintActions } from '@/components/site/print-actions';
import { absoluteUrl, pageMetadata } from '@/components/site/seo';
import { publishedLegalDocument } from '@/lib/data/legal-documents';
import { formatDay, LEGAL_DOCUMENT_TYPE_LABELS, legalStatus } from '@/lib/decree/legal-documents';
import { formatBytes } from '@/lib/media/limits';

interface Props {
  params: Promise<{ id: string }>;
}

const documentFor = cache(async (id: string) => {
  await connection();
  return publishedLegalDocument(id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const document = await documentFor((await params).id);
  if (!document) return { title: 'Không tìm thấy trang', robots: { index: false } };
  return pageMetadata({
    title: `${LEGAL_DOCUMENT_TYPE_LABELS[document.documentType]} ${document.number}`,
    description: document.summary,
    path: `/van-ban/${document.id}`,
    type: 'article',
    publishedTime: document.issuedOn,
    modifiedTime: document.updatedAt,
  });
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <tr>
      <th scope="row" className="w-48 border border-slate-200 bg-slate-50 px-3 py-2 text-left font-semibold">
        {label}
      </th>
      <td className="border border-slate-200 px-3 py-2">{children}</td>
    </tr>
  );
}

export default async function LegalDocumentPage({ params }: Props) {
  const document = await documentFor((await params).id);
  if (!document) notFound();
  const pdf = document.attachments.find((file) => file.mimeType === 'application/pdf');
  return (
    <article className="article-print">
      <nav aria-label="Đường dẫn" className="no-print mb-3 text-sm text-slate-600">
        <Link href="/van-ban" className="hover:underline">
          Văn bản pháp quy
        </Link>{' '}
        › {document.number}
      </nav>
      <h1 className="text-2xl font-bold text-slate-900">
        {LEGAL_DOCUMENT_TYPE_LABELS[document.documentType]} số {document.number}
      </h1>
      <p className="mt-2 text-lg">{document.summary}</p>
      <PrintActions url={absoluteUrl(`/van-ban/${document.id}`)} />
      <table className="mt-5 w-full border-collapse bg-white text-sm" aria-label="Thông tin văn bản">
        <tbody>
          <Row label="Số ký hiệu">{document.number}</Row>
          <Row label="Loại văn bản">{LEGAL_DOCUMENT_TYPE_LABELS[document.documentType]}</Row>
          <Row label="Cơ quan ban hành">{document.issuingBody}</Row>
          {document.signer && <Row label="Người ký">{document.signer}</Row>}
          <Row label="Ngày ban hành">{formatDay(document.issuedOn)}</Row>
          <Row label="Ngày có hiệu lực">{document.effectiveOn ? formatDay(document.effectiveOn) : 'Từ ngày ban hành'}</Row>
          {document.expiresOn && <Row label="Ngày hết hiệu lực">{formatDay(document.expiresOn)}</Row>}
          {document.field && <Row label="Lĩnh vực">{document.field}</Row>}
          <Row label="Tình trạng">
            <LegalStatusBadge status={legalStatus(document)} />
          </Row>
          {document.replacedBy && (
            <Row label="Được thay thế bởi">
              <Link href={`/van-ban/${document.replacedBy.id}`} className="text-brand-700 underline">
                {document.replacedBy.number}
              </Link>
            </Row>
          )}
          {document.replaces.length > 0 && (
            <Row label="Thay thế văn bản">
              {document.replaces.map((item, index) => (
                <span key={item.id}>
                  {index > 0 && ', '}
                  <Link href={`/van-ban/${item.id}`} className="text-brand-700 underline">
                    {item.number}
                  </Link>
                </span>
              ))}
            </Row>
          )}
        </tbody>
      </table>
      {document.attachments.length > 0 && (
        <section aria-labelledby="tep-dinh-kem" className="mt-6">
          <h2 id="tep-dinh-kem" className="text-lg font-bold text-brand-800">
            Tệp đính kèm
          </h2>
          <ul className="mt-2 space-y-1">
            {document.attachments.map((file) => (
              <li key={file.id}>
                <a href={`${mediaUrl(file.storageKey)}?tai-ve=1`} download={file.originalName} className="text-brand-700 underline">
                  Tải về {file.originalName}
                </a>{' '}
                <span className="text-sm text-slate-600">({formatBytes(file.byteSize)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {pdf && (
        <section aria-labelledby="xem-van-ban" className="no-print mt-6">
          <h2 id="xem-van-ban" className="text-lg font-bold text-brand-800">
            Xem toàn văn
          </h2>
          <iframe
            src={mediaUrl(pdf.storageKey)}
            title={`Toàn văn ${document.number} (PDF)`}
            className="mt-2 h-[80vh] w-full rounded border border-slate-300 bg-white"
          />
        </section>
      )}
    </article>
  );
}
