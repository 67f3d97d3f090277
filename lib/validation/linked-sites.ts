import { z } from 'zod';
import { httpUrl, requiredText, uuid, uuidList } from './common';

export const linkedSiteSchema = z.object({
  name: requiredText('Tên website', 200),
  url: httpUrl,
});
export type LinkedSiteInput = z.infer<typeof linkedSiteSchema>;

export const linkedSiteUpdateSchema = linkedSiteSchema.extend({ id: uuid });

export const linkedSiteOrderSchema = z.object({ ids: uuidList });
export const toggleSchema = z.object({ id: uuid, active: z.boolean() });
