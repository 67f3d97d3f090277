'use client';

import { useId, useState, useTransition } from 'react';
import { searchArticlesForClusterAction } from '@/lib/actions/clusters';

interface ArticleChoice {
  id: string;
  title: string;
}

/** Related news for a cluster: search articles by title, add or remove; ids go in one hidden field. */
export function ArticlePickerField({ name, initial, errors }: { name: string; initial: ArticleChoice[]; errors?: readonly string[] }) {
  const [selected, setSelected] = useState<ArticleChoice[]>(initial);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ArticleChoice[] | null>(null);
  const [searching, startSearch] = useTransition();
  const searchId = useId();
  const error = errors?.[0];
  function search() {
    startSearch(async () => setResults((await searchArticlesForClusterAction(query)).data ?? []));
  }
  return (
    <fieldset aria-invalid={error ? true : undefined} className="rounded border border-slate-200 bg-white p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">Tin liên quan</legend>
      <input type="hidden" name={name} value={selected.map((article) => article.id).join(',')} />
      {selected.length === 0 ? (
        <p className="text-sm text-slate-600">Chưa chọn tin nào.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {selected.map((article) => (
            <li key={article.id} className="flex items-center gap-3">
              <span className="flex-1">{article.title}</span>
              <button
                type="button"
                className="text-red-700 underline"
                onClick={() => setSelected((current) => current.filter((other) => other.id !== article.id))}
              >
                Bỏ<span className="sr-only"> {article.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <label htmlFor={searchId} className="text-sm font-semibold">
          Tìm tin theo tiêu đề
        </label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              search();
            }
          }}
          className="rounded border border-slate-300 px-2 py-1 text-sm"
        />
        <button
          type="button"
          onClick={search}
          className="rounded border border-slate-300 bg-white px-3 py-1 text-sm font-semibold hover:bg-slate-50"
          aria-busy={searching || undefined}
        >
          Tìm
        </button>
      </div>
      {results && (
        <ul className="mt-2 max-h-60 space-y-1 overflow-y-auto text-sm" aria-label="Kết quả tìm tin">
          {results.length === 0 && <li className="text-slate-600">Không có tin phù hợp.</li>}
          {results
            .filter((article) => !selected.some((other) => other.id === article.id))
            .map((article) => (
              <li key={article.id}>
                <button type="button" className="text-left text-brand-700 underline" onClick={() => setSelected((current) => [...current, article])}>
                  Thêm: {article.title}
                </button>
              </li>
            ))}
        </ul>
      )}
      {error && <p className="mt-1 text-sm font-medium text-red-700">{error}</p>}
    </fieldset>
  );
}
