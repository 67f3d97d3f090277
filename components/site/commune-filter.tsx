import Link from 'next/link';
import type { ClusterSummary } from '@/lib/data/clusters';
import { communeLabel } from '@/lib/decree/communes';

/** The communes that have published clusters, as a GET filter (?xa=id) that works without script. */
export function CommuneFilter({
  action,
  clusters,
  selected,
  hidden = [],
}: {
  action: string;
  clusters: readonly ClusterSummary[];
  selected: string | null;
  hidden?: [string, string][];
}) {
  const places = new Map(clusters.flatMap((cluster) => (cluster.place ? [[cluster.place.id, cluster.place] as const] : [])));
  const options = [...places.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return (
    <form
      method="get"
      action={action}
      aria-label="Lọc theo xã, phường"
      className="no-print mb-4 flex flex-wrap items-end gap-2 rounded border border-slate-200 bg-white p-3"
    >
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="text-sm font-semibold">
        Xã, phường, đặc khu
        <select name="xa" defaultValue={selected ?? ''} className="mt-1 block rounded border border-slate-300 bg-white px-3 py-2 text-sm">
          <option value="">Tất cả</option>
          {options.map((place) => (
            <option key={place.id} value={place.id}>
              {communeLabel(place)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
        Lọc
      </button>
      {selected && (
        <Link href={action} className="px-2 py-2 text-sm text-brand-700 underline">
          Xóa bộ lọc
        </Link>
      )}
    </form>
  );
}

/** The ?xa= parameter when it names a commune of a published cluster, else null. */
export function parseCommuneFilter(params: Record<string, string | string[] | undefined>, clusters: readonly ClusterSummary[]): string | null {
  const raw = params.xa;
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && clusters.some((cluster) => cluster.place?.id === value) ? value : null;
}
