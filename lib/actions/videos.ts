'use server';

import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { requirePermission } from '@/lib/auth/current-user';
import { cacheTags } from '@/lib/data/cache-tags';
import { createVideo, deleteVideo, reorderVideos, setVideoPublished, updateVideo } from '@/lib/data/staff/videos';
import { mediaIdSchema, type FormState } from '@/lib/validation/media';
import { reorderSchema, videoInputSchema } from '@/lib/validation/video';
import { fieldErrors, formValues } from './form-values';
import { asForm } from './form-input';

const FIELDS = ['id', 'title', 'description', 'source', 'youtubeUrl', 'mediaId', 'thumbnailMediaId', 'published'] as const;

/** Creates (no `id`) or updates a video from the form. */
export async function saveVideoAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('video.manage');
  const values = formValues(formData, FIELDS);
  const parsed = videoInputSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values, at: Date.now() };
  const id = values.id?.trim();
  const result = id ? await updateVideo(id, parsed.data, user) : await createVideo(parsed.data, user);
  if (!result.ok) {
    if (result.reason === 'notFound') return { ok: false, message: 'Video không còn tồn tại.', values, at: Date.now() };
    return { ok: false, errors: result.errors, values, at: Date.now() };
  }
  invalidatePublicContent([cacheTags.videos]);
  return { ok: true, message: id ? 'Đã lưu video.' : 'Đã thêm video.', values: { id: result.video.id }, at: Date.now() };
}

export async function deleteVideoAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('video.manage');
  const id = mediaIdSchema.safeParse(formData.get('id'));
  if (!id.success || !(await deleteVideo(id.data, user))) return { ok: false, message: 'Video không còn tồn tại.', at: Date.now() };
  invalidatePublicContent([cacheTags.videos]);
  return { ok: true, message: 'Đã xóa video.', at: Date.now() };
}

export async function setVideoPublishedAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('video.manage');
  const id = mediaIdSchema.safeParse(formData.get('id'));
  const published = formData.get('published') === 'true';
  if (!id.success || !(await setVideoPublished(id.data, published, user))) return { ok: false, message: 'Video không còn tồn tại.', at: Date.now() };
  invalidatePublicContent([cacheTags.videos]);
  return { ok: true, message: published ? 'Đã xuất bản video.' : 'Đã ẩn video.', at: Date.now() };
}

/** Sets the public order; `ids` lists every video once, first shown first. */
export async function reorderVideosAction(ids: unknown): Promise<FormState> {
  const user = await requirePermission('video.manage');
  const parsed = reorderSchema.safeParse(ids);
  if (!parsed.success || !(await reorderVideos(parsed.data, user))) {
    return { ok: false, message: 'Danh sách đã thay đổi, hãy tải lại trang rồi sắp xếp lại.', at: Date.now() };
  }
  invalidatePublicContent([cacheTags.videos]);
  return { ok: true, message: 'Đã lưu thứ tự.', at: Date.now() };
}
