import { addDays, vietnamDay } from './vietnam-day';

// Working days in Vietnam for the 7-working-day notice of NĐ 224/2026 Đ13: Monday to Friday,
// less the fixed solar public holidays. Lunar New Year and Hùng Kings' day move every year and
// are listed per year (extend LUNAR_HOLIDAYS when the government announces the next ones).

const SOLAR_HOLIDAYS = ['01-01', '04-30', '05-01', '09-01', '09-02'];
const LUNAR_HOLIDAYS = new Set([
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-04-26',
  '2027-02-05',
  '2027-02-08',
  '2027-02-09',
  '2027-02-10',
  '2027-02-11',
  '2027-04-16',
]);

export function isWorkingDay(day: Date): boolean {
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const iso = day.toISOString().slice(0, 10);
  return !SOLAR_HOLIDAYS.includes(iso.slice(5)) && !LUNAR_HOLIDAYS.has(iso);
}

/** Whole working days strictly between today (Vietnam) and the day `start` falls on. */
export function workingDaysUntil(start: Date, now = new Date()): number {
  const from = vietnamDay(now);
  const to = vietnamDay(start);
  let count = 0;
  for (let day = addDays(from, 1); day < to && count < 1000; day = addDays(day, 1)) if (isWorkingDay(day)) count += 1;
  return count;
}

export const NOTICE_WORKING_DAYS = 7;
