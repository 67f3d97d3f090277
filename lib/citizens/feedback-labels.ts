import type { FeedbackKind } from '@/lib/validation/feedback';

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  article: 'Tin bài',
  page: 'Trang',
  procedure: 'Thủ tục',
  question: 'Hỏi đáp',
};

/** "2026-12" → "12/2026" */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${number}/${year}`;
}

/** 4.25 → "4,25" */
export function formatAverage(value: number): string {
  return value.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
