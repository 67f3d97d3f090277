// Industrial-cluster vocabulary and derived figures (no server imports).

export const CLUSTER_STATUSES = ['PLANNED', 'UNDER_CONSTRUCTION', 'OPERATING'] as const;
export type ClusterStatusCode = (typeof CLUSTER_STATUSES)[number];

export const CLUSTER_STATUS_LABELS: Record<ClusterStatusCode, string> = {
  PLANNED: 'Đã quy hoạch',
  UNDER_CONSTRUCTION: 'Đang xây dựng hạ tầng',
  OPERATING: 'Đang hoạt động',
};

/** Leased share of the planned area, 0–100 (one decimal); 0 when there is no area. */
export function occupancyPercent(cluster: { plannedAreaHa: number; leasedAreaHa: number }): number {
  if (cluster.plannedAreaHa <= 0) return 0;
  return Math.round(Math.min(100, (cluster.leasedAreaHa / cluster.plannedAreaHa) * 100) * 10) / 10;
}

export const CLUSTER_SORTS = ['ten', 'dien-tich', 'lap-day', 'xa'] as const;
export type ClusterSort = (typeof CLUSTER_SORTS)[number];

export const CLUSTER_SORT_LABELS: Record<ClusterSort, string> = {
  ten: 'Tên',
  'dien-tich': 'Diện tích quy hoạch',
  'lap-day': 'Tỷ lệ lấp đầy',
  xa: 'Xã, phường, đặc khu',
};

export function formatNumber(value: number, digits = 1): string {
  return value.toLocaleString('vi-VN', { maximumFractionDigits: digits });
}
