'use server';

import { requirePermission } from '@/lib/auth/current-user';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/data/cache-tags';
import { deleteOfficial, saveOfficial } from '@/lib/data/staff/officials';
import { officialInputSchema } from '@/lib/validation/contact';
import { mediaIdSchema, type FormState } from '@/lib/validation/media';
import { fieldErrors, formValues } from './form-values';
import { asForm } from './form-input';

const FIELDS = ['id', 'name', 'position', 'phone', 'email', 'sortOrder', 'published', 'communeId'] as const;

export async function saveOfficialAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('official.manage');
  const values = formValues(formData, FIELDS);
  const parsed = officialInputSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values, at: Date.now() };
  const id = values.id?.trim() || null;
  const saved = await saveOfficial(id, parsed.data, user);
  if (!saved) return { ok: false, message: 'Cán bộ này không còn trong danh sách.', values, at: Date.now() };
  if ('communeError' in saved) return { ok: false, errors: { communeId: [saved.communeError] }, values, at: Date.now() };
  invalidatePublicContent([cacheTags.officials]);
  return { ok: true, message: id ? 'Đã lưu cán bộ đầu mối.' : 'Đã thêm cán bộ đầu mối.', values: { id: saved.id }, at: Date.now() };
}

export async function deleteOfficialAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('official.manage');
  const id = mediaIdSchema.safeParse(formData.get('id'));
  if (!id.success || !(await deleteOfficial(id.data, user))) return { ok: false, message: 'Cán bộ này không còn trong danh sách.', at: Date.now() };
  invalidatePublicContent([cacheTags.officials]);
  return { ok: true, message: 'Đã xóa cán bộ đầu mối.', at: Date.now() };
}
