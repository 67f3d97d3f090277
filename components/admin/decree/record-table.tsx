import type { ReactNode } from 'react';
import Link from 'next/link';
import { RowAction, type FormAction } from '@/components/admin/decree/row-action';
import { buttonClasses } from '@/components/ui/button';
import { AdminTable } from '@/components/admin/admin-table';

export interface RecordColumn<T> {
  header: string;
  cell: (record: T) => ReactNode;
}

interface RecordTableProps<T extends { id: string; published: boolean }> {
  heading: string;
  /** Where "add" leads, and its label. */
  createHref: string;
  createLabel: string;
  records: readonly T[];
  /** The first column: the record's name, linking to its edit screen at `${editBase}/${id}`. */
  name: (record: T) => string;
  /** Header of the first column (default "Tên"). */
  nameHeader?: string;
  /** A line under the name (e.g. a document's summary). */
  detail?: (record: T) => ReactNode;
  editBase: string;
  /** Shown instead of an empty table. */
  emptyText?: string;
  /** The delete confirmation (default: Xóa “name”?). */
  deleteConfirm?: (record: T) => string;
  /** Columns between the name and the publication state. */
  columns: readonly RecordColumn<T>[];
  remove: FormAction;
}

/** The admin list of a Decree 42 record type (clusters, projects, legal documents): name, details, state, delete. */
export function RecordTable<T extends { id: string; published: boolean }>(props: RecordTableProps<T>) {
  const { heading, createHref, createLabel, records, name, nameHeader = 'Tên', detail, editBase, emptyText, columns, remove } = props;
  const deleteConfirm = props.deleteConfirm ?? ((record: T) => `Xóa “${name(record)}”?`);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{heading}</h1>
        <Link href={createHref} className={buttonClasses()}>
          {createLabel}
        </Link>
      </div>
      {records.length === 0 && emptyText ? (
        <p>{emptyText}</p>
      ) : (
        <AdminTable columns={[nameHeader, ...columns.map((column) => column.header), 'Công khai', 'Thao tác']}>
          {records.map((record) => (
            <tr key={record.id} className="border-t border-slate-200 align-top">
              <td className="p-2 font-semibold">
                <Link href={`${editBase}/${record.id}`} className="text-brand-700 underline">
                  {name(record)}
                </Link>
                {detail ? <div className="max-w-md text-xs font-normal text-slate-600">{detail(record)}</div> : null}
              </td>
              {columns.map((column) => (
                <td key={column.header} className="p-2">
                  {column.cell(record)}
                </td>
              ))}
              <td className="p-2">{record.published ? 'Đã xuất bản' : 'Nháp'}</td>
              <td className="p-2">
                <RowAction action={remove} fields={{ id: record.id }} label="Xóa" variant="danger" confirm={deleteConfirm(record)} />
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </div>
  );
}
