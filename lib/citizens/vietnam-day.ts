// Calendar days in Vietnam time (UTC+7 all year, no daylight saving): the day a vote or a page
// view belongs to, as a Date at 00:00 UTC of that calendar day (how Prisma hands @db.Date over).

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function vietnamDay(at: Date = new Date()): Date {
  const shifted = at.getTime() + VIETNAM_OFFSET_MS;
  return new Date(shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS));
}

/** "2026-12-06" */
export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** The instant Vietnam's calendar day starts (for range queries on timestamps). */
export function vietnamDayStart(day: Date): Date {
  return new Date(day.getTime() - VIETNAM_OFFSET_MS);
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}
