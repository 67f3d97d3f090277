import { connection } from 'next/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { csvResponse, toCsv } from '@/lib/citizens/csv';
import { statsRangeFrom } from '@/lib/citizens/stats-range';
import { formatIsoDay } from '@/lib/citizens/stats-format';
import { DEVICE_LABELS, type DeviceClass } from '@/lib/citizens/user-agent';
import { topDimension, topPages, viewsPerDay } from '@/lib/data/page-views';

// CSV of the dashboard's tables: ?bang=ngay (default) | trang | nguon | thiet-bi, &tu=&den=.
export async function GET(request: Request): Promise<Response> {
  await connection();
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (!can(user.role, 'stats.view')) return new Response(null, { status: 403 });
  const params = new URL(request.url).searchParams;
  const range = statsRangeFrom(params.get('tu') ?? undefined, params.get('den') ?? undefined);
  const table = params.get('bang');
  if (table === 'trang')
    return csvResponse(
      toCsv(
        ['Trang', 'Lượt xem'],
        (await topPages(range, 10_000)).map((row) => [row.path, row.views]),
      ),
      'thong-ke-trang.csv',
    );
  if (table === 'nguon')
    return csvResponse(
      toCsv(
        ['Tên miền', 'Lượt xem'],
        (await topDimension(range, 'referrer', 10_000)).map((row) => [row.value, row.views]),
      ),
      'thong-ke-nguon.csv',
    );
  if (table === 'thiet-bi') {
    return csvResponse(
      toCsv(
        ['Thiết bị', 'Lượt xem'],
        (await topDimension(range, 'device', 100)).map((row) => [DEVICE_LABELS[row.value as DeviceClass] ?? row.value, row.views]),
      ),
      'thong-ke-thiet-bi.csv',
    );
  }
  return csvResponse(
    toCsv(
      ['Ngày', 'Lượt xem'],
      (await viewsPerDay(range)).map((row) => [formatIsoDay(row.day), row.views]),
    ),
    'thong-ke-theo-ngay.csv',
  );
}
