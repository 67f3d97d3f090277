import Link from 'next/link';
import { connection } from 'next/server';
import { LegalStatusBadge } from '@/components/site/legal-status-badge';
import { Pagination } from '@/components/site/pagination';
import { FilterForm, filterControlClass, FilterSelect, firstParam, type SearchParams } from '@/components/site/filter-form';
import { metadataOnRequest } from '@/components/site/seo';
import { legalDocumentFacets, searchLegalDocuments } from '@/lib/data/legal-documents';
import { formatDay, isLegalDocumentType, LEGAL_DOCUMENT_TYPE_LABELS, LEGAL_DOCUMENT_TYPES, legalStatus, todayInVietnam } from '@/lib/decree/legal-documents';

export const generateMetadata = metadataOnRequest({
  title: 'Văn bản pháp quy',
  description: 'Thư viện văn bản pháp quy về cụm công nghiệp: luật, nghị định, thông tư, quyết định, kế hoạch, công văn.',
  path: '/van-ban',
});

/** The legal-document library: filters and search work as a plain GET form (no script needed). */
export default async function LegalDocumentsPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const params = await searchParams;
  const q = firstParam(params.q);
  const type = firstParam(params.loai);
  const issuingBody = firstParam(params['co-quan']);
  const field = firstParam(params['linh-vuc']);
  const yearText = firstParam(params.nam);
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const page = Number(firstParam(params.trang)) || 1;
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
      <FilterForm action="/van-ban" label="Tìm văn bản" submitLabel="Tìm văn bản" className="sm:grid-cols-2 lg:grid-cols-3">
        <label className="text-sm font-semibold sm:col-span-2 lg:col-span-3">
          Số ký hiệu hoặc trích yếu
          <input type="search" name="q" defaultValue={q} maxLength={200} placeholder="Ví dụ: 224/2026 hoặc cụm công nghiệp" className={filterControlClass} />
        </label>
        <FilterSelect
          label="Loại văn bản"
          name="loai"
          value={isLegalDocumentType(type) ? type : ''}
          options={LEGAL_DOCUMENT_TYPES.map((code) => ({ value: code, label: LEGAL_DOCUMENT_TYPE_LABELS[code] }))}
        />
        <FilterSelect label="Cơ quan ban hành" name="co-quan" value={issuingBody} options={facets.issuingBodies} />
        <FilterSelect label="Lĩnh vực" name="linh-vuc" value={field} options={facets.fields} />
        <FilterSelect label="Năm ban hành" name="nam" value={year ? String(year) : ''} options={facets.years} />
      </FilterForm>
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
