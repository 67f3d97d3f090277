// Commune-level units since 01/07/2025 (no districts): vocabulary shared by pages, admin and validation.

export const COMMUNE_KINDS = ['XA', 'PHUONG', 'DAC_KHU'] as const;
export type CommuneKindCode = (typeof COMMUNE_KINDS)[number];

export const COMMUNE_KIND_LABELS: Record<CommuneKindCode, string> = {
  XA: 'Xã',
  PHUONG: 'Phường',
  DAC_KHU: 'Đặc khu',
};

/** "Xã Bình Lục": the unit's kind and name, as written on official documents. */
export function communeLabel(commune: { kind: CommuneKindCode | string; name: string }): string {
  const kind = COMMUNE_KIND_LABELS[commune.kind as CommuneKindCode] ?? '';
  return kind ? `${kind} ${commune.name}` : commune.name;
}
