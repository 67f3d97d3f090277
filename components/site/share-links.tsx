import { CopyLink } from './copy-link';

/** Plain share links (no third-party scripts are loaded until the reader follows one). */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const encoded = encodeURIComponent(url);
  const linkClass = 'inline-flex items-center rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-brand-50';
  return (
    <div className="no-print mt-8 flex flex-wrap items-center gap-2" aria-label={`Chia sẻ bài viết: ${title}`} role="group">
      <span className="text-sm font-semibold text-slate-700">Chia sẻ:</span>
      <a className={linkClass} href={`https://www.facebook.com/sharer/sharer.php?u=${encoded}`} target="_blank" rel="noopener noreferrer">
        Facebook<span className="sr-only"> (mở trong thẻ mới)</span>
      </a>
      <a className={linkClass} href={`https://zalo.me/share?url=${encoded}`} target="_blank" rel="noopener noreferrer">
        Zalo<span className="sr-only"> (mở trong thẻ mới)</span>
      </a>
      <CopyLink url={url} className={linkClass} />
    </div>
  );
}
