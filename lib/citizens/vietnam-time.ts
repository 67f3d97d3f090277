// "dd/mm/yyyy hh:mm" (or "dd/mm/yyyy", then 00:00) in Vietnam time ⇄ Date.

const PATTERN = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?\s*$/;

export function parseVietnamDateTime(input: string): Date | null {
  const match = PATTERN.exec(input);
  if (!match) return null;
  const [day, month, year, hour = '0', minute = '0'] = match.slice(1).map((part) => part ?? '0') as string[];
  const d = Number(day),
    m = Number(month),
    y = Number(year),
    h = Number(hour),
    min = Number(minute);
  if (m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || min > 59 || y < 2000 || y > 2100) return null;
  const utc = Date.UTC(y, m - 1, d, h - 7, min);
  const check = new Date(utc + 7 * 3_600_000);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== m - 1) return null; // 31/02
  return new Date(utc);
}

/** "06/12/2026 08:30" */
export function formatVietnamDateTime(date: Date): string {
  const shifted = new Date(date.getTime() + 7 * 3_600_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(shifted.getUTCDate())}/${pad(shifted.getUTCMonth() + 1)}/${shifted.getUTCFullYear()} ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}
