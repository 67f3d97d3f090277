// Editors type dates and times as the agency reads them, in Asia/Ho_Chi_Minh (UTC+7 all year,
// no daylight saving), whatever the zone of the server or the browser.

const OFFSET_MS = 7 * 60 * 60 * 1000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-11-26T08:30" in Ho Chi Minh City → the UTC instant, or null when malformed. */
export function hoChiMinhLocalToUtc(value: string): Date | null {
  const match = LOCAL.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute) - OFFSET_MS;
  const check = new Date(utc + OFFSET_MS);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) {
    return null;
  }
  return new Date(utc);
}

/** The value for a datetime-local input showing this instant in Ho Chi Minh City. */
export function utcToHoChiMinhLocal(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}
