'use client';

import { useEffect, useState } from 'react';
import { formatDateTime } from '@/lib/format/date';

/**
 * "In" (print) and, for articles, "Lưu" (download as one self-contained HTML file). Also prints,
 * on paper only, the page's address and the date it was printed.
 */
export function PrintActions({ url, saveHref }: { url: string; saveHref?: string }) {
  const [printedAt, setPrintedAt] = useState('');
  useEffect(() => {
    const stamp = () => setPrintedAt(formatDateTime(new Date()));
    stamp();
    window.addEventListener('beforeprint', stamp);
    return () => window.removeEventListener('beforeprint', stamp);
  }, []);
  const buttonClass =
    'inline-flex items-center gap-1 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-brand-50';
  return (
    <>
      <div className="no-print mt-4 flex flex-wrap gap-2" role="group" aria-label="In và lưu">
        <button type="button" className={buttonClass} onClick={() => window.print()}>
          <span aria-hidden="true">🖨</span> In trang
        </button>
        {saveHref && (
          <a className={buttonClass} href={saveHref} download>
            <span aria-hidden="true">⤓</span> Lưu (HTML)
          </a>
        )}
      </div>
      <p className="print-only mt-6 border-t border-slate-400 pt-2 text-xs" data-testid="print-meta">
        Nguồn: {url}
        {printedAt && <> · In lúc {printedAt}</>}
      </p>
    </>
  );
}
