import Link from 'next/link';
import { connection } from 'next/server';
import { HighlightedText } from '@/components/site/highlighted-text';
import { FilterForm, filterControlClass, FilterSelect, firstParam, type SearchParams } from '@/components/site/filter-form';
import { metadataOnRequest } from '@/components/site/seo';
import { procedureFacets, searchProcedures } from '@/lib/data/procedures';
import { PROCEDURE_LEVEL_LABELS } from '@/lib/decree/procedures';

export const generateMetadata = metadataOnRequest({
  title: 'Thủ tục hành chính',
  description: 'Thủ tục hành chính nhà đầu tư cần thực hiện khi đầu tư vào cụm công nghiệp tỉnh Ninh Bình: hồ sơ, trình tự, thời hạn, phí, căn cứ pháp lý.',
  path: '/thu-tuc-hanh-chinh',
});

/** Procedures for investors: search (no diacritics needed) and filters as a plain GET form. */
export default async function ProceduresPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const params = await searchParams;
  const q = firstParam(params.q);
  const field = firstParam(params['linh-vuc']);
  const agency = firstParam(params['co-quan']);
  const [procedures, facets] = await Promise.all([searchProcedures({ q, field: field || null, agency: agency || null }), procedureFacets()]);
  return (
    <div>
      <h1 className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800">Thủ tục hành chính</h1>
      <p className="mb-4 text-slate-700">
        Các thủ tục nhà đầu tư thường gặp khi đầu tư vào cụm công nghiệp. Hồ sơ được nộp trực tuyến trên Cổng Dịch vụ công quốc gia; mỗi thủ tục có đường dẫn
        đến trang nộp hồ sơ.
      </p>
      <FilterForm action="/thu-tuc-hanh-chinh" label="Tìm thủ tục" submitLabel="Tìm thủ tục" className="sm:grid-cols-2">
        <label className="text-sm font-semibold sm:col-span-2">
          Tên thủ tục
          <input type="search" name="q" defaultValue={q} maxLength={200} placeholder="Ví dụ: thue dat cum cong nghiep" className={filterControlClass} />
        </label>
        <FilterSelect label="Lĩnh vực" name="linh-vuc" value={field} options={facets.fields} />
        <FilterSelect label="Cơ quan thực hiện" name="co-quan" value={agency} options={facets.agencies} />
      </FilterForm>
      <p className="mt-4 text-sm text-slate-700" role="status">
        Tìm thấy {procedures.length} thủ tục.
      </p>
      {procedures.length > 0 ? (
        <ul className="mt-3 space-y-3" aria-label="Danh sách thủ tục">
          {procedures.map((procedure) => (
            <li key={procedure.id} className="rounded border border-slate-200 bg-white p-4">
              <p className="text-xs font-semibold uppercase text-slate-600">
                {procedure.field} · {PROCEDURE_LEVEL_LABELS[procedure.level]}
              </p>
              <h2 className="mt-1 text-lg font-bold">
                <Link href={`/thu-tuc-hanh-chinh/${procedure.slug}`} className="text-brand-800 hover:underline">
                  <HighlightedText segments={procedure.nameSegments} />
                </Link>
              </h2>
              <p className="text-sm text-slate-700">
                Cơ quan thực hiện: {procedure.agency}
                {procedure.processingTime && <> · Thời hạn: {procedure.processingTime}</>}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 rounded border border-slate-200 bg-white p-4">Không có thủ tục nào phù hợp. Hãy bỏ bớt điều kiện lọc hoặc thử từ khóa khác.</p>
      )}
    </div>
  );
}
