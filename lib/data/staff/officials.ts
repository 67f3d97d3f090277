import 'server-only';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import type { OfficialInput } from '@/lib/validation/contact';
import { recordAudit } from './audit';
import { isUuid } from './media';
import { checkCommuneRef } from './communes';
import { checkMediaRef } from './media-refs';

// Focal-point officials for staff ('official.manage').

const select = {
  id: true,
  name: true,
  position: true,
  phone: true,
  email: true,
  sortOrder: true,
  published: true,
  communeId: true,
  leader: true,
  duties: true,
  bio: true,
  photoId: true,
  photo: { select: { id: true, storageKey: true, mimeType: true, originalName: true, altText: true } },
} as const;
export interface StaffOfficial extends OfficialInput {
  id: string;
  photo: { id: string; storageKey: string; mimeType: string; originalName: string; altText: string } | null;
}

export async function listStaffOfficials(): Promise<StaffOfficial[]> {
  return prisma.official.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select });
}

export async function getStaffOfficial(id: string): Promise<StaffOfficial | null> {
  return isUuid(id) ? prisma.official.findUnique({ where: { id }, select }) : null;
}

/** Creates (id null) or updates; null when the official to update no longer exists. */
export async function saveOfficial(
  id: string | null,
  input: OfficialInput,
  actor: SessionUser,
): Promise<StaffOfficial | { communeError: string } | { photoError: string } | null> {
  if (id !== null && !isUuid(id)) return null;
  return prisma.$transaction(async (tx) => {
    if (id && !(await tx.official.findUnique({ where: { id }, select: { id: true } }))) return null;
    const communeError = await checkCommuneRef(tx, input.communeId);
    if (communeError) return { communeError };
    const photoError = await checkMediaRef(tx, input.photoId, (mimeType) => mimeType.startsWith('image/'), 'Hãy chọn một ảnh trong thư viện.');
    if (photoError) return { photoError };
    const row = id ? await tx.official.update({ where: { id }, data: input, select }) : await tx.official.create({ data: input, select });
    await recordAudit(
      {
        actor,
        action: id ? 'official.update' : 'official.create',
        entityType: 'Official',
        entityId: row.id,
        summary: { name: row.name, position: row.position },
      },
      tx,
    );
    return row;
  });
}

export async function deleteOfficial(id: string, actor: SessionUser): Promise<boolean> {
  if (!isUuid(id)) return false;
  return prisma.$transaction(async (tx) => {
    const row = await tx.official.findUnique({ where: { id }, select: { name: true } });
    if (!row) return false;
    await tx.official.delete({ where: { id } });
    await recordAudit({ actor, action: 'official.delete', entityType: 'Official', entityId: id, summary: row }, tx);
    return true;
  });
}
