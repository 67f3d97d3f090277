// Public-disclosure vocabulary shared by the public pages, the admin and validation (no server imports).

export const DISCLOSURE_KINDS = ['PROCUREMENT', 'PUBLIC_INVESTMENT', 'BUDGET', 'STATISTICS'] as const;
export type DisclosureKindCode = (typeof DISCLOSURE_KINDS)[number];

export const DISCLOSURE_KIND_LABELS: Record<DisclosureKindCode, string> = {
  PROCUREMENT: 'Thông báo mời thầu, kết quả lựa chọn nhà thầu',
  PUBLIC_INVESTMENT: 'Dự án đầu tư công',
  BUDGET: 'Ngân sách, báo cáo tài chính',
  STATISTICS: 'Báo cáo thống kê',
};

/** The kind in addresses (?loai=…, /cong-khai/rss/…): Vietnamese words, no codes on screen. */
export const DISCLOSURE_KIND_SLUGS: Record<DisclosureKindCode, string> = {
  PROCUREMENT: 'dau-thau',
  PUBLIC_INVESTMENT: 'dau-tu-cong',
  BUDGET: 'tai-chinh',
  STATISTICS: 'thong-ke',
};

export function disclosureKindFromSlug(slug: string | null | undefined): DisclosureKindCode | null {
  return DISCLOSURE_KINDS.find((kind) => DISCLOSURE_KIND_SLUGS[kind] === slug) ?? null;
}

export const PROCUREMENT_STATUSES = ['OPEN', 'EVALUATING', 'AWARDED', 'CANCELLED'] as const;
export type ProcurementStatusCode = (typeof PROCUREMENT_STATUSES)[number];

export const PROCUREMENT_STATUS_LABELS: Record<ProcurementStatusCode, string> = {
  OPEN: 'Đang mời thầu',
  EVALUATING: 'Đang đánh giá hồ sơ',
  AWARDED: 'Đã có kết quả',
  CANCELLED: 'Hủy thầu',
};
