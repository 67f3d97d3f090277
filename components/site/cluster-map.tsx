import type { ClusterSummary } from '@/lib/data/clusters';
import { CLUSTER_STATUS_LABELS, formatNumber } from '@/lib/decree/clusters';
import { communeLabel } from '@/lib/decree/communes';
import { provinceBoundary } from '@/lib/data/province-boundary';
import { MAP_LANDMARKS, mapFrame } from '@/lib/decree/province-map';

const STATUS_COLOURS = { OPERATING: '#0a4d8f', UNDER_CONSTRUCTION: '#c2410c', PLANNED: '#15803d' } as const;

/**
 * An offline map: the province outline drawn as SVG, with one marker per cluster placed from its
 * stored latitude/longitude. Every marker is a link, reachable with Tab and opened with Enter.
 */
export async function ClusterMap({ clusters }: { clusters: ClusterSummary[] }) {
  const boundary = await provinceBoundary();
  const { width, height, project, isOnMap, outlinePath } = mapFrame(boundary);
  const placed = clusters.filter((cluster) => cluster.latitude !== null && cluster.longitude !== null && isOnMap(cluster.longitude, cluster.latitude));
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full rounded border border-slate-300 bg-sky-50"
        role="group"
        aria-label="Bản đồ vị trí các cụm công nghiệp tỉnh Ninh Bình"
      >
        <path d={outlinePath} fill="#f8fafc" stroke="#475569" strokeWidth={2} strokeLinejoin="round" />
        {MAP_LANDMARKS.filter((place) => isOnMap(place.longitude, place.latitude)).map((place) => {
          const { x, y } = project(place.longitude, place.latitude);
          return (
            <g key={place.name} aria-hidden="true">
              <rect x={x - 3} y={y - 3} width={6} height={6} fill="#334155" />
              <text x={x + 6} y={y + 4} fontSize={12} fill="#334155">
                {place.name}
              </text>
            </g>
          );
        })}
        {placed.map((cluster) => {
          const { x, y } = project(cluster.longitude as number, cluster.latitude as number);
          return (
            <a
              key={cluster.id}
              href={`/cum-cong-nghiep/${cluster.slug}`}
              aria-label={`${cluster.name}${cluster.place ? `, ${communeLabel(cluster.place)}` : ''}: lấp đầy ${formatNumber(cluster.occupancy)}%`}
              className="cluster-marker"
              data-testid={`marker-${cluster.slug}`}
            >
              <title>{`${cluster.name} (${CLUSTER_STATUS_LABELS[cluster.status]}, lấp đầy ${formatNumber(cluster.occupancy)}%)`}</title>
              <circle cx={x} cy={y} r={9} fill={STATUS_COLOURS[cluster.status]} stroke="#fff" strokeWidth={2.5} />
              {/* Labels on the eastern half run leftwards so they stay inside the drawing. */}
              <text
                x={x > width / 2 ? x - 12 : x + 12}
                y={y - 8}
                textAnchor={x > width / 2 ? 'end' : 'start'}
                fontSize={12}
                fontWeight={600}
                fill="#0f172a"
                paintOrder="stroke"
                stroke="#fff"
                strokeWidth={3}
              >
                {cluster.name}
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-600">
        {boundary.illustrative
          ? 'Ranh giới tỉnh minh họa sau hợp nhất (vẽ tay, không theo tỉ lệ chính xác).'
          : 'Ranh giới tỉnh theo dữ liệu do Trung tâm cập nhật (đã giản lược để hiển thị).'}{' '}
        Màu điểm: <span style={{ color: STATUS_COLOURS.OPERATING }}>● đang hoạt động</span>,{' '}
        <span style={{ color: STATUS_COLOURS.UNDER_CONSTRUCTION }}>● đang xây dựng</span>, <span style={{ color: STATUS_COLOURS.PLANNED }}>● đã quy hoạch</span>
        .
      </figcaption>
    </figure>
  );
}
