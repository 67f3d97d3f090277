import Link from 'next/link';
import { connection } from 'next/server';
import { LegalStatusBadge } from '@/components/site/legal-status-badge';
import { Pagination } from '@/components/site/pagination';
import { metadataOnRequest } from '@/components/site/seo';
import { legalDocumentFacets, searchLegalDocuments } from '@/lib/data/legal-documents';
import { formatDay, isLegalDocumentType, LEGAL_DOCUMENT_TYPE_LABELS, LEGAL_DOCUMENT_TYPES, legalStatus, todayInVietnam } from '@/lib/decree/legal-documents';

export const generateMetadata = metadataOnRequest({
  title: 'Văn bản pháp quy',
  description: 'Thư viện văn bản pháp quy về cụm công nghiệp: luật, nghị định, thông tư, quyết định, kế hoạch, công văn.',
  path: '/van-ban',
});

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

const controlClass = 'mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm';

/** The legal-document library: filters and search work as a plain GET form (no script needed). */
export default async function LegalDocumentsPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const params = await searchParams;
  const q = one(params.q);
  const type = one(params.loai);
  const issuingBody = one(params['co-quan']);
  const field = one(params['linh-vuc']);
  const yearText = one(params.nam);
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const page = Number(one(params.trang)) || 1;
  const [results, facets] = await Promise.all([
    searchLegalDocuments({ q, type: isLegalDocumentType(type) ? type : null, issuingBody: issuingBody || null, field: field || null, year, page }),
    legalDocumentFacets(),
  ]);
  const today = todayInVietnam();
  const query: Record<string, string> = Object.fromEntries(
    Object.entries({ q, loai: type, 'co-quan': issuingBody, 'linh-vuc': field, nam: yearText }).filter(([, value]) => value !== ''),
  );
  return (
    <div>
      <h1 className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800">Văn bản pháp quy</h1>
      <form
        method="get"
        action="/van-ban"
        role="search"
        aria-label="Tìm văn bản"
        className="no-print grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
      >
        <label className="text-sm font-semibold sm:col-span-2 lg:col-span-3">
          Số ký hiệu hoặc trích yếu
          <input type="search" name="q" defaultValue={q} maxLength={200} placeholder="Ví dụ: 224/2026 hoặc cụm công nghiệp" className={controlClass} />
        </label>
        <label className="text-sm font-semibold">
          Loại văn bản
          <select name="loai" defaultValue={isLegalDocumentType(type) ? type : ''} className={controlClass}>
            <option value="">Tất cả</option>
            {LEGAL_DOCUMENT_TYPES.map((code) => (
              <option key={code} value={code}>
                {LEGAL_DOCUMENT_TYPE_LABELS[code]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Cơ quan ban hành
          <select name="co-quan" defaultValue={issuingBody} className={controlClass}>
            <option value="">Tất cả</option>
            {facets.issuingBodies.map((body) => (
              <option key={body} value={body}>
                {body}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Lĩnh vực
          <select name="linh-vuc" defaultValue={field} className={controlClass}>
            <option value="">Tất cả</option>
            {facets.fields.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Năm ban hành
          <select name="nam" defaultValue={year ? String(year) : ''} className={controlClass}>
            <option value="">Tất cả</option>
            {facets.years.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
            Tìm văn bản
          </button>
          <Link href="/van-ban" className="px-2 py-2 text-sm text-brand-700 underline">
            Xóa bộ lọc
          </Link>
        </div>
      </form>
      <p className="mt-4 text-sm text-slate-700" role="status">
        Tìm thấy {results.total} văn bản.
      </p>
      {results.items.length > 0 ? (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm" aria-label="Danh sách văn bản">
            <thead>
              <tr className="bg-brand-50 text-brand-900">
                <th scope="col" className="border border-slate-200 px-3 py-2">
                  Số ký hiệu
                </th>
                <th scope="col" className="border border-slate-200 px-3 py-2">
                  Ngày ban hành
                </th>
                <th scope="col" className="border border-slate-200 px-3 py-2">
                  Trích yếu
                </th>
                <th scope="col" className="border border-slate-200 px-3 py-2">
                  Hiệu lực
                </th>
              </tr>
            </thead>
            <tbody>
              {results.items.map((document) => (
                <tr key={document.id} className="align-top">
                  <td className="border border-slate-200 px-3 py-2 font-semibold">
                    <Link href={`/van-ban/${document.id}`} className="text-brand-700 hover:underline">
                      {document.number}
                    </Link>
                    <div className="text-xs font-normal text-slate-600">{LEGAL_DOCUMENT_TYPE_LABELS[document.documentType]}</div>
                  </td>
                  <td className="whitespace-nowrap border border-slate-200 px-3 py-2">{formatDay(document.issuedOn)}</td>
                  <td className="border border-slate-200 px-3 py-2">
                    {document.summary}
                    <div className="text-xs text-slate-600">{document.issuingBody}</div>
                  </td>
                  <td className="border border-slate-200 px-3 py-2">
                    <LegalStatusBadge status={legalStatus(document, today)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-3 rounded border border-slate-200 bg-white p-4">Không có văn bản nào phù hợp. Hãy bỏ bớt điều kiện lọc hoặc thử từ khóa khác.</p>
      )}
      <Pagination basePath="/van-ban" page={results.page} pageCount={results.pageCount} query={query} />
    </div>
  );
}
