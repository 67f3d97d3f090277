import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isUuid } from './media';

type Db = Pick<Prisma.TransactionClient, 'media'>;

/** Checks that `id` is a library file of an allowed type; returns the Vietnamese error or null. */
export async function checkMediaRef(db: Db, id: string | null, allowed: (mimeType: string) => boolean, message: string): Promise<string | null> {
  if (!id) return null;
  if (!isUuid(id)) return message;
  const row = await db.media.findUnique({ where: { id }, select: { mimeType: true } });
  return row && allowed(row.mimeType) ? null : message;
}
