import type { AuditRow } from '@/lib/data/staff/audit-log';
import { auditActionLabel } from '@/lib/format/audit';
import { formatDateTime } from '@/lib/format/date';

function summaryText(summary: AuditRow['summary']): string {
  if (summary === null || (typeof summary === 'object' && !Array.isArray(summary) && Object.keys(summary).length === 0)) return '';
  const text = JSON.stringify(summary);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** Audit entries as a table (rendered as text: summaries are JSON, never HTML). */
export function AuditList({ rows, compact = false }: { rows: AuditRow[]; compact?: boolean }) {
  if (rows.length === 0) return <p className="text-slate-600">Chưa có hoạt động nào.</p>;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Thời gian
            </th>
            <th scope="col" className="px-3 py-2">
              Người thực hiện
            </th>
            <th scope="col" className="px-3 py-2">
              Thao tác
            </th>
            {compact ? null : (
              <>
                <th scope="col" className="px-3 py-2">
                  Đối tượng
                </th>
                <th scope="col" className="px-3 py-2">
                  Chi tiết
                </th>
                <th scope="col" className="px-3 py-2">
                  IP
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="align-top">
              <td className="whitespace-nowrap px-3 py-2">{formatDateTime(row.createdAt)}</td>
              <td className="px-3 py-2">
                {row.actorName ?? ''} <span className="text-slate-600">{row.actorEmail ?? 'Hệ thống'}</span>
              </td>
              <td className="px-3 py-2" data-action={row.action}>
                {auditActionLabel(row.action)}
              </td>
              {compact ? null : (
                <>
                  <td className="px-3 py-2">
                    {row.entityType}
                    {row.entityId ? <span className="block font-mono text-xs text-slate-500">{row.entityId}</span> : null}
                  </td>
                  <td className="max-w-md break-words px-3 py-2 font-mono text-xs">{summaryText(row.summary)}</td>
                  <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{row.ip ?? ''}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
