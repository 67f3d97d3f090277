import Link from 'next/link';
import { connection } from 'next/server';
import { FilterForm, FilterSelect, firstParam, type SearchParams } from '@/components/site/filter-form';
import { metadataOnRequest } from '@/components/site/seo';
import { disclosureYears, publishedCatalogEntries, publishedDisclosureItems } from '@/lib/data/disclosure';
import { DISCLOSURE_KIND_LABELS, DISCLOSURE_KIND_SLUGS, DISCLOSURE_KINDS, disclosureKindFromSlug, PROCUREMENT_STATUS_LABELS } from '@/lib/decree/disclosure';
import { formatDay } from '@/lib/decree/legal-documents';

export const generateMetadata = metadataOnRequest({
  title: 'Công khai thông tin',
  description: 'Danh mục thông tin phải được công khai, thông báo mời thầu và kết quả lựa chọn nhà thầu, dự án đầu tư công, báo cáo tài chính và thống kê.',
  path: '/cong-khai',
});

/** Public disclosure: the catalog of what is published and where, then the items filtered by kind and year. */
export default async function DisclosurePage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const params = await searchParams;
  const kind = disclosureKindFromSlug(firstParam(params.loai));
  const yearText = firstParam(params.nam);
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const [catalog, items, years] = await Promise.all([publishedCatalogEntries(), publishedDisclosureItems({ kind, year }), disclosureYears()]);
  return (
    <div>
      <h1 className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800">Công khai thông tin</h1>
      <section aria-labelledby="danh-muc" className="mb-8">
        <h2 id="danh-muc" className="mb-2 text-xl font-bold text-brand-800">
          Danh mục thông tin phải được công khai
        </h2>
        {catalog.length === 0 ? (
          <p className="rounded border border-slate-200 bg-white p-4">Chưa có danh mục.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm" aria-label="Danh mục thông tin phải được công khai">
              <thead>
                <tr className="bg-brand-50 text-brand-900">
                  <th scope="col" className="border border-slate-200 px-3 py-2">
                    Thông tin
                  </th>
                  <th scope="col" className="border border-slate-200 px-3 py-2">
                    Căn cứ
                  </th>
                  <th scope="col" className="border border-slate-200 px-3 py-2">
                    Nơi đăng trên trang
                  </th>
                </tr>
              </thead>
              <tbody>
                {catalog.map((entry) => (
                  <tr key={entry.id} className="align-top">
                    <td className="border border-slate-200 px-3 py-2">{entry.title}</td>
                    <td className="border border-slate-200 px-3 py-2">{entry.legalBasis}</td>
                    <td className="border border-slate-200 px-3 py-2">
                      <Link href={entry.location} className="text-brand-700 underline">
                        {entry.location}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="thong-tin">
        <h2 id="thong-tin" className="mb-2 text-xl font-bold text-brand-800">
          Thông tin đã công khai
        </h2>
        <FilterForm action="/cong-khai" label="Lọc thông tin công khai" submitLabel="Lọc" className="sm:grid-cols-3">
          <FilterSelect
            label="Loại thông tin"
            name="loai"
            value={kind ? DISCLOSURE_KIND_SLUGS[kind] : ''}
            options={DISCLOSURE_KINDS.map((code) => ({ value: DISCLOSURE_KIND_SLUGS[code], label: DISCLOSURE_KIND_LABELS[code] }))}
          />
          <FilterSelect label="Năm" name="nam" value={year ? String(year) : ''} options={years} />
        </FilterForm>
        <p className="mt-4 text-sm text-slate-700" role="status">
          Có {items.length} mục.
        </p>
        {items.length > 0 ? (
          <ul className="mt-3 space-y-3" aria-label="Thông tin đã công khai">
            {items.map((item) => (
              <li key={item.id} className="rounded border border-slate-200 bg-white p-4">
                <p className="text-xs font-semibold uppercase text-slate-600">
                  {DISCLOSURE_KIND_LABELS[item.kind]} · Năm {item.year} · Công khai ngày {formatDay(item.publishedOn)}
                </p>
                <h3 className="mt-1 text-lg font-bold">
                  <Link href={`/cong-khai/${item.slug}`} className="text-brand-800 hover:underline">
                    {item.title}
                  </Link>
                </h3>
                {item.procurementStatus && <p className="text-sm text-slate-700">Tình trạng: {PROCUREMENT_STATUS_LABELS[item.procurementStatus]}</p>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 rounded border border-slate-200 bg-white p-4">Không có mục nào phù hợp.</p>
        )}
        <h3 className="mt-6 font-bold text-brand-800">Theo dõi bằng RSS</h3>
        <ul className="mt-2 list-disc pl-6 text-sm">
          {DISCLOSURE_KINDS.map((code) => (
            <li key={code}>
              <a href={`/cong-khai/rss/${DISCLOSURE_KIND_SLUGS[code]}`} className="text-brand-700 underline">
                RSS: {DISCLOSURE_KIND_LABELS[code]}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
