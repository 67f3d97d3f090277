'use server';

import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { requirePermission } from '@/lib/auth/current-user';
import { cacheTags } from '@/lib/data/cache-tags';
import { createMapDocument, deleteMapDocument, reorderMapDocuments, setMapDocumentPublished, updateMapDocument } from '@/lib/data/staff/map-documents';
import { mapDocumentInputSchema } from '@/lib/validation/map-document';
import { mediaIdSchema, type FormState } from '@/lib/validation/media';
import { reorderSchema } from '@/lib/validation/video';
import { fieldErrors, formValues } from './form-values';
import { asForm } from './form-input';

const FIELDS = ['id', 'title', 'description', 'mediaId', 'sortOrder', 'published'] as const;

/** Creates (no `id`) or updates a map document from the form. */
export async function saveMapDocumentAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('map.manage');
  const values = formValues(formData, FIELDS);
  const parsed = mapDocumentInputSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values, at: Date.now() };
  const id = values.id?.trim();
  const result = id ? await updateMapDocument(id, parsed.data, user) : await createMapDocument(parsed.data, user);
  if (!result.ok) {
    if (result.reason === 'notFound') return { ok: false, message: 'Bản đồ không còn tồn tại.', values, at: Date.now() };
    return { ok: false, errors: result.errors, values, at: Date.now() };
  }
  invalidatePublicContent([cacheTags.maps]);
  return { ok: true, message: id ? 'Đã lưu bản đồ.' : 'Đã thêm bản đồ.', values: { id: result.document.id }, at: Date.now() };
}

export async function deleteMapDocumentAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('map.manage');
  const id = mediaIdSchema.safeParse(formData.get('id'));
  if (!id.success || !(await deleteMapDocument(id.data, user))) return { ok: false, message: 'Bản đồ không còn tồn tại.', at: Date.now() };
  invalidatePublicContent([cacheTags.maps]);
  return { ok: true, message: 'Đã xóa bản đồ.', at: Date.now() };
}

export async function setMapDocumentPublishedAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('map.manage');
  const id = mediaIdSchema.safeParse(formData.get('id'));
  const published = formData.get('published') === 'true';
  if (!id.success || !(await setMapDocumentPublished(id.data, published, user))) return { ok: false, message: 'Bản đồ không còn tồn tại.', at: Date.now() };
  invalidatePublicContent([cacheTags.maps]);
  return { ok: true, message: published ? 'Đã xuất bản bản đồ.' : 'Đã ẩn bản đồ.', at: Date.now() };
}

/** Sets the public order; `ids` lists every document once, first shown first. */
export async function reorderMapDocumentsAction(ids: unknown): Promise<FormState> {
  const user = await requirePermission('map.manage');
  const parsed = reorderSchema.safeParse(ids);
  if (!parsed.success || !(await reorderMapDocuments(parsed.data, user))) {
    return { ok: false, message: 'Danh sách đã thay đổi, hãy tải lại trang rồi sắp xếp lại.', at: Date.now() };
  }
  invalidatePublicContent([cacheTags.maps]);
  return { ok: true, message: 'Đã lưu thứ tự.', at: Date.now() };
}
