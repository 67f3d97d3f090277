import Link from 'next/link';
import type { ReactNode } from 'react';

// The public library pages (văn bản, thủ tục, công khai) filter with a plain GET form, so they
// work without script and every filtered list has its own shareable address.

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One query parameter as a trimmed string ('' when absent); repeated keys keep the first. */
export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

export const filterControlClass = 'mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm';

/** A select whose first option, "Tất cả", clears the filter. */
export function FilterSelect({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value: string;
  options: readonly (string | number | { value: string; label: string })[];
}) {
  return (
    <label className="text-sm font-semibold">
      {label}
      <select name={name} defaultValue={value} className={filterControlClass}>
        <option value="">Tất cả</option>
        {options.map((option) => {
          const { value: optionValue, label: optionLabel } = typeof option === 'object' ? option : { value: String(option), label: String(option) };
          return (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          );
        })}
      </select>
    </label>
  );
}

/** The filter form: its fields, then the submit button and a link back to the unfiltered list. */
export function FilterForm({
  action,
  label,
  submitLabel,
  className,
  children,
}: {
  action: string;
  label: string;
  submitLabel: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={label}
      className={`no-print grid gap-3 rounded border border-slate-200 bg-white p-4 ${className}`}
    >
      {children}
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          {submitLabel}
        </button>
        <Link href={action} className="px-2 py-2 text-sm text-brand-700 underline">
          Xóa bộ lọc
        </Link>
      </div>
    </form>
  );
}
