import type { Metadata } from 'next';
import { connection } from 'next/server';
import { AuditList } from '@/components/admin/audit/audit-list';
import { Pagination } from '@/components/ui/pagination';
import { buttonClasses } from '@/components/ui/button';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listAuditActions, listAuditLog } from '@/lib/data/staff/audit-log';
import { auditActionLabel } from '@/lib/format/audit';
import { auditFilterSchema, vietnamDayBound } from '@/lib/validation/audit-filter';

export const metadata: Metadata = { title: 'Nhật ký', robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  await requireAdminPage('/quan-tri/nhat-ky');
  const raw = await searchParams;
  const first = (key: string) => (Array.isArray(raw[key]) ? raw[key][0] : raw[key]);
  const filter = auditFilterSchema.parse({
    action: first('action') || undefined,
    actor: first('actor') || undefined,
    from: first('from') || undefined,
    to: first('to') || undefined,
    page: first('page'),
  });
  const [actions, result] = await Promise.all([
    listAuditActions(),
    listAuditLog({
      action: filter.action,
      actor: filter.actor,
      from: filter.from ? vietnamDayBound(filter.from, false) : undefined,
      to: filter.to ? vietnamDayBound(filter.to, true) : undefined,
      page: filter.page,
    }),
  ]);
  const query = new URLSearchParams(
    Object.entries({ action: filter.action, actor: filter.actor, from: filter.from, to: filter.to }).filter((entry): entry is [string, string] =>
      Boolean(entry[1]),
    ),
  );

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Nhật ký hoạt động</h1>
      <form
        method="get"
        className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
        role="search"
        aria-label="Lọc nhật ký"
      >
        <label className="text-sm font-semibold">
          Thao tác
          <select name="action" defaultValue={filter.action ?? ''} className="mt-1 block w-full rounded border border-slate-300 px-2 py-2 font-normal">
            <option value="">Tất cả</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {auditActionLabel(action)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Người thực hiện (email)
          <input name="actor" defaultValue={filter.actor ?? ''} className="mt-1 block w-full rounded border border-slate-300 px-2 py-2 font-normal" />
        </label>
        <label className="text-sm font-semibold">
          Từ ngày
          <input type="date" name="from" defaultValue={filter.from ?? ''} className="mt-1 block w-full rounded border border-slate-300 px-2 py-2 font-normal" />
        </label>
        <label className="text-sm font-semibold">
          Đến ngày
          <input type="date" name="to" defaultValue={filter.to ?? ''} className="mt-1 block w-full rounded border border-slate-300 px-2 py-2 font-normal" />
        </label>
        <button type="submit" className={buttonClasses('primary')}>
          Lọc
        </button>
      </form>
      <p className="text-sm text-slate-600">{result.total} mục</p>
      <AuditList rows={result.rows} />
      <Pagination
        page={filter.page}
        pageCount={result.pageCount}
        href={(page) => `/quan-tri/nhat-ky?${new URLSearchParams([...query, ['page', String(page)]])}`}
      />
    </div>
  );
}
