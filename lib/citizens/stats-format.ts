/** "2026-12-06" → "06/12" */
export function formatDayMonth(isoDay: string): string {
  const [, month, day] = isoDay.split('-');
  return `${day}/${month}`;
}

/** "2026-12-06" → "06/12/2026" */
export function formatIsoDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  return `${day}/${month}/${year}`;
}
