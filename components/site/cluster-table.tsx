import Link from 'next/link';
import type { ClusterSummary } from '@/lib/data/clusters';
import { CLUSTER_SORT_LABELS, CLUSTER_SORTS, CLUSTER_STATUS_LABELS, formatNumber, type ClusterSort } from '@/lib/decree/clusters';
import { communeLabel } from '@/lib/decree/communes';

interface ClusterTableProps {
  clusters: ClusterSummary[];
  sort: ClusterSort;
  descending: boolean;
  /** Where the sort links point (keeps the other query parameters). */
  basePath: string;
  extraQuery?: [string, string][];
  /** Checkboxes for choosing clusters to compare (inside the caller's form). */
  selectable?: boolean;
}

function sortHref(basePath: string, extra: [string, string][], sort: ClusterSort, descending: boolean): string {
  const params = new URLSearchParams(extra);
  params.set('sap-xep', sort);
  if (descending) params.set('thu-tu', 'giam');
  return `${basePath}?${params.toString()}`;
}

function SortHeader({ column, props }: { column: ClusterSort; props: ClusterTableProps }) {
  const active = props.sort === column;
  const nextDescending = active ? !props.descending : column === 'dien-tich' || column === 'lap-day';
  return (
    <th scope="col" aria-sort={active ? (props.descending ? 'descending' : 'ascending') : 'none'} className="border border-slate-200 px-3 py-2">
      <Link href={sortHref(props.basePath, props.extraQuery ?? [], column, nextDescending)} className="inline-flex items-center gap-1 hover:underline">
        {CLUSTER_SORT_LABELS[column]}
        <span aria-hidden="true">{active ? (props.descending ? '▼' : '▲') : '↕'}</span>
        <span className="sr-only">{`, sắp xếp ${nextDescending ? 'giảm dần' : 'tăng dần'}`}</span>
      </Link>
    </th>
  );
}

/** The comparison table; sorting is server-side through links (?sap-xep=…&thu-tu=giam), so it works without script. */
export function ClusterTable(props: ClusterTableProps) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm" aria-label="Bảng so sánh cụm công nghiệp">
        <thead className="bg-brand-50 text-brand-900">
          <tr>
            {props.selectable && (
              <th scope="col" className="border border-slate-200 px-3 py-2">
                So sánh
              </th>
            )}
            <SortHeader column="ten" props={props} />
            <SortHeader column="xa" props={props} />
            <SortHeader column="dien-tich" props={props} />
            <th scope="col" className="border border-slate-200 px-3 py-2">
              Đã cho thuê (ha)
            </th>
            <SortHeader column="lap-day" props={props} />
            <th scope="col" className="border border-slate-200 px-3 py-2">
              Tình trạng
            </th>
          </tr>
        </thead>
        <tbody>
          {props.clusters.map((cluster) => (
            <tr key={cluster.id} data-testid={`cluster-row-${cluster.slug}`}>
              {props.selectable && (
                <td className="border border-slate-200 px-3 py-2 text-center">
                  <input type="checkbox" name="c" value={cluster.slug} aria-label={`Chọn ${cluster.name} để so sánh`} className="size-4" />
                </td>
              )}
              <th scope="row" className="border border-slate-200 px-3 py-2 font-semibold">
                <Link href={`/cum-cong-nghiep/${cluster.slug}`} className="text-brand-700 hover:underline">
                  {cluster.name}
                </Link>
              </th>
              <td className="border border-slate-200 px-3 py-2">{cluster.place ? communeLabel(cluster.place) : '—'}</td>
              <td className="border border-slate-200 px-3 py-2 text-right">{formatNumber(cluster.plannedAreaHa, 2)}</td>
              <td className="border border-slate-200 px-3 py-2 text-right">{formatNumber(cluster.leasedAreaHa, 2)}</td>
              <td className="border border-slate-200 px-3 py-2 text-right" data-testid="occupancy">
                {formatNumber(cluster.occupancy)}%
              </td>
              <td className="border border-slate-200 px-3 py-2">{CLUSTER_STATUS_LABELS[cluster.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function parseClusterSort(params: Record<string, string | string[] | undefined>): { sort: ClusterSort; descending: boolean } {
  const raw = params['sap-xep'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const sort = CLUSTER_SORTS.find((candidate) => candidate === value) ?? 'ten';
  return { sort, descending: params['thu-tu'] === 'giam' };
}
