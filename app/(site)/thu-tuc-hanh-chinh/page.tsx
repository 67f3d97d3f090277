import Link from 'next/link';
import { connection } from 'next/server';
import { HighlightedText } from '@/components/site/highlighted-text';
import { metadataOnRequest } from '@/components/site/seo';
import { procedureFacets, searchProcedures } from '@/lib/data/procedures';
import { PROCEDURE_LEVEL_LABELS } from '@/lib/decree/procedures';

export const generateMetadata = metadataOnRequest({
  title: 'Thủ tục hành chính',
  description: 'Thủ tục hành chính nhà đầu tư cần thực hiện khi đầu tư vào cụm công nghiệp tỉnh Ninh Bình: hồ sơ, trình tự, thời hạn, phí, căn cứ pháp lý.',
  path: '/thu-tuc-hanh-chinh',
});

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

const controlClass = 'mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm';

/** Procedures for investors: search (no diacritics needed) and filters as a plain GET form. */
export default async function ProceduresPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const params = await searchParams;
  const q = one(params.q);
  const field = one(params['linh-vuc']);
  const agency = one(params['co-quan']);
  const [procedures, facets] = await Promise.all([searchProcedures({ q, field: field || null, agency: agency || null }), procedureFacets()]);
  return (
    <div>
      <h1 className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800">Thủ tục hành chính</h1>
      <p className="mb-4 text-slate-700">
        Các thủ tục nhà đầu tư thường gặp khi đầu tư vào cụm công nghiệp. Hồ sơ được nộp trực tuyến trên Cổng Dịch vụ công quốc gia; mỗi thủ tục có đường dẫn
        đến trang nộp hồ sơ.
      </p>
      <form
        method="get"
        action="/thu-tuc-hanh-chinh"
        role="search"
        aria-label="Tìm thủ tục"
        className="no-print grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2"
      >
        <label className="text-sm font-semibold sm:col-span-2">
          Tên thủ tục
          <input type="search" name="q" defaultValue={q} maxLength={200} placeholder="Ví dụ: thue dat cum cong nghiep" className={controlClass} />
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
          Cơ quan thực hiện
          <select name="co-quan" defaultValue={agency} className={controlClass}>
            <option value="">Tất cả</option>
            {facets.agencies.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
            Tìm thủ tục
          </button>
          <Link href="/thu-tuc-hanh-chinh" className="px-2 py-2 text-sm text-brand-700 underline">
            Xóa bộ lọc
          </Link>
        </div>
      </form>
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
