interface SearchFormProps {
  defaultValue?: string;
  id: string;
  className?: string;
  large?: boolean;
}

/** A plain GET form to /tim-kiem: works without JavaScript. */
export function SearchForm({ defaultValue = '', id, className = '', large = false }: SearchFormProps) {
  return (
    <form role="search" action="/tim-kiem" method="get" className={`flex min-w-0 ${className}`}>
      <label htmlFor={id} className="sr-only">
        Tìm kiếm trên cổng thông tin
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder="Tìm kiếm…"
        className={`min-w-0 flex-1 rounded-l border border-slate-300 bg-white px-3 text-slate-900 placeholder:text-slate-500 ${large ? 'py-3 text-base' : 'py-2 text-sm'}`}
      />
      <button type="submit" className="rounded-r bg-accent-500 px-4 text-sm font-semibold text-white hover:bg-red-800">
        Tìm
      </button>
    </form>
  );
}
