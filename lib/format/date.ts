// Dates as Vietnamese readers expect them, always in Asia/Ho_Chi_Minh whatever the server's zone.

export const SITE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const parts = new Intl.DateTimeFormat('vi-VN', {
  timeZone: SITE_TIME_ZONE,
  weekday: 'long',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function pieces(date: Date): Record<string, string> {
  return Object.fromEntries(parts.formatToParts(date).map((part) => [part.type, part.value]));
}

function capitalise(value: string): string {
  return value.replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase());
}

/** "Thứ Năm, 26/11/2026 08:30" */
export function formatDateTime(date: Date): string {
  const p = pieces(date);
  return `${capitalise(p.weekday ?? '')}, ${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "26/11/2026" */
export function formatDate(date: Date): string {
  const p = pieces(date);
  return `${p.day}/${p.month}/${p.year}`;
}
