'use server';

import type { SessionUser } from '@/lib/auth/current-user';
import { cacheTags } from '@/lib/data/cache-tags';
import { deleteOfficial, saveOfficial } from '@/lib/data/staff/officials';
import { officialInputSchema, type OfficialInput } from '@/lib/validation/contact';
import { recordActions } from './record-actions';

const officials = recordActions({
  permission: 'official.manage',
  noun: 'cán bộ đầu mối',
  invalidates: () => [cacheTags.officials],
  messages: { gone: 'Cán bộ này không còn trong danh sách.' },
});

/** The DAL answers the saved row, or null when the edited one is gone. */
async function writeOfficial(id: string | null, input: OfficialInput, user: SessionUser) {
  const official = await saveOfficial(id, input, user);
  return official ? ({ ok: true, official } as const) : ({ ok: false, reason: 'notFound' } as const);
}

export const saveOfficialAction = officials.save(officialInputSchema, { save: writeOfficial }, 'official');
export const deleteOfficialAction = officials.remove(deleteOfficial);
