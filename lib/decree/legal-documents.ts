import { SITE_TIME_ZONE } from '@/lib/format/date';

// Legal-document vocabulary shared by the public pages, the admin and validation (no server imports).

export const LEGAL_DOCUMENT_TYPES = [
  'LUAT',
  'NGHI_DINH',
  'NGHI_QUYET',
  'THONG_TU',
  'QUYET_DINH',
  'CHI_THI',
  'KE_HOACH',
  'CONG_VAN',
  'THONG_BAO',
  'KHAC',
] as const;
export type LegalDocumentTypeCode = (typeof LEGAL_DOCUMENT_TYPES)[number];

export const LEGAL_DOCUMENT_TYPE_LABELS: Record<LegalDocumentTypeCode, string> = {
  LUAT: 'Luật',
  NGHI_DINH: 'Nghị định',
  NGHI_QUYET: 'Nghị quyết',
  THONG_TU: 'Thông tư',
  QUYET_DINH: 'Quyết định',
  CHI_THI: 'Chỉ thị',
  KE_HOACH: 'Kế hoạch',
  CONG_VAN: 'Công văn',
  THONG_BAO: 'Thông báo',
  KHAC: 'Văn bản khác',
};

export function isLegalDocumentType(value: unknown): value is LegalDocumentTypeCode {
  return typeof value === 'string' && (LEGAL_DOCUMENT_TYPES as readonly string[]).includes(value);
}

export type LegalStatus = 'active' | 'expired' | 'pending';

export const LEGAL_STATUS_LABELS: Record<LegalStatus, string> = {
  active: 'Còn hiệu lực',
  expired: 'Hết hiệu lực',
  pending: 'Chưa có hiệu lực',
};

/** YYYY-MM-DD of a calendar date (stored at UTC midnight). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date in Việt Nam as YYYY-MM-DD. */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Effect from the dates: replaced or past its expiry date → expired; effective date still ahead →
 * not yet in effect; otherwise in effect (a document without an effective date is in effect from issue).
 */
export function legalStatus(
  document: { effectiveOn: Date | null; expiresOn: Date | null; replacedById: string | null },
  today = todayInVietnam(),
): LegalStatus {
  if (document.replacedById) return 'expired';
  if (document.expiresOn && isoDay(document.expiresOn) <= today) return 'expired';
  if (document.effectiveOn && isoDay(document.effectiveOn) > today) return 'pending';
  return 'active';
}

/** dd/mm/yyyy of a calendar date, independent of the server's time zone. */
export function formatDay(date: Date): string {
  const [year, month, day] = isoDay(date).split('-');
  return `${day}/${month}/${year}`;
}
