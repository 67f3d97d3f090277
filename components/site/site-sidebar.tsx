import { linkedSitesForSidebar } from '@/lib/data/linked-sites';

export async function SiteSidebar() {
  const linkedSites = await linkedSitesForSidebar();
  return (
    <aside className="no-print space-y-6" aria-label="Thông tin bên lề">
      <section aria-labelledby="website-lien-ket" className="rounded border border-slate-200 bg-white">
        <h2 id="website-lien-ket" className="bg-brand-700 px-4 py-2 text-sm font-bold uppercase text-white">
          Website liên kết
        </h2>
        <ul className="divide-y divide-slate-100">
          {linkedSites.map((site) => (
            <li key={site.id}>
              <a href={site.url} target="_blank" rel="noopener noreferrer" className="block px-4 py-2.5 text-brand-800 hover:bg-brand-50">
                {site.name}
                <span className="sr-only"> (mở trong thẻ mới)</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
