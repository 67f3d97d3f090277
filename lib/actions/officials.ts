'use server';

import type { SessionUser } from '@/lib/auth/current-user';
import { cacheTags } from '@/lib/data/cache-tags';
import { deleteOfficial, saveOfficial, type StaffOfficial } from '@/lib/data/staff/officials';
import { officialInputSchema, type OfficialInput } from '@/lib/validation/contact';
import { recordActions, type RecordWriteRefusal } from './record-actions';

const officials = recordActions({
  permission: 'official.manage',
  noun: 'cán bộ đầu mối',
  invalidates: () => [cacheTags.officials, cacheTags.organization],
  messages: { gone: 'Cán bộ này không còn trong danh sách.' },
});

/** The DAL answers the saved row, a refused commune, or null when the edited one is gone. */
async function writeOfficial(id: string | null, input: OfficialInput, user: SessionUser): Promise<{ ok: true; official: StaffOfficial } | RecordWriteRefusal> {
  const official = await saveOfficial(id, input, user);
  if (!official) return { ok: false, reason: 'notFound' };
  if ('communeError' in official) return { ok: false, reason: 'invalid', errors: { communeId: [official.communeError] } };
  if ('photoError' in official) return { ok: false, reason: 'invalid', errors: { photoId: [official.photoError] } };
  return { ok: true, official };
}

export const saveOfficialAction = officials.save(officialInputSchema, { save: writeOfficial }, 'official');
export const deleteOfficialAction = officials.remove(deleteOfficial);
