'use server';

import { requirePermission } from '@/lib/auth/current-user';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/data/cache-tags';
import { deleteProject, saveProject } from '@/lib/data/staff/projects';
import { mediaIdSchema, type FormState } from '@/lib/validation/media';
import { projectInputSchema } from '@/lib/validation/project';
import { fieldErrors, formValues } from './form-values';
import { asForm } from './form-input';

const FIELDS = ['id', 'title', 'slug', 'kind', 'status', 'startYear', 'endYear', 'budgetMillionVnd', 'summary', 'attachmentIds', 'published', 'communeId'] as const;

export async function saveProjectAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('project.manage');
  const values = formValues(formData, FIELDS);
  const parsed = projectInputSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values, at: Date.now() };
  const id = values.id?.trim() || null;
  const result = await saveProject(id, parsed.data, user);
  if (!result.ok) {
    if (result.reason === 'notFound') return { ok: false, message: 'Mục này không còn tồn tại.', values, at: Date.now() };
    return { ok: false, errors: result.errors, values, at: Date.now() };
  }
  invalidatePublicContent([cacheTags.projects]);
  return { ok: true, message: id ? 'Đã lưu.' : 'Đã thêm.', values: { id: result.project.id }, at: Date.now() };
}

export async function deleteProjectAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('project.manage');
  const id = mediaIdSchema.safeParse(formData.get('id'));
  if (!id.success || !(await deleteProject(id.data, user))) return { ok: false, message: 'Mục này không còn tồn tại.', at: Date.now() };
  invalidatePublicContent([cacheTags.projects]);
  return { ok: true, message: 'Đã xóa.', at: Date.now() };
}
