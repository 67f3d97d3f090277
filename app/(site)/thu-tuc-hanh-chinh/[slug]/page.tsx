import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache, type ReactNode } from 'react';
import { AttachmentLinks } from '@/components/site/attachment-links';
import { FeedbackWidget } from '@/components/site/feedback-widget';
import { PrintActions } from '@/components/site/print-actions';
import { absoluteUrl, pageMetadata } from '@/components/site/seo';
import { publishedProcedureBySlug } from '@/lib/data/procedures';
import { PROCEDURE_LEVEL_LABELS, procedureLines } from '@/lib/decree/procedures';
import { formatDate } from '@/lib/format/date';

interface Props {
  params: Promise<{ slug: string }>;
}

const procedureFor = cache(async (slug: string) => {
  await connection();
  return publishedProcedureBySlug(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const procedure = await procedureFor((await params).slug);
  if (!procedure) return { title: 'Không tìm thấy trang', robots: { index: false } };
  return pageMetadata({ title: procedure.name, description: `${procedure.field} · ${procedure.agency}`, path: `/thu-tuc-hanh-chinh/${procedure.slug}` });
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr className="align-top">
      <th scope="row" className="w-48 border border-slate-200 bg-brand-50 px-3 py-2 text-left font-semibold">
        {label}
      </th>
      <td className="border border-slate-200 px-3 py-2">{children}</td>
    </tr>
  );
}

/** One procedure: facts, documents, steps, legal basis, forms; printable as is (print CSS). */
export default async function ProcedurePage({ params }: Props) {
  const procedure = await procedureFor((await params).slug);
  if (!procedure) notFound();
  const documents = procedureLines(procedure.documents);
  const steps = procedureLines(procedure.steps);
  return (
    <article className="article-print">
      <nav aria-label="Đường dẫn" className="no-print mb-3 text-sm text-slate-600">
        <Link href="/thu-tuc-hanh-chinh" className="hover:underline">
          Thủ tục hành chính
        </Link>
      </nav>
      <h1 className="text-2xl font-bold text-slate-900">{procedure.name}</h1>
      <PrintActions url={absoluteUrl(`/thu-tuc-hanh-chinh/${procedure.slug}`)} />
      {procedure.nationalPortalUrl && (
        <p className="no-print mt-4">
          <a
            href={procedure.nationalPortalUrl}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Nộp hồ sơ trên Cổng Dịch vụ công quốc gia<span className="sr-only"> (mở trong thẻ mới)</span>
          </a>
        </p>
      )}
      <table className="mt-4 w-full border-collapse bg-white text-left text-sm" aria-label="Thông tin thủ tục">
        <tbody>
          {procedure.code && <Fact label="Mã thủ tục">{procedure.code}</Fact>}
          <Fact label="Lĩnh vực">{procedure.field}</Fact>
          <Fact label="Cơ quan thực hiện">{procedure.agency}</Fact>
          <Fact label="Cấp thực hiện">{PROCEDURE_LEVEL_LABELS[procedure.level]}</Fact>
          {procedure.processingTime && <Fact label="Thời hạn giải quyết">{procedure.processingTime}</Fact>}
          {procedure.fees && <Fact label="Phí, lệ phí">{procedure.fees}</Fact>}
          {procedure.nationalPortalUrl && <Fact label="Cổng Dịch vụ công">{procedure.nationalPortalUrl}</Fact>}
          <Fact label="Cập nhật">{formatDate(procedure.updatedAt)}</Fact>
        </tbody>
      </table>
      {procedure.note && <p className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">{procedure.note}</p>}
      {documents.length > 0 && (
        <section aria-labelledby="ho-so" className="mt-6">
          <h2 id="ho-so" className="text-lg font-bold text-brand-800">
            Thành phần hồ sơ
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {documents.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      {steps.length > 0 && (
        <section aria-labelledby="trinh-tu" className="mt-6">
          <h2 id="trinh-tu" className="text-lg font-bold text-brand-800">
            Trình tự thực hiện
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {steps.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ol>
        </section>
      )}
      {procedure.legalBasis.length > 0 && (
        <section aria-labelledby="can-cu" className="mt-6">
          <h2 id="can-cu" className="text-lg font-bold text-brand-800">
            Căn cứ pháp lý
          </h2>
          <ul className="mt-2 space-y-1">
            {procedure.legalBasis.map((document) => (
              <li key={document.id}>
                <Link href={`/van-ban/${document.id}`} className="font-semibold text-brand-700 underline">
                  {document.number}
                </Link>{' '}
                {document.summary}
              </li>
            ))}
          </ul>
        </section>
      )}
      {procedure.forms.length > 0 && (
        <section aria-labelledby="bieu-mau" className="mt-6">
          <h2 id="bieu-mau" className="text-lg font-bold text-brand-800">
            Mẫu đơn, tờ khai
          </h2>
          <AttachmentLinks files={procedure.forms} />
        </section>
      )}
      <FeedbackWidget kind="procedure" targetId={procedure.id} />
    </article>
  );
}
