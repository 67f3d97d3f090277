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

const TYPED_DATE = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*$/;
const TYPED_TIME = /^\s*(\d{1,2})\s*[:hg.]\s*(\d{2})\s*$/i;

/**
 * What an editor types, "26/11/2026" and "08:30" (Vietnamese order, 24-hour clock), → the
 * "2026-11-26T08:30" that hoChiMinhLocalToUtc reads; null when either part is malformed or the
 * day does not exist.
 */
export function typedDateTimeToLocal(date: string, time: string): string | null {
  const d = TYPED_DATE.exec(date);
  const t = TYPED_TIME.exec(time);
  if (!d || !t) return null;
  const pad = (value: string) => value.padStart(2, '0');
  const local = `${d[3]}-${pad(d[2]!)}-${pad(d[1]!)}T${pad(t[1]!)}:${t[2]}`;
  return hoChiMinhLocalToUtc(local) ? local : null;
}

/** "2026-11-26T08:30" → { date: "26/11/2026", time: "08:30" } for the two typed fields. */
export function localToTypedDateTime(local: string): { date: string; time: string } {
  const match = LOCAL.exec(local);
  if (!match) return { date: '', time: '' };
  return { date: `${match[3]}/${match[2]}/${match[1]}`, time: `${match[4]}:${match[5]}` };
}
