'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import { deleteOfficial, saveOfficial, type StaffOfficial } from '@/lib/data/staff/officials';
import { officialInputSchema } from '@/lib/validation/contact';
import { defineDeleteRecordAction, defineSaveRecordAction, type RecordWriteRefusal } from './record-actions';

const OFFICIAL = { permission: 'official.manage', invalidates: () => [cacheTags.officials], gone: 'Cán bộ này không còn trong danh sách.' } as const;

export const saveOfficialAction = defineSaveRecordAction(
  { ...OFFICIAL, schema: officialInputSchema, added: 'Đã thêm cán bộ đầu mối.', saved: 'Đã lưu cán bộ đầu mối.' },
  async (id, input, user): Promise<{ ok: true; official: StaffOfficial } | RecordWriteRefusal> => {
    const official = await saveOfficial(id, input, user);
    return official ? { ok: true, official } : { ok: false, reason: 'notFound' };
  },
  (saved) => saved.official.id,
);

export const deleteOfficialAction = defineDeleteRecordAction({ ...OFFICIAL, deleted: 'Đã xóa cán bộ đầu mối.' }, deleteOfficial);
