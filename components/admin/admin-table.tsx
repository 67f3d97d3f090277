import type { ReactNode } from 'react';

/** A column header: its text, or its text with how it shows. */
export type AdminColumn =
  | string
  | {
      label: string;
      /** Read by screen readers only (the actions column). */
      visuallyHidden?: boolean;
      /** Right-aligned, for counts and averages. */
      numeric?: boolean;
    };

interface AdminTableProps {
  columns: readonly AdminColumn[];
  /** The rows (`<tr>` elements). */
  children: ReactNode;
  /** Names the table when the heading above it does not. */
  label?: string;
  /** Extra classes for the table (for example `w-auto` for a short one). */
  className?: string;
}

/** The table of every admin list: one header style, scrolls sideways on a narrow screen. */
export function AdminTable({ columns, children, label, className = 'w-full' }: AdminTableProps) {
  return (
    <div className="overflow-x-auto">
      <table aria-label={label} className={`border-collapse bg-white text-left text-sm ${className}`}>
        <thead className="bg-slate-100">
          <tr>
            {columns.map((column) => {
              const { label: text, visuallyHidden = false, numeric = false } = typeof column === 'string' ? { label: column } : column;
              return (
                <th key={text} scope="col" className={numeric ? 'p-2 text-right' : 'p-2'}>
                  {visuallyHidden ? <span className="sr-only">{text}</span> : text}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
