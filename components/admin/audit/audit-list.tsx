import type { AuditRow } from '@/lib/data/staff/audit-log';
import { auditActionLabel, auditDetails, auditEntityLabel } from '@/lib/format/audit';
import { formatDateTime } from '@/lib/format/date';

function Actor({ row }: { row: AuditRow }) {
  if (!row.actorName && !row.actorEmail) return <>Hệ thống</>;
  return (
    <>
      {row.actorName ?? ''} {row.actorEmail && row.actorEmail !== row.actorName ? <span className="text-slate-600">{row.actorEmail}</span> : null}
    </>
  );
}

/**
 * Audit entries in Vietnamese words (lib/format/audit.ts): the action, the kind of object and
 * the summary as short sentences; the stored codes and ids stay in data attributes for tests
 * and in the database, never on screen. Rendered as text: summaries are data, never HTML.
 */
export function AuditList({ rows, compact = false }: { rows: AuditRow[]; compact?: boolean }) {
  if (rows.length === 0) return <p className="text-slate-600">Chưa có hoạt động nào.</p>;
  if (compact) {
    return (
      <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white text-sm" data-testid="activity">
        {rows.map((row) => {
          const details = auditDetails(row.summary);
          return (
            <li key={row.id} className="px-3 py-2" data-action={row.action}>
              <p>
                <strong>{auditActionLabel(row.action)}</strong>
                {details[0] ? ` · ${details[0]}` : ''}
              </p>
              <p className="text-slate-600">
                <Actor row={row} /> · {formatDateTime(row.createdAt)}
              </p>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm [&_td]:[overflow-wrap:break-word]" data-testid="audit-table">
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
            <th scope="col" className="px-3 py-2">
              Đối tượng
            </th>
            <th scope="col" className="px-3 py-2">
              Chi tiết
            </th>
            <th scope="col" className="px-3 py-2">
              Địa chỉ IP
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="align-top">
              <td className="whitespace-nowrap px-3 py-2">{formatDateTime(row.createdAt)}</td>
              <td className="px-3 py-2">
                <Actor row={row} />
              </td>
              <td className="px-3 py-2" data-action={row.action}>
                {auditActionLabel(row.action)}
              </td>
              <td className="px-3 py-2" data-entity-id={row.entityId ?? undefined}>
                {auditEntityLabel(row.entityType)}
              </td>
              <td className="min-w-48 max-w-md px-3 py-2">
                {auditDetails(row.summary).map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
              </td>
              <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{row.ip ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
