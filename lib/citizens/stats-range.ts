import { addDays, isoDay, vietnamDay } from './vietnam-day';

/** The dashboard's period from ?tu / ?den (yyyy-mm-dd), default the last 30 Vietnam days, at most 366 days. */
export function statsRangeFrom(tu: string | undefined, den: string | undefined, now = new Date()): { from: Date; to: Date } {
  const today = vietnamDay(now);
  const parse = (value: string | undefined) =>
    value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? new Date(`${value}T00:00:00Z`) : null;
  let to = parse(den) ?? today;
  let from = parse(tu) ?? addDays(to, -29);
  if (from > to) [from, to] = [to, from];
  if (to.getTime() - from.getTime() > 365 * 86_400_000) from = addDays(to, -365);
  return { from, to };
}

export function rangeQuery(range: { from: Date; to: Date }): string {
  return `tu=${isoDay(range.from)}&den=${isoDay(range.to)}`;
}
