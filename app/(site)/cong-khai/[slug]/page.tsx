import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache, type ReactNode } from 'react';
import { AttachmentLinks } from '@/components/site/attachment-links';
import { PrintActions } from '@/components/site/print-actions';
import { absoluteUrl, pageMetadata } from '@/components/site/seo';
import { publishedDisclosureItemBySlug } from '@/lib/data/disclosure';
import { formatNumber } from '@/lib/decree/clusters';
import { DISCLOSURE_KIND_LABELS, PROCUREMENT_STATUS_LABELS } from '@/lib/decree/disclosure';
import { formatDay } from '@/lib/decree/legal-documents';

interface Props {
  params: Promise<{ slug: string }>;
}

const itemFor = cache(async (slug: string) => {
  await connection();
  return publishedDisclosureItemBySlug(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await itemFor((await params).slug);
  if (!item) return { title: 'Không tìm thấy trang', robots: { index: false } };
  return pageMetadata({ title: item.title, description: item.summary.slice(0, 200) || DISCLOSURE_KIND_LABELS[item.kind], path: `/cong-khai/${item.slug}` });
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr className="align-top">
      <th scope="row" className="w-56 border border-slate-200 bg-brand-50 px-3 py-2 text-left font-semibold">
        {label}
      </th>
      <td className="border border-slate-200 px-3 py-2">{children}</td>
    </tr>
  );
}

export default async function DisclosureItemPage({ params }: Props) {
  const item = await itemFor((await params).slug);
  if (!item) notFound();
  return (
    <article className="article-print">
      <nav aria-label="Đường dẫn" className="no-print mb-3 text-sm text-slate-600">
        <Link href="/cong-khai" className="hover:underline">
          Công khai thông tin
        </Link>
      </nav>
      <h1 className="text-2xl font-bold text-slate-900">{item.title}</h1>
      <PrintActions url={absoluteUrl(`/cong-khai/${item.slug}`)} />
      <table className="mt-4 w-full border-collapse bg-white text-left text-sm" aria-label="Thông tin công khai">
        <tbody>
          <Fact label="Loại thông tin">{DISCLOSURE_KIND_LABELS[item.kind]}</Fact>
          <Fact label="Năm">{item.year}</Fact>
          <Fact label="Ngày công khai">{formatDay(item.publishedOn)}</Fact>
          {item.reportKind && <Fact label="Loại báo cáo">{item.reportKind}</Fact>}
          {item.owner && <Fact label="Chủ đầu tư, bên mời thầu">{item.owner}</Fact>}
          {item.estimatedValueMillionVnd !== null && <Fact label="Giá gói thầu">{formatNumber(item.estimatedValueMillionVnd, 0)} triệu đồng</Fact>}
          {item.method && <Fact label="Hình thức lựa chọn nhà thầu">{item.method}</Fact>}
          {item.selectionTime && <Fact label="Thời gian lựa chọn nhà thầu">{item.selectionTime}</Fact>}
          {item.procurementStatus && <Fact label="Tình trạng">{PROCUREMENT_STATUS_LABELS[item.procurementStatus]}</Fact>}
          {item.result && <Fact label="Kết quả lựa chọn nhà thầu">{item.result}</Fact>}
        </tbody>
      </table>
      {item.summary && (
        <div className="prose-content mt-5">
          {item.summary.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      )}
      {item.attachments.length > 0 && (
        <section aria-labelledby="tai-lieu" className="mt-6">
          <h2 id="tai-lieu" className="text-lg font-bold text-brand-800">
            Tài liệu kèm theo
          </h2>
          <AttachmentLinks files={item.attachments} />
        </section>
      )}
    </article>
  );
}
