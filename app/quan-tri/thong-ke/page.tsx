import type { Metadata } from 'next';
import { connection } from 'next/server';
import { RetentionForm } from '@/components/admin/retention-form';
import { ViewsChart } from '@/components/admin/views-chart';
import { requireAdminPage } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { rangeQuery, statsRangeFrom } from '@/lib/citizens/stats-range';
import { DEVICE_LABELS, type DeviceClass } from '@/lib/citizens/user-agent';
import { isoDay } from '@/lib/citizens/vietnam-day';
import { mostReadArticlesSince, retentionDays, topDimension, topPages, viewsPerDay } from '@/lib/data/page-views';

export const metadata: Metadata = { title: 'Thống kê truy cập' };

function Table({ id, title, head, rows }: { id: string; title: string; head: [string, string]; rows: [string, number][] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-lg font-bold">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p>Chưa có số liệu.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b text-left">
              <th className="p-2">{head[0]}</th>
              <th className="p-2 text-right">{head[1]}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, views]) => (
              <tr key={label} className="border-b">
                <td className="break-all p-2">{label}</td>
                <td className="p-2 text-right">{views.toLocaleString('vi-VN')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Views per day, top pages and articles, referrers and devices; CSV; raw-row retention. */
export default async function StatsPage({ searchParams }: { searchParams: Promise<{ tu?: string; den?: string }> }) {
  await connection();
  const user = await requireAdminPage('/quan-tri/thong-ke');
  const params = await searchParams;
  const range = statsRangeFrom(params.tu, params.den);
  const [days, pages, articles, referrers, devices, retention] = await Promise.all([
    viewsPerDay(range),
    topPages(range),
    mostReadArticlesSince(range.from, 20, range.to),
    topDimension(range, 'referrer'),
    topDimension(range, 'device'),
    retentionDays(),
  ]);
  const csv = (table: string) => `/quan-tri/thong-ke/csv?bang=${table}&${rangeQuery(range)}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Thống kê truy cập</h1>
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Chọn khoảng thời gian">
        <label className="font-semibold">
          Từ ngày
          <input type="date" name="tu" defaultValue={isoDay(range.from)} className="mt-1 block rounded border border-slate-300 px-2 py-1" />
        </label>
        <label className="font-semibold">
          Đến ngày
          <input type="date" name="den" defaultValue={isoDay(range.to)} className="mt-1 block rounded border border-slate-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">
          Xem
        </button>
      </form>
      <section aria-labelledby="theo-ngay">
        <h2 id="theo-ngay" className="mb-2 text-lg font-bold">
          Lượt xem theo ngày
        </h2>
        <ViewsChart days={days} />
        <p className="mt-2 flex flex-wrap gap-3 text-sm">
          {/* Files from a route handler, not pages: plain download links. */}
          <a href={csv('ngay')} download className="underline">
            Tải CSV theo ngày
          </a>
          <a href={csv('trang')} download className="underline">
            Tải CSV trang xem nhiều
          </a>
          <a href={csv('nguon')} download className="underline">
            Tải CSV nguồn truy cập
          </a>
          <a href={csv('thiet-bi')} download className="underline">
            Tải CSV thiết bị
          </a>
        </p>
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <Table id="trang-xem-nhieu" title="Trang xem nhiều" head={['Trang', 'Lượt xem']} rows={pages.map((row) => [row.path, row.views])} />
        <Table id="tin-xem-nhieu" title="Tin bài xem nhiều" head={['Tin bài', 'Lượt xem']} rows={articles.map((row) => [row.title, row.views])} />
        <Table
          id="nguon-truy-cap"
          title="Nguồn truy cập (trang web dẫn đến)"
          head={['Tên miền', 'Lượt xem']}
          rows={referrers.map((row) => [row.value, row.views])}
        />
        <Table
          id="thiet-bi"
          title="Thiết bị"
          head={['Loại thiết bị', 'Lượt xem']}
          rows={devices.map((row) => [DEVICE_LABELS[row.value as DeviceClass] ?? row.value, row.views])}
        />
      </div>
      <section aria-labelledby="luu-tru" className="space-y-2">
        <h2 id="luu-tru" className="text-lg font-bold">
          Thời gian lưu lượt xem chi tiết
        </h2>
        <p className="text-sm">
          Lượt xem chi tiết (không có thông tin cá nhân) được giữ {retention} ngày rồi xoá; số liệu tổng hợp theo ngày được giữ lâu dài.
        </p>
        {can(user.role, 'stats.manage') && <RetentionForm days={retention} />}
      </section>
    </div>
  );
}
