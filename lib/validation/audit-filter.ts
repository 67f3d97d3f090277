import { z } from 'zod';

// The audit log page's query string. Bad values are dropped rather than shown as errors: a
// filter link must never break the page.
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const auditFilterSchema = z.object({
  action: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-zA-Z.]*$/)
    .optional()
    .catch(undefined),
  actor: z.string().trim().max(254).optional().catch(undefined),
  from: date,
  to: date,
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

/** Start or end of a calendar day in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export function vietnamDayBound(day: string, end: boolean): Date {
  return new Date(`${day}T${end ? '23:59:59.999' : '00:00:00.000'}+07:00`);
}
